"""Factories and helpers for the sign-on letter tests."""

import factory
import wagtail_factories

from taskforce.letters.models import Signature, SignOnLetterPage
from taskforce.models import IssuePage


class SignOnLetterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test letter {n}")
    addressee = "Members of Congress"
    letter_text = "<p>We ask Congress to act.</p>"
    staff_notification_emails = "staff@example.org, desk@example.org"

    class Meta:
        model = SignOnLetterPage


class SignatureFactory(factory.django.DjangoModelFactory):
    letter = factory.SubFactory(SignOnLetterPageFactory)
    mayor_first_name = "Pat"
    mayor_last_name = factory.Sequence(lambda n: f"Mayor{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}")
    city_name = factory.Sequence(lambda n: f"Town {chr(65 + n % 26)}{chr(65 + n // 26 % 26)}")
    state = "AZ"
    contact_first_name = "Casey"
    contact_last_name = "Contact"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = "+12025550123"

    class Meta:
        model = Signature


def new_letter(**fields):
    """A published letter under the demo immigration issue."""
    parent = IssuePage.objects.get(slug="immigration")
    return SignOnLetterPageFactory(parent=parent, **fields)


def valid_post(**overrides):
    data = {
        "mayor_first_name": "Alex",
        "mayor_last_name": "O'Neill",
        "city_name": "Flagstaff",
        "state": "AZ",
        "contact_first_name": "Jamie",
        "contact_last_name": "Rivera-Lopez",
        "email": "Jamie.Rivera@Example.org",
        "phone": "(202) 555-0142",
        "website": "",
    }
    data.update(overrides)
    return data


def ensure_demo_tree():
    """For transactional tests: a flush by an earlier one leaves no root page or locale."""
    from django.core.management import call_command
    from wagtail.models import Locale, Page

    Locale.objects.get_or_create(language_code="en")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    call_command("load_demo_content", verbosity=0)
