"""People and cities in site search: a reader types a mayor's name or a city.

People and cities are not pages, so Wagtail's page index does not hold them. They are few
(hundreds of people, a few thousand cities), so two indexed-column queries find them, whatever
the size of the news archive. Only live people are searched, and only cities the site has
something to say about (a live person or a verified signature); signers' contact fields are
never read.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q

from taskforce.letters.models import Signature, SignatureStatus
from taskforce.models import City, Person

LIMIT = 5
EXACT, PREFIX, CONTAINS = 3, 2, 1


def _score(query, *names):
    """How well the query matches the best of the names: exact, a prefix, or contained."""
    query = query.lower()
    best = 0
    for name in names:
        name = (name or "").lower()
        if name == query:
            best = max(best, EXACT)
        elif name.startswith(query):
            best = max(best, PREFIX)
        elif query in name:
            best = max(best, CONTAINS)
    return best


def people_matching(words):
    """Live people whose name or city contains every word (one query, city joined)."""
    condition = Q()
    for word in words:
        condition &= (
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(city__name__icontains=word)
        )
    return list(Person.objects.filter(condition, live=True).select_related("city")[: LIMIT * 2])


def cities_matching(query):
    """Cities whose name starts with the query and which have a person or a signature."""
    has_person = Person.objects.filter(city=OuterRef("pk"), live=True)
    has_signature = Signature.objects.filter(city=OuterRef("pk"), status=SignatureStatus.VERIFIED)
    return list(
        City.objects.filter(name__istartswith=query)
        .filter(Exists(has_person) | Exists(has_signature))
        .prefetch_related(Prefetch("people", queryset=Person.objects.filter(live=True)))
        .order_by("-population", "name")[:LIMIT]
    )


def directory_results(query):
    """People and cities for the query, best match first: the results above the page list.

    'giles' puts Mayor John Giles first; 'mesa' puts the city of Mesa first, then its mayor.
    """
    words = query.split()
    if not words:
        return []
    scored = []
    for person in people_matching(words):
        name_score = _score(query, person.full_name, person.last_name, person.first_name)
        # A match on the city alone ranks below the city itself.
        scored.append((name_score or CONTAINS - 0.5, 1, person))
    for city in cities_matching(query):
        scored.append((_score(query, city.name), 0, city))
    scored.sort(key=lambda row: (-row[0], row[1]))
    return [obj for _score_value, _order, obj in scored[:LIMIT]]
