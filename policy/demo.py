"""Demo policy record: two meetings with their agendas and a dozen resolutions.

Meeting numbers, kinds, dates and places are from the public record (the 85th Winter Meeting,
Washington, January 17–19, 2017; the 87th Annual Meeting, Honolulu, June 28 – July 1, 2019).
The resolutions' titles and texts, session rooms and staff names are the demo's own; staff are
fictional. Idempotent: what exists (by slug, or by meeting and number) is left as it is.
"""

import datetime

from taggit.models import Tag

from home.demo import get_or_create_child
from home.models import HomePage
from taskforce.models import City, Person, TaskForceIndexPage, TaskForcePage

from .meetings import MeetingIndexPage, MeetingPage, MeetingSession
from .models import ResolutionIndexPage
from .resolutions import Resolution, ResolutionSponsor

D, T = datetime.date, datetime.time
IMM, POL = "Immigration Reform", "Mayors and Police Chiefs"

# Jan 2017 roles from the public record, for the Winter Meeting's sessions.
EXTRA_PEOPLE = [
    ("Jorge", "Elorza", "Providence", "RI"),
    ("Tom", "Tait", "Anaheim", "CA"),
    ("Ed", "Murray", "Seattle", "WA"),
]


def person(first, last):
    return Person.objects.filter(first_name=first, last_name=last).first()


def ensure_person(first, last, city, state):
    existing = person(first, last)
    if existing:
        return existing
    city_obj, _ = City.objects.get_or_create(name=city, state=state)
    obj = Person(honorific="Mayor", first_name=first, last_name=last, city=city_obj)
    obj.save()
    obj.save_revision().publish()
    return obj


def body(slug):
    return TaskForcePage.objects.filter(slug=slug).first()


def winter_2017_sessions():
    giles = person("John", "Giles")
    return [
        MeetingSession(day=D(2017, 1, 18), start_time=T(9), end_time=T(10, 30), kind="plenary",
                       title="Opening plenary: cities and the new Administration",
                       room="Presidential Ballroom", staff="Dana Whitfield",
                       speakers="Mayor Mick Cornett, President of the Conference\n"
                                "Tom Cochran, CEO & Executive Director",
                       description="Mayors set out the priorities they will bring to the new "
                                   "Congress and Administration in their first weeks."),
        MeetingSession(day=D(2017, 1, 18), start_time=T(11), end_time=T(12, 30),
                       kind="committee", committee=body("immigration-reform"),
                       title="Immigration Reform Task Force", chair=person("Jorge", "Elorza"),
                       staff="Luis Ortega", room="Congressional Room",
                       speakers=f"Mayor Tom Tait of Anaheim, CA, Co-Chair\n"
                                f"{giles.label if giles else 'Mayor John Giles'}",
                       description="How cities keep immigrant residents safe and connected "
                                   "as federal enforcement priorities change."),
        MeetingSession(day=D(2017, 1, 18), start_time=T(14), end_time=T(15, 30),
                       kind="committee", title="Mayors and Police Chiefs Task Force",
                       chair=person("Ed", "Murray"), staff="Renee Caldwell",
                       room="Congressional Room",
                       speakers="Chief J. Thomas Manger, President, Major Cities Chiefs "
                                "Association",
                       description="Mayors and chiefs compare notes on community trust, "
                                   "violent crime and federal grant conditions."),
        MeetingSession(day=D(2017, 1, 19), start_time=T(10), end_time=T(11), kind="press",
                       title="Press conference: the mayors' agenda for 2017",
                       room="Press room, lobby level", staff="Morgan Lee",
                       description="Conference officers take questions from reporters."),
        MeetingSession(day=D(2017, 1, 19), start_time=T(12, 30), end_time=T(14), kind="other",
                       title="Leadership luncheon", press_access="closed",
                       room="Federal Room", staff="Dana Whitfield"),
    ]  # fmt: skip


def annual_2019_sessions():
    return [
        MeetingSession(day=D(2019, 6, 28), start_time=T(14), end_time=T(16), kind="committee",
                       committee=body("international-affairs"),
                       title="International Affairs Committee", staff="Luis Ortega",
                       room="Room 316", description="Resolutions on immigration, refugees and "
                                                    "trade go to the vote of the committee."),
        MeetingSession(day=D(2019, 6, 29), start_time=T(9), end_time=T(11), kind="committee",
                       committee=body("criminal-and-social-justice"),
                       title="Criminal and Social Justice Committee", staff="Renee Caldwell",
                       room="Room 318", description="Public safety, policing and gun violence "
                                                    "resolutions."),
        MeetingSession(day=D(2019, 6, 29), start_time=T(13), end_time=T(14, 30),
                       kind="committee", committee=body("immigration-reform"),
                       title="Immigration Reform Task Force", chair=person("John", "Giles"),
                       staff="Luis Ortega", room="Room 316", press_access="open",
                       description="The task force reviews the year's work with Congress on "
                                   "Dreamers and border funding."),
        MeetingSession(day=D(2019, 6, 30), start_time=T(9), end_time=T(10, 30), kind="plenary",
                       title="Opening plenary", room="Kalākaua Ballroom", staff="Dana Whitfield"),
        MeetingSession(day=D(2019, 7, 1), start_time=T(9), end_time=T(12), kind="plenary",
                       title="Business session: adoption of resolutions",
                       room="Kalākaua Ballroom", staff="Morgan Lee",
                       description="Mayors vote on the resolutions reported by the committees."),
        MeetingSession(day=D(2019, 7, 1), start_time=T(12, 30), end_time=T(13, 15), kind="press",
                       title="Closing press conference", room="Press room", staff="Morgan Lee"),
    ]  # fmt: skip


