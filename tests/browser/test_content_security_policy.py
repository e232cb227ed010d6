"""The site and the admin work under their Content-Security-Policy: Chromium reports no
violation on any public page type or on the admin views staff use every day."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from newsroom.models import PressItemPage
from taskforce.letters.models import SignOnLetterPage
from taskforce.models import Person

CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(
    `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`
));
"""


def one_page_per_type():
    """The first live page of every page type, plus the routes that are not pages."""
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault(type(page), page.url)
    letter = next(url for cls, url in seen.items() if cls.__name__ == "SignOnLetterPage")
    person = Person.objects.order_by("pk").first()
    return [
        *seen.values(),
        f"/people/{person.slug}/",
        "/news/?type=statement&year=2025",
        letter + "thanks/",
        "/search/?q=immigration",
        "/no-such-page/",
        "/admin/login/",
        "/_util/login/",
    ]


class Watcher:
    """Collects CSP reports from the console and from securitypolicyviolation events."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.add_init_script(CSP_LISTENER)
        page.on(
            "console",
            lambda m: self.console.append(m.text) if "Content Security Policy" in m.text else None,
        )

    def visit(self, url):
        self.console.clear()
        response = self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        assert "default-src 'self'" in response.headers.get("content-security-policy", ""), url
        assert "camera=()" in response.headers.get("permissions-policy", ""), url
        return [*self.console, *self.page.evaluate("window.__csp")]


def report(problems):
    return "\n".join(f"{url}: {line}" for url, lines in problems.items() for line in set(lines))


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")


@pytest.mark.django_db(transaction=True)
def test_public_page_types_report_no_csp_violation(page, live_server, demo_site):
    watcher = Watcher(page)
    urls = one_page_per_type()
    assert len(urls) > 15, urls
    problems = {url: v for url in urls if (v := watcher.visit(live_server.url + url))}
    assert not problems, report(problems)


@pytest.mark.django_db(transaction=True)
def test_admin_views_report_no_csp_violation(page, live_server, demo_site, django_user_model):
    # A transactional test flushes the groups the migrations made: make them as they are.
    editors, _ = Group.objects.get_or_create(name="Editors")
    GroupPagePermission.objects.get_or_create(
        group=editors,
        page=Page.objects.get(depth=1),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    staff, _ = Group.objects.get_or_create(name="Campaign staff")
    access_admin = Permission.objects.get(codename="access_admin")
    editors.permissions.add(
        access_admin,
        # Snippet listings need these; the Editors group of a fresh install lacks them.
        *Permission.objects.filter(
            content_type__app_label__in=["newsroom", "taskforce", "wagtailimages"],
            codename__regex=r"^(view|change)_(person|city|organization|image)$",
        ),
    )
    staff.permissions.add(access_admin, Permission.objects.get(codename="manage_signatures"))
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(editors, staff)
    sign_in(page, live_server, "editor")
    watcher = Watcher(page)

    letter = SignOnLetterPage.objects.live().first()
    press = PressItemPage.objects.live().order_by("-date").first()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[press.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[press.pk]),
        reverse("wagtailadmin_pages:edit", args=[letter.pk]),
        reverse("wagtailadmin_pages:edit", args=[Page.objects.get(slug="immigration").pk]),
        reverse("wagtailsnippets:index"),
        reverse("wagtailsnippets_taskforce_person:list"),
        reverse("wagtailsnippets_taskforce_city:list"),
        reverse("wagtailsnippets_newsroom_organization:list"),
        reverse("wagtailsnippets_taskforce_person:edit", args=[Person.objects.first().pk]),
        "/admin/letters/signature/",
        reverse("wagtailimages:index"),
        "/",  # a public page with the editor's user bar
    ]
    problems = {url: v for url in urls if (v := watcher.visit(live_server.url + url))}
    assert not problems, report(problems)
