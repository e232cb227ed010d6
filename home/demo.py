"""Demo content for the site frame: the home page, the about page and the site settings.

Every loader is idempotent: it finds what it made before by slug and updates it in place.
"""

from wagtail.models import Page, Site

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


def load():
    root = Page.get_first_root_node()
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
    settings.organisation_name = "U.S. Conference of Mayors"
    settings.organisation_short_name = "USCM"
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
    settings.save()

    get_or_create_child(
        home,
        StandardPage,
        "about",
        title="About the Conference",
        show_in_menus=True,
        intro="<p>Who we are, how we work and how cities take part.</p>",
        body=paragraphs(
            "Founded in the early 1930s, the Conference brings together the mayors of about "
            "1,400 cities with populations of 30,000 or more. Each city takes part through its "
            "chief elected official.",
            "Mayors meet twice a year, in Washington each winter and in a member city each "
            "summer, to adopt policy resolutions that guide the Conference's work with Congress "
            "and the Administration.",
            "Standing committees and task forces, each led by mayors, turn those resolutions into "
            "advocacy, research and shared practice between cities.",
        ),
    )
    return home