def paragraphs(*texts):
    return "".join(f"<p>{t}</p>" for t in texts)


ADOPTED_2019 = D(2019, 7, 1)
# (number, title, committee slug, status, sponsors (Person names or text), tags, summary, text)
RESOLUTIONS_2019 = [
    (1, "In Support of Comprehensive Immigration Reform", "international-affairs", "adopted",
     [("John", "Giles"), ("Steve", "Benjamin")], [IMM],
     "Asks Congress to pass a reform that secures the border, clears visa backlogs and "
     "offers long-settled residents a path to citizenship.",
     ["WHEREAS cities of every size depend on immigrant workers, business owners and "
      "neighbors, and a system last overhauled decades ago serves none of them well;",
      "NOW, THEREFORE, BE IT RESOLVED that the Conference calls on Congress to pass "
      "comprehensive immigration reform with an earned path to citizenship."]),
    (2, "Calling for Permanent Protection for Dreamers", "international-affairs", "adopted",
     [("John", "Giles"), ("Nan", "Whaley")], [IMM],
     "Urges a lasting legal status for young people brought to the country as children.",
     ["WHEREAS young people brought here as children teach in our schools, serve in our "
      "hospitals and wear our uniforms, yet live from one court ruling to the next;",
      "BE IT RESOLVED that mayors ask Congress to give them permanent status and a path to "
      "citizenship without delay."]),
    (3, "Restoring Refugee Admissions", "international-affairs", "adopted_as_amended",
     [("Greg", "Fischer")], [IMM],
     "Asks the Administration to bring refugee admissions back to their historic level.",
     ["WHEREAS resettled refugees have revived neighborhoods and main streets in many "
      "member cities;",
      "BE IT RESOLVED that the Conference supports an annual admissions ceiling no lower "
      "than the historic average, and local consultation on resettlement."]),
    (4, "Opposing Federal Penalties on Cities over Immigration Enforcement",
     "criminal-and-social-justice", "adopted",
     [("Hillary", "Schieve"), "Mayor Eric Garcetti of Los Angeles, CA"], [IMM, POL],
     "Opposes withholding public-safety grants from cities over local enforcement choices.",
     ["WHEREAS federal justice grants pay for officers, crime labs and victim services that "
      "have nothing to do with civil immigration law;",
      "BE IT RESOLVED that mayors oppose any condition that withholds those funds to compel "
      "local police to act as federal immigration agents."]),
    (5, "Extending Temporary Protected Status for Residents from Countries in Crisis",
     "international-affairs", "adopted", [("Francis X.", "Suarez")], [IMM],
     "Calls for TPS to be extended while conditions in the home countries stay unsafe.",
     ["WHEREAS holders of Temporary Protected Status have lived and worked in our cities "
      "for many years and raised children who are citizens;",
      "BE IT RESOLVED that the Conference urges extension of TPS designations while return "
      "is unsafe, and a permanent solution from Congress."]),
    (6, "Humane Conditions and Due Process at the Border", "international-affairs",
     "emergency", [("John", "Giles")], [IMM],
     "An emergency resolution on the care of families and children held at the border.",
     ["WHEREAS reports of crowded and unsafe holding facilities reached mayors during this "
      "meeting;",
      "BE IT RESOLVED that the Conference calls for safe, sanitary custody, prompt family "
      "reunification and access to counsel."]),
    (7, "Supporting Federal Funding for Community Policing", "criminal-and-social-justice",
     "adopted", [("David", "Holt"), ("Levar", "Stoney")], [POL],
     "Backs full funding of community policing grants that cities use to hire and train.",
     ["WHEREAS officers who know the neighborhoods they serve prevent crime and earn trust;",
      "BE IT RESOLVED that mayors urge Congress to fund community policing grants at no less "
      "than the authorized level."]),
    (8, "Background Checks on All Firearm Sales", "criminal-and-social-justice", "adopted",
     [("Steve", "Benjamin"), ("Greg", "Fischer")], [POL],
     "Calls for a background check on every gun sale, including online and private sales.",
     ["WHEREAS police chiefs in member cities trace many crime guns to sales made without a "
      "check;",
      "BE IT RESOLVED that the Conference supports universal background checks."]),
    (9, "Funding Crisis Response Teams for Mental Health Calls",
     "children-health-and-human-services", "adopted", [("Darrell", "Steinberg")], [POL],
     "Supports federal help for teams that send clinicians to mental health emergencies.",
     ["WHEREAS officers spend a growing share of their time on calls that need a clinician "
      "more than a badge;",
      "BE IT RESOLVED that mayors ask for grants to pair officers with mental health "
      "professionals."]),
    (10, "Keeping Local Police Focused on Local Safety", "criminal-and-social-justice",
     "adopted", [("Victoria", "Woodards")], [POL, IMM],
     "Affirms that cities decide how their police work with federal immigration agents.",
     ["WHEREAS residents who fear deportation stop reporting crimes and coming forward as "
      "witnesses;",
      "BE IT RESOLVED that the Conference affirms each city's authority to set the terms of "
      "its officers' cooperation with civil immigration enforcement."]),
    (11, "Standards and Funding for Body-Worn Cameras", "criminal-and-social-justice",
     "referred", [("Randall", "Woodfin")], [POL],
     "Referred to the committee for further study of storage costs and privacy rules.",
     ["WHEREAS cameras can help build trust but storing footage is costly;",
      "BE IT RESOLVED that the Conference studies shared standards and federal cost "
      "sharing."]),
    (12, "A National Registry of Police Use-of-Force Data", "criminal-and-social-justice",
     "not_adopted", [("Wade", "Kapszukiewicz")], [POL],
     "A proposal for a mandatory national registry, not adopted by the committee.",
     ["WHEREAS comparable data on the use of force is scarce;",
      "BE IT RESOLVED that the Conference supports a mandatory national registry."]),
]  # fmt: skip


