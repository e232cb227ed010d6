"""Bodies in the three dialects WordPress sites write: what readers get from each construct."""

import base64

import pytest

from newsroom.wordpress.body import BodyConverter
from newsroom.wordpress.links import LinkResolver, Media


@pytest.fixture
def links():
    resolver = LinkResolver("https://www.example.org")
    resolver.add_attachment(14, "https://www.example.org/wp-content/uploads/2021/06/mayors.jpg")
    resolver.add_attachment(15, "https://www.example.org/wp-content/uploads/2021/06/letter.pdf")
    resolver.media[14] = Media(
        "image", 501, "/media/original_images/mayors.jpg", "Mayors at a podium"
    )
    resolver.media[15] = Media("document", 601, "/documents/601/letter.pdf")
    resolver.post_paths["/2021/06/23/older-post"] = 7
    resolver.post_pages[7] = (701, True)
    resolver.archives["/category/news/press-room"] = "/news/?type=press_release"
    return resolver


def convert(links, content, library=None):
    return BodyConverter(links, library or {}).convert(content)


def types(result):
    return [b["type"] for b in result.blocks]


def test_avada_containers_unwrap_and_keep_text(links):
    content = (
        '[fusion_builder_container hundred_percent="no" type="flex"][fusion_builder_row]'
        '[fusion_builder_column type="1_1" type="1_1" layout="1_1"]'
        '[fusion_title size="2" content_align="left"]What mayors ask[/fusion_title]'
        '[fusion_text columns="" rule_style="default"]<p>Congress must act.</p>[/fusion_text]'
        '[fusion_separator style_type="single solid" /]'
        '[fusion_checklist icon="fa-check"][fusion_li_item]Fund police[/fusion_li_item]'
        "[fusion_li_item]Fix the border[/fusion_li_item][/fusion_checklist]"
        '[fusion_imageframe image_id="14|full"]https://www.example.org/wp-content/uploads/2021/06/'
        "mayors-300x200.jpg[/fusion_imageframe]"
        '[fusion_button link="https://www.example.org/wp-content/uploads/2021/06/letter.pdf"]'
        "Read the letter[/fusion_button]"
        '[fusion_youtube id="dQw4w9WgXcQ" /]'
        "[/fusion_builder_column][/fusion_builder_row][/fusion_builder_container]"
    )
    result = convert(links, content)
    assert types(result) == ["heading", "paragraph", "paragraph", "image", "paragraph", "embed"]
    assert result.blocks[0]["value"] == {"text": "What mayors ask", "level": "h2"}
    assert result.blocks[1]["value"] == "<p>Congress must act.</p>"
    assert "<li>Fund police</li>" in result.blocks[2]["value"]
    assert result.blocks[3]["value"]["image"] == {
        "image": 501,
        "alt_text": "Mayors at a podium",
        "decorative": False,
    }
    assert result.blocks[4]["value"] == '<p><a id="601" linktype="document">Read the letter</a></p>'
    assert result.blocks[5]["value"]["embed"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert "[fusion" not in str(result.blocks) and "[/" not in str(result.blocks)


def test_fusion_global_and_base64_code(links):
    code = base64.b64encode(b"<p>Raw <script>alert(1)</script>HTML</p>").decode()
    result = convert(
        links,
        f'[fusion_global id="19"][fusion_code]{code}[/fusion_code]',
        {19: "[fusion_text]About the Conference.[/fusion_text]"},
    )
    assert [b["value"] for b in result.blocks] == [
        "<p>About the Conference.</p>",
        "<p>Raw HTML</p>",
    ]


def test_classic_editor_paragraphs_styles_and_captions(links):
    content = (
        'First paragraph,&nbsp;with <span style="font-weight: 400;">Word</span> styles.\n\n'
        '<p style="text-align: justify;"><strong>Bold</strong> and <em>italic</em>.</p>\n'
        "<p>&nbsp;</p>\n<p></p>\n"
        "Line one<br />\nline two\n\n"
        '[caption id="attachment_14" align="aligncenter" width="800"]'
        '<a href="https://www.example.org/wp-content/uploads/2021/06/mayors.jpg">'
        '<img class="size-large wp-image-14" src="https://www.example.org/wp-content/uploads/'
        '2021/06/mayors-1024x683.jpg" alt="" width="800" /></a> Mayors at the Capitol[/caption]\n\n'
        "https://www.youtube.com/watch?v=abcdefghijk\n\n"
        "[embed]https://vimeo.com/123456[/embed]\n\n"
        '<table style="border-collapse: collapse;"><tr><th>City</th><th>Mayors</th></tr>'
        "<tr><td>Mesa</td><td>1</td></tr></table>\n\n"
        "<blockquote><p>Cities lead.</p><cite>Mayor John Giles</cite></blockquote>\n\n"
        "<h3><strong>Next steps</strong></h3>\n\n"
        '<p>See <a href="https://www.example.org/2021/06/23/older-post/">the earlier release</a> '
        'and <a href="/category/news/press-room/">all releases</a>, or '
        '<a href="javascript:alert(1)" onclick="x()">this</a>.</p>\n'
        "<script>track()</script><hr />"
    )
    result = convert(links, content)
    assert types(result) == [
        "paragraph",
        "paragraph",
        "paragraph",
        "image",
        "embed",
        "embed",
        "table",
        "quote",
        "heading",
        "paragraph",
    ]
    values = [b["value"] for b in result.blocks]
    assert values[0] == "<p>First paragraph, with Word styles.</p>"
    assert values[1] == "<p><b>Bold</b> and <i>italic</i>.</p>"
    assert values[2] == "<p>Line one<br/>line two</p>"
    assert values[3]["caption"] == "Mayors at the Capitol"
    assert values[3]["image"]["image"] == 501
    assert values[4]["embed"] == "https://www.youtube.com/watch?v=abcdefghijk"
    assert values[5]["embed"] == "https://vimeo.com/123456"
    assert values[6]["table"]["data"] == [["City", "Mayors"], ["Mesa", "1"]]
    assert values[6]["table"]["first_row_is_table_header"] is True
    assert values[7]["quote"] == "Cities lead." and values[7]["speaker_name"] == "Mayor John Giles"
    assert values[8] == {"text": "Next steps", "level": "h3"}
    assert values[9] == (
        '<p>See <a id="701" linktype="page">the earlier release</a> and '
        '<a href="/news/?type=press_release">all releases</a>, or this.</p>'
    )
    assert "style=" not in str(values) and "<script" not in str(values)
    assert "track()" not in str(values)


PDF = "https://www.example.org/wp-content/uploads/2021/06/letter.pdf"


def test_gutenberg_blocks(links):
    content = """<!-- wp:paragraph {"align":"center"} -->
<p class="has-text-align-center" style="font-size:18px">Centered text.</p>
<!-- /wp:paragraph -->
<!-- wp:heading {"level":3} --><h3 class="wp-block-heading">Details</h3><!-- /wp:heading -->
<!-- wp:image {"id":14} --><figure class="wp-block-image size-large"><img
 src="https://www.example.org/wp-content/uploads/2021/06/mayors-1024x683.jpg" class="wp-image-14"/>
<figcaption class="wp-element-caption">A caption</figcaption></figure><!-- /wp:image -->
<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>One.</p>
<!-- /wp:paragraph --><!-- wp:paragraph --><p>Two.</p><!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->
<!-- wp:embed {"url":"https://youtu.be/abcdefghijk"} --><figure class="wp-block-embed">
<div class="wp-block-embed__wrapper">
https://youtu.be/abcdefghijk
</div></figure><!-- /wp:embed -->
<!-- wp:file --><div class="wp-block-file"><a href="{PDF}">The letter</a>
<a href="{PDF}" class="wp-block-file__button" download>Download</a></div><!-- /wp:file -->
<!-- wp:list --><ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul><!-- /wp:list -->
<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator -->
<!-- wp:shortcode -->[gravityform id="1" title="false"]<!-- /wp:shortcode -->
<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>A</th></tr></thead>
<tbody><tr><td>1</td></tr></tbody></table><figcaption>Votes</figcaption></figure><!-- /wp:table -->
""".replace("{PDF}", PDF)
    result = convert(links, content)
    assert types(result) == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "document",
        "paragraph",
        "table",
    ]
    values = [b["value"] for b in result.blocks]
    assert values[0] == "<p>Centered text.</p>"
    assert values[2]["caption"] == "A caption"
    assert values[3]["quote"] == "One.\n\nTwo."
    assert values[4]["embed"] == "https://www.youtube.com/watch?v=abcdefghijk"
    assert values[5] == {"document": 601, "title": "The letter", "description": ""}
    assert values[6] == "<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>"
    assert values[7]["caption"] == "Votes"
    assert result.dropped == {"gravityform": 1}


