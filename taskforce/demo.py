"""Demo hubs, people and roles: names, cities and roles from the public record."""

from taggit.models import Tag

from home.demo import get_or_create_child
from home.models import HomeFeaturedIssue, HomePage
from home.streamfield import paragraphs

from .models import (
    City,
    IssueIndexPage,
    IssueLeadershipRole,
    IssuePage,
    Person,
    TaskForceIndexPage,
    TaskForceLeadershipRole,
    TaskForcePage,
)

# (first, last, city, state)
PEOPLE = [
    ("John", "Giles", "Mesa", "AZ"),
    ("Todd", "Gloria", "San Diego", "CA"),
    ("Regina", "Romero", "Tucson", "AZ"),
]


def person(first, last, city, state):
    city_obj, _ = City.objects.get_or_create(name=city, state=state)
    obj, _ = Person.objects.get_or_create(
        first_name=first, last_name=last, defaults={"city": city_obj}
    )
    return obj


def load():
    home = HomePage.objects.get()
    people = {last: person(first, last, city, state) for first, last, city, state in PEOPLE}

    bodies_index = get_or_create_child(
        home,
        TaskForceIndexPage,
        "task-forces",
        title="Task Forces and Committees",
        show_in_menus=True,
        intro="<p>Mayors lead the Conference's standing committees, task forces and alliances.</p>",
    )
    bodies = {}
    body_leaders = {
        "immigration-reform": [("Giles", "chair")],
        "latino-alliance": [("Romero", "chair")],
    }
    for slug, title, kind in [
        ("immigration-reform", "Immigration Reform Task Force", "task_force"),
        (
            "criminal-and-social-justice",
            "Criminal & Social Justice Committee",
            "standing_committee",
        ),
        ("latino-alliance", "Latino Alliance", "alliance"),
    ]:
        bodies[slug] = get_or_create_child(
            bodies_index,
            TaskForcePage,
            slug,
            title=title,
            kind=kind,
            intro=f"<p>Mayors working together through the {title}.</p>",
            leadership=[
                TaskForceLeadershipRole(person=people[last], role=role)
                for last, role in body_leaders.get(slug, [])
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
    leaders = [
        IssueLeadershipRole(
            sort_order=order, person=people[last], role=role, qualifier=qualifier, body=bodies[body]
        )
        for order, (last, role, qualifier, body) in enumerate(
            [
                ("Giles", "chair", "", "immigration-reform"),
                ("Gloria", "vice_chair", "for Border Policy", "criminal-and-social-justice"),
                ("Romero", "chair", "", "latino-alliance"),
            ]
        )
    ]
    immigration = get_or_create_child(
        issues_index,
        IssuePage,
        "immigration",
        title="Immigration",
        news_tag=immigration_tag,
        leadership=leaders,
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
    if not home.featured_issues.exists():
        # Through a revision, so the editor sees the same list the public does.
        home.featured_issues = [
            HomeFeaturedIssue(page=page, sort_order=order)
            for order, page in enumerate([immigration, safety])
        ]
        home.save_revision().publish()
    return immigration
