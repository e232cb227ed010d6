"""What happens when a mayor's office signs: store once, then tell the contact and the staff.

Kept apart from the view so tests (and a future import script) can call it directly, including
from many threads at once to prove the one-signature-per-city rule holds under races.
"""

import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from .models import Signature, SignatureStatus, city_key

logger = logging.getLogger(__name__)

SIGNED = "signed"
DUPLICATE = "duplicate"


@dataclass
class SubmissionResult:
    outcome: str
    signature: Signature

    @property
    def stored(self):
        return self.outcome == SIGNED


def submit_signature(letter, data):
    """Store a pending signature unless the city already has a live one on this letter.

    `data` is a SignatureForm's cleaned_data. The database constraint is the real guard; the
    query first only saves a failed INSERT in the common case.
    """
    signature = Signature(
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
    return Signature.objects.filter(
        letter=letter,
        city_key=city_key(data["city_name"]),
        state=data["state"],
        status__in=[SignatureStatus.PENDING, SignatureStatus.VERIFIED],
    ).first()


# --- email -------------------------------------------------------------------------------------


def _fill(template, values):
    """Replace known {placeholders} only: editors' text is never a Python format string."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _safe_send(subject, body, recipients):
    """Send, logging instead of raising: a broken mail server must never lose a signature."""
    if not recipients:
        return False
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
    except Exception:
        logger.exception("Could not send %r to %d recipient(s)", subject, len(recipients))
        return False
    return True


def _absolute(url):
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def send_confirmation(signature):
    letter = signature.letter
    values = {
        "mayor_name": signature.mayor_name,
        "city": signature.city_label,
        "letter_title": letter.title,
        "letter_url": letter.full_url or "",
    }
    subject = " ".join(_fill(letter.confirmation_subject, values).split())
    return _safe_send(subject, _fill(letter.confirmation_body, values), [signature.email])


def _staff_details(signature):
    return (
        f"Letter: {signature.letter.title}\n"
        f"Mayor: {signature.mayor_name}\n"
        f"City: {signature.city_label}\n"
        f"Contact: {signature.contact_name}\n"
        f"Email: {signature.email}\n"
        f"Phone: {signature.phone.as_national if signature.phone else ''}\n"
    )


def _review_url(signature):
    from .wagtail_hooks import signatures_url

    return _absolute(signatures_url(letter_id=signature.letter_id, status="pending"))


def notify_staff(signature):
    body = (
        "A new signature is waiting for verification.\n\n"
        f"{_staff_details(signature)}\n"
        f"Review it: {_review_url(signature)}\n"
    )
    subject = f"New signature: {signature.city_label} on {signature.letter.title}"
    return _safe_send(subject, body, signature.letter.staff_addresses())


def notify_staff_of_duplicate(signature):
    body = (
        f"{signature.city_label} has already signed, so this second submission was not "
        "stored. The person who sent it was told the city has already signed.\n\n"
        f"{_staff_details(signature)}\n"
        f"Signatures on this letter: {_review_url(signature)}\n"
    )
    subject = f"Second signature refused: {signature.city_label} on {signature.letter.title}"
    return _safe_send(subject, body, signature.letter.staff_addresses())


# --- rate limit --------------------------------------------------------------------------------

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """'5/10m' -> (5, 600). Bad settings fail loudly at first use rather than never limiting."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*", rate or "")
    if not match:
        raise ValueError(f"SIGNATURE_RATE_LIMIT must look like '5/10m', not {rate!r}")
    count, amount, unit = match.groups()
    return int(count), int(amount or 1) * _UNITS[unit]


def rate_limit():
    """(count, window seconds) from SIGNATURE_RATE_LIMIT."""
    return parse_rate(getattr(settings, "SIGNATURE_RATE_LIMIT", "10/10m"))


def rate_limit_exceeded(request, scope="sign"):
    """Count a submission from this address; True once it is over SIGNATURE_RATE_LIMIT.

    Uses Django's cache: in production it must be a cache shared by every app server
    (Redis or Memcached), or each server counts on its own.
    """
    limit, window = rate_limit()
    key = f"letters:rate:{scope}:{request.META.get('REMOTE_ADDR', 'unknown')}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
