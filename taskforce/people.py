"""People who lead: mayors and officers. Every label about them is derived, never typed.

A person is a snippet with drafts, revisions, locking and previews (as in bakerydemo), so an
edit to a name or a city is reviewed once and then shows on every hub, person page and quote.
Only live people are ever rendered publicly.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .profile import PersonProfile


class Person(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    honorific = models.CharField(
        max_length=60,
        default="Mayor",
        blank=True,
        help_text="Office or honorific shown before the name, e.g. 'Mayor', 'Chief'.",
    )
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    city = models.ForeignKey(
        "taskforce.City",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        help_text="The city the person leads. Missing? Add it under Snippets › Cities.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True, help_text="Two or three sentences.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="The person's address on the site: /people/<slug>/. Made from the name if empty.",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("honorific"),
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
            ],
            "Name",
        ),
        FieldPanel("city"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("slug"),
        InlinePanel(
            "press_links",
            label="Press items that mention this person",
            help_text=(
                "Quotes that name this person as the speaker are found automatically; "
                "add other press items here."
            ),
        ),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("first_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.label

    @property
    def revisions(self):
        return self._revisions

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def name_with_office(self):
        return f"{self.honorific} {self.full_name}".strip()

    @property
    def label(self):
        """'Mayor John Giles | Mesa, AZ'"""
        if self.city_id:
            return f"{self.name_with_office} | {self.city.label}"
        return self.name_with_office

    @property
    def initials(self):
        return f"{self.first_name[:1]}{self.last_name[:1]}".upper()

    @property
    def city_name(self):
        return self.city.name if self.city_id else ""

    @property
    def state(self):
        return self.city.state if self.city_id else ""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        """john-giles; a namesake in another city gets the city added: john-smith-austin-tx."""
        base = slugify(self.full_name)[:100] or "person"
        taken = Person.objects.exclude(pk=self.pk)
        if not taken.filter(slug=base).exists():
            return base
        if self.city_id:
            with_city = f"{base}-{self.city.slug}"[:120]
            if not taken.filter(slug=with_city).exists():
                return with_city
        n = 2
        while taken.filter(slug=f"{base}-{n}").exists():
            n += 1
        return f"{base}-{n}"

    # Previews show the public person page with this (possibly unsaved) version.
    def get_preview_template(self, request, mode_name):
        return "taskforce/person_page.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(PersonProfile(self).context())
        return context


class PersonPressLink(Orderable):
    """An editor's link from a person to a press item that mentions them."""

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="press_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="press item",
    )

    panels = [PageChooserPanel("page", "newsroom.PressItemPage")]

    class Meta(Orderable.Meta):
        verbose_name = "press item that mentions this person"


class QuoteMention(models.Model):
    """Kept up to date when a press item is published: who is quoted in it.

    Computed from the quote blocks' speaker choosers (see taskforce.mentions), so editors never
    have to tag a quoted mayor by hand.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="quote_mentions")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "page"], name="unique_quote_mention")
        ]

    def __str__(self):
        return f"{self.person} quoted in page {self.page_id}"
