"""Attachments → Wagtail images and documents, read from the operator's copy of uploads/.

There is no network at import time: a file that is not in the copy is reported and skipped,
and a later run with the file in place imports it (and updates the bodies that use it).
"""

import hashlib
import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .links import upload_key

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "avif"}
COLLECTION_NAME = "Imported from WordPress"


def collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def file_digest(path):
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def attachment_file(uploads, info):
    """(relative key, Path or None) of an attachment's original in the uploads copy."""
    relative = (info.get("attached_file") or "").strip("/") or upload_key(info.get("url", ""))
    if not relative or uploads is None:
        return relative, None
    candidate = (uploads / relative).resolve()
    try:
        candidate.relative_to(uploads.resolve())  # no ../ out of the uploads folder
    except ValueError:
        return relative, None
    return relative, candidate if candidate.is_file() else None


def kind_of(relative, mime=""):
    ext = Path(relative).suffix.lower().lstrip(".")
    if ext in IMAGE_EXTENSIONS or (mime.startswith("image/") and ext != "svg"):
        return "image"
    if ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", []) or not getattr(
        settings, "WAGTAILDOCS_EXTENSIONS", None
    ):
        return "document"
    return None


def save_image(existing, path, title, alt, target_collection):
    image = existing or get_image_model()(collection=target_collection)
    image.title = title[:255]
    image.description = alt[:255]
    with open(path, "rb") as fh:
        if existing is not None and existing.file:
            existing.file.delete(save=False)
        image.file = File(fh, name=path.name)
        image._set_image_file_metadata()  # size and hash, as the admin's upload form does
        image.save()
    return image


def save_document(existing, path, title, target_collection):
    document = existing or get_document_model()(collection=target_collection)
    document.title = title[:255]
    with open(path, "rb") as fh:
        if existing is not None and existing.file:
            existing.file.delete(save=False)
        document.file = File(fh, name=path.name)
        document._set_document_file_metadata()
        document.save()
    return document


def guess_mime(relative):
    return mimetypes.guess_type(relative)[0] or ""
