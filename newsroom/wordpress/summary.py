"""A listing summary: the excerpt, or the body's first sentences, cut at a word boundary."""

import html
import re

import lxml.html

TARGET = 300
LIMIT = 500
SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]?\s")


def plain(fragment):
    if not fragment or not fragment.strip():
        return ""
    try:
        text = lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()
    except Exception:  # noqa: BLE001 - unparseable excerpt: fall back to the raw text
        text = re.sub(r"<[^>]+>", " ", fragment)
    text = re.sub(r"\[/?[A-Za-z_][^\]]*\]", " ", html.unescape(text))  # stray shortcodes
    return " ".join(text.replace("\u00a0", " ").split())


def shorten(text, target=TARGET):
    if len(text) <= target:
        return text
    head = text[: target + 1]
    ends = [m.end() for m in SENTENCE_END_RE.finditer(head)]
    if ends and ends[-1] >= target // 3:
        return head[: ends[-1]].strip()
    cut = head.rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return cut + "…"


def make_summary(excerpt, body_text, title):
    text = plain(excerpt)
    if text:
        return shorten(text, LIMIT - 1) if len(text) > LIMIT else text
    return shorten(body_text) if body_text else title[:LIMIT]
