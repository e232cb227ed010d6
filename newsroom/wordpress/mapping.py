"""What WordPress categories and tags become: an item type, a hub's news tag, a person, a city,
a plain tag, or nothing.

Defaults fit an association's newsroom (Press Room → press release, Issues › X → the X hub, a
tag named like a known mayor → that person); a small TOML file overrides any of them (see the
README and `mapping.example.toml`). Taskforce records are read through their models by label,
so the newsroom keeps no import of the app above it.
"""

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field

from django.apps import apps
from django.utils.text import slugify

from newsroom.choices import ItemType

# Category slugs (or names, slugified) that name a kind of item.
DEFAULT_TYPES = {
    "press-room": ItemType.PRESS_RELEASE,
    "press-releases": ItemType.PRESS_RELEASE,
    "press-release": ItemType.PRESS_RELEASE,
    "news-releases": ItemType.PRESS_RELEASE,
    "releases": ItemType.PRESS_RELEASE,
    "media-advisories": ItemType.MEDIA_ADVISORY,
    "media-advisory": ItemType.MEDIA_ADVISORY,
    "advisories": ItemType.MEDIA_ADVISORY,
    "statements": ItemType.STATEMENT,
    "statement": ItemType.STATEMENT,
    "joint-statements": ItemType.JOINT_STATEMENT,
    "joint-statement": ItemType.JOINT_STATEMENT,
    "letters": ItemType.LETTER,
    "letters-to-congress": ItemType.LETTER,
    "sign-on-letters": ItemType.LETTER,
    "recaps": ItemType.RECAP,
    "meeting-recaps": ItemType.RECAP,
    "blog": ItemType.NEWS,
    "in-the-news": ItemType.NEWS,
}
# When a post has several type categories, the most specific wins.
TYPE_PRIORITY = [
    ItemType.MEDIA_ADVISORY,
    ItemType.JOINT_STATEMENT,
    ItemType.STATEMENT,
    ItemType.LETTER,
    ItemType.RECAP,
    ItemType.PRESS_RELEASE,
    ItemType.NEWS,
]
IGNORED_CATEGORIES = {"uncategorized", "uncategorised", "sin-categoria", "non-classe"}
ACTIONS = {"type", "hub", "tag", "person", "city", "ignore", "redirect"}
CITY_NAME_RE = re.compile(r"^(?P<name>[^,]{2,80}),\s*(?P<state>[A-Za-z]{2}|D\.C\.)$")
PERSON_NAME_RE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")


class MappingError(Exception):
    """The mapping file cannot be used; the message names the line to fix."""


def fold(text):
    """Compare names without accents, case or punctuation."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def ascii_slug(text, limit=100):
    return slugify(unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode())[
        :limit
    ].strip("-")


@dataclass
class Rule:
    action: str  # type | hub | tag | person | city | ignore | container
    item_type: str = ""
    tag_name: str = ""
    tag_slug: str = ""
    hub: object = None
    person: object = None
    city: object = None
    redirect: str = ""
    source: str = "default"
    note: str = ""

    def describe(self):
        if self.action == "type":
            return f"item type: {ItemType(self.item_type).label}"
        if self.action == "hub":
            return f"hub: {self.hub.title}" + (
                f" (tag {self.tag_name})" if self.tag_name else " (the hub has no news tag)"
            )
        if self.action == "person":
            return f"person: {self.person}"
        if self.action == "city":
            return f"city: {self.city} (tag {self.tag_name})"
        if self.action == "tag":
            return f"tag: {self.tag_name}"
        if self.action == "container":
            return "parent category (its children carry the meaning)"
        return "ignored"


@dataclass
class PostTerms:
    item_type: str
    tags: list = field(default_factory=list)  # (slug, name)
    people: list = field(default_factory=list)


def load_mapping_file(path):
    """Parse and check the TOML mapping; raise MappingError with a readable message."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise MappingError(f"Cannot read the mapping file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"The mapping file {path} is not valid TOML: {exc}") from None
    unknown = set(data) - {"categories", "tags", "site"}
    if unknown:
        raise MappingError(f"Unknown section(s) in {path}: {', '.join(sorted(unknown))}")
    for section in ("categories", "tags"):
        for key, rule in data.get(section, {}).items():
            if not isinstance(rule, dict) or not set(rule) <= ACTIONS or not rule:
                raise MappingError(
                    f'[{section}] "{key}" in {path}: use one of '
                    f'{", ".join(sorted(ACTIONS))}, e.g. {{ tag = "Housing" }}'
                )
            if "type" in rule and rule["type"] not in ItemType.values:
                raise MappingError(
                    f'[{section}] "{key}" in {path}: type must be one of '
                    f"{', '.join(ItemType.values)}"
                )
    per_page = data.get("site", {}).get("posts_per_page", 10)
    if not isinstance(per_page, int) or not 1 <= per_page <= 500:
        raise MappingError(f"[site] posts_per_page in {path} must be a number from 1 to 500")
    return data


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


