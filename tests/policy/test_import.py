import csv
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from policy.columns import COLUMN_NAMES
from policy.models import Resolution

pytestmark = pytest.mark.django_db

GOOD = [
    {
        "meeting": "87th Annual Meeting",
        "number": str(100 + i),
        "title": f"Imported resolution {i}",
        "committee": "Criminal and Social Justice",
        "status": "Adopted as Amended" if i % 2 else "adopted",
        "date_adopted": "7/1/2019",
        "sponsors": "Mayor John Giles of Mesa, AZ; Mayor Pat Nobody of Nowhere, KS",
        "tags": "Immigration Reform; Border Policy",
        "summary": "",
        "text": f"First paragraph {i}.\n\nSecond.",
    }
    for i in range(20)
]
BAD = [
    {**GOOD[0], "number": "12a"},
    {**GOOD[0], "number": "300", "meeting": "99th Summer Meeting"},
    {**GOOD[0], "number": "301", "status": "passed"},
    {**GOOD[0], "number": "302", "committee": "Committee on Nothing"},
    {**GOOD[0], "number": "303", "date_adopted": "next Tuesday"},
]


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_resolutions", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_then_changes_nothing(tmp_path):
    path = write_csv(tmp_path / "legacy.csv", GOOD)
    out, err = run(path)
    assert "20 created, 0 updated, 0 unchanged, 0 skipped" in out and err == ""
    imported = Resolution.objects.get(number=101)
    assert imported.status == "adopted_as_amended" and imported.live
    assert imported.committee.slug == "criminal-and-social-justice"
    assert imported.sponsor_labels() == [
        "Mayor John Giles of Mesa, AZ",
        "Mayor Pat Nobody of Nowhere, KS",
    ]
    assert imported.sponsors.first().person.last_name == "Giles"
    assert imported.text == "<p>First paragraph 1.</p><p>Second.</p>"
    assert sorted(t.name for t in imported.tags.all()) == ["Border Policy", "Immigration Reform"]
    assert "Mayor Pat Nobody of Nowhere, KS (20 resolutions)" in out

    count = Resolution.objects.count()
    out, _ = run(path)
    assert "0 created, 0 updated, 20 unchanged, 0 skipped" in out
    assert Resolution.objects.count() == count


def test_edited_rows_update_in_place(tmp_path):
    run(write_csv(tmp_path / "a.csv", GOOD))
    edited = [dict(row) for row in GOOD]
    edited[3]["title"] = "A better title"
    edited[4]["sponsors"] = "Mayor Hillary Schieve of Reno, NV"
    out, _ = run(write_csv(tmp_path / "b.csv", edited))
    assert "0 created, 2 updated, 18 unchanged" in out
    assert Resolution.objects.get(number=103).title == "A better title"
    assert Resolution.objects.get(number=104).sponsor_labels() == [
        "Mayor Hillary Schieve of Reno, NV"
    ]


def test_bad_rows_are_named_and_the_rest_imported(tmp_path):
    rows = GOOD[:10] + BAD + GOOD[10:] + [dict(GOOD[2])]  # the last one repeats row 4
    out, err = run(write_csv(tmp_path / "mixed.csv", rows))
    assert "20 created, 0 updated, 0 unchanged, 6 skipped" in out
    lines = err.strip().splitlines()
    assert lines == [
        "row 12: number “12a” is not a positive whole number.",
        "row 13: no meeting “99th Summer Meeting” (add its meeting page first).",
        "row 14: status “passed” is not one of Adopted, Adopted as amended, Emergency, Referred, "
        "Not adopted.",
        "row 15: no standing committee “Committee on Nothing”.",
        "row 16: date_adopted “next Tuesday” is not a date (use YYYY-MM-DD).",
        "row 27: 87th Annual Meeting No. 102 is already on row 4; this row is skipped.",
    ]


