"""The README's "Who can…" table, walked by logging in as a member of each group."""

from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask

from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.directory import PeopleIndexPage
from taskforce.hubs import IssuePage, TaskForcePage
from taskforce.letters.models import SignOnLetterPage
from tests.staff import ROLES, member

pytestmark = pytest.mark.django_db
README = Path(__file__).resolve().parents[2] / "README.md"


def readme_table():
    text = README.read_text()
    section = text.split("| Who can… |", 1)[1].split("\n\n", 1)[0]
    lines = [line for line in ("| Who can… |" + section).splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0]] = dict(zip(header[1:], (c == "yes" for c in cells[1:]), strict=True))
    return header[1:], rows


def allowed(client, url):
    """200 means the user works there; Wagtail answers 403 or sends them to the dashboard."""
    response = client.get(url, follow=False)
    if response.status_code == 302 and response.url.startswith(url):  # settings: /<site id>/
        response = client.get(response.url)
    if response.status_code == 200:
        return True
    assert response.status_code in (302, 403), (url, response.status_code)
    if response.status_code == 302:
        assert (
            response.url.rstrip("/").endswith(("/admin", "/admin/login")) or "login" in response.url
        )
    return False


def edit_url(model):
    return reverse("wagtailadmin_pages:edit", args=(model.objects.first().pk,))


def add_url(app, model, parent):
    return reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))


def press_and_standard(client, user):
    news = NewsIndexPage.objects.get()
    home = news.get_parent()
    return (
        allowed(client, add_url("newsroom", "pressitempage", news))
        and allowed(client, add_url("home", "standardpage", home))
        and allowed(client, edit_url(PressItemPage))
    )


def publish_directly(client, user):
    return PressItemPage.objects.first().permissions_for_user(user).can_publish()


def final_sign_off(client, user):
    task = GroupApprovalTask.objects.get(name="Approver sign-off")
    return task.groups.filter(pk__in=user.groups.all()).exists()


def snippets(client, user):
    return all(
        allowed(client, reverse(f"wagtailsnippets_newsroom_{model}:add"))
        for model in ("organization", "boilerplate", "mediacontact")
    )


def images_documents(client, user):
    return allowed(client, reverse("wagtailimages:add")) and allowed(
        client, reverse("wagtaildocs:add")
    )


def redirects_promotions(client, user):
    return allowed(client, reverse("wagtailredirects:add")) and allowed(
        client, reverse("wagtailsearchpromotions:add")
    )


def site_settings(client, user):
    return allowed(client, reverse("wagtailsettings:edit", args=("home", "sitesettings"))) and (
        allowed(client, reverse("wagtailsettings:edit", args=("newsroom", "newsroomsettings")))
    )


def hubs(client, user):
    return allowed(client, edit_url(IssuePage)) and allowed(client, edit_url(TaskForcePage))


def people_cities(client, user):
    return allowed(client, reverse("wagtailsnippets_taskforce_person:add")) and allowed(
        client, reverse("wagtailsnippets_taskforce_city:add")
    )


def officers(client, user):
    return allowed(client, edit_url(PeopleIndexPage))


def letters(client, user):
    letter = SignOnLetterPage.objects.first()
    return allowed(client, edit_url(SignOnLetterPage)) and allowed(
        client, add_url("letters", "signonletterpage", letter.get_parent())
    )


def signatures(client, user):
    return allowed(client, reverse("letters_signature_modeladmin_index"))


PROBES = {
    "write press items and standard pages": press_and_standard,
    "publish press items without sign-off": publish_directly,
    "give the final newsroom sign-off": final_sign_off,
    "edit organizations, boilerplates and media contacts": snippets,
    "upload images and documents": images_documents,
    "edit redirects and promoted search results": redirects_promotions,
    "edit site settings and newsroom defaults": site_settings,
    "edit issue and task-force hubs": hubs,
    "edit people and cities": people_cities,
    "edit officers (the people index)": officers,
    "edit sign-on letters": letters,
    "see signatures and signers' contact data": signatures,
}


def test_readme_table_names_every_role_and_every_probe():
    groups, rows = readme_table()
    assert groups == ROLES
    assert set(rows) == set(PROBES)


@pytest.mark.parametrize("group", ROLES)
def test_member_can_do_what_the_table_says_and_nothing_more(group, client, django_user_model):
    _, rows = readme_table()
    user = member(django_user_model, group)
    client.force_login(user)
    outcome = {task: PROBES[task](client, user) for task in rows}
    expected = {task: cells[group] for task, cells in rows.items()}
    assert outcome == expected


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_wagtails_own_groups_reach_the_site_snippets(group, client, django_user_model):
    client.force_login(member(django_user_model, group))
    assert allowed(client, reverse("wagtailsnippets_newsroom_organization:list"))
    assert allowed(client, reverse("wagtailsnippets_taskforce_person:list"))
    assert allowed(client, reverse("wagtailsnippets_taskforce_city:list"))
    assert allowed(client, edit_url(IssuePage))
    assert not allowed(client, reverse("letters_signature_modeladmin_index"))


def test_nobody_outside_the_groups_is_unrestricted(django_user_model):
    """A user in no group has no page rights at all (the narrowing never widens)."""
    user = django_user_model.objects.create_user("nobody", "n@example.org", "pw")
    assert not PressItemPage.objects.first().permissions_for_user(user).can_edit()
