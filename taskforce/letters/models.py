"""Sign-on letters: mayors sign open letters; staff verify signatures before they are listed.

Contact details (email, phone, contact names) are stored for staff only. Nothing on this page
type or in its search index exposes them; the public list reads just the mayor's name, city and
state of verified signatures.
"""

import itertools
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from home.pages import BasePage
from taskforce.places import STATE_NAMES, STATES, City

from .choices import LIVE_STATUSES, LetterStatus, PublicList, SignatureStatus
from .text import KEY_MAX_LENGTH, city_key, normalise_space
from .views import letter_view, thanks_view

LETTER_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def pluralise(count, singular, plural):
    return f"{count:,} {singular if count == 1 else plural}"


def validate_email_list(value):
    for address in parse_email_list(value):
        validate_email(address)


def parse_email_list(value):
    return [a for a in re.split(r"[\s,;]+", value or "") if a]


class LettersIndexPage(BasePage):
    """A home for letters that belong to no single issue."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro", boost=1)]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["letters.SignOnLetterPage"]

    class Meta:
        verbose_name = "Letters index page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = SignOnLetterPage.live_letters_under(self)
        return context


class SignOnLetterPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A sentence or two above the form: who should sign and why.",
    )
    addressee = models.CharField(
        max_length=255,
        blank=True,
        help_text="Who the letter is to, e.g. 'Members of the U.S. House and Senate'.",
    )
    letter_date = models.DateField(
        null=True, blank=True, help_text="The date the letter bears. Empty: the publishing date."
    )
    sender = models.CharField(
        max_length=255,
        blank=True,
        help_text="Who the letter is from, e.g. 'America's mayors, through the Conference'.",
    )
    letter_text = RichTextField(features=LETTER_FEATURES, help_text="Shown above the form.")
    opens_at = models.DateTimeField(
        null=True, blank=True, help_text="Signing opens at this time. Empty: open on publish."
    )
    closes_at = models.DateTimeField(
        null=True, blank=True, help_text="Signing closes at this time. Empty: no deadline."
    )
    status = models.CharField(
        max_length=12, choices=LetterStatus.choices, default=LetterStatus.OPEN
    )
    public_list = models.CharField(
        "public list of signers",
        max_length=12,
        choices=PublicList.choices,
        default=PublicList.NAMES,
        help_text="Only verified signatures are ever shown; contact details never are.",
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after signing. Empty: a short standard thank-you.",
    )
    confirmation_subject = models.CharField(
        max_length=200, default="Thank you for signing: {letter_title}"
    )
    confirmation_body = models.TextField(
        default=(
            "Thank you for adding Mayor {mayor_name} of {city} to “{letter_title}”.\n\n"
            "Our staff will check the signature before it appears on the public list.\n\n"
            "{letter_url}\n"
        ),
        help_text=(
            "Plain text. These placeholders are filled in: {mayor_name}, {city}, "
            "{letter_title}, {letter_url}."
        ),
    )
    staff_notification_emails = models.TextField(
        blank=True,
        validators=[validate_email_list],
        help_text="Addresses told of every signature, one per line or separated by commas.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("letter_date"), FieldPanel("sender")]),
        FieldPanel("addressee"),
        FieldPanel("letter_text"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("public_list"),
            ],
            "Signing",
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_text"),
                FieldPanel("confirmation_subject"),
                FieldPanel("confirmation_body"),
                # Who is told of every signature: only campaign staff may see or change it.
                FieldPanel("staff_notification_emails", permission="letters.manage_signatures"),
            ],
            "After signing",
        ),
    ]
    # Only the letter's own words are searchable; signatures are never indexed.
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1),
        index.SearchField("letter_text"),
    ]
    parent_page_types = ["taskforce.IssuePage", "letters.LettersIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Sign-on letter"

    @property
    def dated(self):
        """The date printed on the letter: its own, or the day it was first published."""
        if self.letter_date:
            return self.letter_date
        return self.first_published_at.date() if self.first_published_at else None

    # --- signing window -------------------------------------------------------------------

    @property
    def is_delivered(self):
        return self.status == LetterStatus.DELIVERED

    @property
    def shows_signers(self):
        """Whether the page has a Signers section at all (a count, or names too)."""
        return self.public_list != PublicList.HIDDEN

    @property
    def shows_names(self):
        return self.public_list == PublicList.NAMES

    def is_open(self, now=None):
        """Open status, and inside the opens/closes window when one is set."""
        now = now or timezone.now()
        if self.status != LetterStatus.OPEN:
            return False
        if self.opens_at and now < self.opens_at:
            return False
        return not (self.closes_at and now >= self.closes_at)

    @property
    def not_yet_open(self):
        return self.status == LetterStatus.OPEN and bool(
            self.opens_at and timezone.now() < self.opens_at
        )

    # --- public list and counts ------------------------------------------------------------

    def verified_signatures(self):
        """Public fields of verified signatures only: contact fields are never even loaded."""
        return (
            self.signatures.filter(status=SignatureStatus.VERIFIED)
            .only(*Signature.PUBLIC_FIELDS)
            .order_by("state", "city_name", "mayor_last_name", "mayor_first_name")
        )

    @cached_property
    def signature_stats(self):
        """(mayors, states) among verified signatures, in one query."""
        counted = getattr(self, "verified_signature_count", None)
        if counted is not None and hasattr(self, "verified_state_count"):
            return counted, self.verified_state_count
        stats = self.signatures.filter(status=SignatureStatus.VERIFIED).aggregate(
            mayors=Count("pk"), states=Count("state", distinct=True)
        )
        return stats["mayors"], stats["states"]

    @property
    def signature_count(self):
        return self.signature_stats[0]

    @property
    def headline_count(self):
        """'101 mayors from 33 states'."""
        mayors, states = self.signature_stats
        return f"{pluralise(mayors, 'mayor', 'mayors')} from {pluralise(states, 'state', 'states')}"

    @property
    def action_summary(self):
        """'N mayors have signed', for hubs and cards that feature the letter."""
        count = self.signature_count
        verb = "has" if count == 1 else "have"
        return f"{pluralise(count, 'mayor', 'mayors')} {verb} signed"

    @classmethod
    def with_signature_counts(cls, queryset):
        """Annotate counts so a listing of letters needs no query per letter."""
        verified = Q(signatures__status=SignatureStatus.VERIFIED)
        return queryset.annotate(
            verified_signature_count=Count("signatures", filter=verified),
            verified_state_count=Count("signatures__state", filter=verified, distinct=True),
        )

    @classmethod
    def live_letters_under(cls, page):
        """Live, public letters under a hub page, newest first, with their counts annotated."""
        return cls.with_signature_counts(
            # get_children() bounds the tree path by range, which an index serves; child_of()'s
            # LIKE makes SQLite scan every page.
            cls.objects.live()
            .public()
            .filter(pk__in=page.get_children().values("pk"))
            .order_by("-first_published_at")
        )

    def signatures_by_state(self):
        """[(state name, [signature, …]), …] in state-name order."""
        groups = [
            (STATE_NAMES.get(code, code), list(rows))
            for code, rows in itertools.groupby(self.verified_signatures(), lambda s: s.state)
        ]
        return sorted(groups, key=lambda group: group[0])

    # --- routes ------------------------------------------------------------------------------

    @path("")
    def letter(self, request):
        return letter_view(self, request)

    @path("thanks/")
    def thanks(self, request):
        return thanks_view(self, request)

    def staff_addresses(self):
        return parse_email_list(self.staff_notification_emails)


class Signature(models.Model):
    """One mayor's signature on one letter, with a contact in the mayor's office.

    Deliberately not index.Indexed: no signature data may reach the site search.
    """

    PUBLIC_FIELDS = ("id", "letter_id", "mayor_first_name", "mayor_last_name", "city_name", "state")

    letter = models.ForeignKey(
        SignOnLetterPage, on_delete=models.CASCADE, related_name="signatures"
    )
    mayor_first_name = models.CharField("mayor's first name", max_length=80)
    mayor_last_name = models.CharField("mayor's last name", max_length=80)
    city_name = models.CharField("city", max_length=120)
    city_key = models.CharField(max_length=KEY_MAX_LENGTH, editable=False)
    city = models.ForeignKey(
        "taskforce.City",
        verbose_name="matched city",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The known city this signature matched, if any.",
    )
    state = models.CharField(max_length=2, choices=STATES)
    contact_first_name = models.CharField("contact's first name", max_length=80)
    contact_last_name = models.CharField("contact's last name", max_length=80)
    email = models.EmailField("contact's email", max_length=254)
    phone = PhoneNumberField("contact's phone", region="US")
    status = models.CharField(
        max_length=12, choices=SignatureStatus.choices, default=SignatureStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    demo = models.BooleanField(default=False, editable=False, help_text="Synthetic demo data.")

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("manage_signatures", "Can manage signatures and see signers' contact details")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "city_key", "state"],
                condition=Q(status__in=LIVE_STATUSES),
                name="letters_one_live_signature_per_city",
                violation_error_message="This city has already signed this letter.",
            )
        ]
        indexes = [models.Index(fields=["letter", "status", "state"])]

    def __str__(self):
        return f"Mayor {self.mayor_name}, {self.city_label}"

    @property
    def mayor_name(self):
        return f"{self.mayor_first_name} {self.mayor_last_name}"

    @property
    def city_label(self):
        return f"{self.city_name}, {self.state}"

    @property
    def contact_name(self):
        return f"{self.contact_first_name} {self.contact_last_name}"

    @property
    def is_live(self):
        return self.status in LIVE_STATUSES

    @property
    def is_verified(self):
        return self.status == SignatureStatus.VERIFIED

    @property
    def is_rejected(self):
        return self.status == SignatureStatus.REJECTED

    def live_duplicates(self):
        return Signature.objects.filter(
            letter_id=self.letter_id,
            city_key=city_key(self.city_name),
            state=self.state,
            status__in=LIVE_STATUSES,
        ).exclude(pk=self.pk)

    def clean(self):
        """Admin edits get the same one-live-signature-per-city rule as a readable error."""
        super().clean()
        if self.letter_id and self.is_live and self.live_duplicates().exists():
            raise ValidationError(
                {"city_name": f"{self.city_label} has already signed this letter."}
            )

    def resolve_city(self):
        """Match a known City in the same state by its key ("San José" finds San Jose)."""
        name = normalise_space(self.city_name)
        exact = City.objects.filter(name__iexact=name, state=self.state).first()
        if exact is not None:
            return exact
        key = city_key(name)
        candidates = City.objects.filter(state=self.state).only("pk", "name", "state")
        return next((c for c in candidates.iterator() if city_key(c.name) == key), None)

    def save(self, *args, **kwargs):
        self.city_name = normalise_space(self.city_name)
        self.city_key = city_key(self.city_name)
        self.email = (self.email or "").strip().lower()
        matched = self.resolve_city()
        self.city = matched
        if matched is not None:
            self.city_name = matched.name  # the canonical spelling for the public list
        super().save(*args, **kwargs)

    def set_status(self, status, user=None, now=None):
        """Record who verified and when; other moves clear the verification stamp."""
        self.status = status
        if status == SignatureStatus.VERIFIED:
            self.verified_by = user
            self.verified_at = now or timezone.now()
        else:
            self.verified_by = None
            self.verified_at = None
