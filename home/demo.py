"""Demo content for the site frame: the home page, the about page and the site settings.

Every loader is idempotent: it finds what it made before by slug and updates it in place.
"""

from django.conf import settings as django_settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from .demo_pictures import save_image, share_card, skyline
from .models import HomePage, SiteSettings, StandardPage
from .streamfield import paragraphs


def get_or_create_child(parent, model, slug, *, tags=None, **fields):
    """Return the page at parent/slug; create and publish it only if it is not there yet.

    Leaving existing pages alone is what makes the demo loader idempotent, and it never
    overwrites what an editor changed in the demo.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page
    page = model(slug=slug, **fields)
    if tags:
        page.tags.set(tags)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_wagtail_roots():
    """Recreate what Wagtail's migrations put in an empty database (the default locale, the
    root page, the root collection) if a flush removed them, as transactional tests do."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(django_settings.LANGUAGE_CODE)
    )
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def load():
    root = ensure_wagtail_roots()
    home = HomePage.objects.first()
    if home is None:
        # Replace Wagtail's placeholder "Welcome" page with the real home page.
        default_home = Page.objects.filter(depth=2, slug="home").exclude(
            content_type__model="homepage"
        )
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage(
            title="U.S. Conference of Mayors",
            slug="home-page",
            hero_heading="America's mayors, working together for stronger cities",
            hero_text=(
                "The nonpartisan association of the nation's cities of 30,000 people or more, "
                "each represented by its mayor."
            ),
        )
        root.add_child(instance=home)
        if site:
            site.root_page = home
            site.site_name = "U.S. Conference of Mayors"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="U.S. Conference of Mayors",
            )
        default_home.delete()
        home.refresh_from_db()
        home.slug = "home"
        home.save_revision().publish()
        home = HomePage.objects.get(pk=home.pk)  # fresh url_path for the children below

    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.organization_name = "U.S. Conference of Mayors"
    settings.organization_short_name = "USCM"
    settings.footer_text = (
        "The official nonpartisan organization of U.S. cities with 30,000 or more residents, "
        "each represented by its mayor."
    )
    settings.address = "1620 I Street NW, Washington, DC 20006"
    settings.x_url = "https://x.com/usmayors"
    settings.facebook_url = "https://www.facebook.com/usmayors"
    settings.instagram_url = "https://www.instagram.com/usmayors"
    settings.linkedin_url = "https://www.linkedin.com/company/usmayors"
    settings.threads_url = "https://www.threads.net/@usmayors"
    settings.medium_url = "https://medium.com/@usmayors"
    settings.x_handle = "usmayors"
    if settings.default_share_image is None:
        settings.default_share_image = save_image(
            "Share card: city skyline with the Conference seal", share_card(), "share-card.png"
        )
    settings.save()
    if home.hero_image is None:
        home.hero_image = save_image(
            "Illustration: a city skyline at dusk", skyline(1600, 900, "hero"), "hero.png"
        )
        home.save_revision().publish()

    get_or_create_child(
        home,
        StandardPage,
        "about",
        title="About the Conference",
        show_in_menus=True,
        intro="<p>Who we are, how we work and how cities take part.</p>",
        body=about_body(home),
    )
    return home


def about_body(home):
    """The about page shows most of the block library, so the demo doubles as a style sample."""
    body = paragraphs(
        "Founded in the early 1930s, the Conference brings together the mayors of about "
        "1,400 cities with populations of 30,000 or more. Each city takes part through its "
        "chief elected official.",
    )
    body += [
        {
            "type": "fact_list",
            "value": {
                "heading": "At a glance",
                "facts": [
                    {"figure": "1,400", "label": "cities of 30,000 people or more"},
                    {"figure": "2", "label": "national meetings each year"},
                    {"figure": "1", "label": "mayor speaks for each member city"},
                ],
            },
        },
        {"type": "heading", "value": {"text": "How the Conference works", "level": "h2"}},
    ]
    body += paragraphs(
        "Mayors meet twice a year, in Washington each winter and in a member city each "
        "summer, to adopt policy resolutions that guide the Conference's work with Congress "
        "and the Administration.",
        "Standing committees and task forces, each led by mayors, turn those resolutions into "
        "advocacy, research and shared practice between cities.",
    )
    body += [
        {
            "type": "table",
            "value": {
                "caption": "Where mayors meet",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Meeting", "When", "Where"],
                        ["Winter Meeting", "January", "Washington, D.C."],
                        ["Annual Meeting", "June", "A member city, chosen each year"],
                    ],
                },
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "Whatever the size of the city, residents expect their mayor to "
                "get things done. Meeting together lets us learn from each other first.",
                "speaker_name": "A member mayor",
                "speaker_title": "at a Winter Meeting session",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "See what mayors are working on",
                "text": "Issues, task forces and the latest statements, all from the home page.",
                "link_page": home.pk,
                "link_label": "Go to the home page",
            },
        },
    ]
    return body
