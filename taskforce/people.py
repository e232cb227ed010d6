"""People who lead: mayors and officers. Every label about them is derived, never typed."""

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Person(index.Indexed, models.Model):
    honorific = models.CharField(
        max_length=60, default="Mayor", help_text="Office or honorific, e.g. 'Mayor', 'Chief'."
    )
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    city = models.ForeignKey(
        "taskforce.City", null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True, help_text="Two or three sentences.")
    slug = models.SlugField(max_length=120, unique=True, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("honorific"), FieldPanel("first_name"), FieldPanel("last_name")], "Name"
        ),
        FieldPanel("city"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("last_name"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.label

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

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.full_name)[:120]
        super().save(*args, **kwargs)
