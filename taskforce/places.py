"""Cities and states: the places mayors lead. Labels such as 'Mesa, AZ' are derived here."""

from django.db import models
from django.utils.text import slugify
from localflavor.us.us_states import ARMED_FORCES_STATES, STATE_CHOICES

# USPS codes of the 50 states, DC and the territories; military mail codes have no mayors.
_MILITARY = {code for code, _ in ARMED_FORCES_STATES}
STATES = [(code, name) for code, name in STATE_CHOICES if code not in _MILITARY]
STATE_NAMES = dict(STATES)


class City(models.Model):
    name = models.CharField(max_length=120)
    state = models.CharField(max_length=2, choices=STATES)
    slug = models.SlugField(max_length=140, unique=True, editable=False)
    population = models.PositiveIntegerField(null=True, blank=True)
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

    def save(self, *args, **kwargs):
        self.slug = slugify(f"{self.name}-{self.state}")
        super().save(*args, **kwargs)
