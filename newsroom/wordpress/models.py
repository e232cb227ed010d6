"""What the importer remembers: which WordPress object became which Wagtail object.

One row per WordPress post, page, attachment, category, tag or author, keyed by its kind and
WordPress id. A second run finds the row, compares the digest of what it would write with the
digest of what it wrote, and leaves unchanged objects alone; that is what makes the import
idempotent and resumable, without a single extra field on the press item itself.
"""

from django.db import models


class ImportedItem(models.Model):
    class Kind(models.TextChoices):
        POST = "post", "Post"
        PAGE = "page", "Page"
        ATTACHMENT = "attachment", "Attachment"
        CATEGORY = "category", "Category"
        TAG = "tag", "Tag"
        AUTHOR = "author", "Author"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    wp_id = models.BigIntegerField(help_text="The WordPress post, term or author id.")
    title = models.CharField(max_length=255, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    old_paths = models.JSONField(
        default=list, blank=True, help_text="Addresses on the old site that now redirect here."
    )
    target_url = models.CharField(max_length=500, blank=True)
    digest = models.CharField(max_length=64, blank=True)
    wp_modified = models.DateTimeField(null=True, blank=True)
    first_imported_at = models.DateTimeField(auto_now_add=True)
    last_imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported WordPress item"
        constraints = [
            models.UniqueConstraint(fields=["kind", "wp_id"], name="unique_wordpress_item")
        ]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id}"
