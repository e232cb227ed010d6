"""A WordPress post body (classic HTML, Gutenberg or Avada) turned into StreamField blocks.

Steps: shortcodes → HTML (shortcodes.py); WordPress's automatic paragraphs for bodies that were
not written in the block editor; parse with lxml's HTML parser; walk the tree and emit the
shared library's blocks. Inline markup is rebuilt from scratch with only what the paragraph
block's rich text allows, so inline styles, classes, scripts and unknown attributes cannot
survive; Wagtail's own whitelister then checks each paragraph as the editor would.
"""

import html
import re
import uuid
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from home.blocks import PARAGRAPH_FEATURES

from .embeds import embed_url
from .shortcodes import ShortcodeRenderer

BLOCK_TAGS = (
    "address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]"
    "|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul|iframe"
)
BLOCK_START_RE = re.compile(rf"^\s*<(?:{BLOCK_TAGS})\b", re.I)
PARAGRAPH_SPLIT_RE = re.compile(r"\n\s*\n")
URL_ONLY_RE = re.compile(r"^\s*(https?://\S+)\s*$")
SPACE_RE = re.compile(r"[ \t\r\n\u00a0\u200b]+")
DROP = {
    "script",
    "style",
    "noscript",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "svg",
    "canvas",
    "template",
    "object",
    "embed",
    "audio",
    "video",
    "source",
    "map",
    "link",
    "meta",
    "head",
    "title",
}
UNWRAP = {
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "center",
    "body",
    "html",
    "details",
    "summary",
    "address",
}
INLINE_MAP = {"strong": "b", "b": "b", "em": "i", "i": "i", "sup": "sup"}
ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")
HEADING_MAX = 200
CAPTION_MAX = 300
TABLE_CAPTION_MAX = 255
MAX_BLOCKS = 2000

_whitelister = EditorHTMLConverter(features=PARAGRAPH_FEATURES).whitelister


