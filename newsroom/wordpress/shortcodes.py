"""WordPress and Avada shortcodes turned into plain HTML that the body converter understands.

WordPress itself finds shortcodes with a pattern and a list of registered names; this does the
same with a small tokenizer and a table of handlers. Containers (`[fusion_builder_*]`,
`[fusion_text]` …) are unwrapped and keep their text; media shortcodes become `<figure>` /
`<img>` / links; forms and layout-only codes are dropped; every name seen is counted for the
report.
"""

import base64
import binascii
import html
import re
from collections import Counter

TOKEN_RE = re.compile(
    r"\[(\[?)(/?)([A-Za-z_][\w-]*)((?:[^\]\"'\[]|\"[^\"]*\"|'[^']*')*?)(/?)\](\]?)"
)
ATTR_RE = re.compile(
    r"([\w-]+)\s*=\s*\"([^\"]*)\"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'\"]+)"
    r"|\"([^\"]*)\"|'([^']*)'|(\S+)"
)
MAX_DEPTH = 8

# Dropped with their content: forms and widgets that cannot work on the new site.
DROPPED = {
    "gravityform",
    "gravityforms",
    "contact-form-7",
    "contact-form",
    "contact_form",
    "ninja_form",
    "ninja_forms",
    "wpforms",
    "fusion_separator",
    "fusion_form",
    "fusion_map",
    "fusion_social_links",
    "fusion_sharing",
    "fusion_search",
    "fusion_menu",
    "fusion_modal",
    "fusion_modal_text_link",
    "fusion_blog",
    "fusion_recent_posts",
    "fusion_portfolio",
    "fusion_post_cards",
    "fusion_widget_area",
    "fusion_login",
    "fusion_slider",
    "fusion_countdown",
    "fusion_events",
    "fusion_woo_shortcodes",
    "mc4wp_form",
    "ctct",
    "print-me",
    "addtoany",
    "ssba",
}
# Names shown in a body as literal text when they are not shortcodes at all ("[sic]", "[1]").
SHORTCODE_NAME_RE = re.compile(
    r"^(fusion_|vc_|et_pb_|av_|wp_|gallery$|caption$|embed$|audio$|"
    r"video$|playlist$)"
)


def parse_attrs(text):
    attrs = {}
    positional = []
    for m in ATTR_RE.finditer(text or ""):
        if m.group(1):
            attrs[m.group(1).lower()] = m.group(2)
        elif m.group(3):
            attrs[m.group(3).lower()] = m.group(4)
        elif m.group(5):
            attrs[m.group(5).lower()] = m.group(6)
        else:
            positional.append(m.group(7) or m.group(8) or m.group(9) or "")
    attrs = {k: html.unescape(v) for k, v in attrs.items()}
    if positional:
        attrs["_positional"] = positional
    return attrs


def _attr(value):
    return html.escape(value or "", quote=True)


