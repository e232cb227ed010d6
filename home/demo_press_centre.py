"""Demo press centre (/media/), contact and privacy pages: plain pages built from the blocks.

The words are ours; contacts are fictional (example.org). Logo files are offered as documents.
"""

from pathlib import Path

from django.conf import settings
from django.core.files import File
from wagtail.documents import get_document_model

from .demo import get_or_create_child
from .models import HomePage, StandardPage
from .streamfield import paragraphs

LOGOS = [("Conference seal (SVG)", "logo.svg"), ("Conference seal (PNG, 192 px)", "logo.png")]


def logo_documents():
    document_model = get_document_model()
    documents = []
    for title, filename in LOGOS:
        document = document_model.objects.filter(title=title).first()
        if document is None:
            path = Path(settings.BASE_DIR) / "static" / "img" / filename
            with path.open("rb") as handle:
                document = document_model.objects.create(
                    title=title, file=File(handle, name=filename)
                )
        documents.append(document)
    return documents


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def press_centre_body():
    body = [heading("Media contacts")]
    body += [
        {
            "type": "paragraph",
            "value": "<p><b>Jordan Ellis</b>, Press Secretary<br>"
            '<a href="mailto:press@example.org">press@example.org</a> · '
            '<a href="tel:+12025550147">(202) 555-0147</a></p>'
            "<p><b>Casey Moreno</b>, Communications Lead, Cities for Action<br>"
            '<a href="mailto:media@example.org">media@example.org</a></p>'
            "<p>The press line is answered on weekdays from 9 a.m. to 6 p.m. Eastern; during "
            "meetings, around the clock.</p>",
        },
        heading("About the Conference"),
    ]
    body += paragraphs(
        "The U.S. Conference of Mayors is the nonpartisan organization of the nation's cities "
        "of 30,000 people or more, about 1,400 in all, each represented by its mayor. Reporters "
        "may use this paragraph as it stands; every release carries the wording in force on "
        "its date."
    )
    body += [heading("Logos")]
    body += [
        {
            "type": "document",
            "value": {
                "document": doc.pk,
                "title": doc.title,
                "description": "Use on a white or light background; do not recolour or crop.",
            },
        }
        for doc in logo_documents()
    ]
    body += [heading("Credentials and embargoes")]
    body += paragraphs(
        "Reporters covering a Winter or Annual Meeting apply for credentials through the "
        "press office at least a week ahead, with a letter of assignment or recent bylines. "
        "Credentials are personal and must be worn at every session.",
        "Embargoed releases go to credentialed reporters in advance. The embargo time is "
        "printed at the top of each release and is always Eastern Time; nothing may be "
        "published, posted or broadcast before it. Breaking an embargo ends advance access "
        "for the outlet.",
    )
    body += [heading("Feeds")]
    body += [
        {
            "type": "paragraph",
            "value": '<p>Every list of news has an RSS feed: <a href="/news/feed/">all news</a>, '
            '<a href="/news/feed/?type=statement">statements</a>, '
            '<a href="/news/feed/?type=media_advisory">media advisories</a>, and one for every '
            'topic, such as <a href="/news/feed/?tag=housing">housing</a>: the feed of any '
            "filtered list of the archive is linked from its page.</p>",
        }
    ]
    return body


def contact_body():
    body = [heading("Write or call")]
    body += paragraphs(
        "U.S. Conference of Mayors, 1620 I Street NW, Washington, DC 20006.",
        "General enquiries: info@example.org. Member services for mayors' offices: "
        "members@example.org. Reporters: press@example.org or (202) 555-0147.",
    )
    body += [heading("For mayors' offices")]
    body += paragraphs(
        "To sign a letter for your mayor, use the form on the letter's page. Staff confirm "
        "every signature with the mayor's office before it is published."
    )
    return body


def privacy_body():
    body = [heading("What we collect")]
    body += paragraphs(
        "Reading this site needs no account and sets no tracking cookies. The server keeps "
        "ordinary access logs (address, page, time) for 30 days to keep the site secure.",
        "When a mayor's office signs a letter, we ask for the mayor's name and city and for a "
        "contact in the office: name, e-mail address and telephone number.",
    )
    body += [heading("How we use it")]
    body += paragraphs(
        "The mayor's name and city appear on the letter's public list once staff have "
        "confirmed the signature. The contact's name, e-mail and telephone are used only to "
        "confirm the signature and to follow up on the letter; they are never published, "
        "sold or shared, and only the campaign staff can see them.",
        "To correct or remove a signature, or to ask what we hold about you, write to "
        "privacy@example.org. We answer within 30 days.",
    )
    return body


def load():
    home = HomePage.objects.get()
    pages = [
        ("media", "Press Centre", "Contacts, boilerplate, logos, credentials and feeds for "
         "reporters covering the nation's mayors.", press_centre_body()),
        ("contact", "Contact", "How to reach the Conference's staff and press office.",
         contact_body()),
        ("privacy", "Privacy Notice", "What the site collects when a mayor's office signs a "
         "letter, and how it is used.", privacy_body()),
    ]  # fmt: skip
    for slug, title, intro, body in pages:
        get_or_create_child(
            home,
            StandardPage,
            slug,
            title=title,
            show_in_menus=slug == "media",
            intro=f"<p>{intro}</p>",
            body=body,
        )