def autop(text):
    """WordPress's wpautop, simplified: blank lines make paragraphs, single newlines <br>."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks = []
    for chunk in PARAGRAPH_SPLIT_RE.split(text):
        if not chunk.strip():
            continue
        if BLOCK_START_RE.match(chunk):
            chunks.append(chunk)
        else:
            chunks.append("<p>" + chunk.strip().replace("\n", "<br>\n") + "</p>")
    return "\n".join(chunks)


@dataclass
class BodyResult:
    blocks: list = field(default_factory=list)  # StreamField raw data: [{"type","value","id"}]
    shortcodes: dict = field(default_factory=dict)
    dropped: dict = field(default_factory=dict)
    unresolved_links: int = 0
    missing_media: list = field(default_factory=list)
    images_without_alt: int = 0

    def text(self):
        """Plain text of paragraphs and headings, for a summary."""
        parts = [
            lxml.html.fromstring(f"<div>{block['value']}</div>").text_content()
            for block in self.blocks
            if block["type"] == "paragraph"
        ]
        return " ".join(" ".join(parts).split())


class BodyConverter:
    """Convert one body. `links` resolves images, documents and internal links (links.py)."""

    def __init__(self, links, global_elements=None, id_seed="body"):
        self.links = links
        self.global_elements = global_elements or {}
        self.id_seed = id_seed

    def convert(self, content):
        self.result = BodyResult()
        self._pending = []  # inline HTML pieces of the paragraph being built
        renderer = ShortcodeRenderer(self.global_elements)
        is_block_editor = "<!-- wp:" in content
        markup = renderer.render(content or "")
        if not is_block_editor:
            markup = autop(markup)
        self.result.shortcodes = dict(renderer.seen)
        self.result.dropped = {
            **renderer.dropped,
            **{f"{k} (unwrapped)": v for k, v in renderer.unknown.items()},
        }
        if markup.strip():
            try:
                root = lxml.html.fragment_fromstring(markup, create_parent="div")
            except (etree.ParserError, ValueError):
                root = None
            if root is not None:
                self._container(root)
        self._flush()
        blocks = self.result.blocks[:MAX_BLOCKS]
        for index, block in enumerate(blocks):
            block["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.id_seed}/{index}"))
        self.result.blocks = blocks
        return self.result

    # --- emitting ---------------------------------------------------------------------------

    def _add(self, block_type, value):
        self._flush()
        self.result.blocks.append({"type": block_type, "value": value})

    def _flush(self):
        if not self._pending:
            return
        inline = "".join(self._pending).strip()
        self._pending = []
        self._paragraph(inline)

    def _paragraph(self, inline, tag="p"):
        """Add rich text unless it is empty (no text: `<p>&nbsp;</p>`, `<p></p>`, lone <br>)."""
        text = html.unescape(re.sub(r"<[^>]+>", "", inline))
        if not SPACE_RE.sub("", text):
            return
        url = URL_ONLY_RE.match(text)
        if url and embed_url(url.group(1)) and inline.count("<a") <= 1:
            # A video link alone on its line: WordPress shows the player (oEmbed).
            self.result.blocks.append({"type": "embed", "value": self._embed(url.group(1))})
            return
        inline = re.sub(r"^(?:\s*<br/>)+|(?:<br/>\s*)+$", "", inline)
        value = f"<{tag}>{inline}</{tag}>" if tag == "p" else inline
        self.result.blocks.append({"type": "paragraph", "value": _whitelister.clean(value)})

    def _embed(self, url):
        return {"embed": embed_url(url) or url, "title": "", "transcript": ""}

    # --- walking ------------------------------------------------------------------------------

    def _container(self, el):
        """Children of a wrapper: blocks for block elements, loose text joins a paragraph."""
        if el.text:
            self._loose_text(el.text)
        for child in el:
            if isinstance(child, etree._Comment | etree._ProcessingInstruction):
                pass
            else:
                self._element(child)
            if child.tail:
                self._loose_text(child.tail)

    def _loose_text(self, text):
        parts = PARAGRAPH_SPLIT_RE.split(text)
        for i, part in enumerate(parts):
            if i:
                self._flush()
            if part.strip():
                self._pending.append(html.escape(_squash(part), quote=False))

    def _element(self, el):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in DROP:
            return
        if tag in UNWRAP or tag == "span" and self._has_blocks(el):
            if "wp-block-file" in (el.get("class") or ""):
                return self._file(el)
            self._flush()
            self._container(el)
            self._flush()
            return
        if tag == "p":
            return self._p(el)
        if re.fullmatch(r"h[1-6]", tag):
            return self._heading(el, tag)
        if tag in ("ul", "ol"):
            self._flush()
            return self._paragraph(self._list(el), tag="list")
        if tag == "blockquote":
            return self._quote(el)
        if tag == "figure":
            return self._figure(el)
        if tag == "img":
            return self._image(el)
        if tag == "table":
            return self._table(el, caption="")
        if tag == "iframe":
            url = embed_url(el.get("src", ""))
            if url:
                self._add("embed", self._embed(url))
            else:
                self.result.dropped["iframe"] = self.result.dropped.get("iframe", 0) + 1
            return
        if tag == "hr":
            return self._flush()
        if tag in ("pre", "dl"):
            self._flush()
            return self._paragraph(html.escape(_squash(el.text_content()), quote=False))
        if tag == "a" and self._only_image(el):
            return self._image(el.find(".//img"), link=el.get("href"))
        if tag == "br":
            self._pending.append("<br/>")
            return
        # Inline element at block level (strong, a, span …): part of the running paragraph.
        images = []
        self._pending.append(self._inline(el, images))
        for img in images:
            self._image(img)

    @staticmethod
    def _has_blocks(el):
        return any(
            isinstance(c.tag, str) and c.tag.lower() in ("p", "div", "figure", "table", "ul")
            for c in el
        )

    def _only_image(self, el):
        imgs = el.findall(".//img")
        return len(imgs) == 1 and not _squash(el.text_content())

    def _p(self, el):
        self._flush()
        if self._only_image(el):
            link = el.find(".//a")
            return self._image(el.find(".//img"), link=link.get("href") if link is not None else "")
        images = []
        inline = self._inline_children(el, images)
        if any(
            isinstance(c.tag, str) and c.tag.lower() in ("table", "blockquote", "ul", "ol")
            for c in el
        ):
            self._container(el)
            self._flush()
        else:
            self._paragraph(inline)
        for img in images:
            self._image(img)

    def _heading(self, el, tag):
        self._flush()
        text = _squash(el.text_content())
        if not text:
            return
        if len(text) > HEADING_MAX:
            return self._paragraph(f"<b>{html.escape(text, quote=False)}</b>")
        level = "h2" if tag in ("h1", "h2") else "h3"
        self._add("heading", {"text": text, "level": level})

    def _list(self, el):
        tag = el.tag.lower()
        items = []
        for li in el:
            if not isinstance(li.tag, str) or li.tag.lower() != "li":
                continue
            nested = [c for c in li if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol")]
            for c in nested:
                li.remove(c)
            images = []
            inner = self._inline_children(li, images).strip()
            inner += "".join(self._list(c) for c in nested)
            for img in images:
                self._image(img)
            if inner:
                items.append(f"<li>{inner}</li>")
        return f"<{tag}>{''.join(items)}</{tag}>" if items else ""

    def _quote(self, el):
        self._flush()
        klass = el.get("class") or ""
        if "twitter-tweet" in klass or "instagram-media" in klass:
            links = [a.get("href", "") for a in el.iter("a")]
            url = next((embed_url(h) for h in reversed(links) if embed_url(h)), None)
            if url:
                return self._add("embed", self._embed(url))
        cite_el = el.find(".//cite")
        cite = ""
        if cite_el is not None:
            cite = _squash(cite_el.text_content()).lstrip("—–- ")
            cite_el.drop_tree()
        paragraphs = [_squash(p.text_content()) for p in el.iter("p")]
        text = "\n\n".join(p for p in paragraphs if p) or _squash(el.text_content())
        if text:
            self._add(
                "quote",
                {"quote": text, "speaker": None, "speaker_name": cite[:255], "speaker_title": ""},
            )

    def _figure(self, el):
        self._flush()
        if el.get("data-embed"):
            url = embed_url(el.get("data-embed"))
            if url:
                return self._add("embed", self._embed(url))
            return self._paragraph(_link_html(el.get("data-embed")))
        caption_el = el.find(".//figcaption")
        caption = _squash(caption_el.text_content()) if caption_el is not None else ""
        table = el.find(".//table")
        if table is not None:
            return self._table(table, caption)
        klass = el.get("class") or ""
        if "wp-block-embed" in klass or el.find(".//iframe") is not None:
            frame = el.find(".//iframe")
            candidates = [frame.get("src", "")] if frame is not None else []
            candidates += [_squash(el.text_content())] + [a.get("href", "") for a in el.iter("a")]
            url = next((embed_url(c) for c in candidates if embed_url(c)), None)
            if url:
                return self._add("embed", self._embed(url))
        img = el.find(".//img")
        if img is not None:
            link = img.getparent().get("href") if img.getparent().tag == "a" else ""
            return self._image(img, caption=caption, link=link)
        if caption_el is not None:
            caption_el.drop_tree()
        self._container(el)
        self._flush()
        if caption:
            self._paragraph(html.escape(caption, quote=False))

    def _image(self, img, caption="", link=""):
        self._flush()
        if img is None:
            return
        found = self.links.image(src=img.get("src", ""), wp_id=_wp_image_id(img), link=link or "")
        if found is None:
            self.result.missing_media.append(img.get("src") or f"image id {_wp_image_id(img)}")
            if caption:
                self._paragraph(html.escape(caption, quote=False))
            return
        image_pk, library_alt = found
        alt = _squash(img.get("alt", "")) or library_alt
        if not alt:
            self.result.images_without_alt += 1
        extra = ""
        if len(caption) > CAPTION_MAX:
            caption, extra = "", caption
        self._add(
            "image",
            {
                "image": {"image": image_pk, "alt_text": alt[:255], "decorative": not alt},
                "caption": caption,
                "credit": "",
            },
        )
        if extra:
            self._paragraph(html.escape(extra, quote=False))

    def _file(self, el):
        """Gutenberg's file block: a link to the file and a Download button."""
        self._flush()
        anchor = next((a for a in el.iter("a") if a.get("href")), None)
        if anchor is None:
            return
        href = anchor.get("href")
        title = _squash(anchor.text_content())
        document = self.links.document(href)
        if document:
            return self._add(
                "document", {"document": document, "title": title[:255], "description": ""}
            )
        self.result.missing_media.append(href)
        self._paragraph(html.escape(title or href, quote=False))

    def _table(self, table, caption):
        self._flush()
        rows = []
        header = False
        caption_el = table.find("caption")
        if caption_el is not None:
            caption = caption or _squash(caption_el.text_content())
        for tr in table.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if not cells:
                continue
            if not rows:
                header = all(c.tag.lower() == "th" for c in cells) or (
                    tr.getparent() is not None and tr.getparent().tag.lower() == "thead"
                )
            rows.append([_squash(c.text_content()) for c in cells])
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        caption = (caption or "Table")[:TABLE_CAPTION_MAX]
        self._add(
            "table",
            {
                "caption": caption,
                "table": {
                    "data": rows,
                    "first_row_is_table_header": header,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        )

    # --- inline ---------------------------------------------------------------------------

    def _inline_children(self, el, images):
        parts = [html.escape(_squash_inline(el.text or ""), quote=False)]
        for child in el:
            parts.append(self._inline(child, images))
            if child.tail:
                parts.append(html.escape(_squash_inline(child.tail), quote=False))
        return "".join(parts)

    def _inline(self, el, images):
        if not isinstance(el.tag, str):
            return ""
        tag = el.tag.lower()
        if tag in DROP or tag in ("iframe",):
            return ""
        if tag == "img":
            images.append(el)
            return ""
        if tag == "br":
            return "<br/>"
        inner = self._inline_children(el, images)
        if tag in INLINE_MAP:
            t = INLINE_MAP[tag]
            return f"<{t}>{inner}</{t}>" if inner.strip() else inner
        if tag == "a":
            return self._anchor(el.get("href", ""), inner)
        return inner

    def _anchor(self, href, inner):
        if not inner.strip():
            return inner
        target = self.links.link(href)
        if target is None:
            return inner
        kind, value = target
        if kind in ("page", "document"):
            # The editor's own format; Wagtail's whitelister turns it into the stored one.
            return f'<a data-linktype="{kind}" data-id="{value}">{inner}</a>'
        if kind == "unresolved":
            self.result.unresolved_links += 1
            value = value or ""
        if not value.startswith(ALLOWED_SCHEMES):
            return inner
        return f'<a href="{html.escape(value, quote=True)}">{inner}</a>'


def _wp_image_id(img):
    if img.get("data-wp-id", "").isdigit():
        return int(img.get("data-wp-id"))
    m = re.search(r"\bwp-image-(\d+)\b", img.get("class") or "")
    return int(m.group(1)) if m else None


def _squash(text):
    return SPACE_RE.sub(" ", text or "").strip()


def _squash_inline(text):
    """Collapse whitespace (and &nbsp;) but keep a single space at the edges."""
    return SPACE_RE.sub(" ", text or "")


def _link_html(url):
    safe = html.escape(url, quote=True)
    return f'<a href="{safe}">{safe}</a>'
