from hypothesis import given, settings
from hypothesis import strategies as st

from policy.filters import ResolutionFilter

PARAMS = ["committee", "meeting", "sponsor", "tag", "year", "status", "q", "page"]


def test_valid_values_combine_into_canonical_params():
    f = ResolutionFilter.from_querydict(
        {
            "committee": "criminal-and-social-justice",
            "meeting": "87th-annual-meeting-2019",
            "status": "adopted",
            "year": "2019",
            "q": "police  grants!",
            "page": "2",
        }
    )
    assert f.ignored == ()
    assert f.params() == {
        "committee": "criminal-and-social-justice",
        "meeting": "87th-annual-meeting-2019",
        "year": 2019,
        "status": "adopted",
        "q": "police grants",
    }
    assert f.page == 2
    assert f.querystring(status="").startswith("?committee=")


def test_junk_is_ignored_with_a_message_for_the_reader():
    f = ResolutionFilter.from_querydict(
        {"meeting": "<script>", "year": "99999", "status": "passed", "page": "abc"}
    )
    assert not f.is_filtered and f.page == 1
    messages = " ".join(i.message for i in f.ignored)
    assert "“99999” is not a year" in messages
    assert "no status “passed”" in messages
    assert "<script>" in messages  # echoed as text; the template escapes it


def test_unknown_slugs_are_dropped_by_with_known():
    f = ResolutionFilter.from_querydict({"committee": "no-such", "meeting": "87th"})
    known = f.with_known(
        {
            "committee": lambda s: None,
            "meeting": lambda s: "87th Annual Meeting",
            "sponsor": lambda s: None,
            "tag": lambda s: None,
        }
    )
    assert known.committee == "" and known.meeting == "87th"
    assert known.title() == "Resolutions at the 87th Annual Meeting"
    assert [i.param for i in known.ignored] == ["committee"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(PARAMS), st.text(max_size=300)))
def test_never_raises(querydict):
    f = ResolutionFilter.from_querydict(querydict)
    f.title()
    f.querystring()
    assert f.page >= 1
