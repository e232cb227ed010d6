"""Demo news: titles, dates and types from the public record; the text is our own."""

import datetime

from django.utils.text import slugify

from home.demo import get_or_create_child
from home.demo_pictures import PALETTES, save_image, skyline
from home.models import HomePage
from home.streamfield import paragraphs

from .demo_bodies import body_for
from .models import (
    Boilerplate,
    MediaContact,
    NewsIndexPage,
    NewsroomSettings,
    Organization,
    PressItemContact,
    PressItemIssuer,
    PressItemPage,
)

IMM = "Immigration Reform"
POL = "Mayors and Police Chiefs"
PR = "Press Room"
CSJ = "Criminal and Social Justice"

# (date, title, item type, dateline, tags, summary)
ITEMS = [
    (
        "2017-01-19",
        "U.S. Mayors Call for Comprehensive Immigration Reform",
        "press_release",
        "Washington, D.C.",
        [IMM, POL, PR],
        "Mayors ask the new Congress to fix the immigration system and keep local police focused "
        "on community safety.",
    ),
    (
        "2017-01-19",
        "Statement from Mayors and County Executives on Our Commitment to Immigrant Communities",
        "statement",
        "New York, NY",
        [IMM],
        "Cities for Action members look back on a year of work for immigrant residents and "
        "renew their pledge as a new Administration takes office.",
    ),
    (
        "2017-01-25",
        "Joint Statement of USCM CEO & Executive Director Tom Cochran and MCCA "
        "President Chief J. Thomas Manger on the Executive Order on Interior Enforcement",
        "joint_statement",
        "Washington, D.C.",
        [IMM, POL, PR],
        "Mayors and police chiefs respond together to the executive order on interior immigration "
        "enforcement.",
    ),
    (
        "2017-03-27",
        "Statement by USCM CEO & Executive Director Tom Cochran on Today's Remarks by "
        "Attorney General Jeff Sessions",
        "statement",
        "Washington, D.C.",
        [IMM, PR],
        "The Conference responds to the Attorney General's remarks on federal grants to cities.",
    ),
    (
        "2017-04-07",
        "Mayors Issue Bipartisan Call for Comprehensive Immigration Reform",
        "press_release",
        "Washington, D.C.",
        [IMM, PR],
        "101 mayors from 33 states sign an open letter urging Congress to pass immigration reform.",
    ),
    (
        "2017-08-16",
        "Statement on Attorney General Jeff Sessions' Attack on Chicago Today",
        "statement",
        "Washington, D.C.",
        [IMM, CSJ, PR],
        "The Conference stands with Chicago after the Attorney General's remarks on the city.",
    ),
    (
        "2017-08-18",
        "Responding to Charlottesville, U.S. Conference of Mayors and ADL Join on "
        "Action Plan to Combat Hate, Extremism & Discrimination",
        "joint_statement",
        "New York, NY/Washington, D.C.",
        [POL, CSJ, PR],
        "Mayors and the ADL launch a compact to fight hate, extremism and bigotry in cities.",
    ),
    (
        "2017-08-25",
        "Statement Urging President Trump to Continue DACA Program",
        "statement",
        "Washington, D.C.",
        [CSJ, IMM, "News", PR],
        "Mayors urge the President to keep protections for young people brought here as children.",
    ),
    (
        "2019-06-04",
        "Statement by U.S. Conference of Mayors on House Passage of the DREAM Act",
        "statement",
        "Washington, D.C.",
        [IMM, PR],
        "The Conference's President welcomes the House vote and asks the Senate to follow.",
    ),
    (
        "2019-06-19",
        "Statement By U.S. Conference of Mayors on Senate Panel's Emergency Border Funding",
        "statement",
        "Washington, D.C.",
        [IMM, PR],
        "Mayors ask that emergency border money reach the cities and shelters caring for families.",
    ),
    (
        "2019-06-19",
        "Resolved: Mayors to Speak Out on the Big Issues of the Day",
        "news",
        "Washington, D.C.",
        ["News"],
        "A look at how the Conference's policy resolutions are written, debated and adopted.",
    ),
    (
        "2019-07-01",
        "Mayors Take Stand On Guns, Trade Deal, Immigration, Climate, Other Priority Issues",
        "recap",
        "Honolulu, HI",
        [IMM, PR],
        "At the 87th Annual Meeting, mayors adopt positions on the biggest challenges of the day.",
    ),
    (
        "2020-04-23",
        "Nation's Mayors Determined to Secure Federal Aid Needed to Combat COVID-19 Pandemic",
        "statement",
        "Washington, D.C.",
        ["COVID-19", PR],
        "Mayors press for direct federal aid to cities on the front line of the pandemic.",
    ),
    (
        "2020-08-17",
        "Mayors' 2020 Vision: U.S. Mayors Release Bold, Comprehensive Policy Agenda",
        "press_release",
        "Washington, D.C.",
        [PR],
        "The Conference sets out a policy agenda for the next Administration and Congress.",
    ),
    (
        "2020-09-03",
        "Statement by U.S. Conference of Mayors on President Trump's Threat to Cut "
        "Federal Funds for Cities",
        "statement",
        "Washington, D.C.",
        [CSJ, PR],
        "Mayors reject the threat to withhold federal funds from cities.",
    ),
    (
        "2020-09-21",
        "Statement on DOJ Announcement Regarding New York City, Portland and Seattle",
        "statement",
        "Washington, D.C.",
        [CSJ, POL, PR],
        "The Conference responds to the Justice Department's designation of three cities.",
    ),
    (
        "2021-06-21",
        "Nation's Mayors to Discuss Mayoral Vaccine Challenge with Dr. Anthony Fauci",
        "media_advisory",
        "Washington, D.C.",
        ["COVID-19", PR],
        "Reporters are invited to a conversation between mayors and Dr. Anthony Fauci.",
    ),
    (
        "2021-06-23",
        "Mayors Welcome President Biden's New Strategy To Address Rising Gun Violence "
        "in American Cities",
        "press_release",
        "Washington, D.C.",
        ["Gun Violence", POL, PR],
        "Mayors welcome a federal strategy to reduce gun violence and support local police.",
    ),
    (
        "2021-06-24",
        "Statement by U.S. Conference of Mayors on Bipartisan Infrastructure Plan",
        "statement",
        "Washington, D.C.",
        ["Infrastructure", PR],
        "Mayors back the bipartisan infrastructure framework and ask for direct funding to cities.",
    ),
    (
        "2021-07-08",
        "Cities for Action Announces New Co-Chairs Representing Over 150 Cities and Counties",
        "press_release",
        "New York, NY",
        [IMM],
        "Mayors of New York City, Chicago and San Diego will lead the immigration coalition.",
    ),
    (
        "2021-08-24",
        "TODAY: Nation's Mayors Kick off 89th Annual Meeting",
        "media_advisory",
        "Washington, D.C.",
        ["Annual Meeting", PR],
        "The virtual 89th Annual Meeting opens with sessions on recovery and equity.",
    ),
    (
        "2021-09-23",
        "FRIDAY: U.S. Mayors, National Urban League, and City Leaders to Call for "
        "Passage of Bipartisan Infrastructure Plan",
        "media_advisory",
        "Washington, D.C.",
        ["Infrastructure", PR],
        "Mayors and civic leaders hold a press event calling for the infrastructure bill to pass.",
    ),
    (
        "2022-10-24",
        "Statement by U.S. Conference of Mayors on Shooting at St. Louis High School",
        "statement",
        "Washington, D.C.",
        ["Gun Violence", PR],
        "Mayors mourn the victims and renew their call for action on gun violence.",
    ),
    (
        "2023-01-20",
        "Mayors Receive DollarWise Innovation Grant Awards to Support Economic Mobility in "
        "8 U.S. Cities",
        "press_release",
        "Washington, D.C.",
        ["Economic Mobility", PR],
        "Eight cities win grants for programs that help residents save, borrow wisely and work.",
    ),
    (
        "2023-06-03",
        "Mayors Decry State Overreach into Local Authority on Second Day of USCM's Annual "
        "Meeting in Columbus",
        "recap",
        "Columbus, OH",
        ["Annual Meeting", PR],
        "Mayors of both parties push back on state laws that override local decisions.",
    ),
    (
        "2023-07-24",
        "\u201cNumber One Crisis in America\u201d: Nation's Mayors Demand Greater "
        "Federal Support to Address Surging Mental Health Crisis",
        "press_release",
        "Washington, D.C.",
        ["Mental Health", PR],
        "Mayors ask for federal help as demand for mental health services grows in cities.",
    ),
    (
        "2024-01-18",
        "The Power to Convene: Mayors Meet Federal Leaders on Second Day of 92nd Winter Meeting",
        "recap",
        "Washington, D.C.",
        ["Winter Meeting", PR],
        "Cabinet members and congressional leaders join mayors on housing, safety and roads.",
    ),
    (
        "2024-04-11",
        "American Mayors Welcome Final Rule to Strengthen Background Checks, Make Cities Safer",
        "press_release",
        "Washington, D.C.",
        ["Gun Violence", POL, PR],
        "Mayors welcome a federal rule that closes gaps in background checks for gun sales.",
    ),
    (
        "2024-04-26",
        "ADVISORY: American Mayors to Hold Press Conference at U.S. Capitol to Press "
        "for Solutions to Housing and Homelessness Crisis",
        "media_advisory",
        "Washington, D.C.",
        ["Housing", PR],
        "Mayors meet the press at the Capitol to call for action on housing and homelessness.",
    ),
    (
        "2024-05-01",
        "Nation's Mayors Fan Across Washington to Make Case for Reforms to Address "
        "Housing and Homelessness Crisis in America",
        "recap",
        "Washington, D.C.",
        ["Housing", PR],
        "Mayors meet members of Congress and officials to push housing and homelessness reforms.",
    ),
    (
        "2024-09-16",
        "State And National Mayors' Organizations Gather In Springfield To Offer Support For "
        "City And Its Mayor",
        "joint_statement",
        "Springfield, OH",
        [IMM, PR],
        "Mayors from Ohio and across the country stand with Springfield and its residents.",
    ),
    (
        "2025-05-30",
        "U.S. Conference of Mayors Statement on Trump Administration's Sanctuary "
        "Jurisdictions List",
        "statement",
        "Washington, D.C.",
        [IMM, PR],
        "The Conference answers the Administration's list of so-called sanctuary jurisdictions.",
    ),
]


