"""Who may see signatures: one permission, held by the "Campaign staff" group.

Everything on the staff side checks it here, so contact details stay with the people who need
them; everyone else gets a plain 403.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from wagtail_modeladmin.helpers import PermissionHelper

MANAGE_PERMISSION = "letters.manage_signatures"


def can_manage(user):
    return user.is_active and user.has_perm(MANAGE_PERMISSION)


def forbidden(request):
    return TemplateResponse(request, "letters/admin/forbidden.html", status=403)


def manage_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_manage(request.user):
            return forbidden(request)
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:  # e.g. "create": signatures come only from the public form
            return forbidden(request)

    return wrapped


class SignaturePermissionHelper(PermissionHelper):
    """One permission opens everything; no signature is ever created in the admin."""

    def user_can_list(self, user):
        return can_manage(user)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return can_manage(user)

    def user_can_edit_obj(self, user, obj):
        return can_manage(user)

    def user_can_delete_obj(self, user, obj):
        return can_manage(user)
