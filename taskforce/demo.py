"""Demo hubs, people, roles and officers: names, cities, roles and dates from the public record.

Officer terms begin on the last day of the annual meeting that elected the slate (the meetings
list in the project's facts); terms whose dates are not on record are left without dates or out.
"""

import datetime

from taggit.models import Tag

from home.demo import get_or_create_child
from home.models import HomeFeaturedIssue, HomePage
from home.streamfield import paragraphs

from .management.commands.load_cities import load_cities
from .mentions import refresh_all_quote_mentions
from .models import (
    City,
    IssueIndexPage,
    IssueLeadershipRole,
    IssuePage,
    Officer,
    PeopleIndexPage,
    Person,
    PersonPressLink,
    TaskForceIndexPage,
    TaskForceLeadershipRole,
    TaskForcePage,
)

# key: (honorific, first, last, city, state)
PEOPLE = {
    "giles": ("Mayor", "John", "Giles", "Mesa", "AZ"),
    "gloria": ("Mayor", "Todd", "Gloria", "San Diego", "CA"),
    "romero": ("Mayor", "Regina", "Romero", "Tucson", "AZ"),
    "ginther": ("Mayor", "Andrew", "Ginther", "Columbus", "OH"),
    "schieve": ("Mayor", "Hillary", "Schieve", "Reno", "NV"),
    "holt": ("Mayor", "David", "Holt", "Oklahoma City", "OK"),
    "fischer": ("Mayor", "Greg", "Fischer", "Louisville", "KY"),
    "whaley": ("Mayor", "Nan", "Whaley", "Dayton", "OH"),
    "suarez": ("Mayor", "Francis X.", "Suarez", "Miami", "FL"),
    "barnett": ("Mayor", "Bryan K.", "Barnett", "Rochester Hills", "MI"),
    "benjamin": ("Mayor", "Steve", "Benjamin", "Columbia", "SC"),
    "cochran": ("", "Tom", "Cochran", None, None),
    "stoney": ("Mayor", "Levar", "Stoney", "Richmond", "VA"),
    "steinberg": ("Mayor", "Darrell", "Steinberg", "Sacramento", "CA"),
    "patterson-howard": ("Mayor", "Shawyn", "Patterson-Howard", "Mount Vernon", "NY"),
    "reeves": ("Mayor", "D.C.", "Reeves", "Pensacola", "FL"),
    "woodards": ("Mayor", "Victoria", "Woodards", "Tacoma", "WA"),
    "woodfin": ("Mayor", "Randall", "Woodfin", "Birmingham", "AL"),
    "bass": ("Mayor", "Karen", "Bass", "Los Angeles", "CA"),
    "kapszukiewicz": ("Mayor", "Wade", "Kapszukiewicz", "Toledo", "OH"),
}

BIOS = {
    "giles": "Leads the city of Mesa and chairs the Conference's work on immigration reform.",
    "gloria": "Leads San Diego, a border city, and speaks for mayors on border policy.",
    "romero": "Leads Tucson and chairs the Conference's alliance of Latino mayors.",
    "ginther": "Leads Columbus, Ohio, and serves as the Conference's President.",
    "cochran": "Runs the Conference's Washington staff as its chief executive.",
}

# (slug, title, kind, formal name, own roles: (person, role, qualifier))
BODIES = [
    ("immigration-reform", "Immigration Reform Task Force", "task_force", "", []),
    ("criminal-and-social-justice", "Criminal & Social Justice Committee", "standing_committee",
     "", []),
    ("latino-alliance", "Latino Alliance", "alliance",
     "Latino Alliance of the U.S. Conference of Mayors", []),
    ("children-health-and-human-services", "Children, Health and Human Services Committee",
     "standing_committee", "", [
         ("stoney", "chair", ""),
         ("steinberg", "vice_chair", "for Mental Health"),
         ("patterson-howard", "vice_chair", "for Equity"),
     ]),
    ("jobs-education-and-the-workforce", "Jobs, Education and the Workforce Committee",
     "standing_committee", "", [
         ("reeves", "chair", ""),
         ("woodards", "vice_chair", ""),
         ("woodfin", "vice_chair", ""),
     ]),
    ("community-development-and-housing", "Community Development and Housing Committee",
     "standing_committee", "", [("kapszukiewicz", "chair", "")]),
    ("homelessness", "Homelessness Task Force", "task_force", "", [("bass", "chair", "")]),
]  # fmt: skip

D = datetime.date
# (person, office, start, end): starts are the closing days of the electing annual meetings.
OFFICERS = [
    ("ginther", "president", D(2024, 6, 23), None),
    ("cochran", "ceo", None, None),
    ("schieve", "president", D(2023, 6, 5), D(2024, 6, 23)),
    ("ginther", "vice_president", D(2023, 6, 5), D(2024, 6, 23)),
    ("holt", "second_vice_president", D(2023, 6, 5), D(2024, 6, 23)),
    ("fischer", "president", D(2020, 7, 1), D(2021, 8, 31)),
    ("whaley", "vice_president", D(2020, 7, 1), D(2021, 8, 31)),
    ("suarez", "second_vice_president", D(2020, 7, 1), D(2021, 8, 31)),
    ("barnett", "president", D(2019, 7, 1), D(2020, 7, 1)),
    ("benjamin", "president", D(2018, 6, 11), D(2019, 7, 1)),
]

