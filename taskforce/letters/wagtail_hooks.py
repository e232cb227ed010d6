"""Registers the staff side of letters with Wagtail: the Signatures listing and page buttons."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from .page_buttons import LetterSignaturesMenuItem, is_letter
from .signature_admin import SignatureAdmin

modeladmin_register(SignatureAdmin)


@hooks.register("register_page_listing_more_buttons")
def letter_signatures_listing_button(page, user, next_url=None):
    if is_letter(page):
        yield LetterSignaturesMenuItem(page=page)


@hooks.register("register_page_header_buttons")
def letter_signatures_header_button(page, user, view_name, next_url=None):
    if is_letter(page):
        yield LetterSignaturesMenuItem(page=page)
