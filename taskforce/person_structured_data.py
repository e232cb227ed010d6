"""Person JSON-LD for the person page: name, offices, city, and the breadcrumbs to it."""


def person_structured_data(person, context, people_index, request):
    """Person and breadcrumbs (home › leadership › person) for the person page."""
    from home.structured_data import breadcrumbs, image_url, page_trail

    data = {
        "@type": "Person",
        "name": person.full_name,
        "url": context["canonical_url"],
        "jobTitle": [role["label"] for role in context["roles"]] or person.honorific or None,
    }
    if person.honorific:
        data["honorificPrefix"] = person.honorific
    if person.bio:
        data["description"] = person.bio
    if person.city_id:
        data["workLocation"] = {"@type": "City", "name": person.city.label}
    if person.photo_id:
        data["image"] = image_url(request, person.photo)
    trail = [*page_trail(people_index, request), (person.name_with_office, data["url"])]
    return [breadcrumbs(request, trail), {k: v for k, v in data.items() if v}]