def test_missing_image_is_reported_not_fatal(links):
    result = convert(
        links,
        '<p><img src="https://www.example.org/wp-content/uploads/2020/01/'
        'gone.jpg" alt="x"></p><p>Text stays.</p>',
    )
    assert types(result) == ["paragraph"]
    assert result.missing_media == ["https://www.example.org/wp-content/uploads/2020/01/gone.jpg"]


def test_literal_brackets_are_text_not_shortcodes(links):
    result = convert(links, "<p>The mayor said [sic] and cited note [1].</p>")
    assert result.blocks[0]["value"] == "<p>The mayor said [sic] and cited note [1].</p>"


def test_block_ids_are_stable(links):
    one = BodyConverter(links, {}, "wp/5").convert("<p>A</p><p>B</p>")
    two = BodyConverter(links, {}, "wp/5").convert("<p>A</p><p>B</p>")
    assert [b["id"] for b in one.blocks] == [b["id"] for b in two.blocks]
    assert len({b["id"] for b in one.blocks}) == 2


def test_a_one_megabyte_body(links):
    paragraph = "<p>" + "Mayors call on Congress to act. " * 30 + "</p>\n"
    content = paragraph * (1_000_000 // len(paragraph))
    result = convert(links, content)
    assert len(content) > 990_000
    assert len(result.blocks) > 900 and types(result) == ["paragraph"] * len(result.blocks)
