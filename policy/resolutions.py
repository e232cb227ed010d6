"""Resolutions: the policy the Conference adopts, one snippet per resolution.

A snippet, not a page: the archive holds 5,000–8,000 of them, imported in bulk, and each belongs
to a meeting rather than to a place in the page tree. Drafts, revisions, locking and previews
come from Wagtail's mixins as for people; only live resolutions of live meetings are public.
Sponsors are people where the record names one, or the name as the source gave it.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from .choices import ResolutionStatus
from .filters import ResolutionFilter


class ResolutionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True, meeting__live=True)

    def for_listing(self):
        """Newest meeting first, then by number; what a list row shows, in two queries."""
        return (
            self.select_related("meeting", "committee")
            .prefetch_related(
                models.Prefetch(
                    "sponsors", queryset=ResolutionSponsor.objects.select_related("person__city")
                )
            )
            .defer("text")
            .order_by("-meeting__start_date", "-meeting_id", "number")
        )

    def adopted(self):
        return self.filter(status__in=ResolutionStatus.adopted_values())

    def filter_word(self, word):
        match = Q(title__icontains=word) | Q(text__icontains=word)
        if word.isdigit() and len(word) <= 6:
            match |= Q(number=int(word))
        return self.filter(match)


class Resolution(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """Not in the page search index: site search and the database match resolutions with the
    same ORM word filter (`filter_word`), so an 8,000-row import writes no index entries."""

    meeting = models.ForeignKey(
        "policy.MeetingPage", on_delete=models.PROTECT, related_name="resolutions"
    )
    number = models.PositiveIntegerField(help_text="Unique within the meeting.")
    title = models.CharField(max_length=255)
    slug = models.SlugField(max_length=80, blank=True, editable=False)
    committee = models.ForeignKey(
        "taskforce.TaskForcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "standing_committee"},
        help_text="The standing committee that considered it.",
    )
    status = models.CharField(
        max_length=20, choices=ResolutionStatus.choices, default=ResolutionStatus.ADOPTED
    )
    date_adopted = models.DateField(null=True, blank=True)
    summary = models.TextField(
        blank=True, max_length=600, help_text="Optional: one or two sentences for lists and feeds."
    )
    text = RichTextField(blank=True, verbose_name="full text")
    tags = ClusterTaggableManager(through="policy.ResolutionTag", blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="resolution")

    objects = ResolutionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("meeting"), FieldPanel("number")]),
        FieldPanel("title"),
        FieldPanel("committee"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("status"), FieldPanel("date_adopted")])]),
        InlinePanel("sponsors", label="Sponsor", heading="Sponsors"),
        FieldPanel("summary"),
        FieldPanel("text"),
        FieldPanel("tags"),
    ]

    class Meta:
        ordering = ["-meeting__start_date", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"],
                name="unique_resolution_number_per_meeting",
                violation_error_message="This meeting already has a resolution with that number.",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ResolutionStatus.values),
                name="resolution_status_known",
            ),
        ]
        indexes = [models.Index(fields=["status"], name="resolution_status")]

    def __str__(self):
        return f"{self.number_label}: {self.title}"

    @property
    def revisions(self):
        return self._revisions

    def save(self, *args, **kwargs):
        self.slug = self.make_slug()
        super().save(*args, **kwargs)

    def make_slug(self):
        return slugify(self.title)[:80] or "resolution"

    # --- derived labels ---------------------------------------------------------------------

    @property
    def number_label(self):
        return f"Resolution No. {self.number}"

    @property
    def citation(self):
        """'Resolution No. 57, 87th Annual Meeting (2019)' for press releases and feeds."""
        return f"{self.number_label}, {self.meeting.name} ({self.meeting.start_date.year})"

    @property
    def is_adopted(self):
        return self.status in ResolutionStatus.adopted_values()

    @property
    def listing_summary(self):
        return self.summary or Truncator(strip_tags(self.text)).words(40)

    def sponsor_labels(self):
        return [s.label for s in self.sponsors.all()]

    def topic_links(self, database_url=None):
        """(name, address) of each topic: the database narrowed to it, or no address where
        there is no database to link to (a preview).
        """
        return [
            (tag.name, database_url and database_url + ResolutionFilter().querystring(tag=tag.slug))
            for tag in self.tags.all()
        ]

    def url_path(self):
        """'<meeting-slug>/<number>-<slug>/' below the resolutions database."""
        return f"{self.meeting.slug}/{self.number}-{self.slug or slugify(self.title)[:80]}/"

    # Previews show the public resolution page with this (possibly unsaved) version.
    def get_preview_template(self, request, mode_name):
        return "policy/resolution_page.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["resolution"] = self
        context["topic_links"] = self.topic_links()
        return context


class ResolutionTag(TaggedItemBase):
    content_object = ParentalKey(Resolution, on_delete=models.CASCADE, related_name="tagged_items")


class ResolutionSponsor(Orderable):
    resolution = ParentalKey(Resolution, on_delete=models.CASCADE, related_name="sponsors")
    person = models.ForeignKey(
        "taskforce.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sponsored_resolutions",
    )
    name = models.CharField(
        max_length=200,
        blank=True,
        help_text=(
            "The sponsor as the record gives it; needed when the sponsor is not in the people "
            "list. Filled in from the person otherwise, so it survives the person's deletion."
        ),
    )

    panels = [FieldPanel("person"), FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = "sponsor"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(person__isnull=True, name=""), name="sponsor_named"
            )
        ]

    def save(self, *args, **kwargs):
        if self.person_id and not self.name:
            self.name = self.label[:200]
        super().save(*args, **kwargs)

    @property
    def label(self):
        """'Mayor John Giles of Mesa, AZ', derived from the person when there is one."""
        if self.person_id is None:
            return self.name
        person = self.person
        if person.city_id:
            return f"{person.name_with_office} of {person.city.label}"
        return person.name_with_office
