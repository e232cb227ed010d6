"""Helpers for policy tests: many resolutions in bulk, written as the importer would."""

from policy.models import MeetingPage, Resolution, ResolutionSponsor, ResolutionTag
from taskforce.models import Person, TaskForcePage


def annual_2019():
    return MeetingPage.objects.get(slug="87th-annual-meeting-2019")


def bulk_resolutions(count, meeting=None, start=1000, tag=None):
    """`count` live resolutions with two sponsors each (one person, one name) and a tag."""
    meeting = meeting or annual_2019()
    committee = TaskForcePage.objects.get(slug="criminal-and-social-justice")
    person = Person.objects.get(last_name="Giles")
    created = Resolution.objects.bulk_create(
        Resolution(
            meeting=meeting,
            number=start + i,
            title=f"Seeded resolution {start + i} on public safety",
            slug=f"seeded-resolution-{start + i}-on-public-safety",
            committee=committee,
            status="adopted" if i % 3 else "referred",
            text=f"<p>Seeded text number {start + i}.</p>",
            live=True,
        )
        for i in range(count)
    )
    sponsors = []
    for resolution in created:
        sponsors.append(
            ResolutionSponsor(
                resolution=resolution, person=person, name="Mayor John Giles", sort_order=0
            )
        )
        sponsors.append(
            ResolutionSponsor(resolution=resolution, name="Mayor A. Sample", sort_order=1)
        )
    ResolutionSponsor.objects.bulk_create(sponsors, batch_size=2000)
    if tag is not None:
        ResolutionTag.objects.bulk_create(
            [ResolutionTag(content_object=r, tag=tag) for r in created], batch_size=2000
        )
    return created
