"""Staff side: the Signatures listing, bulk verify/reject and CSV/XLSX export.

Everything here is gated on the `letters.manage_signatures` permission (the "Campaign staff"
group has it). Editors without it see no menu item and get 403 on every URL, so contact details
stay with the people who need them.
"""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView

from .models import Signature, SignatureStatus
from .permissions import SignaturePermissionHelper, manage_required
from .signing import apply_status

BULK_ACTIONS = {
    "verify": SignatureStatus.VERIFIED,
    "reject": SignatureStatus.REJECTED,
    "withdraw": SignatureStatus.WITHDRAWN,
    "pending": SignatureStatus.PENDING,
}


class SignatureIndexView(IndexView):
    def dispatch(self, request, *args, **kwargs):
        """A mistyped or stale filter link shows the full list with a note, not a server error."""
        if any("\x00" in value for _, values in request.GET.lists() for value in values):
            # PostgreSQL refuses NUL bytes in text; nobody types them on purpose.
            cleaned = request.GET.copy()
            for key, values in request.GET.lists():
                cleaned.setlist(key, [value.replace("\x00", "") for value in values])
            request.GET = cleaned
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(request, "That filter is not valid, so all signatures are shown.")
            return redirect(self.url_helper.index_url)

    export_headings = {  # noqa: RUF012
        "id": "ID",
        "letter": "Letter",
        "status_label": "Status",
        "mayor_first_name": "Mayor first name",
        "mayor_last_name": "Mayor last name",
        "city_name": "City",
        "state": "State",
        "matched_city": "Matched city",
        "contact_first_name": "Contact first name",
        "contact_last_name": "Contact last name",
        "email": "Contact email",
        "phone_export": "Contact phone",
        "created_at": "Signed at",
        "verified_by": "Verified by",
        "verified_at": "Verified at",
    }


class SignatureAdmin(ModelAdmin):
    model = Signature
    index_view_class = SignatureIndexView
    menu_label = "Signatures"
    menu_icon = "form"
    menu_order = 250
    add_to_settings_menu = False
    permission_helper_class = SignaturePermissionHelper
    index_template_name = "letters/admin/signature_index.html"
    inspect_view_enabled = True
    list_display = (
        "select_box",
        "mayor_column",
        "city_column",
        "contact_name",
        "email",
        "phone_column",
        "status",
        "created_at",
        "letter",
    )
    list_display_add_buttons = "mayor_column"
    list_filter = ("letter", "status", "state")
    list_select_related = ("letter",)
    list_per_page = 100
    search_fields = (
        "mayor_first_name",
        "mayor_last_name",
        "city_name",
        "contact_first_name",
        "contact_last_name",
        "email",
    )
    ordering = ("-created_at",)
    # Status moves only through the bulk actions, which record who verified and when.
    form_fields_exclude = ("status", "letter")
    list_export = (
        "id",
        "letter",
        "status_label",
        "mayor_first_name",
        "mayor_last_name",
        "city_name",
        "state",
        "matched_city",
        "contact_first_name",
        "contact_last_name",
        "email",
        "phone_export",
        "created_at",
        "verified_by",
        "verified_at",
    )
    export_filename = "signatures"
    inspect_view_fields = (
        "letter",
        "status",
        "mayor_first_name",
        "mayor_last_name",
        "city_name",
        "state",
        "city",
        "contact_first_name",
        "contact_last_name",
        "email",
        "phone",
        "created_at",
        "verified_by",
        "verified_at",
    )

    # --- columns -------------------------------------------------------------------------

    def select_box(self, obj):
        return format_html(
            '<input type="checkbox" name="ids" value="{}" form="signature-bulk-form" '
            'aria-label="Select {}">',
            obj.pk,
            obj,
        )

    select_box.short_description = "Select"

    def mayor_column(self, obj):
        return f"Mayor {obj.mayor_name}"

    mayor_column.short_description = "Mayor"
    mayor_column.admin_order_field = "mayor_last_name"

    def city_column(self, obj):
        return obj.city_label

    city_column.short_description = "City"
    city_column.admin_order_field = "city_name"

    def phone_column(self, obj):
        return obj.phone.as_national if obj.phone else ""

    phone_column.short_description = "Phone"

    def phone_export(self, obj):
        return obj.phone.as_e164 if obj.phone else ""

    phone_export.short_description = "Phone"

    def status_label(self, obj):
        return obj.get_status_display()

    status_label.short_description = "Status"

    def matched_city(self, obj):
        return obj.city.label if obj.city_id else ""

    matched_city.short_description = "Matched city"

    def register_indexing(self):
        """Signatures stay out of the reference index, so a letter's "Usage" lists no signers."""

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("letter", "city", "verified_by")

    # --- bulk actions ----------------------------------------------------------------------

    def bulk_url_name(self):
        return self.url_helper.get_action_url_name("bulk")

    def get_admin_urls_for_registration(self):
        """Every view, the export included, answers 403 to users without the permission.

        (Wagtail's own handling would redirect to the dashboard; a plain 403 is what
        monitoring and the tests can rely on.)
        """
        urls = (
            *super().get_admin_urls_for_registration(),
            re_path(
                rf"^{self.url_helper.base_url_path}/bulk/$",
                self.bulk_view,
                name=self.bulk_url_name(),
            ),
        )
        return tuple(
            re_path(url.pattern.regex.pattern, manage_required(url.callback), name=url.name)
            for url in urls
        )

    def bulk_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
            back = ""
        back = back or self.url_helper.index_url
        action = request.POST.get("action", "")
        status = BULK_ACTIONS.get(action)
        ids = [i for i in request.POST.getlist("ids") if i.isdigit()]
        if status is None:
            messages.error(request, "Choose what to do with the selected signatures.")
            return redirect(back)
        if not ids:
            messages.error(request, "Select at least one signature.")
            return redirect(back)
        changed, conflicts = apply_status(ids, status, request.user)
        label = SignatureStatus(status).label.lower()
        if changed:
            messages.success(request, f"{changed} signature(s) marked {label}.")
        if conflicts:
            messages.warning(
                request,
                f"{len(conflicts)} not changed: their city already has a live signature "
                f"on that letter ({', '.join(conflicts)}).",
            )
        return redirect(back)
