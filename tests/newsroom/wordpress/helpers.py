from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision


def table_counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "tags": Tag.objects.count(),
        "revisions": Revision.objects.count(),
    }


def follow_once(client, path):
    """(status, Location) of one request, and the status of the address it points to."""
    response = client.get(path)
    location = response.get("Location", "")
    final = client.get(location).status_code if response.status_code in (301, 302) else None
    return response.status_code, location, final
