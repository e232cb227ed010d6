"""Small WXR files for the importer's tests, shaped like WordPress's own exporter writes them."""

from html import escape

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Test site</title>
<link>https://www.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://www.example.org</wp:base_site_url>
<wp:base_blog_url>https://www.example.org</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[press]]></wp:author_login></wp:author>
"""
TAIL = "</channel>\n</rss>\n"


def cdata(text):
    return "<![CDATA[" + (text or "").replace("]]>", "]]]]><![CDATA[>") + "]]>"


def category(term_id, slug, name, parent=""):
    return (
        f"<wp:category><wp:term_id>{term_id}</wp:term_id>"
        f"<wp:category_nicename>{cdata(slug)}</wp:category_nicename>"
        f"<wp:category_parent>{cdata(parent)}</wp:category_parent>"
        f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
    )


def tag(term_id, slug, name):
    return (
        f"<wp:tag><wp:term_id>{term_id}</wp:term_id><wp:tag_slug>{cdata(slug)}</wp:tag_slug>"
        f"<wp:tag_name>{cdata(name)}</wp:tag_name></wp:tag>\n"
    )


def item(
    post_id,
    title="A post",
    slug=None,
    content="<p>Mayors met today.</p>",
    excerpt="",
    status="publish",
    post_type="post",
    date="2021-06-23 10:00:00",
    date_gmt=None,
    modified=None,
    categories=(),
    tags=(),
    meta=None,
    password="",
    parent=0,
    link=None,
    attachment_url="",
    pub_date="Wed, 23 Jun 2021 14:00:00 +0000",
):
    slug = f"post-{post_id}" if slug is None else slug
    if link is None:
        if status in ("publish", "private") and slug and post_type == "post":
            y, m, d = date[:10].split("-")
            link = f"https://www.example.org/{y}/{m}/{d}/{slug}/"
        elif post_type == "page" and status == "publish":
            link = f"https://www.example.org/{slug}/"
        else:
            link = f"https://www.example.org/?p={post_id}"
    date_gmt = date_gmt if date_gmt is not None else date
    modified = modified or date
    terms = "".join(
        f'<category domain="category" nicename="{s}">{cdata(n)}</category>' for s, n in categories
    ) + "".join(
        f'<category domain="post_tag" nicename="{s}">{cdata(n)}</category>' for s, n in tags
    )
    metas = "".join(
        f"<wp:postmeta><wp:meta_key>{cdata(k)}</wp:meta_key>"
        f"<wp:meta_value>{cdata(str(v))}</wp:meta_value></wp:postmeta>"
        for k, v in (meta or {}).items()
    )
    return f"""<item>
<title>{cdata(title)}</title>
<link>{escape(link)}</link>
<pubDate>{pub_date}</pubDate>
<dc:creator>{cdata("press")}</dc:creator>
<guid isPermaLink="false">https://www.example.org/?p={post_id}</guid>
<description></description>
<content:encoded>{cdata(content)}</content:encoded>
<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id>
<wp:post_date>{cdata(date)}</wp:post_date>
<wp:post_date_gmt>{cdata(date_gmt)}</wp:post_date_gmt>
<wp:post_modified>{cdata(modified)}</wp:post_modified>
<wp:post_modified_gmt>{cdata(modified)}</wp:post_modified_gmt>
<wp:comment_status>{cdata("closed")}</wp:comment_status>
<wp:post_name>{cdata(slug)}</wp:post_name>
<wp:status>{cdata(status)}</wp:status>
<wp:post_parent>{parent}</wp:post_parent>
<wp:menu_order>0</wp:menu_order>
<wp:post_type>{cdata(post_type)}</wp:post_type>
<wp:post_password>{cdata(password)}</wp:post_password>
<wp:is_sticky>0</wp:is_sticky>
{f"<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>" if attachment_url else ""}
{terms}
{metas}
</item>
"""


def attachment(post_id, relative, title="Photo", alt="", parent=0, caption=""):
    url = f"https://www.example.org/wp-content/uploads/{relative}"
    return item(
        post_id,
        title=title,
        slug=title.lower().replace(" ", "-"),
        content="",
        excerpt=caption,
        status="inherit",
        post_type="attachment",
        parent=parent,
        link=f"https://www.example.org/{title.lower().replace(' ', '-')}/",
        attachment_url=url,
        meta={"_wp_attached_file": relative, **({"_wp_attachment_image_alt": alt} if alt else {})},
    )


def export(*parts):
    return HEAD + "".join(parts) + TAIL


def write(path, *parts):
    path.write_text(export(*parts), encoding="utf-8")
    return path