USCM = "U.S. Conference of Mayors"
MCCA = "Major Cities Chiefs Association"
C4A = "Cities for Action"

# (name, short name, website, [(effective from, boilerplate)]) — boilerplates in our own words.
ORGANIZATIONS = [
    (
        USCM,
        "USCM",
        "https://www.usmayors.org/",
        [
            (
                "2014-01-01",
                "<p>The U.S. Conference of Mayors is the official nonpartisan organization of "
                "American cities with 30,000 or more residents. Some 1,400 cities qualify today, "
                "and each one takes part in the Conference through its mayor.</p>",
            ),
            (
                "2023-01-01",
                "<p>The U.S. Conference of Mayors is the nonpartisan organization of the nation's "
                "cities of 30,000 people or more, about 1,400 in all, each represented by its "
                "mayor. Follow the Conference on X, Facebook, Instagram, LinkedIn, Threads and "
                "Medium.</p>",
            ),
        ],
    ),
    (
        MCCA,
        "MCCA",
        "https://majorcitieschiefs.com/",
        [
            (
                "2014-01-01",
                "<p>The Major Cities Chiefs Association brings together the police chiefs and "
                "sheriffs who lead the largest law enforcement agencies in the United States and "
                "Canada. Its members work together on research, policy and training to advance "
                "public safety.</p>",
            ),
        ],
    ),
    (
        C4A,
        "C4A",
        "https://www.citiesforaction.us/",
        [
            (
                "2014-12-01",
                "<p>Cities for Action is a coalition of mayors and county executives, formed in "
                "2014, that works for federal immigration policies and local programs that "
                "welcome immigrant residents and strengthen their communities.</p>",
            ),
        ],
    ),
]

