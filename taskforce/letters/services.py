"""What happens when a mayor's office signs: store once, then tell the contact and the staff.

Kept apart from the view so tests (and a future import script) can call it directly, including
from many threads at once to prove the one-signature-per-city rule holds under races.
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from .choices import LIVE_STATUSES
from .notify import notify_staff, notify_staff_of_duplicate, send_confirmation
from .text import city_key

logger = logging.getLogger(__name__)

SIGNED = "signed"
DUPLICATE = "duplicate"


@dataclass
class SubmissionResult:
    outcome: str
    signature: object  # the Signature stored, or the one refused

    @property
    def stored(self):
        return self.outcome == SIGNED


def submit_signature(letter, data):
    """Store a pending signature unless the city already has a live one on this letter.

    `data` is a SignatureForm's cleaned_data. The database constraint is the real guard; the
    query first only saves a failed INSERT in the common case.
    """
    signature = letter.signatures.model(
        letter=letter,
        **{
            name: data[name]
            for name in (
                "mayor_first_name",
                "mayor_last_name",
                "city_name",
                "state",
                "contact_first_name",
                "contact_last_name",
                "email",
                "phone",
            )
        },
    )
    existing = _live_signature(letter, data)
    if existing is None:
        try:
            with transaction.atomic():
                signature.save()
        except IntegrityError:
            # Lost a race with another submission for the same city.
            existing = _live_signature(letter, data)
            if existing is None:
                raise
            logger.info("Concurrent signature for %s refused by the database", existing.city_label)
            signature.pk = None
    if existing is not None:
        signature.city_name = existing.city_name  # name the city as it was first signed
        result = SubmissionResult(DUPLICATE, signature)
    else:
        result = SubmissionResult(SIGNED, signature)

    if result.stored:
        transaction.on_commit(lambda: send_confirmation(signature))
        transaction.on_commit(lambda: notify_staff(signature))
    else:
        transaction.on_commit(lambda: notify_staff_of_duplicate(signature))
    return result


def _live_signature(letter, data):
    return letter.signatures.filter(
        city_key=city_key(data["city_name"]),
        state=data["state"],
        status__in=LIVE_STATUSES,
    ).first()