def test_xlsx_with_real_cells(tmp_path):
    import datetime

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Meeting", "Number", "Title", "Status", "Date adopted", "Sponsors", "Text"])
    sheet.append(
        [
            "87th-annual-meeting-2019",
            200,
            "From a spreadsheet",
            "Emergency",
            datetime.datetime(2019, 7, 1),
            "John Giles (Mesa, AZ)",
            "<p>Hi <script>x</script></p>",
        ]
    )
    path = tmp_path / "legacy.xlsx"
    workbook.save(path)
    out, err = run(path)
    assert "1 created" in out and err == ""
    resolution = Resolution.objects.get(number=200)
    assert resolution.date_adopted == datetime.date(2019, 7, 1)
    assert resolution.status == "emergency"
    assert resolution.sponsors.get().person.last_name == "Giles"
    assert "<script>" not in resolution.text


def test_download_imports_again_unchanged(client, tmp_path):
    response = client.get("/resolutions/csv/")
    path = tmp_path / "download.csv"
    path.write_bytes(b"".join(response.streaming_content))
    out, err = run(path)
    assert "0 created, 0 updated, 12 unchanged, 0 skipped" in out, out + err


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("x.txt", b"meeting,number", "Give a .csv or .xlsx file."),
        ("x.csv", b"", "The file is empty."),
        ("x.csv", b"meeting,title\n", "lacks the column(s) number, status"),
        (
            "x.csv",
            "meeting,number,title,status\n87th,1,Caf\xe9,adopted\n".encode("latin-1"),
            "not UTF-8",
        ),
        ("x.xlsx", b"not a zip file", "not a readable .xlsx workbook"),
    ],
)
def test_unreadable_files_are_refused_clearly(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(path)
    assert Resolution.objects.count() == 12


def test_history_shows_each_import_that_changed_a_resolution(tmp_path, policy_editor):
    from wagtail.models import ModelLogEntry, ReferenceIndex, Revision

    run(write_csv(tmp_path / "a.csv", GOOD))
    revisions, entries = Revision.objects.count(), ModelLogEntry.objects.count()
    run(write_csv(tmp_path / "a.csv", GOOD))  # unchanged: no new history
    assert (Revision.objects.count(), ModelLogEntry.objects.count()) == (revisions, entries)

    edited = [dict(row) for row in GOOD]
    edited[5]["title"] = "Retitled in the legacy database"
    run(write_csv(tmp_path / "b.csv", edited))
    resolution = Resolution.objects.get(number=105)
    assert resolution.revisions.count() == 2
    assert resolution.live_revision == resolution.latest_revision
    assert not resolution.has_unpublished_changes
    content = resolution.latest_revision.content
    assert content["title"] == "Retitled in the legacy database"
    assert [s["name"] for s in content["sponsors"]] == [
        "Mayor John Giles of Mesa, AZ",
        "Mayor Pat Nobody of Nowhere, KS",
    ]
    history = policy_editor.get(f"/admin/snippets/policy/resolution/history/{resolution.pk}/")
    assert history.content.decode().count("Imported from the legacy database") == 2
    edit = policy_editor.get(f"/admin/snippets/policy/resolution/edit/{resolution.pk}/")
    assert "Retitled in the legacy database" in edit.content.decode()
    # The committee's "usage" counts imported resolutions.
    usage = ReferenceIndex.get_references_to(resolution.committee).filter(
        base_content_type__model="resolution", object_id=str(resolution.pk)
    )
    assert usage.exists()


def test_a_row_the_database_refuses_is_named_and_the_batch_still_imports(tmp_path):
    """The importer's view of the archive is read up front; a resolution added meanwhile (here:
    the view is emptied) makes the database refuse that row, not the batch it is in."""
    from policy.importer import ResolutionImporter, read_rows

    taken = Resolution.objects.get(number=4)  # a demo resolution of the 87th Annual Meeting
    rows = [dict(row) for row in GOOD[:5]]
    rows[2]["number"] = str(taken.number)
    importer = ResolutionImporter()
    importer.existing = lambda: {}
    report = importer.run(read_rows(write_csv(tmp_path / "race.csv", rows)))
    assert report.created == 4
    assert [number for number, _message in report.errors] == [4]
    assert "the database refused the row" in report.errors[0][1]
    assert Resolution.objects.get(pk=taken.pk).title == taken.title
    assert Resolution.objects.filter(title__startswith="Imported resolution").count() == 4