PRESS_OFFICE = ("Jordan Ellis", "Press Secretary", "press@example.org", "+12025550147")
C4A_CONTACT = ("Casey Moreno", "Communications Lead", "media@example.org", "")

# Per-item extras, keyed by the item's date and the start of its title.
JOINT_2017 = ("2017-01-25", "Joint Statement")
C4A_2017 = ("2017-01-19", "Statement from Mayors and County")
UPDATED_2017 = ("2017-01-19", "U.S. Mayors Call")
ADVISORY_2024 = ("2024-04-26", "ADVISORY")
ADVISORY_2021 = ("2021-06-21", "Nation's Mayors to Discuss")
KICKOFF_2021 = ("2021-08-24", "TODAY")
INFRA_2021 = ("2021-09-23", "FRIDAY")
C4A_2021 = ("2021-07-08", "Cities for Action")
SPRINGFIELD_2024 = ("2024-09-16", "State And National")


def organizations():
    """Create the organizations, their dated boilerplates and the media contacts (idempotent)."""
    orgs = {}
    for name, short, website, boilerplates in ORGANIZATIONS:
        org, _ = Organization.objects.get_or_create(
            name=name, defaults={"short_name": short, "website": website}
        )
        orgs[name] = org
        for effective_from, text in boilerplates:
            Boilerplate.objects.get_or_create(
                organization=org,
                effective_from=datetime.date.fromisoformat(effective_from),
                defaults={"text": text, "live": True},
            )
    contacts = {}
    for org_name, (name, title, email, phone) in [(USCM, PRESS_OFFICE), (C4A, C4A_CONTACT)]:
        contacts[org_name], _ = MediaContact.objects.get_or_create(
            email=email,
            defaults={"name": name, "title": title, "phone": phone, "organization": orgs[org_name]},
        )
    return orgs, contacts


def matches(key, date, title):
    return date == key[0] and title.startswith(key[1])


def advisory_body(summary, what, who, when, where):
    return [
        {"type": "paragraph", "value": f"<p>{summary}</p>"},
        {
            "type": "media_advisory",
            "value": {
                "what": f"<p>{what}</p>",
                "who": f"<p>{who}</p>",
                "when": when,
                "where": where,
                "rsvp": "<p>Reporters should confirm attendance with "
                '<a href="mailto:press@example.org">press@example.org</a>.</p>',
            },
        },
    ]


