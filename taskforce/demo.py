"""Demo hubs, people, roles and officers: names, cities, roles and dates from the public record.

Officer terms begin on the last day of the annual meeting that elected the slate (the meetings
list in the project's facts); terms whose dates are not on record are left without dates or out.
"""

import datetime

from django.utils.text import slugify
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
    "giles": "Mayor of Mesa, Arizona, since 2014 and chair of the Conference's Immigration "
    "Reform Task Force, he argues that reform is good business for growing Sun Belt cities.",
    "gloria": "San Diego's mayor leads a city on the nation's busiest land border and speaks "
    "for the Conference on border policy.",
    "romero": "The first Latina mayor of Tucson chairs the Latino Alliance and has made water "
    "security and climate resilience priorities for her desert city.",
    "ginther": "Mayor of Columbus, Ohio, and President of the Conference, he hosted the 91st "
    "Annual Meeting in his city in 2023.",
    "schieve": "Reno's mayor served as the Conference's President in 2023-24, with mental "
    "health and local authority at the top of her agenda.",
    "holt": "Oklahoma City's mayor was elected a Vice President of the Conference in 2023 and "
    "speaks often on the value of local decision-making.",
    "fischer": "As Louisville's mayor, he led the Conference through the first year of the "
    "pandemic and its 2020 policy agenda.",
    "whaley": "Dayton's mayor served as the Conference's Vice President in 2020-21 and "
    "pressed for federal relief for cities of every size.",
    "suarez": "Miami's mayor served as the Conference's Second Vice President in 2020-21 and "
    "later as its Vice President.",
    "barnett": "Mayor of Rochester Hills, Michigan, he was President of the Conference in 2019-20.",
    "benjamin": "Columbia's mayor led the Conference as President in 2018-19.",
    "cochran": "As CEO and Executive Director, he runs the Conference's Washington staff and "
    "speaks for it between meetings of the membership.",
    "stoney": "Richmond's mayor chairs the Children, Health and Human Services Committee.",
    "steinberg": "Sacramento's mayor is the committee's vice chair for mental health, an issue "
    "he has worked on since his years in the state senate.",
    "patterson-howard": "The mayor of Mount Vernon, New York, is the committee's vice chair "
    "for equity.",
    "reeves": "Pensacola's mayor chairs the Jobs, Education and the Workforce Committee.",
    "woodards": "Tacoma's mayor is a vice chair of the Jobs, Education and the Workforce "
    "Committee.",
    "woodfin": "Birmingham's mayor is a vice chair of the Jobs, Education and the Workforce "
    "Committee and a voice for youth opportunity.",
    "bass": "The mayor of Los Angeles chairs the Conference's Homelessness Task Force.",
    "kapszukiewicz": "Toledo's mayor chairs the Community Development and Housing Committee.",
}

# slug: (news tag name, introduction): each body's own words and the news it lists.
BODY_PAGES = {
    "immigration-reform": (
        "Immigration Reform",
        "The task force carries the Conference's immigration policy to Congress and the "
        "Administration: a path to citizenship for Dreamers, a working visa system, and local "
        "police left free to focus on community safety.",
    ),
    "criminal-and-social-justice": (
        "Criminal and Social Justice",
        "The standing committee writes the Conference's policy on policing, courts, re-entry "
        "and gun violence, and works with police chiefs on reforms that build trust.",
    ),
    "latino-alliance": (
        "Immigration Reform",
        "Latino mayors of large and small cities, working together on immigration, economic "
        "opportunity and representation in public life.",
    ),
    "children-health-and-human-services": (
        "Mental Health",
        "The committee's mayors work on public health, mental health care, child welfare and "
        "the services families count on, with a focus on closing gaps in care.",
    ),
    "jobs-education-and-the-workforce": (
        "Economic Mobility",
        "From apprenticeships to financial coaching, the committee looks for ways cities can "
        "help residents train for good jobs and keep more of what they earn.",
    ),
    "community-development-and-housing": (
        "Housing",
        "The committee presses for federal housing programs that let cities build and keep "
        "homes people can afford, and for community development money that reaches them.",
    ),
    "homelessness": (
        "Housing",
        "Mayors who are moving people from the street into housing share what works and ask "
        "Washington for the money and flexibility to do more of it.",
    ),
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
    obj.save()
    obj.save_revision().publish()
    return obj


def news_tag(name):
    tag, _ = Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return tag


def load_people():
    """The people come before the news, so quotes in the demo news can name their speakers."""
    load_cities()
    return {key: person(key) for key in PEOPLE}


def load():
    home = HomePage.objects.get()
    people = load_people()

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
        tag_name, intro = BODY_PAGES[slug]
        bodies[slug] = get_or_create_child(
            bodies_index,
            TaskForcePage,
            slug,
            title=title,
            kind=kind,
            formal_name=formal_name,
            intro=f"<p>{intro}</p>",
            news_tag=news_tag(tag_name),
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
    immigration_tag = news_tag("Immigration Reform")
    police_tag = news_tag("Mayors and Police Chiefs")
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
        show_in_menus=True,
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
