"""The people directory at /people/: officers, and one page per person at /people/<slug>/.

Officers are an ordered inline on the people index page: each term names a person, an office
and the dates it began and (once over) ended. The home page's leadership strip and the person
pages read the current terms from there, so a new slate after the annual meeting is one edit.
"""

from django.db import models
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from home import surrogate_keys
from home.pages import BasePage
from newsroom.feeds import PageNewsFeed

from .cache_keys import person_key
from .people import Person
from .person_structured_data import person_structured_data
from .profile import PersonProfile, term_sort_key


class Office(models.TextChoices):
    PRESIDENT = "president", "President"
    VICE_PRESIDENT = "vice_president", "Vice President"
    SECOND_VICE_PRESIDENT = "second_vice_president", "Second Vice President"
    PAST_PRESIDENT = "past_president", "Immediate Past President"
    CEO = "ceo", "CEO & Executive Director"


class PeopleIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "officers",
            label="Officers",
            help_text=(
                "Officer terms, in the order they are shown. Give a term an end date when it is "
                "over; it then moves to the past officers."
            ),
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "People index page"

    def officer_terms(self):
        return (
            self.officers.filter(person__live=True)
            .select_related("person__city", "person__photo")
            .prefetch_related("person__photo__renditions")
        )

    def current_officers(self):
        return [term for term in self.officer_terms() if term.is_current]

    @path("")
    def directory(self, request):
        terms = list(self.officer_terms())
        people = Person.objects.filter(live=True).select_related("city", "photo")
        return self.render(
            request,
            context_overrides={
                "current_officers": [t for t in terms if t.is_current],
                "past_officers": sorted(
                    (t for t in terms if not t.is_current),
                    key=term_sort_key,
                    reverse=True,
                ),
                "people": people,
            },
        )

    @path("<slug:slug>/")
    def person(self, request, slug):
        person = Person.objects.filter(live=True, slug=slug).select_related("city", "photo").first()
        if person is None:
            raise Http404("No such person")
        context = PersonProfile(person, people_index=self).context()
        surrogate_keys.add(request, person_key(person))
        surrogate_keys.add_pages(request, context["news_items"])
        # The person's own address, without whatever query string the visitor came with.
        context["canonical_url"] = self.get_full_url(request) + self.reverse_subpage(
            "person", kwargs={"slug": person.slug}
        )
        context["structured_data"] = person_structured_data(person, context, self, request)
        context["feed_url"] = self.person_url(person, request) + "feed/"
        return self.render(
            request, template="taskforce/person_page.html", context_overrides=context
        )

    @path("<slug:slug>/feed/", name="person_feed")
    def person_feed(self, request, slug):
        person = Person.objects.filter(live=True, slug=slug).select_related("city").first()
        if person is None:
            raise Http404("No such person")
        return PageNewsFeed(
            name=f"{person.name_with_office} in the news",
            link=self.person_url(person, request),
            items=PersonProfile(person, people_index=self).all_news(),
            description=f"Press items that quote or mention {person.label}, newest first.",
            keys=(person_key(person),),
        )(request)

    def get_sitemap_urls(self, request=None):
        """The directory and every live person's page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for slug, modified in Person.objects.filter(live=True).values_list(
            "slug", "last_published_at"
        ):
            entry = {"location": base + self.reverse_subpage("person", kwargs={"slug": slug})}
            if modified:
                entry["lastmod"] = modified
            urls.append(entry)
        return urls

    def person_url(self, person, request=None):
        return self.get_url(request) + self.reverse_subpage("person", kwargs={"slug": person.slug})


class Officer(Orderable):
    page = ParentalKey(PeopleIndexPage, on_delete=models.CASCADE, related_name="officers")
    person = models.ForeignKey("taskforce.Person", on_delete=models.CASCADE, related_name="+")
    office = models.CharField(max_length=30, choices=Office.choices)
    term_start = models.DateField(
        null=True,
        blank=True,
        help_text="When the term began: the last day of the meeting that elected the officer.",
    )
    term_end = models.DateField(
        null=True, blank=True, help_text="Leave empty while the person holds the office."
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "officer term"

    @property
    def panel_heading(self):
        if not self.person_id:
            return ""
        return f"{self.person} – {self.get_office_display()}"

    @property
    def is_current(self):
        today = timezone.localdate()
        started = self.term_start is None or self.term_start <= today
        return started and (self.term_end is None or self.term_end >= today)

    @property
    def term_label(self):
        """'since 2024', '2023–2024', or '' when the dates are not recorded."""
        if self.term_start is None:
            return f"until {self.term_end.year}" if self.term_end else ""
        if self.term_end is None:
            return f"since {self.term_start.year}"
        if self.term_end.year == self.term_start.year:
            return str(self.term_start.year)
        return f"{self.term_start.year}–{self.term_end.year}"