def load():
    home = HomePage.objects.get()
    for first, last, city, state in EXTRA_PEOPLE:
        ensure_person(first, last, city, state)
    bodies_index = TaskForceIndexPage.objects.first()
    if bodies_index is not None:
        get_or_create_child(
            bodies_index,
            TaskForcePage,
            "international-affairs",
            title="International Affairs Committee",
            kind="standing_committee",
            intro="<p>Mayors working together on immigration, refugees, trade and ties "
            "between cities abroad.</p>",
        )
    meetings_index = get_or_create_child(
        home,
        MeetingIndexPage,
        "meetings",
        title="Meetings",
        show_in_menus=True,
        intro="<p>Mayors meet in Washington each January and in a member city each June, "
        "where they adopt the Conference's policy resolutions.</p>",
    )
    washington, _ = City.objects.get_or_create(name="Washington", state="DC")
    honolulu, _ = City.objects.get_or_create(name="Honolulu", state="HI")
    get_or_create_child(
        meetings_index,
        MeetingPage,
        "85th-winter-meeting-2017",
        number=85,
        kind="winter",
        start_date=D(2017, 1, 17),
        end_date=D(2017, 1, 19),
        time_zone="America/New_York",
        host_city=washington,
        venue="Capital Hilton",
        intro="<p>Mayors gather in the capital days before a new Administration takes office, "
        "with immigration and public safety at the top of the agenda.</p>",
        sessions=winter_2017_sessions(),
    )
    annual = get_or_create_child(
        meetings_index,
        MeetingPage,
        "87th-annual-meeting-2019",
        number=87,
        kind="annual",
        start_date=D(2019, 6, 28),
        end_date=D(2019, 7, 1),
        time_zone="Pacific/Honolulu",
        host_city=honolulu,
        intro="<p>Mayors meet in Honolulu to debate and adopt the Conference's policy for the "
        "year ahead.</p>",
        sessions=annual_2019_sessions(),
    )
    get_or_create_child(
        home,
        ResolutionIndexPage,
        "resolutions",
        title="Resolutions",
        show_in_menus=True,
        intro="<p>The policy the Conference's member mayors have adopted, meeting by meeting. "
        "Filter by committee, meeting, year or status, or search by words or number.</p>",
    )
    for number, title, committee, status, sponsors, tags, summary, text in RESOLUTIONS_2019:
        if Resolution.objects.filter(meeting=annual, number=number).exists():
            continue
        resolution = Resolution(
            meeting=annual,
            number=number,
            title=title,
            committee=body(committee),
            status=status,
            date_adopted=ADOPTED_2019 if status not in ("referred", "not_adopted") else None,
            summary=summary,
            text=paragraphs(*text),
        )
        resolution.sponsors = [
            ResolutionSponsor(
                sort_order=order,
                **({"name": s} if isinstance(s, str) else {"person": person(*s)}),
            )
            for order, s in enumerate(sponsors)
        ]
        resolution.tags.set([Tag.objects.filter(name=t).first() or t for t in tags])
        resolution.save()
        resolution.save_revision().publish()