class Mapping:
    """Rules for every category and tag of one export, decided once per run."""

    def __init__(self, categories, tags, config=None, news_url="/news/"):
        self.categories = categories  # slug → Term
        self.tags = tags
        self.config = config or {}
        self.news_url = news_url
        self.category_rules = {}
        self.tag_rules = {}
        self.category_paths = {}
        self.unmatched_people = []
        self.unmatched_cities = []
        self.problems = []  # mapping-file entries that named nothing
        self._load_records()
        self._decide()

    @property
    def posts_per_page(self):
        return self.config.get("site", {}).get("posts_per_page", 10)

    # --- records of the site ---------------------------------------------------------------

    def _load_records(self):
        person_model = _model("taskforce.Person")
        city_model = _model("taskforce.City")
        self.people_by_slug, self.people_by_name = {}, {}
        if person_model is not None:
            for person in person_model.objects.filter(live=True).select_related("city"):
                self.people_by_slug[person.slug] = person
                self.people_by_name[fold(f"{person.first_name} {person.last_name}")] = person
        self.cities_by_slug = {}
        if city_model is not None:
            self.cities_by_slug = {c.slug: c for c in city_model.objects.all()}
        self.city_model = city_model
        self.hubs = []
        for label in ("taskforce.IssuePage", "taskforce.TaskForcePage"):
            model = _model(label)
            if model is not None:
                self.hubs += list(model.objects.live().public().select_related("news_tag"))
        people_index = _model("taskforce.PeopleIndexPage")
        self.people_index = people_index.objects.live().first() if people_index else None
        page_model = _model("wagtailcore.Page")
        self.top_pages = {
            p.slug: p for p in page_model.objects.live().public().filter(depth=3).specific()
        }

    def hub_for(self, term):
        keys = {term.slug, ascii_slug(term.name), fold(term.name)}
        for hub in self.hubs:
            hub_keys = {hub.slug, fold(hub.title)}
            if hub.news_tag:
                hub_keys |= {hub.news_tag.slug, fold(hub.news_tag.name)}
            if keys & hub_keys:
                return hub
        return None

    def find_hub(self, address):
        address = "/" + address.strip("/") + "/"
        for hub in self.hubs:
            if hub.url == address or hub.slug == address.strip("/"):
                return hub
        return None

    def person_for(self, term):
        return self.people_by_slug.get(term.slug) or self.people_by_name.get(fold(term.name))

    def city_for(self, term):
        city = self.cities_by_slug.get(term.slug)
        if city is None:
            m = CITY_NAME_RE.match(term.name)
            if m:
                state = "DC" if m.group("state") == "D.C." else m.group("state").upper()
                city = self.cities_by_slug.get(slugify(f"{m.group('name')}-{state}"))
        return city

    # --- deciding ------------------------------------------------------------------------

    def category_path(self, slug):
        if slug in self.category_paths:
            return self.category_paths[slug]
        parts, seen, current = [], set(), slug
        while current and current not in seen and current in self.categories:
            seen.add(current)
            parts.append(current)
            current = self.categories[current].parent_slug
        path = "/".join(reversed(parts)) or slug
        self.category_paths[slug] = path
        return path

    def _override(self, section, term, path=None):
        entries = self.config.get(section, {})
        for key in (path, term.slug, term.name):
            if key and key in entries:
                return entries[key]
        return None

    def _decide(self):
        parents = {t.parent_slug for t in self.categories.values() if t.parent_slug}
        for slug, term in self.categories.items():
            path = self.category_path(slug)
            override = self._override("categories", term, path)
            rule = self._from_override(override, term) if override else None
            if rule is None:
                rule = self._default_category(term, is_parent=slug in parents)
            self.category_rules[slug] = rule
        for slug, term in self.tags.items():
            override = self._override("tags", term)
            rule = self._from_override(override, term) if override else None
            self.tag_rules[slug] = rule or self._default_tag(term)

    def _from_override(self, entry, term):
        redirect = entry.get("redirect", "")
        if entry.get("ignore"):
            return Rule("ignore", redirect=redirect, source="mapping file")
        if "type" in entry:
            return Rule("type", item_type=entry["type"], redirect=redirect, source="mapping file")
        if "hub" in entry:
            hub = self.find_hub(entry["hub"])
            if hub is None:
                self.problems.append(f"“{term.name}”: no live hub at {entry['hub']}")
                return None
            return self._hub_rule(hub, term, redirect, "mapping file")
        if "person" in entry:
            person = self.people_by_slug.get(entry["person"])
            if person is None:
                self.problems.append(f"“{term.name}”: no published person “{entry['person']}”")
                return None
            return Rule("person", person=person, redirect=redirect, source="mapping file")
        if "city" in entry:
            city = self.cities_by_slug.get(entry["city"])
            if city is None:
                self.problems.append(f"“{term.name}”: no city “{entry['city']}”")
                return None
            return self._city_rule(city, redirect, "mapping file")
        if "tag" in entry:
            name = str(entry["tag"]).strip()[:100]
            return Rule(
                "tag",
                tag_name=name,
                tag_slug=ascii_slug(name) or term.slug,
                redirect=redirect,
                source="mapping file",
            )
        if redirect:
            return Rule("ignore", redirect=redirect, source="mapping file")
        return None

    def _hub_rule(self, hub, term, redirect="", source="default"):
        tag = hub.news_tag
        rule = Rule("hub", hub=hub, redirect=redirect, source=source)
        if tag is not None:
            rule.tag_name, rule.tag_slug = tag.name, tag.slug
        else:
            rule.tag_name, rule.tag_slug = term.name[:100], ascii_slug(term.name) or term.slug
            rule.note = (
                f"the hub “{hub.title}” has no news tag: set it to “{rule.tag_name}” so the "
                "hub lists these items"
            )
        return rule

    def _city_rule(self, city, redirect="", source="default"):
        return Rule(
            "city",
            city=city,
            tag_name=city.label[:100],
            tag_slug=city.slug,
            redirect=redirect,
            source=source,
        )

    def _default_category(self, term, is_parent):
        keys = (term.slug, ascii_slug(term.name))
        if any(k in IGNORED_CATEGORIES for k in keys):
            return Rule("ignore")
        for key in keys:
            if key in DEFAULT_TYPES:
                return Rule("type", item_type=DEFAULT_TYPES[key])
        hub = self.hub_for(term)
        if hub is not None:
            return self._hub_rule(hub, term)
        if is_parent:
            return Rule("container")
        return Rule(
            "tag",
            tag_name=term.name[:100],
            tag_slug=ascii_slug(term.slug) or ascii_slug(term.name),
            note="no item type or hub matches: kept as a plain tag",
        )

    def _default_tag(self, term):
        person = self.person_for(term)
        if person is not None:
            return Rule("person", person=person)
        city = self.city_for(term)
        if city is not None:
            return self._city_rule(city)
        slug = ascii_slug(term.slug) or ascii_slug(term.name)
        rule = Rule("tag", tag_name=term.name[:100], tag_slug=slug)
        if self.looks_like_city(term):
            rule.note = "looks like a city but matches none of the site's cities"
            self.unmatched_cities.append(term)
        elif PERSON_NAME_RE.match(term.name) and not self._names_a_category(term):
            rule.note = "looks like a person but matches nobody in People"
            self.unmatched_people.append(term)
        return rule

    def looks_like_city(self, term):
        from localflavor.us.us_states import STATE_CHOICES

        states = {code.lower() for code, _ in STATE_CHOICES}
        if CITY_NAME_RE.match(term.name):
            return True
        head, _, tail = term.slug.rpartition("-")
        return bool(head) and tail in states and "," in term.name

    def _names_a_category(self, term):
        return any(fold(c.name) == fold(term.name) for c in self.categories.values())

    # --- per post ------------------------------------------------------------------------

    def apply(self, post_terms):
        """PostTerms for an item's (domain, nicename, name) list."""
        types, tags, people = set(), {}, []
        for domain, nicename, _name in post_terms:
            if domain == "category":
                rule = self.category_rules.get(nicename)
            elif domain == "post_tag":
                rule = self.tag_rules.get(nicename)
            else:
                continue
            if rule is None:
                continue
            if rule.action == "type":
                types.add(rule.item_type)
            elif rule.action in ("hub", "tag", "city") and rule.tag_slug:
                tags.setdefault(rule.tag_slug, rule.tag_name)
            elif rule.action == "person" and rule.person not in people:
                people.append(rule.person)
        item_type = next((t for t in TYPE_PRIORITY if t in types), ItemType.NEWS)
        return PostTerms(item_type=item_type, tags=sorted(tags.items()), people=people)

    # --- archive addresses -----------------------------------------------------------------

    def archive_target(self, rule):
        """(new URL, page or None) for a term's old archive, or (None, None): stays 404."""
        if rule.redirect:
            return rule.redirect, None
        news = self.news_url
        if rule.action == "type":
            return f"{news}?type={rule.item_type}", None
        if rule.action == "hub":
            return None, rule.hub
        if rule.action in ("tag", "city"):
            return f"{news}?tag={rule.tag_slug}", None
        if rule.action == "person":
            if self.people_index is not None:
                return self.people_index.person_url(rule.person), None
            return None, None
        return news, None

    def container_target(self, term):
        page = self.top_pages.get(term.slug) or self.top_pages.get(ascii_slug(term.name))
        return (None, page) if page is not None else (self.news_url, None)
