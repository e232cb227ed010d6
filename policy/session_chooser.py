"""The admin's chooser of meeting sessions, for blocks that take their time and place from one.

Sessions live inside their meeting page (an inline), so they are chosen here, never edited: a
change goes through the meeting page and its revisions. Newest first, searchable by session or
meeting name.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

from .meetings import MeetingSession

# home.blocks.MeetingSessionChooserBlock finds this chooser by name.
NAME = "meeting_session_chooser"


class SessionFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Search sessions",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Session or meeting, e.g. “press”"}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if query:
            self.is_searching, self.search_query = True, query
            objects = objects.filter(Q(title__icontains=query) | Q(meeting__title__icontains=query))
        return objects


class SessionListing:
    filter_form_class = SessionFilterForm
    ordering = ["-day", "start_time", "sort_order"]

    def get_object_list(self):
        return MeetingSession.objects.select_related("meeting")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("meeting", label="Meeting", accessor=lambda s: s.meeting.title),
            Column("when", label="When", accessor="when_label"),
        ]


class SessionChooseView(SessionListing, ChooseView):
    pass


class SessionChooseResultsView(SessionListing, ChooseResultsView):
    pass


class SessionChosenView(ChosenView):
    def get_display_title(self, instance):
        return instance.chooser_label


class SessionChooserWidget(BaseChooser):
    def get_display_title(self, instance):
        return instance.chooser_label


class MeetingSessionChooserViewSet(ChooserViewSet):
    model = MeetingSession
    icon = "date"
    choose_one_text = "Choose a meeting session"
    choose_another_text = "Choose another session"
    choose_view_class = SessionChooseView
    choose_results_view_class = SessionChooseResultsView
    chosen_view_class = SessionChosenView
    base_widget_class = SessionChooserWidget
    per_page = 20


session_chooser_viewset = MeetingSessionChooserViewSet(NAME, url_prefix="meeting-session-chooser")
