"""A 403 for page types outside the user's roles (the tester already hides the buttons)."""

from django.core.exceptions import PermissionDenied

from .roles import may_work_on


def forbidden_unless_role_covers(request, parent_page, page_class):
    if not may_work_on(request.user, page_class):
        raise PermissionDenied(f"Your role does not include {page_class._meta.verbose_name} pages.")
