"""Who issues the news and who answers reporters: organizations, their boilerplates, contacts.

These are snippets rather than pages because they are reused by many press items and have no
URL of their own.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index


class Organization(index.Indexed, models.Model):
    """The association itself or a partner that co-signs releases (MCCA, Cities for Action)."""

    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, blank=True, help_text="e.g. 'USCM', 'MCCA'.")
    slug = models.SlugField(max_length=200, unique=True, blank=True)
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "Organization"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def boilerplate_on(self, date):
        """The live boilerplate in force on `date`, so archived releases keep their wording."""
        return (
            self.boilerplates.filter(live=True, effective_from__lte=date)
            .order_by("-effective_from")
            .first()
        )


class Boilerplate(DraftStateMixin, RevisionMixin, models.Model):
    """The 'About …' paragraph of an organization, dated so that old releases keep old wording.

    Drafts and revisions let the communications team prepare the next version before it takes
    effect; only live versions are ever rendered.
    """

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="boilerplates"
    )
    effective_from = models.DateField(
        help_text="Items dated on or after this day show this text, until a newer one applies."
    )
    text = RichTextField(features=["bold", "italic", "link"])
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="boilerplate")

    panels = [
        FieldPanel("organization"),
        FieldPanel("effective_from"),
        FieldPanel("text"),
    ]

    class Meta:
        ordering = ["organization__name", "-effective_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "effective_from"], name="one_boilerplate_per_day"
            )
        ]

    def __str__(self):
        return f"About {self.organization} (from {self.effective_from:%B %-d, %Y})"

    @property
    def revisions(self):
        return self._revisions


class MediaContact(index.Indexed, models.Model):
    """The person reporters call about a release (fictional in demo data: example.org)."""

    name = models.CharField(max_length=120)
    title = models.CharField(max_length=120, blank=True, help_text="e.g. 'Press Secretary'.")
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="media_contacts",
    )
    email = models.EmailField()
    phone = PhoneNumberField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("organization"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], "Reach"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("title"),
        index.SearchField("email"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organization})" if self.organization_id else self.name
