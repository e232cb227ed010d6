"""Properties of the role label rule over any role, qualifier and body name."""

from hypothesis import given
from hypothesis import strategies as st

from taskforce.hubs import BODY_NOUNS, derive_role_label

words = st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=40)
roles = st.sampled_from(["Chair", "Co-Chair", "Vice Chair", "Member"])


@given(role=roles, qualifier=words, body=words)
def test_label_keeps_every_part_once_and_tidy(role, qualifier, body):
    label = derive_role_label(role, qualifier, body)
    assert label == label.strip()
    assert role in label
    if qualifier.strip():
        assert f"{role} {qualifier.strip()}" in label
    if body.strip():
        assert body.strip() in label
    if not body.strip():
        assert "," not in label.replace(qualifier.strip(), "")


@given(role=roles, stem=st.text(alphabet="abcdefgh ", min_size=1, max_size=20).map(str.strip))
def test_named_bodies_read_name_first_only_without_qualifier(role, stem):
    for noun in BODY_NOUNS:
        body = f"{stem} {noun.title()}".strip()
        assert derive_role_label(role, "", body) == f"{body} {role}"
        assert derive_role_label(role, "for Ports", body) == f"{role} for Ports, {body}"
