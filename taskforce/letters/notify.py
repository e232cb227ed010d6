"""E-mails about a signature: a confirmation to the signer's office, a note to the staff."""

import logging
import re

from django.conf import settings
from django.core.mail import send_mail

from .admin_urls import signatures_url

logger = logging.getLogger(__name__)


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
