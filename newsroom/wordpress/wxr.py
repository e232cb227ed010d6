"""Streaming reader for WordPress eXtended RSS (WXR 1.0–1.2), the file of Tools › Export.

lxml's iterparse reads one `<item>` at a time and each element is cleared once read, so a
200 MB export needs the memory of one item, not of the file. Namespaces are matched by their
WordPress prefix, not by version, because 1.0, 1.1 and 1.2 exports name them differently.
"""

import html
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
WP_NS_PREFIX = "http://wordpress.org/export/"


class WxrError(Exception):
    """The file is not a WordPress export we can read; the message says why, for an operator."""


@dataclass
class Term:
    taxonomy: str  # "category", "post_tag" or another taxonomy
    term_id: int
    slug: str
    name: str
    parent_slug: str = ""
    description: str = ""


@dataclass
class Item:
    post_id: int
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    guid: str = ""
    pub_date: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_modified: str = ""
    post_modified_gmt: str = ""
    slug: str = ""
    parent: int = 0
    password: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list = field(default_factory=list)  # (domain, nicename, name)
    meta: dict = field(default_factory=dict)
    comments: int = 0
    old_slugs: list = field(default_factory=list)


def _kind(tag):
    """('wp'|'content'|'excerpt'|'dc'|'', localname) for a Clark-notation tag."""
    if not isinstance(tag, str):
        return None, None
    qname = etree.QName(tag)
    ns = qname.namespace or ""
    if ns == CONTENT_NS:
        return "content", qname.localname
    if ns.startswith(WP_NS_PREFIX):
        return ("excerpt" if "excerpt" in ns else "wp"), qname.localname
    if "purl.org/dc/" in ns:
        return "dc", qname.localname
    return ns, qname.localname


def _int(text, default=0):
    try:
        return int((text or "").strip())
    except ValueError:
        return default


def _text(el):
    return el.text or ""


def _term_from(el):
    values = {}
    for child in el:
        _, local = _kind(child.tag)
        if local:
            values[local] = _text(child).strip()
    if _kind(el.tag)[1] == "category":
        taxonomy, slug, name = (
            "category",
            values.get("category_nicename", ""),
            values.get("cat_name", ""),
        )
        parent = values.get("category_parent", "")
        description = values.get("category_description", "")
    elif _kind(el.tag)[1] == "tag":
        taxonomy, slug, name = "post_tag", values.get("tag_slug", ""), values.get("tag_name", "")
        parent, description = "", values.get("tag_description", "")
    else:
        taxonomy = values.get("term_taxonomy", "")
        slug, name = values.get("term_slug", ""), values.get("term_name", "")
        parent, description = values.get("term_parent", ""), values.get("term_description", "")
    return Term(
        taxonomy=taxonomy,
        term_id=_int(values.get("term_id")),
        slug=unquote(slug).strip(),
        name=html.unescape(name).strip(),  # WordPress stores term names HTML-escaped
        parent_slug=unquote(parent).strip(),
        description=html.unescape(description).strip(),
    )


def _item_from(el):
    item = Item(post_id=0, post_type="", status="")
    for child in el:
        kind, local = _kind(child.tag)
        if local is None:
            continue
        if kind == "":
            if local == "title":
                item.title = html.unescape(_text(child)).strip()
            elif local == "link":
                item.link = _text(child).strip()
            elif local == "guid":
                item.guid = _text(child).strip()
            elif local == "pubDate":
                item.pub_date = _text(child).strip()
            elif local == "category":
                item.terms.append(
                    (
                        child.get("domain", ""),
                        unquote(child.get("nicename", "")),
                        html.unescape(_text(child)).strip(),
                    )
                )
        elif kind == "content" and local == "encoded":
            item.content = _text(child)
        elif kind == "excerpt" and local == "encoded":
            item.excerpt = _text(child)
        elif kind == "wp":
            if local == "postmeta":
                key = value = ""
                for part in child:
                    part_local = _kind(part.tag)[1]
                    if part_local == "meta_key":
                        key = _text(part)
                    elif part_local == "meta_value":
                        value = _text(part)
                if key == "_wp_old_slug":
                    item.old_slugs.append(unquote(value))
                elif key:
                    item.meta[key] = value
            elif local == "comment":
                item.comments += 1
            else:
                value = _text(child).strip()
                if local == "post_id":
                    item.post_id = _int(value)
                elif local == "post_type":
                    item.post_type = value
                elif local == "status":
                    item.status = value
                elif local == "post_name":
                    item.slug = unquote(value)
                elif local == "post_parent":
                    item.parent = _int(value)
                elif local == "post_password":
                    item.password = value
                elif local == "is_sticky":
                    item.sticky = value == "1"
                elif local == "attachment_url":
                    item.attachment_url = value
                elif local in ("post_date", "post_date_gmt", "post_modified", "post_modified_gmt"):
                    setattr(item, local, value)
    return item


def _release(el):
    """Free an element and the siblings read before it: memory stays flat over the file."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


class WxrReader:
    """`for kind, obj in WxrReader(path)` yields ("site", url), ("term", Term), ("item", Item)."""

    def __init__(self, path):
        self.path = path

    def __iter__(self):
        seen_channel = False
        seen_wxr = False
        try:
            context = etree.iterparse(
                str(self.path),
                events=("start", "end"),
                huge_tree=True,  # a single body may exceed libxml2's 10 MB text limit
                resolve_entities=False,
                no_network=True,
                remove_comments=True,
            )
            depth = 0
            for event, el in context:
                if event == "start":
                    depth += 1
                    if depth == 1 and _kind(el.tag)[1] != "rss":
                        raise WxrError(
                            f"{self.path} is not a WordPress export: it starts with "
                            f"<{_kind(el.tag)[1]}>, not <rss>. Export with Tools › Export in "
                            "WordPress."
                        )
                    if depth == 2 and _kind(el.tag)[1] == "channel":
                        seen_channel = True
                    continue
                depth -= 1
                if depth != 2:
                    continue  # only children of <channel> are records
                kind, local = _kind(el.tag)
                if kind == "wp" and local in ("category", "tag", "term"):
                    seen_wxr = True
                    yield "term", _term_from(el)
                elif kind == "wp" and local in ("base_site_url", "base_blog_url"):
                    seen_wxr = True
                    yield local, _text(el).strip()
                elif kind == "wp" and local == "author":
                    values = {_kind(c.tag)[1]: _text(c).strip() for c in el}
                    yield "author", (_int(values.get("author_id")), values.get("author_login", ""))
                elif kind == "wp" and local == "wxr_version":
                    seen_wxr = True
                    yield "wxr_version", _text(el).strip()
                elif kind == "" and local == "item":
                    item = _item_from(el)
                    if item.post_type:
                        seen_wxr = True
                    yield "item", item
                elif kind == "" and local == "link":
                    yield "link", _text(el).strip()
                if depth == 2:
                    _release(el)
        except etree.XMLSyntaxError as exc:
            line = getattr(exc, "lineno", None) or (exc.position[0] if exc.position else "?")
            raise WxrError(
                f"{self.path} is not complete or not valid XML (line {line}: {exc.msg}). "
                "If the export was cut short, export again from WordPress."
            ) from None
        except OSError as exc:
            raise WxrError(f"Cannot read {self.path}: {exc.strerror or exc}") from None
        if not seen_channel or not seen_wxr:
            raise WxrError(
                f"{self.path} is an RSS file but not a WordPress export (no wp: elements). "
                "Export with Tools › Export › All content in WordPress."
            )
