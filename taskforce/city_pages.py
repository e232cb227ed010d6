"""City pages at /cities/<st>/<name>/: the city's mayor and roles, news about them, letters signed.

A city is not a Wagtail page (there are thousands, loaded from GeoNames), so this is a plain
view. Only cities the site has something to say about get a page; the rest answer 404.
Each part is one query whatever its size.
"""

from django.http import Http404
from django.template.response import TemplateResponse

from .letters.models import SignatureStatus, SignOnLetterPage
from .mentions import pages_mentioning
from .places import City
from .profile import PersonProfile, find_people_index

NEWS_LIMIT = 20


def city_news(people):
    from newsroom.models import PressItemPage

    if not people:
        return []
    return list(
        PressItemPage.objects.live()
        .public()
        .filter(pk__in=pages_mentioning(people))
        .defer_streamfields()
        .order_by("-date", "-id")[:NEWS_LIMIT]
    )


def city_page(request, state, name):
    state = state.upper()[:2]
    city = City.objects.filter(state=state, slug=f"{name}-{state.lower()}"[:140]).first()
    if city is None:
        raise Http404("No such city")
    people = list(city.people.filter(live=True).select_related("photo"))
    letters = list(
        SignOnLetterPage.objects.live()
        .public()
        .filter(signatures__city=city, signatures__status=SignatureStatus.VERIFIED)
        .distinct()
    )
    if not people and not letters:
        raise Http404("Nothing to show for this city yet")
    people_index = find_people_index(request)
    leaders = [
        {
            "person": person,
            "url": people_index.person_url(person, request) if people_index else "",
            "roles": PersonProfile(person, people_index).roles(),
        }
        for person in people
    ]
    return TemplateResponse(
        request,
        "taskforce/city_page.html",
        {
            "city": city,
            "leaders": leaders,
            "news_items": city_news(people),
            "letters": letters,
            "canonical_url": request.build_absolute_uri(city.url),
        },
    )
