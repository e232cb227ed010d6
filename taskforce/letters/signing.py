"""Moving signatures between statuses, as staff do in bulk."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Signature


def apply_status(ids, status, user):
    """Move signatures to `status`; returns (changed count, cities that would be duplicated)."""
    now = timezone.now()
    changed, conflicts = 0, []
    for signature in Signature.objects.filter(pk__in=ids).order_by("pk"):
        if signature.status == status:
            continue
        signature.set_status(status, user=user, now=now)
        try:
            with transaction.atomic():
                signature.save(update_fields=["status", "verified_by", "verified_at"])
        except IntegrityError:
            conflicts.append(signature.city_label)
        else:
            changed += 1
    return changed, conflicts
