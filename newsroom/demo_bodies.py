"""Demo release bodies: facts (names, offices, dates) from the public record, our own sentences.

Each body is a list of ("p", text) and ("quote", person key or free-text name, text, title)
parts. A person key names a person of the demo's people list, so the quote is attributed to
that person and counts as a mention on their page.
"""

from django.apps import apps
from django.utils.html import escape

# (first name, last name) of the demo people quoted below, by the key used in this module.
SPEAKERS = {
    "giles": ("John", "Giles"),
    "gloria": ("Todd", "Gloria"),
    "romero": ("Regina", "Romero"),
    "ginther": ("Andrew", "Ginther"),
    "schieve": ("Hillary", "Schieve"),
    "holt": ("David", "Holt"),
    "fischer": ("Greg", "Fischer"),
    "whaley": ("Nan", "Whaley"),
    "suarez": ("Francis X.", "Suarez"),
    "barnett": ("Bryan K.", "Barnett"),
    "benjamin": ("Steve", "Benjamin"),
    "cochran": ("Tom", "Cochran"),
    "stoney": ("Levar", "Stoney"),
    "steinberg": ("Darrell", "Steinberg"),
    "patterson-howard": ("Shawyn", "Patterson-Howard"),
    "reeves": ("D.C.", "Reeves"),
    "woodards": ("Victoria", "Woodards"),
    "woodfin": ("Randall", "Woodfin"),
    "bass": ("Karen", "Bass"),
    "kapszukiewicz": ("Wade", "Kapszukiewicz"),
}

CEO = "CEO and Executive Director, U.S. Conference of Mayors"

