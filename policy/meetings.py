"""Meetings: the Winter Meeting in Washington each January, the Annual Meeting each June.

A meeting's title is derived from its number and kind ("87th Annual Meeting"), never typed, so
every press release, resolution and calendar names it the same way. Sessions are an ordered
inline of the meeting; their times are wall-clock times in the meeting's own time zone.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import dateformat
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.pages import BasePage

from .choices import TIME_ZONES, MeetingKind, PressAccess, SessionKind, ordinal


class MeetingIndexPage(BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policy.MeetingPage"]
    max_count = 1

    class Meta:
        verbose_name = "Meetings index page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = list(
            MeetingPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .select_related("host_city")
            .order_by("-start_date")
        )
        today = datetime.date.today()
        context["upcoming"] = [m for m in reversed(meetings) if m.end_date >= today]
        context["past"] = [m for m in meetings if m.end_date < today]
        return context


class MeetingPage(RoutablePageMixin, BasePage):
    number = models.PositiveSmallIntegerField(help_text="87 for the 87th Annual Meeting.")
    kind = models.CharField(max_length=10, choices=MeetingKind.choices, default=MeetingKind.ANNUAL)
    start_date = models.DateField()
    end_date = models.DateField()
    time_zone = models.CharField(
        max_length=40,
        choices=TIME_ZONES,
        default="America/New_York",
        help_text="Session times are entered and shown in this time zone.",
    )
    host_city = models.ForeignKey(
        "taskforce.City",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Leave empty for a virtual meeting.",
    )
    venue = models.CharField(max_length=200, blank=True, help_text="e.g. 'Capital Hilton'.")
    is_virtual = models.BooleanField(default=False, verbose_name="virtual meeting")
    press_registration_url = models.URLField(blank=True, verbose_name="press registration link")
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Video of plenaries (embed blocks), host city information, hotel details…",
    )

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("time_zone"),
            ],
            "Meeting",
            help_text="The page title is made from the number and kind: '87th Annual Meeting'.",
        ),
        MultiFieldPanel(
            [FieldPanel("host_city"), FieldPanel("venue"), FieldPanel("is_virtual")], "Where"
        ),
        FieldPanel("press_registration_url"),
        FieldPanel("intro"),
        InlinePanel("sessions", label="Session", heading="Agenda"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1),
        index.SearchField("venue"),
    ]
    parent_page_types = ["policy.MeetingIndexPage"]
    subpage_types = []
    title_is_derived = True  # no title field in the editor: see `name`
    RESOLUTION_LIMIT = 50

    class Meta:
        verbose_name = "Meeting"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="meeting_ends_after_it_starts",
            )
        ]

    # --- derived labels ---------------------------------------------------------------------

    @property
    def name(self):
        """'87th Annual Meeting'"""
        if not self.number:
            return self.get_kind_display()
        return f"{ordinal(self.number)} {self.get_kind_display()}"

    @property
    def place_label(self):
        """'Honolulu, HI', 'Capital Hilton, Washington, DC' or 'Virtual'."""
        if self.is_virtual:
            return "Virtual"
        parts = [self.venue, self.host_city.label if self.host_city_id else ""]
        return ", ".join(p for p in parts if p)

    @property
    def dates_label(self):
        """'January 17–19, 2017', 'June 28 – July 1, 2019'."""
        start, end = self.start_date, self.end_date
        if start == end:
            return f"{start:%B} {start.day}, {start.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%B} {start.day}–{end.day}, {start.year}"
        if start.year == end.year:
            return f"{start:%B} {start.day} – {end:%B} {end.day}, {start.year}"
        return f"{start:%B} {start.day}, {start.year} – {end:%B} {end.day}, {end.year}"

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def zone_label(self):
        return dict(TIME_ZONES).get(self.time_zone, self.time_zone)

    def full_clean(self, *args, **kwargs):
        # The title is derived before Wagtail validates it (it is not an editable field).
        self.title = self.name
        if not self.slug and self.number:
            self.slug = slugify(f"{self.name} {self.start_date.year if self.start_date else ''}")
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.title = self.name
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The meeting cannot end before it starts."})
        if self.is_virtual and self.venue:
            raise ValidationError({"venue": "A virtual meeting has no venue; clear one of them."})
        for session in self.sessions.all():
            session.check_within(self)

    # --- sessions and calendars -------------------------------------------------------------

    def ordered_sessions(self):
        """The agenda by day and time, with chair, committee and city in one query."""
        sessions = list(
            self.sessions.select_related("committee", "chair__city").order_by(
                "day", "start_time", "sort_order"
            )
        )
        for session in sessions:
            session.meeting = self  # times need the meeting's zone; no query per session
        return sessions

    def agenda(self):
        """[(day, [sessions])] in order, for the agenda's day headings."""
        days = {}
        for session in self.ordered_sessions():
            days.setdefault(session.day, []).append(session)
        return list(days.items())

    def get_context(self, request, *args, **kwargs):
        from .ics import google_calendar_link
        from .jsonld import meeting_event
        from .resolutions import Resolution

        context = super().get_context(request, *args, **kwargs)
        agenda = self.agenda()
        sessions = [s for _day, day_sessions in agenda for s in day_sessions]
        base, full_url = self.get_url(request), self.get_full_url(request)
        for session in sessions:
            session.ics_url = base + self.reverse_subpage(
                "session_calendar", kwargs={"session_id": session.pk}
            )
            session.google_calendar_url = google_calendar_link(self, session, full_url)
        context.update(
            agenda=agenda,
            resolutions=Resolution.objects.published()
            .filter(meeting=self)
            .for_listing()
            .order_by("number")[: self.RESOLUTION_LIMIT],
            calendar_url=base + self.reverse_subpage("calendar"),
            jsonld=meeting_event(self, sessions, request),
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from .ics import meeting_calendar

        return ics_response(meeting_calendar(self, self.ordered_sessions(), request), self.slug)

    @path("sessions/<int:session_id>/calendar/", name="session_calendar")
    def session_calendar(self, request, session_id):
        from .ics import meeting_calendar

        session = next((s for s in self.ordered_sessions() if s.pk == session_id), None)
        if session is None:
            raise Http404("No such session")
        return ics_response(
            meeting_calendar(self, [session], request), f"{self.slug}-session-{session.pk}"
        )


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


class MeetingSession(Orderable):
    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="sessions")
    day = models.DateField()
    start_time = models.TimeField()
    end_time = models.TimeField()
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=12, choices=SessionKind.choices, default=SessionKind.OTHER)
    committee = models.ForeignKey(
        "taskforce.TaskForcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The committee or task force meeting in this session, if any.",
    )
    chair = models.ForeignKey(
        "taskforce.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chaired_sessions",
    )
    staff = models.CharField(
        max_length=200, blank=True, help_text="Conference staff for the session, e.g. 'Jane Doe'."
    )
    speakers = models.TextField(blank=True, help_text="One speaker a line, with their title.")
    room = models.CharField(max_length=120, blank=True)
    press_access = models.CharField(
        max_length=8, choices=PressAccess.choices, default=PressAccess.OPEN
    )
    description = models.TextField(blank=True)
    video_url = models.URLField(blank=True, help_text="A recording or live stream, if any.")

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("press_access")]),
        FieldPanel("committee"),
        FieldRowPanel([FieldPanel("chair"), FieldPanel("staff")]),
        FieldPanel("speakers"),
        FieldPanel("room"),
        FieldPanel("description"),
        FieldPanel("video_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "session"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="session_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.title

    def check_within(self, meeting):
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError(f"Session “{self.title}” must end after it starts.")
        if self.day and meeting.start_date and meeting.end_date:
            if not meeting.start_date <= self.day <= meeting.end_date:
                raise ValidationError(
                    f"Session “{self.title}” is on {self.day:%B %-d}, outside the meeting's dates."
                )

    @property
    def starts_at(self):
        return datetime.datetime.combine(self.day, self.start_time, tzinfo=self.meeting.zone)

    @property
    def ends_at(self):
        return datetime.datetime.combine(self.day, self.end_time, tzinfo=self.meeting.zone)

    @property
    def when_label(self):
        """'Friday, June 28, 2019, 2–4 p.m. Hawaii time': in the meeting's own time zone."""
        start, end = self.starts_at, self.ends_at
        first, last = dateformat.format(start, "P"), dateformat.format(end, "P")
        same_half = dateformat.format(start, "a") == dateformat.format(end, "a")
        if same_half and first[:1].isdigit() and last[:1].isdigit():
            first = first.rsplit(" ", 1)[0]  # "2–4 p.m.", not "2 p.m.–4 p.m."
        return (
            f"{start:%A, %B} {start.day}, {start.year}, {first}–{last} "
            f"{self.meeting.zone_label} time"
        )

    @property
    def where_lines(self):
        """Room, venue and city, one a line, for an advisory's WHERE."""
        meeting = self.meeting
        if meeting.is_virtual:
            return [line for line in (self.room, "Virtual") if line]
        city = meeting.host_city.label if meeting.host_city_id else ""
        return [line for line in (self.room, meeting.venue, city) if line]

    @property
    def page_url(self):
        """The session on its meeting's agenda (None while the meeting is not routable)."""
        meeting_url = self.meeting.url
        return f"{meeting_url}#{self.anchor}" if meeting_url else None

    @property
    def calendar_url(self):
        meeting_url = self.meeting.url
        if not meeting_url:
            return None
        path = self.meeting.reverse_subpage("session_calendar", kwargs={"session_id": self.pk})
        return meeting_url + path

    @property
    def chooser_label(self):
        return f"{self.title} ({self.meeting.title}, {self.day:%B} {self.day.day})"

    @property
    def is_open_to_press(self):
        return self.press_access == PressAccess.OPEN

    @property
    def speaker_list(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    @property
    def anchor(self):
        return f"session-{self.pk}"
