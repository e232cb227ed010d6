"""Demo sign-on letter under the immigration issue, with a few verified signatures.

Mayors and cities are real pairs from 2017; the office contacts are invented (example.org) and
every row is flagged demo=True so it can be told apart from real data.
"""

import datetime

from django.utils import timezone

from home.demo import get_or_create_child
from taskforce.models import IssuePage

from .models import (
    LetterStatus,
    PublicList,
    Signature,
    SignatureStatus,
    SignOnLetterPage,
    city_key,
)

LETTER_TEXT = """
<p>We write as mayors of cities large and small, from both parties and from every region, to ask
Congress to take up the repair of our immigration system without further delay.</p>
<p>Our residents feel the cost of inaction every day. Employers cannot find the workers they
need, families live with the fear of separation, and young people raised in our neighborhoods
cannot plan their futures. Cities see these effects first, and we are the ones asked to manage
them.</p>
<p>Every mayor has sworn to uphold the law. Our police departments work with federal partners to
see that anyone who commits a serious crime answers for it, whatever that person's status.
Public safety also depends on trust: residents who fear that any contact with local officers
will end in deportation stop reporting crimes and stop coming forward as witnesses. We
therefore oppose any attempt to withhold federal funds from cities that choose to build that
trust.</p>
<p>We ask Congress to pass bipartisan legislation that would:</p>
<ul>
<li>secure the border while leaving local police free to concentrate on community safety;</li>
<li>modernize visa programs so that seasonal, farm, and highly skilled workers can come
lawfully and in good time;</li>
<li>give employers one reliable way to confirm that new hires may work; and</li>
<li>offer people who have lived here for years, working and paying taxes, a fair path to earn
legal status.</li>
</ul>
<p>We also urge Congress to protect young people brought to this country as children, and the
relatives of those who serve in our armed forces, from deportation while a lasting solution is
written into law.</p>
<p>America's mayors are ready to work with Congress and the Administration to build an
immigration system that keeps our communities safe and lets every resident contribute to their
success.</p>
"""

# (mayor first, mayor last, city, state): mayors in office when the letter went out in 2017.
# Most are the site's own people, in their own cities; the rest lead cities that no one else
# on the site leads. Their office contacts are invented (example.org).
SIGNATURES = [
    ("John", "Giles", "Mesa", "AZ"),
    ("Greg", "Fischer", "Louisville", "KY"),
    ("Nan", "Whaley", "Dayton", "OH"),
    ("Andrew", "Ginther", "Columbus", "OH"),
    ("Steve", "Benjamin", "Columbia", "SC"),
    ("Bryan K.", "Barnett", "Rochester Hills", "MI"),
    ("Levar", "Stoney", "Richmond", "VA"),
    ("Darrell", "Steinberg", "Sacramento", "CA"),
    ("Hillary", "Schieve", "Reno", "NV"),
    ("Jorge", "Elorza", "Providence", "RI"),
    ("Tom", "Tait", "Anaheim", "CA"),
    ("Ed", "Murray", "Seattle", "WA"),
]
# Waiting for staff: not on the public list.
PENDING = [("Joan", "Mercer", "Burlington", "VT")]


def load():
    immigration = IssuePage.objects.filter(slug="immigration").first()
    if immigration is None:
        return None
    letter = get_or_create_child(
        immigration,
        SignOnLetterPage,
        "immigration-letter",
        title="Open Letter to Congress on Immigration",
        intro=(
            "<p>Mayors of both parties ask Congress to fix the nation's immigration system. "
            "Read the letter, then add your city if you are a mayor or sign on a mayor's "
            "behalf.</p>"
        ),
        addressee="Members of the U.S. House of Representatives and the U.S. Senate",
        letter_date=datetime.date(2017, 4, 7),
        sender="America's mayors, through the U.S. Conference of Mayors",
        letter_text=LETTER_TEXT.strip(),
        status=LetterStatus.OPEN,
        public_list=PublicList.NAMES,
        thank_you_text=(
            "<p>Thank you for standing with mayors across the country. Our staff will confirm "
            "the signature with your office before the mayor's name is added to the list.</p>"
        ),
        staff_notification_emails="letters@example.org",
        search_description="Mayors call on Congress to pass bipartisan immigration reform.",
    )
    now = timezone.now()
    for number, row in enumerate(SIGNATURES + PENDING):
        _signature(letter, number, *row, verified=row not in PENDING, now=now)
    return letter


def _signature(letter, number, first, last, city, state, *, verified, now):
    existing = Signature.objects.filter(letter=letter, city_key=city_key(city), state=state)
    if existing.exists():
        return existing.first()
    contact_first, contact_last = ("Jordan", "Lee") if number % 2 else ("Casey", "Park")
    signature = Signature(
        letter=letter,
        mayor_first_name=first,
        mayor_last_name=last,
        city_name=city,
        state=state,
        contact_first_name=contact_first,
        contact_last_name=contact_last,
        email=f"{contact_first.lower()}.{city.lower().replace(' ', '-')}@example.org",
        phone=f"+1202555{100 + number:04d}",
        demo=True,
    )
    if verified:
        signature.set_status(SignatureStatus.VERIFIED, now=now)
    signature.save()
    return signature