class ShortcodeRenderer:
    """Render one body's shortcodes; `seen` counts names, `dropped` lists what was lost.

    `global_elements` maps an Avada library element id to its content (`[fusion_global]`).
    """

    def __init__(self, global_elements=None):
        self.global_elements = global_elements or {}
        self.seen = Counter()
        self.dropped = Counter()
        self.unknown = Counter()

    def render(self, text, depth=0):
        if "[" not in text or depth > MAX_DEPTH:
            return text
        out = []
        pos = 0
        while True:
            m = TOKEN_RE.search(text, pos)
            if not m:
                out.append(text[pos:])
                break
            out.append(text[pos : m.start()])
            escaped_open, closing, name, raw_attrs, self_closing, escaped_close = m.groups()
            lname = name.lower()
            if escaped_open and escaped_close:
                out.append(m.group(0)[1:-1])  # [[name]] is WordPress's way to show "[name]"
                pos = m.end()
                continue
            if closing:
                # A stray closing tag: never leave "[/x]" in a body.
                if self._is_shortcode(lname, True):
                    self.seen[lname] += 0
                    pos = m.end()
                    continue
                out.append(m.group(0))
                pos = m.end()
                continue
            content = None
            end = m.end()
            if not self_closing:
                close = self._find_close(text, lname, m.end())
                if close is not None:
                    content = text[m.end() : close[0]]
                    end = close[1]
            if not self._is_shortcode(lname, content is not None, raw_attrs):
                out.append(m.group(0))
                pos = m.end()
                continue
            self.seen[lname] += 1
            out.append(self.handle(lname, parse_attrs(raw_attrs), content, depth))
            pos = end
        return "".join(out)

    @staticmethod
    def _is_shortcode(name, has_close, raw_attrs=""):
        return bool(
            SHORTCODE_NAME_RE.match(name)
            or name in DROPPED
            or has_close
            or "=" in (raw_attrs or "")
            or "_" in name
        )

    @staticmethod
    def _find_close(text, name, start):
        """(start, end) of the closing tag that matches an opening at `start`, nesting aware."""
        pattern = re.compile(r"\[(/?)" + re.escape(name) + r"(?![\w-])[^\]]*\]", re.IGNORECASE)
        level = 1
        for m in pattern.finditer(text, start):
            if m.group(1):
                level -= 1
                if level == 0:
                    return m.start(), m.end()
            elif not m.group(0).endswith("/]"):
                level += 1
        return None

    def handle(self, name, attrs, content, depth):
        inner = self.render(content, depth + 1) if content else ""
        if name in DROPPED:
            if name != "fusion_separator":
                self.dropped[name] += 1
            return "\n\n"
        if name in ("caption", "wp_caption"):
            return self._caption(attrs, inner)
        if name == "embed":
            url = (content or attrs.get("src", "")).strip()
            return f'\n\n<figure data-embed="{_attr(url)}"></figure>\n\n' if url else ""
        if name in ("gallery", "fusion_gallery"):
            ids = [i for i in re.split(r"[,\s]+", attrs.get("ids", "")) if i.isdigit()]
            figures = "".join(f'<figure><img data-wp-id="{i}"></figure>' for i in ids)
            return f"\n\n{figures}{inner}\n\n"
        if name == "fusion_images":
            return f"\n\n{inner}\n\n"
        if name in ("fusion_image",):  # a gallery/carousel child: image="url" or content
            url = attrs.get("image", "") or (content or "").strip()
            return f'<figure><img src="{_attr(url)}"></figure>' if url else ""
        if name in ("audio", "video", "playlist"):
            url = attrs.get("src") or attrs.get("mp3") or attrs.get("mp4") or ""
            url = url or next(
                (v for k, v in attrs.items() if k in ("m4a", "ogg", "wav", "webm")), ""
            )
            if not url:
                return ""
            return f'\n\n<p><a href="{_attr(url)}">{_attr(url.rsplit("/", 1)[-1])}</a></p>\n\n'
        if name in ("fusion_youtube", "fusion_vimeo"):
            video_id = attrs.get("id", "").strip()
            if not video_id:
                return ""
            if video_id.startswith("http"):
                url = video_id
            elif name == "fusion_youtube":
                url = f"https://www.youtube.com/watch?v={video_id}"
            else:
                url = f"https://vimeo.com/{video_id}"
            return f'\n\n<figure data-embed="{_attr(url)}"></figure>\n\n'
        if name == "fusion_global":
            element_id = attrs.get("id", "").strip()
            element = self.global_elements.get(int(element_id)) if element_id.isdigit() else None
            if element is None:
                self.dropped["fusion_global (element not in export)"] += 1
                return ""
            return "\n\n" + self.render(element, depth + 1) + "\n\n"
        if name == "fusion_code":
            return self._code(content or "")
        if name == "fusion_title":
            size = attrs.get("size", "2")
            level = size if size in ("1", "2", "3", "4", "5", "6") else "2"
            return f"\n\n<h{level}>{inner}</h{level}>\n\n"
        if name == "fusion_imageframe":
            return self._imageframe(attrs, inner)
        if name in ("fusion_button", "button"):
            link = attrs.get("link", "").strip()
            label = inner.strip() or attrs.get("title", "") or link
            if not link:
                return f"\n\n<p>{label}</p>\n\n" if label else ""
            return f'\n\n<p><a href="{_attr(link)}">{label}</a></p>\n\n'
        if name == "fusion_checklist":
            return f"\n\n<ul>{inner}</ul>\n\n"
        if name == "fusion_li_item":
            return f"<li>{inner.strip()}</li>"
        if name in ("fusion_dropcap", "fusion_highlight", "fusion_tooltip", "fusion_popover"):
            return inner
        # Any other container (rows, columns, text, tabs, toggles, boxes…): unwrap it, keeping
        # its text; a title attribute of a tab/toggle/box becomes a subheading.
        if not name.startswith("fusion_builder") and name not in ("fusion_text",):
            if not name.startswith("fusion_"):
                self.unknown[name] += 1
            title = attrs.get("title", "").strip()
            if title and inner.strip():
                return f"\n\n<h3>{html.escape(title)}</h3>\n\n{inner}\n\n"
        return f"\n\n{inner}\n\n" if inner else ""

    def _caption(self, attrs, inner):
        """`[caption]<img …> Caption[/caption]`, sometimes with the img inside a link."""
        m = re.match(r"\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", inner, re.S)
        if not m:
            return f"\n\n{inner}\n\n"
        image, caption = m.group(1), m.group(2).strip() or attrs.get("caption", "")
        return f"\n\n<figure>{image}<figcaption>{caption}</figcaption></figure>\n\n"

    def _imageframe(self, attrs, inner):
        image_id = attrs.get("image_id", "").split("|", 1)[0].strip()
        inner = inner.strip()
        link = attrs.get("link", "").strip()
        if "<img" in inner:
            img = inner
        elif inner.startswith(("http://", "https://", "/")):
            img = f'<img src="{_attr(inner)}">'
        elif image_id.isdigit():
            img = ""
        else:
            return f"\n\n{inner}\n\n" if inner else ""
        if image_id.isdigit() and "data-wp-id" not in img:
            img = (
                img.replace("<img", f'<img data-wp-id="{image_id}"', 1)
                if img
                else (f'<img data-wp-id="{image_id}">')
            )
        alt = attrs.get("alt", "")
        if alt and "alt=" not in img:
            img = img.replace("<img", f'<img alt="{_attr(alt)}"', 1)
        caption = attrs.get("caption", "")
        caption_html = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
        del link  # the frame's link usually opens the same image; the figure is enough
        return f"\n\n<figure>{img}{caption_html}</figure>\n\n"

    def _code(self, content):
        """Avada keeps raw HTML base64-encoded in [fusion_code]; decode it, or drop it."""
        raw = content.strip()
        try:
            decoded = base64.b64decode(raw, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            decoded = raw  # older Avada stored it plain
        return "\n\n" + self.render(decoded) + "\n\n"