def extras(date, title, summary, orgs, contacts):
    """Issuers, contacts and special fields for one demo item."""
    fields = {
        "issuers": [PressItemIssuer(organization=orgs[USCM])],
        "contacts": [PressItemContact(contact=contacts[USCM])],
    }
    if matches(JOINT_2017, date, title):
        fields["issuers"] = [
            PressItemIssuer(organization=orgs[USCM], sort_order=0),
            PressItemIssuer(organization=orgs[MCCA], sort_order=1),
        ]
    elif matches(C4A_2017, date, title) or matches(C4A_2021, date, title):
        fields["issuers"] = [PressItemIssuer(organization=orgs[C4A])]
        fields["contacts"] = [PressItemContact(contact=contacts[C4A])]
    elif matches(UPDATED_2017, date, title):
        fields["updated"] = datetime.date(2017, 2, 22)
        fields["correction_note"] = (
            "This release was updated to add the names of mayors who joined the call after "
            "it was first issued."
        )
    elif matches(ADVISORY_2024, date, title):
        fields["body"] = advisory_body(
            summary,
            "A press conference on the housing and homelessness crisis in America's cities.",
            "Mayors from across the country, led by the Conference's Homelessness Task Force.",
            "Friday, April 26, 2024, 10:00 a.m. ET",
            "U.S. Capitol, Washington, D.C.",
        )
    elif matches(ADVISORY_2021, date, title):
        fields["body"] = advisory_body(
            summary,
            "A live conversation on the mayoral vaccine challenge.",
            "Mayors and Dr. Anthony Fauci.",
            "Monday, June 21, 2021, 2:00 p.m. ET",
            "Online; reporters receive the link after they confirm.",
        )
    elif matches(KICKOFF_2021, date, title):
        fields["body"] = advisory_body(
            summary,
            "The opening session of the 89th Annual Meeting, held online this year.",
            "The Conference's officers, member mayors and guest speakers from the Administration.",
            "Tuesday, August 24, 2021, 1:00 p.m. ET",
            "Online; the stream is open to accredited reporters.",
        )
    elif matches(INFRA_2021, date, title):
        fields["body"] = advisory_body(
            summary,
            "A press event urging the House to pass the bipartisan infrastructure bill.",
            "Mayors, the President of the National Urban League and local civic leaders.",
            "Friday, September 24, 2021, 11:00 a.m. ET",
            "Online and at the Conference's offices, 1620 I Street NW, Washington, D.C.",
        )
    elif matches(SPRINGFIELD_2024, date, title):
        fields["issuers"] = [PressItemIssuer(organization=orgs[USCM])]
    return fields


# Items that carry a drawn illustration as their featured image (and so as their share card).
ILLUSTRATED = {"2024-05-01", "2023-07-24", "2021-06-24", "2020-08-17", "2019-07-01", "2024-09-16"}


def illustration(date, title):
    if date not in ILLUSTRATED:
        return {}
    number = sorted(ILLUSTRATED).index(date)
    image = save_image(
        f"Illustration: city skyline {number + 1}",
        skyline(1600, 900, date, PALETTES[number % len(PALETTES)]),
        f"skyline-{date}.png",
    )
    return {
        "featured_image": image,
        "featured_image_alt": "Illustration: the skyline of an American city at dusk",
    }


def set_newsroom_defaults(home, organization, contact):
    """New press items start issued by the association, with its press office to call."""
    site = home.get_site()
    if site is None:
        return
    defaults = NewsroomSettings.for_site(site)
    if not defaults.default_organization_id or not defaults.default_media_contact_id:
        defaults.default_organization = defaults.default_organization or organization
        defaults.default_media_contact = defaults.default_media_contact or contact
        defaults.save()


def load():
    home = HomePage.objects.get()
    news = get_or_create_child(
        home,
        NewsIndexPage,
        "news",
        title="News",
        show_in_menus=True,
        intro="<p>Press releases, statements and media advisories from the nation's mayors.</p>",
    )
    orgs, contacts = organizations()
    set_newsroom_defaults(home, orgs[USCM], contacts[USCM])
    for date, title, item_type, dateline, tags, summary in ITEMS:
        slug = slugify(f"{date}-{title}")[:80].rstrip("-")
        fields = {"body": body_for(date, title) or paragraphs(summary)}
        fields.update(illustration(date, title))
        fields.update(extras(date, title, summary, orgs, contacts))
        get_or_create_child(
            news,
            PressItemPage,
            slug,
            title=title,
            item_type=item_type,
            date=datetime.date.fromisoformat(date),
            dateline=dateline,
            summary=summary,
            tags=tags,
            **fields,
        )
    return news
