"""Surrogate keys for people: a person's page and the hubs they lead carry `person-<id>`
(purged by taskforce/cache_purge.py)."""


def person_key(person_or_pk):
    return f"person-{getattr(person_or_pk, 'pk', person_or_pk)}"
