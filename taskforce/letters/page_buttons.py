"""The Signatures item in a letter's page menus (page listing and page header)."""

from django.utils.functional import cached_property
from wagtail.admin.ui.menus.pages import PageMenuItem

from .admin_urls import signatures_url
from .models import SignOnLetterPage
from .permissions import can_manage


class LetterSignaturesMenuItem(PageMenuItem):
    """A Signatures item in a letter's page menus: the listing filtered to that letter."""

    label = "Signatures"
    icon_name = "form"
    priority = 25

    def is_shown(self, user):
        return can_manage(user)

    @cached_property
    def url(self):
        return signatures_url(letter_id=self.page.pk)


def _is_letter(page):
    return issubclass(page.specific_class or type(page), SignOnLetterPage)


def is_letter(page):
    return issubclass(page.specific_class or type(page), SignOnLetterPage)
