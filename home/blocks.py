"""The shared StreamField block library: every body on the site is built from these blocks.

Blocks that point to models of apps built on top of home (the quote's speaker) name them by
label, never by import, so the dependency arrows keep pointing downwards.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]
LIBRARY_PREVIEW_TEMPLATE = "components/blocks/preview_placeholder.html"


def _newest(model):
    """The newest object in an editor's library, to make a block preview look real."""
    return model.objects.order_by("-created_at").first()


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        description = "Body text with bold, italic, links and lists."
        preview_value = (
            "<p>Mayors from cities large and small met in Washington this week to press "
            "Congress for <b>bipartisan</b> action.</p>"
        )


class HeadingValue(blocks.StructValue):
    @property
    def is_subheading(self):
        return self.get("level") == "h3"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (h2)"), ("h3", "Subheading (h3)")],
        default="h2",
        help_text="Use h2 for sections and h3 inside them; the page title is the only h1.",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        value_class = HeadingValue
        description = "A section heading that also shapes the page outline for screen readers."
        preview_value = {"text": "What mayors are asking Congress to do", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    speaker = SnippetChooserBlock(
        "taskforce.Person",
        required=False,
        help_text="Choose a person to derive name, office and city; the quote counts as a mention.",
    )
    speaker_name = blocks.CharBlock(
        required=False, help_text="Only when the speaker is not in the people list."
    )
    speaker_title = blocks.CharBlock(
        required=False, help_text="e.g. 'President, Major Cities Chiefs Association'."
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        description = "A pull quote attributed to a person from the people list or typed in."
        preview_value = {
            "quote": "Our cities are safer when every resident trusts the police.",
            "speaker_name": "Mayor of an American city",
            "speaker_title": "Chair, Immigration Reform Task Force",
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe the image for screen readers, or mark it decorative.")
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text="e.g. 'Photo: City of Mesa'"
    )

    class Meta:
        icon = "image"
        template = "components/blocks/figure.html"
        description = "A photo with alt text (or marked decorative), caption and credit."
        preview_value = {"caption": "Mayors at the Winter Meeting", "credit": "Photo: USCM"}
        preview_template = LIBRARY_PREVIEW_TEMPLATE

    def get_preview_value(self):
        """Show the newest image of the library, if any, so the preview looks like the page."""
        from wagtail.images import get_image_model

        value = super().get_preview_value()
        image = _newest(get_image_model())
        if image is not None:
            image.contextual_alt_text = image.title
            image.decorative = False
            value["image"] = image
        return value


class EmbedVideoBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text="Link to a video or audio recording, e.g. a press conference.")
    title = blocks.CharBlock(required=False, help_text="Shown above the player.")
    transcript = blocks.URLBlock(required=False, help_text="Link to a transcript, if any.")

    class Meta:
        icon = "media"
        template = "components/blocks/embed.html"
        description = "A video or audio recording, such as a press conference."
        preview_value = {"title": "Press conference at the U.S. Capitol"}
        preview_template = LIBRARY_PREVIEW_TEMPLATE


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Defaults to the document's own title.")
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document.html"
        description = "A downloadable report, letter or resolution, with its file type and size."
        preview_value = {"title": "Open letter to Congress (PDF)"}
        preview_template = LIBRARY_PREVIEW_TEMPLATE

    def get_preview_value(self):
        """Show the newest document of the library, if any, with its real type and size."""
        from wagtail.documents import get_document_model

        value = super().get_preview_value()
        value["document"] = _newest(get_document_model())
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    link_page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")
    link_label = blocks.CharBlock(max_length=60, help_text="e.g. 'Sign the letter'.")

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        description = "A highlighted box that asks the reader to act, with one button."
        preview_value = {
            "heading": "Mayors: add your name",
            "text": "Join mayors from across the country in calling on Congress to act.",
            "link_url": "https://example.org/",
            "link_label": "Sign the letter",
        }

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        if not value.get("link_page") and not value.get("link_url"):
            raise StructBlockValidationError(
                block_errors={"link_page": ValidationError("Choose a page or enter a link.")}
            )
        return super().clean(value)


class FactListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False)
    facts = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("figure", blocks.CharBlock(max_length=40, help_text="e.g. '1,400'")),
                ("label", blocks.CharBlock(max_length=160, help_text="e.g. 'cities of 30,000+'")),
            ]
        )
    )

    class Meta:
        icon = "list-ul"
        template = "components/blocks/fact_list.html"
        description = "Key figures, each a number with a short label."
        preview_value = {
            "heading": "At a glance",
            "facts": [
                {"figure": "1,400", "label": "cities of 30,000 or more"},
                {"figure": "101", "label": "mayors signed the letter"},
            ],
        }


class DataTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(help_text="Says what the table shows; read out by screen readers.")
    table = TableBlock(table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        description = "A data table with a caption and an optional header row."
        preview_value = {
            "caption": "Mayors signing by region",
            "table": {
                "first_row_is_table_header": True,
                "data": [["Region", "Mayors"], ["West", "34"], ["South", "29"]],
            },
        }


class MeetingSessionChooserBlock(blocks.ChooserBlock):
    """A session of a meeting page (policy's MeetingSession), chosen in policy's session chooser;
    named by label and chooser name, not imported."""

    target_model = "policy.MeetingSession"
    chooser_name = "meeting_session_chooser"

    @cached_property
    def widget(self):
        from wagtail.admin.viewsets import viewsets

        chooser = next(v for v in viewsets.viewsets if v.name == self.chooser_name)
        return chooser.widget_class()

    def bulk_to_python(self, values):
        """One query for every session a page's advisories point at, with meeting and city."""
        found = self.model_class.objects.select_related("meeting__host_city").in_bulk(
            [v for v in values if v is not None]
        )
        return [found.get(value) for value in values]

    def to_python(self, value):
        if value is None or isinstance(value, self.model_class):
            return value
        return self.bulk_to_python([value])[0]

    class Meta:
        icon = "date"


class MediaAdvisoryValue(blocks.StructValue):
    """WHEN and WHERE from the chosen session when there is one, else as the editor typed them."""

    @property
    def when_text(self):
        session = self.get("session")
        return session.when_label if session else self.get("when") or "To be announced"

    @property
    def where_text(self):
        session = self.get("session")
        return "\n".join(session.where_lines) if session else self.get("where") or ""


class MediaAdvisoryBlock(blocks.StructBlock):
    what = blocks.RichTextBlock(features=["bold", "italic", "link"])
    who = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"])
    session = MeetingSessionChooserBlock(
        required=False,
        help_text=(
            "A session of a meeting page: WHEN and WHERE then come from its day, times (in the "
            "meeting's time zone), room and venue, and follow any change to the agenda."
        ),
    )
    when = blocks.CharBlock(
        required=False,
        help_text="Without a session: e.g. 'Friday, September 24, 2021, 10:00 a.m. ET'.",
    )
    where = blocks.TextBlock(required=False, help_text="Without a session: the address.")
    rsvp = blocks.RichTextBlock(
        required=False, features=["bold", "link"], help_text="How reporters confirm attendance."
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("session") is None:
            errors = {
                name: ValidationError("Choose a session or fill this in.")
                for name in ("when", "where")
                if not value.get(name)
            }
            if errors:
                raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "date"
        template = "components/blocks/media_advisory.html"
        value_class = MediaAdvisoryValue
        description = (
            "The WHAT / WHO / WHEN / WHERE / RSVP box of a media advisory; WHEN and WHERE can "
            "come from a meeting session."
        )
        preview_value = {
            "what": "<p>Mayors hold a press conference on housing and homelessness.</p>",
            "who": "<p>Mayors from across the country</p>",
            "when": "Friday, April 26, 2024, 10:00 a.m. ET",
            "where": "U.S. Capitol, Washington, D.C.",
            "rsvp": "<p>Reply to press@example.org</p>",
        }


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    embed = EmbedVideoBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    fact_list = FactListBlock()
    table = DataTableBlock()
    media_advisory = MediaAdvisoryBlock()

    class Meta:
        block_counts = {"media_advisory": {"max_num": 1}}
