"""City keys fold accents and compatibility forms; signatures that now collide go to review.

Before this, "San Jose" and "San José" (or "Fresno" and full-width "Ｆｒｅｓｎｏ") had different
keys, so one letter could hold two live signatures of one city. This rebuilds every key, keeps
the earliest live signature of each city and moves the others to "Needs review", printing each.
"""

import unicodedata

from django.db import migrations, models

LIVE = ("pending", "verified")
REVIEW = "review"


def fold(name):
    """Frozen copy of taskforce.letters.text.city_key as of this migration."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())[:120].rstrip()


def rebuild_city_keys(apps, schema_editor, report=print):
    Signature = apps.get_model("letters", "Signature")
    signatures = list(Signature.objects.order_by("created_at", "pk"))
    kept = {}
    to_review = []
    for signature in signatures:
        signature.city_key = fold(signature.city_name)
        if signature.status not in LIVE:
            continue
        group = (signature.letter_id, signature.city_key, signature.state)
        if group in kept:
            to_review.append((signature, kept[group]))
        else:
            kept[group] = signature
    # Out of the live set first, so that no new key ever meets a second live row.
    for signature, first in to_review:
        signature.status = REVIEW
        signature.save(update_fields=["status"])
        report(
            f"Signature {signature.pk} ({signature.city_name}, {signature.state}) on letter "
            f"{signature.letter_id} duplicates signature {first.pk} ({first.city_name}): "
            "moved to Needs review."
        )
    Signature.objects.bulk_update(signatures, ["city_key"], batch_size=500)
    if to_review:
        report(f"{len(to_review)} signature(s) need staff review (Signatures, status filter).")


class Migration(migrations.Migration):
    dependencies = [
        ("letters", "0002_campaign_staff_group"),
    ]

    operations = [
        migrations.AlterField(
            model_name="signature",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Pending"),
                    ("verified", "Verified"),
                    ("rejected", "Rejected"),
                    ("withdrawn", "Withdrawn"),
                    ("review", "Needs review: city signed twice"),
                ],
                default="pending",
                max_length=12,
            ),
        ),
        migrations.RunPython(rebuild_city_keys, migrations.RunPython.noop, elidable=True),
    ]
