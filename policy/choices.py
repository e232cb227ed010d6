"""The fixed vocabularies of the policy record; labels and rules live here, not in templates."""

from django.db import models


class ResolutionStatus(models.TextChoices):
    ADOPTED = "adopted", "Adopted"
    ADOPTED_AS_AMENDED = "adopted_as_amended", "Adopted as amended"
    EMERGENCY = "emergency", "Adopted as an emergency resolution"
    REFERRED = "referred", "Referred"
    NOT_ADOPTED = "not_adopted", "Not adopted"

    @classmethod
    def adopted_values(cls):
        """What counts as Conference policy: adopted as written, as amended, or in an emergency."""
        return [cls.ADOPTED, cls.ADOPTED_AS_AMENDED, cls.EMERGENCY]


# The database's status filter: "adopted" means adopted in any form; the others are exact.
# value -> (label in the filter, title of the filtered list, statuses matched)
STATUS_FILTERS = {
    "adopted": (
        "Adopted (as written, amended or emergency)",
        "Adopted resolutions",
        ResolutionStatus.adopted_values(),
    ),
    "adopted_as_amended": (
        "Adopted as amended",
        "Resolutions adopted as amended",
        [ResolutionStatus.ADOPTED_AS_AMENDED],
    ),
    "emergency": ("Emergency resolutions", "Emergency resolutions", [ResolutionStatus.EMERGENCY]),
    "referred": ("Referred", "Referred resolutions", [ResolutionStatus.REFERRED]),
    "not_adopted": ("Not adopted", "Resolutions not adopted", [ResolutionStatus.NOT_ADOPTED]),
}


class MeetingKind(models.TextChoices):
    WINTER = "winter", "Winter Meeting"
    ANNUAL = "annual", "Annual Meeting"
    SPECIAL = "special", "Special Meeting"


class PressAccess(models.TextChoices):
    OPEN = "open", "Open to press"
    CLOSED = "closed", "Closed to press"


class SessionKind(models.TextChoices):
    COMMITTEE = "committee", "Committee session"
    PLENARY = "plenary", "Plenary"
    PRESS = "press", "Press conference"
    OTHER = "other", "Session"


# Where the Conference meets: the US time zones (IANA names), shown by their common names.
TIME_ZONES = [
    ("America/New_York", "Eastern"),
    ("America/Chicago", "Central"),
    ("America/Denver", "Mountain"),
    ("America/Phoenix", "Arizona (no daylight saving)"),
    ("America/Los_Angeles", "Pacific"),
    ("America/Anchorage", "Alaska"),
    ("Pacific/Honolulu", "Hawaii"),
    ("America/Puerto_Rico", "Atlantic (Puerto Rico)"),
]


def ordinal(number):
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 87 -> '87th', 92 -> '92nd'."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
