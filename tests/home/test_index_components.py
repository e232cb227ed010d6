"""The openings every index page shares, the organization's name and the archive's tag links,
rendered on their own as any page that includes them would.
"""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import Site

from home.filter_fields import SelectFilter
from home.pagination import paginate
from home.site_settings import SiteSettings
from newsroom.filters import ArchiveFilter

pytestmark = pytest.mark.django_db

INDEX = SimpleNamespace(title="Issues", intro="<p>What mayors work on together.</p>")


def render(template, **context):
    context.setdefault("request", RequestFactory().get("/"))
    return BeautifulSoup(render_to_string(template, context), "html.parser")


def test_index_opening_shows_the_page_title_and_intro():
    html = render("components/index_opening.html", page=INDEX)
    assert html.h1.get_text() == "Issues"
    assert html.select_one(".intro").get_text() == "What mayors work on together."


def test_index_opening_takes_a_heading_and_can_leave_the_intro_out():
    html = render(
        "components/index_opening.html", page=INDEX, heading="Issues from 2019", hide_intro=True
    )
    assert html.h1.get_text() == "Issues from 2019"
    assert html.select_one(".intro") is None


def test_archive_opening_says_what_the_filter_ignored_and_counts_the_results():
    junk = ArchiveFilter.from_querydict({"type": "memo", "year": "20x9"})
    html = render(
        "components/archive_opening.html", page=INDEX, filter=junk, count=1, noun="resolution"
    )
    assert [p.get_text() for p in html.select(".notice[role=status] p")] == [
        "No items of type “memo”; showing all types.",
        "“20x9” is not a year; showing all years.",
    ]
    assert html.select_one(".intro") is not None  # nothing usable was filtered
    jump = html.select_one(".news-archive__jump a")
    assert (jump["href"], jump.get_text()) == (
        "#results-heading",
        "Skip the filters: go to the 1 resolution",
    )


def test_archive_opening_of_a_filtered_empty_list():
    active = ArchiveFilter.from_querydict({"year": "2019"})
    html = render("components/archive_opening.html", page=INDEX, filter=active, count=0)
    assert html.select_one(".notice") is None
    assert html.select_one(".intro") is None
    assert html.select_one(".news-archive__jump a").get_text().endswith("go to the results")


@pytest.mark.parametrize(
    ("total", "number", "noun", "heading"),
    [
        (0, "1", "item", "No items match these filters"),
        (1, "1", "item", "1 item"),
        (45, "2", "resolution", "45 resolutions, page 2 of 3"),
    ],
)
def test_results_count_names_the_total_and_the_page(total, number, noun, heading):
    # Not "page": that is the browser tests' fixture, and a parameter of that name would pull
    # them (and their emptied database) in among the other tests.
    page_obj = paginate(list(range(total)), number, 20)
    html = render("components/results_count.html", page_obj=page_obj, noun=noun)
    assert html.h2["id"] == "results-heading"
    assert html.h2.get_text() == heading


def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def organization_name(request):
    template = Template("{% load site_tags %}{% organization_name %}")
    return template.render(Context({"request": request}))


def test_organization_name_comes_from_the_site_settings(rf):
    settings = site_settings()
    settings.organization_name = "National League of Mayors"
    settings.save()
    assert organization_name(rf.get("/")) == "National League of Mayors"


def test_organization_name_falls_back_when_empty_or_without_a_request(rf):
    settings = site_settings()
    settings.organization_name = ""
    settings.save()
    assert organization_name(rf.get("/")) == "U.S. Conference of Mayors"
    assert organization_name(None) == "U.S. Conference of Mayors"


def test_tag_links_are_built_by_the_archive_filter():
    template = Template("{% load newsroom_tags %}/news/{{ slug|tag_query }}")
    assert template.render(Context({"slug": "immigration-reform"})) == (
        "/news/?tag=immigration-reform"
    )
    assert ArchiveFilter(tag="housing").querystring() == "?tag=housing"


def test_filter_select_marks_the_readers_choice_and_offers_to_clear_it():
    field = SelectFilter("year", "Year", "All years", [(2021, 2021), (2020, 2020)], 2020)
    html = render("components/filter_select.html", field=field)
    select = html.select_one("select#filter-year[name=year]")
    assert html.select_one("label[for=filter-year]").get_text() == "Year"
    assert [(o["value"], o.get_text()) for o in select.select("option")] == [
        ("", "All years"),
        ("2021", "2021"),
        ("2020", "2020"),
    ]
    assert [o["value"] for o in select.select("option[selected]")] == ["2020"]


def test_filter_select_with_nothing_chosen_selects_no_option():
    field = SelectFilter("type", "Type", "All types", [("statement", "Statement")], "")
    html = render("components/filter_select.html", field=field)
    assert html.select("option[selected]") == []
