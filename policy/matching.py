"""Matching the legacy database's names to records: committees, meetings, sponsors, statuses.

Names in old spreadsheets vary ("Criminal & Social Justice Committee", "Criminal and Social
Justice"; "Mayor John Giles of Mesa, AZ", "John Giles (Mesa, AZ)"), so each is folded to a key
first. Every table is read once, up front: matching 8,000 rows costs no query per row.
"""

import re
import unicodedata

from django.utils.text import slugify

from taskforce.models import Person, TaskForceKind, TaskForcePage

from .choices import ResolutionStatus
from .meetings import MeetingPage

HONORIFICS = ("mayor", "hon", "the honorable", "honorable", "chief", "county executive")
BODY_WORDS = {"committee", "standing", "the", "on", "of", "uscm"}
STATE_RE = re.compile(r",?\s*\b([A-Z]{2})\.?$")


def fold(value):
    """'Criminal & Social Justice' -> 'criminal and social justice' (accents, case, punctuation)."""
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = value.replace("&", " and ").lower()
    return " ".join(re.findall(r"[a-z0-9]+", value))


def committee_key(name):
    return " ".join(w for w in fold(name).split() if w not in BODY_WORDS)


def status_value(text):
    """'Adopted as Amended', 'adopted_as_amended', 'Emergency' -> a ResolutionStatus, or None."""
    key = fold(text).replace(" ", "_")
    aliases = {
        "adopted": ResolutionStatus.ADOPTED,
        "adopted_as_amended": ResolutionStatus.ADOPTED_AS_AMENDED,
        "amended": ResolutionStatus.ADOPTED_AS_AMENDED,
        "emergency": ResolutionStatus.EMERGENCY,
        "adopted_as_an_emergency_resolution": ResolutionStatus.EMERGENCY,
        "emergency_resolution": ResolutionStatus.EMERGENCY,
        "referred": ResolutionStatus.REFERRED,
        "not_adopted": ResolutionStatus.NOT_ADOPTED,
        "rejected": ResolutionStatus.NOT_ADOPTED,
        "failed": ResolutionStatus.NOT_ADOPTED,
    }
    return aliases.get(key)


class Directory:
    """Committees, meetings and people, read once and looked up by folded name."""

    def __init__(self):
        self.committees = {}
        for committee in TaskForcePage.objects.filter(kind=TaskForceKind.STANDING_COMMITTEE):
            for name in (committee.title, committee.formal_name, committee.slug):
                if name:
                    self.committees[committee_key(name.replace("-", " "))] = committee
        self.meetings = {}
        for meeting in MeetingPage.objects.select_related(None).defer_streamfields():
            self.meetings[fold(meeting.name)] = meeting
            self.meetings[fold(f"{meeting.name} {meeting.start_date.year}")] = meeting
            self.meetings[fold(meeting.slug)] = meeting
        self.people_by_name = {}
        for person in Person.objects.select_related("city"):
            key = fold(person.full_name)
            self.people_by_name.setdefault(key, []).append(person)

    def committee(self, name):
        return self.committees.get(committee_key(name))

    def meeting(self, name):
        return self.meetings.get(fold(name)) or self.meetings.get(fold(slugify(name)))

    def sponsor(self, text):
        """The Person a sponsor entry names, or None. A city, when given, must agree."""
        name, city, state = split_sponsor(text)
        candidates = self.people_by_name.get(fold(name), [])
        if city:
            candidates = [
                p
                for p in candidates
                if p.city_id
                and fold(p.city.name) == fold(city)
                and (not state or p.city.state == state)
            ]
        return candidates[0] if len(candidates) == 1 else None


def split_sponsor(text):
    """'Mayor John Giles of Mesa, AZ' -> ('John Giles', 'Mesa', 'AZ');
    'John Giles (Mesa, AZ)' -> the same; 'John Giles' -> ('John Giles', '', '')."""
    text = " ".join(str(text).split())
    place = ""
    if text.endswith(")") and "(" in text:
        text, place = text[:-1].rsplit("(", 1)
    elif " of " in text:
        text, place = text.rsplit(" of ", 1)
    name = text.strip(" ,")
    lowered = name.lower()
    for honorific in HONORIFICS:
        if lowered.startswith(honorific + " ") or lowered.startswith(honorific + ". "):
            name = name[len(honorific) :].lstrip(". ")
            break
    city, state = place.strip(), ""
    match = STATE_RE.search(city)
    if match:
        state = match.group(1)
        city = city[: match.start()].strip(" ,")
    return name, city, state