# person -> words in the titles of press items that mention them
PRESS_MENTIONS = {
    "cochran": ["Tom Cochran"],
    "fischer": ["Mayors' 2020 Vision"],
}


def person(key):
    honorific, first, last, city, state = PEOPLE[key]
    existing = Person.objects.filter(first_name=first, last_name=last).first()
    if existing:
        return existing
    city_obj = None
    if city:
        city_obj = City.objects.filter(name=city, state=state).first() or City.objects.create(
            name=city, state=state
        )
    obj = Person(
        honorific=honorific, first_name=first, last_name=last, city=city_obj, bio=BIOS.get(key, "")
    )
    # Links go on the object before its first revision, so the editor sees what readers see.
    obj.press_links = press_links(PRESS_MENTIONS.get(key, []))
    obj.save()
    obj.save_revision().publish()
    return obj


def press_links(title_words):
    from newsroom.models import PressItemPage

    items = [
        item
        for words in title_words
        for item in PressItemPage.objects.filter(title__icontains=words).order_by("date")
    ]
    return [PersonPressLink(page=item, sort_order=order) for order, item in enumerate(items)]


def load():
    load_cities()
    home = HomePage.objects.get()
    people = {key: person(key) for key in PEOPLE}

    bodies_index = get_or_create_child(
        home,
        TaskForceIndexPage,
        "task-forces",
        title="Task Forces and Committees",
        show_in_menus=True,
        intro="<p>Mayors lead the Conference's standing committees, task forces and alliances.</p>",
    )
    bodies = {}
    for slug, title, kind, formal_name, roles in BODIES:
        bodies[slug] = get_or_create_child(
            bodies_index,
            TaskForcePage,
            slug,
            title=title,
            kind=kind,
            formal_name=formal_name,
            intro=f"<p>Mayors working together through the {formal_name or title}.</p>",
            leadership=[
                TaskForceLeadershipRole(
                    sort_order=order, person=people[key], role=role, qualifier=qualifier
                )
                for order, (key, role, qualifier) in enumerate(roles)
            ],
        )

    issues_index = get_or_create_child(
        home,
        IssueIndexPage,
        "issues",
        title="Issues",
        show_in_menus=True,
        intro="<p>The policy priorities mayors bring to Washington.</p>",
    )
    immigration_tag, _ = Tag.objects.get_or_create(
        slug="immigration-reform", defaults={"name": "Immigration Reform"}
    )
    police_tag, _ = Tag.objects.get_or_create(
        slug="mayors-and-police-chiefs", defaults={"name": "Mayors and Police Chiefs"}
    )
    # The seed's three leaders. Each role names its body, so the body's own page lists it too.
    leaders = [
        IssueLeadershipRole(
            sort_order=order, person=people[key], role=role, qualifier=qualifier, body=bodies[body]
        )
        for order, (key, role, qualifier, body) in enumerate(
            [
                ("giles", "chair", "", "immigration-reform"),
                ("gloria", "vice_chair", "for Border Policy", "criminal-and-social-justice"),
                ("romero", "chair", "", "latino-alliance"),
            ]
        )
    ]
    from newsroom.models import PressItemPage

    open_letter = PressItemPage.objects.filter(
        title="Mayors Issue Bipartisan Call for Comprehensive Immigration Reform"
    ).first()
    actions = []
    if open_letter:
        actions.append(
            (
                "page",
                {
                    "page": open_letter,
                    "label": "Read the mayors' bipartisan call on Congress",
                    "text": "101 mayors from 33 states, April 2017.",
                },
            )
        )
    immigration = get_or_create_child(
        issues_index,
        IssuePage,
        "immigration",
        title="Immigration",
        news_tag=immigration_tag,
        leadership=leaders,
        actions=actions,
        intro=(
            "<p>Immigrants have built and renewed America's cities. Mayors call on Congress to "
            "repair a broken immigration system, give Dreamers a path to citizenship, restore "
            "refugee admissions and keep asylum within reach.</p>"
        ),
        body=paragraphs(
            "The Immigration Reform Task Force carries the Conference's adopted policy to "
            "Congress and the Administration, and helps cities share what works in welcoming "
            "new residents."
        ),
    )
    safety = get_or_create_child(
        issues_index,
        IssuePage,
        "police-and-public-safety",
        title="Police and Public Safety",
        news_tag=police_tag,
        intro=(
            "<p>Mayors and police chiefs work side by side to reduce violent crime, build trust "
            "between police and residents, and keep federal partners focused on safety.</p>"
        ),
    )

    get_or_create_child(
        home,
        PeopleIndexPage,
        "people",
        title="Leadership",
        show_in_menus=False,
        intro=(
            "<p>The Conference's officers are elected by its member mayors at the annual "
            "meeting. Mayors also lead its committees, task forces and alliances.</p>"
        ),
        officers=[
            Officer(
                sort_order=order,
                person=people[key],
                office=office,
                term_start=start,
                term_end=end,
            )
            for order, (key, office, start, end) in enumerate(OFFICERS)
        ],
    )

    refresh_all_quote_mentions()  # quotes in news loaded before these people existed

    if not home.featured_issues.exists():
        # Through a revision, so the editor sees the same list the public does.
        home.featured_issues = [
            HomeFeaturedIssue(page=page, sort_order=order)
            for order, page in enumerate([immigration, safety])
        ]
        home.save_revision().publish()
    return immigration
