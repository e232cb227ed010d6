"""The shared block library: what each block shows readers, and what editors see in the picker."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from home.blocks import BodyBlock, CallToActionBlock
from home.models import StandardPage
from taskforce.models import Person


def body_block():
    """The BodyBlock instance Wagtail registered for a real model field (its preview ids)."""
    return StandardPage._meta.get_field("body").stream_block


def render(block_name, raw):
    block = body_block().child_blocks[block_name]
    html = block.render(block.to_python(raw))
    return BeautifulSoup(html, "html.parser")


# --- editors: description and preview for every block -------------------------------------


@pytest.mark.parametrize("name", list(BodyBlock.base_blocks))
def test_every_block_has_description_preview_value_and_template(name):
    block = body_block().child_blocks[name]
    assert len(block.get_description()) > 15, name
    assert block.meta.preview_value, name
    assert block.get_template().startswith("components/blocks/"), name
    assert block.is_previewable, name


# Text from each block's preview_value that its preview must show.
PREVIEW_SAMPLES = {
    "paragraph": "bipartisan",
    "heading": "What mayors are asking Congress to do",
    "quote": "Our cities are safer when every resident trusts the police.",
    "image": "Mayors at the Winter Meeting",
    "embed": "Press conference at the U.S. Capitol",
    "document": "Open letter to Congress",
    "call_to_action": "Sign the letter",
    "fact_list": "cities of 30,000 or more",
    "table": "Mayors signing by region",
    "media_advisory": "Friday, April 26, 2024",
}


def test_preview_samples_cover_every_block():
    assert set(PREVIEW_SAMPLES) == set(BodyBlock.base_blocks)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_block_previews_render_with_the_site_stylesheet(admin_client):
    """The picker's preview iframe for every block shows its preview value in the site's look."""
    for name, block in body_block().child_blocks.items():
        response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = BeautifulSoup(response.content, "html.parser")
        assert html.find("link", rel="stylesheet", href="/static/css/site.css"), name
        main = html.find("main")
        assert main.select_one(f".block-{name}"), name
        # The preview shows the block's own sample text, not an empty shell.
        assert PREVIEW_SAMPLES[name] in " ".join(main.get_text(" ").split()), name


@pytest.mark.django_db
def test_library_block_previews_use_the_newest_image_and_document(admin_client):
    """With a library, previews show a real image and a real download link, not a placeholder."""
    wagtail_factories.ImageFactory(title="Winter Meeting group photo")
    document = wagtail_factories.DocumentFactory(title="Resolution on housing")
    blocks = body_block().child_blocks

    response = admin_client.get("/admin/block-preview/", {"id": blocks["image"].definition_prefix})
    html = BeautifulSoup(response.content, "html.parser")
    assert html.main.img["alt"] == "Winter Meeting group photo"
    assert html.select_one(".block-preview__placeholder") is None

    response = admin_client.get(
        "/admin/block-preview/", {"id": blocks["document"].definition_prefix}
    )
    html = BeautifulSoup(response.content, "html.parser")
    assert html.main.find("a")["href"] == document.url
    assert html.select_one(".block-preview__placeholder") is None


@pytest.mark.django_db
def test_block_preview_needs_an_admin_login(client):
    block = body_block().child_blocks["quote"]
    response = client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# --- readers: what each block template renders ------------------------------------------------


@pytest.mark.django_db
def test_quote_with_a_person_derives_name_office_and_city():
    giles = Person.objects.get(first_name="John", last_name="Giles")
    html = render(
        "quote",
        {"quote": "Mesa stands ready.", "speaker": giles.pk, "speaker_title": "Chair"},
    )
    assert html.blockquote.get_text(strip=True) == "Mesa stands ready."
    caption = html.figcaption.get_text(" ", strip=True)
    assert html.cite.get_text(strip=True) == "Mayor John Giles"
    assert "Mesa, AZ" in caption
    assert caption.endswith("Chair")


@pytest.mark.django_db
def test_quote_with_a_typed_speaker():
    html = render(
        "quote",
        {
            "quote": "Safety needs trust.\nTrust needs time.",
            "speaker_name": "Chief Ana Example",
            "speaker_title": "President, Major Cities Chiefs Association",
        },
    )
    assert html.blockquote.find("br"), "line breaks are kept"
    assert html.cite.get_text(strip=True) == "Chief Ana Example"
    caption = " ".join(html.figcaption.get_text().split())
    assert caption == "Chief Ana Example, President, Major Cities Chiefs Association"


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(title="Mayors on the Capitol steps")


def test_figure_with_alt_text(image):
    html = render(
        "image",
        {
            "image": {"image": image.pk, "alt_text": "Mayors on the Capitol steps"},
            "caption": "Winter Meeting 2024",
            "credit": "Photo: USCM",
        },
    )
    assert html.img["alt"] == "Mayors on the Capitol steps"
    assert html.figcaption.get_text(" ", strip=True) == "Winter Meeting 2024 Photo: USCM"
    assert html.select_one(".figure__credit").get_text() == "Photo: USCM"


def test_decorative_figure_has_empty_alt(image):
    html = render(
        "image", {"image": {"image": image.pk, "decorative": True, "alt_text": "ignored"}}
    )
    assert html.img.has_attr("alt")
    assert html.img["alt"] == ""
    assert html.figcaption is None


def test_figure_requires_alt_text_unless_decorative(image):
    block = body_block().child_blocks["image"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "alt_text": ""}}))
    block.clean(block.to_python({"image": {"image": image.pk, "decorative": True}}))


def test_call_to_action_needs_a_page_or_a_link():
    block = CallToActionBlock()
    value = block.to_python({"heading": "Sign", "link_label": "Sign the letter"})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Choose a page or enter a link." in str(error.value.block_errors["link_page"])

    ok = block.clean(
        block.to_python(
            {"heading": "Sign", "link_label": "Sign the letter", "link_url": "https://example.org/"}
        )
    )
    html = BeautifulSoup(block.render(ok), "html.parser")
    assert html.aside["aria-label"] == "Sign"
    assert html.select_one("a.button")["href"] == "https://example.org/"
    assert html.select_one("a.button").get_text() == "Sign the letter"


@pytest.mark.django_db
def test_call_to_action_links_to_a_chosen_page():
    about = StandardPage.objects.get(slug="about")
    html = render(
        "call_to_action", {"heading": "Learn more", "link_page": about.pk, "link_label": "About"}
    )
    assert html.select_one("a.button")["href"] == "/about/"


def test_table_has_caption_and_column_headers():
    html = render(
        "table",
        {
            "caption": "Signers by region",
            "table": {
                "first_row_is_table_header": True,
                "data": [["Region", "Mayors"], ["West", "34"], ["South", None]],
            },
        },
    )
    assert html.table.caption.get_text() == "Signers by region"
    assert [th.get_text() for th in html.select("thead th[scope=col]")] == ["Region", "Mayors"]
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in html.select("tbody tr")]
    assert rows == [["West", "34"], ["South", ""]]


def test_table_without_header_row_has_only_body_cells():
    html = render(
        "table",
        {"caption": "Plain", "table": {"first_row_is_table_header": False, "data": [["a", "b"]]}},
    )
    assert html.find("th") is None
    assert [td.get_text() for td in html.select("tbody td")] == ["a", "b"]


def test_media_advisory_is_a_definition_list_in_press_order():
    html = render(
        "media_advisory",
        {
            "what": "<p>Press conference on housing</p>",
            "who": "<p>Mayors from 20 cities</p>",
            "when": "Friday, April 26, 2024, 10:00 a.m. ET",
            "where": "U.S. Capitol\nHouse Triangle",
            "rsvp": "<p>press@example.org</p>",
        },
    )
    labels = [dt.get_text() for dt in html.select("dl dt")]
    assert labels == ["What", "Who", "When", "Where", "RSVP"]
    values = [dd.get_text(" ", strip=True) for dd in html.select("dl dd")]
    assert values[2] == "Friday, April 26, 2024, 10:00 a.m. ET"
    assert html.select("dl dd")[3].find("br"), "address lines stay apart"


def test_media_advisory_without_rsvp_omits_it():
    html = render(
        "media_advisory",
        {"what": "<p>x</p>", "who": "<p>y</p>", "when": "Today", "where": "Here"},
    )
    assert "RSVP" not in [dt.get_text() for dt in html.select("dl dt")]


def test_heading_levels():
    assert render("heading", {"text": "Section", "level": "h2"}).h2.get_text() == "Section"
    assert render("heading", {"text": "Sub", "level": "h3"}).h3.get_text() == "Sub"


def test_fact_list_pairs_figures_with_labels():
    html = render(
        "fact_list",
        {
            "heading": "At a glance",
            "facts": [{"figure": "1,400", "label": "cities"}, {"figure": "101", "label": "mayors"}],
        },
    )
    pairs = [(item.dt.get_text(), item.dd.get_text()) for item in html.select(".facts__item")]
    assert pairs == [("1,400", "cities"), ("101", "mayors")]


@pytest.mark.django_db
def test_document_shows_title_file_type_and_size():
    document = wagtail_factories.DocumentFactory(title="Letter to Congress")
    html = render("document", {"document": document.pk, "description": "Signed by 101 mayors."})
    link = html.find("a")
    assert link.get_text() == "Letter to Congress"
    assert link["href"] == document.url
    meta = html.select_one(".document-link__meta").get_text()
    assert document.file_extension.upper() in meta
    assert "Signed by 101 mayors." in html.get_text()


def test_paragraph_keeps_only_allowed_formatting():
    html = render("paragraph", "<p>Mayors <b>act</b></p>")
    assert html.select_one(".rich-text b").get_text() == "act"


def test_figure_offers_sizes_for_phones_and_wide_screens(image):
    html = render("image", {"image": {"image": image.pk, "alt_text": "Mayors"}})
    widths = [candidate.split()[-1] for candidate in html.img["srcset"].split(",")]
    assert len(widths) >= 2, widths
    assert html.img["sizes"]