# Keyed by the item's date and the start of its title, like the extras in newsroom.demo.
BODIES = {
    ("2017-01-19", "U.S. Mayors Call"): [
        (
            "p",
            "Mayors opened the new session of Congress with a request they have made for "
            "years: repair an immigration system that no longer matches how American cities "
            "work, hire and grow.",
        ),
        (
            "p",
            "Meeting in Washington for the 85th Winter Meeting, members of the Immigration "
            "Reform Task Force said local police must stay focused on neighborhood safety, "
            "and that federal law should give long-settled families a way to come forward.",
        ),
        (
            "quote",
            "giles",
            "In Mesa we judge people by how they contribute to the city, and that is what "
            "Congress should do too. A workable system is a conservative goal and a compassionate "
            "one at the same time.",
            "Chair, Immigration Reform Task Force",
        ),
        (
            "p",
            "The task force will meet congressional staff of both parties in the coming weeks "
            "and report back to member cities at the Annual Meeting in June.",
        ),
    ],
    ("2017-01-19", "Statement from Mayors and County"): [
        (
            "p",
            "Cities for Action marked the change of Administration with an account of what "
            "its members did in 2016 and a promise to keep at it.",
        ),
        (
            "p",
            "During the year, member mayors and county executives asked federal agencies to "
            "review Temporary Protected Status for people who cannot safely go home, pressed "
            "for the privacy of records held on DACA recipients, and urged the White House to "
            "wind down the NSEERS registration program, which ended in December.",
        ),
        (
            "p",
            "The coalition also joined a friend-of-the-court brief in United States v. Texas "
            "and shared what New York learned from running free immigration legal services "
            "in the neighborhoods where immigrants live.",
        ),
        (
            "p",
            "Members said they would keep welcoming new residents and would work with anyone "
            "in Washington ready to do the same.",
        ),
    ],
    ("2017-01-25", "Joint Statement"): [
        (
            "p",
            "The heads of the Conference and of the Major Cities Chiefs Association responded "
            "together to the executive order on interior enforcement signed today.",
        ),
        (
            "quote",
            "cochran",
            "Mayors and chiefs agree on this: residents must be able to call the police without "
            "fearing what happens next. An order that ties a city's federal grants to how it "
            "polices immigration puts that trust at risk.",
            CEO,
        ),
        (
            "quote",
            "Chief J. Thomas Manger",
            "Our officers are there to stop crime and protect victims. Turning them into "
            "immigration agents would make every city less safe.",
            "President, Major Cities Chiefs Association; Montgomery County, MD",
        ),
        (
            "p",
            "Both organizations asked for a meeting with the Department of Homeland Security "
            "and repeated their call on Congress to take up reform.",
        ),
    ],
    ("2017-03-27", "Statement by USCM CEO"): [
        (
            "p",
            "Tom Cochran, the Conference's CEO and Executive Director, issued this statement "
            "after the Attorney General spoke about federal justice grants to cities:",
        ),
        (
            "quote",
            "cochran",
            "The grants the Attorney General mentioned pay for officers on the street, crime labs "
            "and programs for victims. Cutting them would not change a single immigration case; "
            "it would only make our cities harder to keep safe. Mayors ask the Department of "
            "Justice to talk with us before it acts.",
            CEO,
        ),
    ],
    ("2017-04-07", "Mayors Issue Bipartisan Call"): [
        (
            "p",
            "One hundred and one mayors from 33 states have signed an open letter asking "
            "Congress to pass comprehensive immigration reform this year.",
        ),
        (
            "p",
            "The letter, sent to every member of the House and Senate, asks for a secure "
            "border, a modern visa system, one dependable way for employers to check who may "
            "work, and a path to legal status for people who have lived and worked here for "
            "years. It also asks that young people brought here as children be protected "
            "while Congress does its work.",
        ),
        (
            "quote",
            "giles",
            "This letter is signed by Republicans and Democrats, by mayors of big cities and of "
            "small ones. That is the point: fixing immigration is not a partisan project for the "
            "people who run America's cities.",
            "Chair, Immigration Reform Task Force",
        ),
        ("p", "Mayors who have not yet signed can still add their city on the letter's page."),
    ],
    ("2017-08-16", "Statement on Attorney General"): [
        (
            "p",
            "The Conference responded to the Attorney General's remarks about crime in "
            "Chicago and the city's policing policies:",
        ),
        (
            "quote",
            "cochran",
            "Chicago's police officers and residents are working hard to bring violence down, and "
            "they deserve help, not a lecture. Singling out one city for political points does "
            "nothing for the families who live there. Mayors across the country stand with "
            "Chicago.",
            CEO,
        ),
    ],
    ("2017-08-18", "Responding to Charlottesville"): [
        (
            "p",
            "A week after the violence in Charlottesville, the Conference and the Anti-"
            "Defamation League launched a compact that asks mayors to commit their cities to "
            "fighting hate, extremism and bigotry.",
        ),
        (
            "p",
            "More than two hundred mayors pledged to speak out against hate wherever it "
            "appears, to make sure police have the training and resources to investigate "
            "hate crimes and domestic terrorism, and to bring residents together across lines "
            "of faith, race and origin.",
        ),
        (
            "quote",
            "Mayor Mitch Landrieu",
            "Cities are where Americans of every background live side by side. When hatred marches "
            "in our streets, mayors have a duty to answer it, loudly and together.",
            "President, U.S. Conference of Mayors; New Orleans, LA",
        ),
        (
            "p",
            "The ADL will give participating cities training materials and help with "
            "reporting hate incidents.",
        ),
    ],
    ("2017-08-25", "Statement Urging President Trump"): [
        (
            "p",
            "As the Administration weighed the future of Deferred Action for Childhood "
            "Arrivals, the Conference urged the President to keep the program in place:",
        ),
        (
            "quote",
            "cochran",
            "DACA recipients are students, nurses, soldiers and small-business owners in every one "
            "of our cities. They came forward and did everything the government asked of them. "
            "Ending the program would break that promise and take talented people out of our "
            "workforce. We ask the President to keep it, and Congress to make it permanent.",
            CEO,
        ),
    ],
    ("2019-06-04", "Statement by U.S. Conference of Mayors on House Passage"): [
        (
            "p",
            "The Conference's President welcomed the House vote on the American Dream and "
            "Promise Act:",
        ),
        (
            "quote",
            "benjamin",
            "Today the House did right by two million young people who know no other country. "
            "Mayors have asked for this for years. Now the Senate should take up the bill without "
            "delay, and give Dreamers and people with temporary protected status the certainty "
            "they have earned.",
            "President, U.S. Conference of Mayors",
        ),
    ],
    ("2019-06-19", "Resolved"): [
        (
            "p",
            "Every June, mayors arrive at the Annual Meeting with resolutions they want the "
            "Conference to adopt. Each one starts in a city hall, goes through one of ten "
            "standing committees, and is voted on by the full membership on the last day.",
        ),
        (
            "p",
            "Adopted resolutions become the Conference's policy: what staff take to Congress, "
            "what mayors say in testimony, and what the Conference signs on to. This year "
            "more than two hundred proposals are on the agenda, from water infrastructure to "
            "the census.",
        ),
        (
            "p",
            "Resolutions stay in force for several years, so the Conference's positions "
            "change only when mayors vote to change them.",
        ),
    ],
    ("2019-06-19", "Statement By U.S. Conference of Mayors on Senate Panel"): [
        (
            "p",
            "The Conference's President responded to the Senate Appropriations Committee's "
            "approval of emergency funding for the southern border:",
        ),
        (
            "quote",
            "benjamin",
            "Border cities have been caring for families released from federal custody with "
            "little help and less notice. We are glad the committee acted on a bipartisan basis, "
            "and we ask that the final bill send money to the shelters, clinics and cities doing "
            "this work.",
            "President, U.S. Conference of Mayors",
        ),
    ],
    ("2019-07-01", "Mayors Take Stand"): [
        (
            "p",
            "The 87th Annual Meeting closed in Honolulu with votes on the positions the "
            "Conference will carry for the next year, and with a new President.",
        ),
        (
            "p",
            "Mayors adopted resolutions calling for universal background checks, federal "
            "help for cities preparing for climate change, changes to the proposed North "
            "American trade agreement that protect local jobs, and legislation for Dreamers.",
        ),
        (
            "quote",
            "barnett",
            "We have a bipartisan agenda that Washington can act on tomorrow. This year I want "
            "every member of Congress to hear it from the mayor of their own hometown.",
            "President, U.S. Conference of Mayors",
        ),
        (
            "p",
            "Rochester Hills Mayor Bryan K. Barnett takes over from Columbia Mayor Steve "
            "Benjamin, who becomes Immediate Past President.",
        ),
    ],
    ("2020-04-23", "Nation's Mayors Determined"): [
        (
            "p",
            "Mayors asked Congress to send relief directly to cities of every size in the "
            "next pandemic package, after earlier aid reached only the largest.",
        ),
        (
            "quote",
            "fischer",
            "Cities are running testing sites, feeding families and keeping buses moving for "
            "health workers, while our revenues collapse. If Washington wants the recovery to "
            "start, it has to start in our cities and towns.",
            "Vice President, U.S. Conference of Mayors; Louisville, KY",
        ),
        (
            "quote",
            "barnett",
            "A suburb of 75,000 is fighting the same virus as a city of a million. Relief should "
            "not depend on a population cut-off.",
            "President, U.S. Conference of Mayors",
        ),
    ],
    ("2020-08-17", "Mayors' 2020 Vision"): [
        (
            "p",
            "The Conference released a policy agenda for the President and Congress who take "
            "office in January, built on the resolutions mayors adopted this summer.",
        ),
        (
            "p",
            "Its chapters cover recovery from the pandemic, police reform and racial equity, "
            "infrastructure, housing, and the economy, each with steps the federal government "
            "can take in its first hundred days.",
        ),
        (
            "quote",
            "fischer",
            "This is the mayors' road map out of a health crisis, an economic crisis and a long "
            "reckoning on race. It is practical, it is bipartisan, and it is ready on day one.",
            "President, U.S. Conference of Mayors",
        ),
    ],
    ("2020-09-03", "Statement by U.S. Conference of Mayors on President Trump's Threat"): [
        (
            "p",
            "The Conference answered the President's memorandum directing agencies to review "
            "federal funding for several cities:",
        ),
        (
            "quote",
            "whaley",
            "Threatening the money that pays for schools, buses and public health in the middle "
            "of a pandemic is not leadership. Mayors will not be bullied out of serving our "
            "residents, and we expect Congress to protect the funds it approved.",
            "Vice President, U.S. Conference of Mayors; Dayton, OH",
        ),
    ],
    ("2020-09-21", "Statement on DOJ Announcement"): [
        (
            "p",
            "The Conference responded to the Department of Justice's naming of New York "
            "City, Portland and Seattle as jurisdictions it says permit violence:",
        ),
        (
            "quote",
            "suarez",
            "Labels from Washington do not make anyone safer. Mayors of every party want peaceful "
            "streets and accountable policing, and we get there by working with our police "
            "departments and our residents, not by punishing whole cities.",
            "Second Vice President, U.S. Conference of Mayors; Miami, FL",
        ),
    ],
    ("2021-06-21", "Nation's Mayors to Discuss"): [],  # the advisory block is the body
    ("2021-06-23", "Mayors Welcome President Biden"): [
        (
            "p",
            "Mayors welcomed the Administration's plan to reduce gun violence, which lets "
            "cities use federal relief money to hire officers, fund violence interruption "
            "programs and create summer jobs for young people.",
        ),
        (
            "quote",
            "suarez",
            "Every mayor knows the summer months bring more shootings. Flexible money we can put "
            "to work this month, in the neighborhoods that need it, will save lives.",
            "Vice President, U.S. Conference of Mayors; Miami, FL",
        ),
        (
            "quote",
            "woodfin",
            "Birmingham's violence reduction work depends on people the community trusts. "
            "Letting us pay them with relief dollars turns a good plan into real help on our "
            "blocks.",
            "Vice Chair, Jobs, Education and the Workforce Committee",
        ),
        (
            "p",
            "The Conference asked Congress to follow the plan with universal background "
            "checks, which mayors have supported for years.",
        ),
    ],
    ("2021-06-24", "Statement by U.S. Conference of Mayors on Bipartisan Infrastructure"): [
        (
            "p",
            "The Conference praised the bipartisan infrastructure framework announced at the "
            "White House and asked that cities receive money directly:",
        ),
        (
            "quote",
            "cochran",
            "Mayors have been asking for a real infrastructure bill for a decade. This framework "
            "is the closest we have come. We urge the Senate to pass it, and to send the funds to "
            "the local governments that own and maintain most of the nation's roads, pipes and "
            "transit.",
            CEO,
        ),
    ],
    ("2021-07-08", "Cities for Action Announces"): [
        (
            "p",
            "Cities for Action named three mayors to lead the coalition, which now counts "
            "more than 150 cities and counties as members.",
        ),
        (
            "p",
            "The new co-chairs, from New York City, Chicago and San Diego, will set the "
            "coalition's federal priorities: a path to citizenship, a fair asylum process and "
            "support for local immigrant legal services.",
        ),
        (
            "quote",
            "gloria",
            "San Diego sits on the busiest land border in the hemisphere. We know what a humane, "
            "orderly system looks like, and we will keep pressing Washington to build one.",
            "Co-Chair, Cities for Action",
        ),
    ],
    ("2021-08-24", "TODAY"): [],
    ("2021-09-23", "FRIDAY"): [],
    ("2022-10-24", "Statement by U.S. Conference of Mayors on Shooting"): [
        (
            "p",
            "The Conference issued this statement after a gunman killed a student and a "
            "teacher at Central Visual and Performing Arts High School in St. Louis:",
        ),
        (
            "quote",
            "cochran",
            "Our hearts are with the students, teachers and families of St. Louis. No parent "
            "should have to wonder whether a child will come home from school. Mayors thank the "
            "officers who ran toward danger, and we renew our call on Congress to act.",
            CEO,
        ),
    ],
    ("2023-01-20", "Mayors Receive DollarWise"): [
        (
            "p",
            "Eight cities received DollarWise Innovation Grants to expand programs that help "
            "residents build savings, manage debt and take the next step toward a good job.",
        ),
        (
            "p",
            "The grants, awarded at the Winter Meeting, support projects ranging from free "
            "tax preparation and first-time bank accounts to financial coaching for young "
            "workers.",
        ),
        (
            "quote",
            "reeves",
            "A paycheck only goes so far if you cannot keep any of it. These programs meet "
            "residents where they are and give them tools that last.",
            "Chair, Jobs, Education and the Workforce Committee",
        ),
        (
            "quote",
            "woodards",
            "Tacoma has seen what a little stability can do: families who plan instead of "
            "scramble. "
            "I am glad more cities will be able to offer that.",
            "Vice Chair, Jobs, Education and the Workforce Committee",
        ),
    ],
    ("2023-06-03", "Mayors Decry State Overreach"): [
        (
            "p",
            "The second day of the 91st Annual Meeting in Columbus turned to a problem "
            "mayors of both parties share: state laws that override local decisions on "
            "everything from policing to public health.",
        ),
        (
            "quote",
            "holt",
            "Residents elect a mayor because they want decisions made close to home. When the "
            "state capitol takes those decisions away, it takes them away from voters.",
            "Mayor of Oklahoma City",
        ),
        (
            "quote",
            "schieve",
            "We are not asking for special treatment. We are asking to be trusted to do the jobs "
            "our residents hired us to do.",
            "Mayor of Reno",
        ),
        (
            "p",
            "Mayors agreed to share model legislation and to coordinate with state municipal "
            "leagues before next year's sessions.",
        ),
    ],
    ("2023-07-24", "\u201cNumber One Crisis"): [
        (
            "p",
            "Mayors asked the federal government to treat mental health as the emergency "
            "cities say it has become, with money for crisis response teams, treatment beds "
            "and school counselors.",
        ),
        (
            "quote",
            "schieve",
            "When I ask mayors what keeps them up at night, mental health comes first. It touches "
            "homelessness, public safety and every family. We cannot solve it city by city.",
            "President, U.S. Conference of Mayors",
        ),
        (
            "quote",
            "stoney",
            "Richmond has sent counselors, not only officers, to people in crisis, and it works. "
            "Federal partners can help every city do the same.",
            "Chair, Children, Health and Human Services Committee",
        ),
        (
            "quote",
            "steinberg",
            "We need to be able to offer someone a bed and treatment the same day they are ready "
            "for it. Right now, too often, we cannot.",
            "Vice Chair for Mental Health, Children, Health and Human Services Committee",
        ),
        (
            "quote",
            "patterson-howard",
            "Care has to reach every neighborhood, including the ones that have always waited "
            "longest for it.",
            "Vice Chair for Equity, Children, Health and Human Services Committee",
        ),
    ],
    ("2024-01-18", "The Power to Convene"): [
        (
            "p",
            "On the second day of the 92nd Winter Meeting, mayors met cabinet members and "
            "congressional leaders to compare notes on housing, public safety and the money "
            "flowing to cities from the infrastructure law.",
        ),
        (
            "quote",
            "ginther",
            "Bringing mayors into one room with the people who write federal policy is what this "
            "Conference does best. We leave Washington with commitments, not just conversations.",
            "Vice President, U.S. Conference of Mayors",
        ),
        (
            "p",
            "Sessions on the second day also covered artificial intelligence in city "
            "services and youth mental health.",
        ),
    ],
    ("2024-04-11", "American Mayors Welcome Final Rule"): [
        (
            "p",
            "Mayors welcomed the Justice Department's final rule clarifying who must be "
            "licensed to sell firearms, which means more sales will come with a background "
            "check.",
        ),
        (
            "quote",
            "ginther",
            "Guns sold with no questions asked end up at crime scenes in our cities. This rule "
            "closes one of the widest gaps, and it does it without burdening law-abiding buyers.",
            "Vice President, U.S. Conference of Mayors",
        ),
        (
            "p",
            "The Conference has supported universal background checks in its adopted "
            "policy for more than a decade.",
        ),
    ],
    ("2024-04-26", "ADVISORY"): [],
    ("2024-05-01", "Nation's Mayors Fan Across Washington"): [
        (
            "p",
            "Mayors spent a day on Capitol Hill and at federal agencies making the case for "
            "more housing and faster help for people without a home.",
        ),
        (
            "quote",
            "bass",
            "Los Angeles is moving people indoors faster than ever, and we still need partners. "
            "Every member of Congress has people sleeping outside in their district; this is "
            "everybody's crisis.",
            "Chair, Homelessness Task Force",
        ),
        (
            "quote",
            "kapszukiewicz",
            "Building homes people can afford is the surest way to keep them from losing one. "
            "We asked Congress to expand the low-income housing tax credit and to cut the red tape "
            "that slows local projects.",
            "Chair, Community Development and Housing Committee",
        ),
    ],
    ("2024-09-16", "State And National Mayors"): [
        (
            "p",
            "Mayors from across Ohio and the country came to Springfield to stand with the "
            "city and its mayor after days of false claims about Haitian residents led to "
            "threats against schools and city offices.",
        ),
        (
            "quote",
            "ginther",
            "Springfield is a good city doing its best for everyone who lives there. Mayors are "
            "here to say that lies have consequences, and that this community is not alone.",
            "President, U.S. Conference of Mayors",
        ),
        (
            "p",
            "The Conference and the Ohio Mayors Alliance offered help with public safety "
            "planning and with the cost of services for new arrivals.",
        ),
    ],
    ("2025-05-30", "U.S. Conference of Mayors Statement on Trump"): [
        (
            "p",
            "The Conference responded to the Administration's published list of so-called "
            "sanctuary jurisdictions:",
        ),
        (
            "quote",
            "romero",
            "Tucson follows the law and keeps its residents safe. Putting cities on a list does "
            "not fix a single problem at the border; it only spreads fear among families who "
            "have done nothing wrong.",
            "Chair, Latino Alliance",
        ),
        (
            "quote",
            "gloria",
            "Our police work with federal partners on serious crime every day. What we will not "
            "do is turn local officers into immigration agents. Congress should pass real reform.",
            "Vice Chair for Border Policy, Criminal & Social Justice Committee",
        ),
    ],
}


def quote_block(speaker, text, title):
    """A quote block; a known person key becomes the speaker chooser (the mention)."""
    person = None
    if speaker in SPEAKERS and apps.is_installed("taskforce"):
        first, last = SPEAKERS[speaker]
        person_model = apps.get_model("taskforce", "Person")
        person = person_model.objects.filter(first_name=first, last_name=last).first()
    value = {"quote": text, "speaker_title": title}
    if person is not None:
        # The page prints a known speaker's city itself; the title keeps only the office.
        value["speaker"] = person.pk
        value["speaker_title"] = title.split("; ")[0]
    else:
        value["speaker_name"] = speaker
    return {"type": "quote", "value": value}


def body_for(date, title):
    """The StreamField value written for one demo item, or None when none was written."""
    for (key_date, prefix), parts in BODIES.items():
        if key_date == date and title.startswith(prefix):
            return [
                {"type": "paragraph", "value": f"<p>{escape(part[1])}</p>"}
                if part[0] == "p"
                else quote_block(*part[1:])
                for part in parts
            ]
    return None
