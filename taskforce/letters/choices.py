"""The states a letter and a signature can be in, and who may see the list of signers."""

from django.db import models


class LetterStatus(models.TextChoices):
    OPEN = "open", "Open for signatures"
    CLOSED = "closed", "Closed"
    DELIVERED = "delivered", "Delivered"


class PublicList(models.TextChoices):
    NAMES = "names", "Names of verified signers, grouped by state"
    COUNT = "count", "Count only"
    HIDDEN = "hidden", "Hidden"


class SignatureStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    # Set by migration 0003 when folding city keys found a second live signature of one city.
    REVIEW = "review", "Needs review: city signed twice"


# A city has signed while one of its signatures is in these states.
LIVE_STATUSES = [SignatureStatus.PENDING, SignatureStatus.VERIFIED]
