"""The archive's filter parser and the paginator never raise, whatever the query string."""

import pytest
from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from home.pagination import paginate, parse_page_number
from newsroom.filters import ArchiveFilter


def parse(query):
    return ArchiveFilter.from_querydict(QueryDict(query))


def test_valid_values_are_kept_and_named_in_the_title():
    f = parse("tag=immigration-reform&type=statement&year=2017&q=DACA+program&page=2")
    f = f.with_known_tags({"immigration-reform": "Immigration Reform"})
    assert (f.tag, f.item_type, f.year, f.q, f.page) == (
        "immigration-reform",
        "statement",
        2017,
        "DACA program",
        2,
    )
    assert f.ignored == ()
    assert f.title() == "Statements tagged Immigration Reform from 2017 matching “DACA program”"
    assert f.querystring(page=3) == (
        "?tag=immigration-reform&type=statement&year=2017&q=DACA+program&page=3"
    )


@pytest.mark.parametrize(
    ("query", "param", "message"),
    [
        ("type=x", "type", "No items of type “x”; showing all types."),
        ("year=abc", "year", "“abc” is not a year; showing all years."),
        ("year=99999", "year", "“99999” is not a year; showing all years."),
        ("year=%C2%B9", "year", "“¹” is not a year; showing all years."),
        ("tag=%3Cscript%3E", "tag", "There is no tag “<script>”; showing all tags."),
    ],
)
def test_junk_values_are_ignored_with_a_message(query, param, message):
    f = parse(query)
    assert not f.is_filtered
    assert [(i.param, i.message) for i in f.ignored] == [(param, message)]


def test_unknown_tag_is_reported_once_resolved():
    f = parse("tag=nope").with_known_tags({"housing": "Housing"})
    assert f.tag == ""
    assert [i.message for i in f.ignored] == ["No items are tagged “nope”; showing all tags."]


def test_query_words_lose_control_characters_and_operators():
    assert parse("q=%00").q == ""
    assert parse('q="housing" OR *mayors*').q == "housing OR mayors"
    assert len(parse("q=" + "word+" * 50).q.split()) == 8


@pytest.mark.parametrize(
    ("value", "number"), [("abc", 1), ("-1", 1), ("0", 1), ("1e9", 1), ("7", 7), (None, 1)]
)
def test_page_numbers_are_always_positive_ints(value, number):
    assert parse_page_number(value) == number


def test_paginator_clamps_out_of_range_pages_and_keeps_params():
    page = paginate(list(range(45)), 99, 20)
    assert page.number == 3
    assert list(page.object_list) == list(range(40, 45))
    links = page.links({"tag": "housing", "page": 99})
    assert links["previous"] == "?tag=housing&page=2"
    assert links["next"] is None
    assert [e.get("url") for e in links["pages"]] == [
        "?tag=housing",
        "?tag=housing&page=2",
        "?tag=housing&page=3",
    ]
    assert paginate([], "abc", 20).object_list == []


@given(st.dictionaries(st.sampled_from(["tag", "type", "year", "q", "page"]), st.text()))
def test_from_querydict_never_raises(params):
    f = ArchiveFilter.from_querydict(params)
    assert f.page >= 1
    assert "\x00" not in f.q
    f.title()
    f.querystring()
