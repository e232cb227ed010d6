"""The admin for resolutions: search, filters by meeting, committee and status, CSV/XLSX export."""

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .resolutions import Resolution


class ResolutionViewSet(SnippetViewSet):
    model = Resolution
    icon = "doc-full-inverse"
    menu_label = "Resolutions"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["number", "title", "meeting", "status", LiveStatusTagColumn()]
    list_filter = ["status", "meeting", "committee", "live"]
    list_per_page = 50
    search_fields = ["title", "text"]
    search_backend_name = None  # plain database lookups: the same on SQLite and PostgreSQL
    list_export = ["meeting", "number", "title", "committee", "status", "date_adopted", "live"]
    export_filename = "resolutions"
    ordering = ["-meeting__start_date", "number"]

    def get_queryset(self, request):
        return Resolution.objects.select_related("meeting", "committee", "latest_revision")
