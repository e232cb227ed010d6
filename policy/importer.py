"""Importing resolutions from the legacy database's CSV or XLSX export.

Rows are matched to existing resolutions by (meeting, number), so a second import of the same
file changes nothing and an edited file updates in place. A row that cannot be used is skipped
with its row number and the reason, and the rest go on. Rows are written a batch at a time
(`bulk_publish`); if the database refuses a batch, it is written again row by row, so a refusal
loses only its own row. Sponsors that match no person are kept as the name the file gives and
listed in the report for an editor to link later.
"""

import csv
import datetime
import io
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, IntegrityError, transaction
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from .bulk_publish import publish_in_bulk
from .columns import COLUMN_NAMES, FORMULA_STARTS, LIST_SEPARATOR, REQUIRED
from .matching import Directory, status_value
from .resolutions import Resolution, ResolutionSponsor, ResolutionTag

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]
TITLE_MAX = Resolution._meta.get_field("title").max_length
SUMMARY_MAX = Resolution._meta.get_field("summary").max_length
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%B %d, %Y")
MAX_TAG_LENGTH = 100
HTML_RE = re.compile(r"<[a-zA-Z/][^>]*>")


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing was imported."""


class RowError(Exception):
    pass


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (row number, message)
    unmatched_sponsors: Counter = field(default_factory=Counter)

    @property
    def skipped(self):
        return len(self.errors)


# --- reading files ---------------------------------------------------------------------------


def read_rows(path):
    """(row number, {column: text}) for each data row of a .csv or .xlsx file.

    Row numbers are those a spreadsheet shows: the header is row 1.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(f"There is no file at {path}.")
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix == ".xlsx":
        rows = _xlsx_rows(path)
    else:
        raise ImportFileError("Give a .csv or .xlsx file.")
    header = next(rows, None)
    if header is None:
        raise ImportFileError("The file is empty.")
    names = [str(h or "").strip().lower().replace(" ", "_") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ImportFileError(
            f"The header row lacks the column(s) {', '.join(missing)}. "
            f"Expected columns: {', '.join(COLUMN_NAMES)}."
        )
    for number, values in enumerate(rows, start=2):
        if not any(str(v or "").strip() for v in values):
            continue  # blank lines between blocks of rows
        yield (
            number,
            {
                name: values[i] if i < len(values) else ""
                for i, name in enumerate(names)
                if name in COLUMN_NAMES
            },
        )


def _csv_rows(path):
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"The file is not UTF-8 text (byte {error.start}). Save it as “CSV UTF-8”."
        ) from error
    try:
        yield from csv.reader(io.StringIO(text, newline=""))
    except csv.Error as error:
        raise ImportFileError(f"The CSV file is malformed: {error}.") from error


def _xlsx_rows(path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"The file is not a readable .xlsx workbook ({error}).") from error
    try:
        yield from workbook.worksheets[0].iter_rows(values_only=True)
    finally:
        workbook.close()


# --- one row ---------------------------------------------------------------------------------


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split()) if not isinstance(value, str) else value.strip()
    # Undo the download's guard against spreadsheet formulas ("'=…" back to "=…").
    if text.startswith("'") and text[1:2] and text[1:2] in FORMULA_STARTS:
        text = text[1:]
    return text


def parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = text_of(value)
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RowError(f"date_adopted “{text}” is not a date (use YYYY-MM-DD).")


def rich_text(value):
    text = text_of(value)
    if not text:
        return ""
    if HTML_RE.search(text):
        return EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def split_list(value):
    return [part.strip() for part in text_of(value).split(LIST_SEPARATOR) if part.strip()]


@dataclass
class ParsedRow:
    meeting: object
    number: int
    title: str
    committee: object
    status: str
    date_adopted: object
    sponsors: list  # [(person or None, name as given)]
    tags: list
    summary: str
    text: str

    def state(self):
        """What the row says, comparable with `resolution_state()` of a stored resolution."""
        return (
            self.title,
            self.committee.pk if self.committee else None,
            self.status,
            self.date_adopted,
            tuple((p.pk, "") if p else (None, name) for p, name in self.sponsors),  # names of
            # people come from the person: a new spelling of a matched name is no change
            tuple(sorted(t.lower() for t in self.tags)),
            self.summary,
            self.text,
        )


def resolution_state(resolution):
    return (
        resolution.title,
        resolution.committee_id,
        resolution.status,
        resolution.date_adopted,
        tuple(
            (s.person_id, "") if s.person_id else (None, s.name) for s in resolution.sponsors.all()
        ),
        tuple(sorted(t.tag.name.lower() for t in resolution.tagged_items.all())),
        resolution.summary,
        resolution.text,
    )


def unchanged(resolution, parsed):
    """True when the row says what is stored; text written by editors may differ from the
    importer's own HTML only in form (entities, attribute order), so it is compared cleaned."""
    stored, wanted = resolution_state(resolution), parsed.state()
    if stored == wanted:
        return True
    return stored[:-1] == wanted[:-1] and rich_text(resolution.text) == parsed.text


# --- the import ------------------------------------------------------------------------------


class ResolutionImporter:
    def __init__(self, progress=None):
        self.directory = Directory()
        self.progress = progress or (lambda message: None)
        self.tags = {tag.name.lower(): tag for tag in Tag.objects.all()}

    def parse(self, values, report):
        meeting_name = text_of(values.get("meeting"))
        if not meeting_name:
            raise RowError("meeting is empty.")
        meeting = self.directory.meeting(meeting_name)
        if meeting is None:
            raise RowError(f"no meeting “{meeting_name}” (add its meeting page first).")
        raw_number = text_of(values.get("number"))
        if not re.fullmatch(r"[0-9]{1,6}", raw_number) or int(raw_number) == 0:
            raise RowError(f"number “{raw_number}” is not a positive whole number.")
        title = " ".join(text_of(values.get("title")).split())
        if not title:
            raise RowError("title is empty.")
        if len(title) > TITLE_MAX:
            raise RowError(f"title is {len(title)} characters long; at most {TITLE_MAX}.")
        committee = None
        committee_name = text_of(values.get("committee"))
        if committee_name:
            committee = self.directory.committee(committee_name)
            if committee is None:
                raise RowError(f"no standing committee “{committee_name}”.")
        raw_status = text_of(values.get("status"))
        status = status_value(raw_status)
        if status is None:
            raise RowError(f"status “{raw_status}” is not one of Adopted, Adopted as amended, "
                           "Emergency, Referred, Not adopted.")  # fmt: skip
        sponsors = []
        for name in split_list(values.get("sponsors")):
            person = self.directory.sponsor(name)
            if person is None:
                report.unmatched_sponsors[name] += 1
            sponsors.append((person, name[:200]))
        tags = [t[:MAX_TAG_LENGTH] for t in split_list(values.get("tags"))]
        summary = " ".join(text_of(values.get("summary")).split())
        if len(summary) > SUMMARY_MAX:
            raise RowError(f"summary is {len(summary)} characters long; at most {SUMMARY_MAX}.")
        return ParsedRow(
            meeting=meeting,
            number=int(raw_number),
            title=title,
            committee=committee,
            status=status,
            date_adopted=parse_date(values.get("date_adopted")),
            sponsors=sponsors,
            tags=list(dict.fromkeys(tags)),
            summary=summary,
            text=rich_text(values.get("text")),
        )

    def existing(self):
        resolutions = Resolution.objects.prefetch_related("sponsors", "tagged_items__tag")
        return {(r.meeting_id, r.number): r for r in resolutions}

    def run(self, rows, batch_size=500):
        """Import every row, one transaction and a few bulk queries per batch."""
        report = ImportReport()
        existing = self.existing()
        seen = {}
        rows = iter(rows)
        count = 0
        while True:
            batch = list(itertools.islice(rows, batch_size))
            if not batch:
                return report
            work = []  # (row number, resolution to write, is new)
            for row_number, values in batch:
                item = self.prepare_row(row_number, values, existing, seen, report)
                if item is not None:
                    work.append(item)
            self.write_batch(work, report)
            count += len(batch)
            self.progress(
                f"  {count} rows: {report.created} new, {report.updated} updated, "
                f"{report.unchanged} unchanged, {report.skipped} skipped"
            )

    def prepare_row(self, row_number, values, existing, seen, report):
        """The row's resolution with its changes in memory, or None (unchanged or bad)."""
        try:
            parsed = self.parse(values, report)
        except RowError as error:
            report.errors.append((row_number, str(error)))
            return None
        key = (parsed.meeting.pk, parsed.number)
        if key in seen:
            report.errors.append(
                (
                    row_number,
                    f"{parsed.meeting.name} No. {parsed.number} is already on row "
                    f"{seen[key]}; this row is skipped.",
                )
            )
            return None
        seen[key] = row_number
        current = existing.get(key)
        if current is not None and unchanged(current, parsed):
            report.unchanged += 1
            return None
        return row_number, self.build(parsed, current), current is None

    def write_batch(self, work, report):
        """All at once; if the database refuses the batch, row by row to name the culprit."""
        if not work:
            return
        try:
            with transaction.atomic():
                publish_in_bulk([resolution for _number, resolution, _new in work])
        except (IntegrityError, DatabaseError) as error:
            if len(work) == 1:
                report.errors.append((work[0][0], f"the database refused the row ({error})."))
                return
            for row_number, resolution, is_new in work:
                self.reset(resolution, is_new)
                self.write_batch([(row_number, resolution, is_new)], report)
            return
        for _number, _resolution, is_new in work:
            if is_new:
                report.created += 1
            else:
                report.updated += 1

    @staticmethod
    def reset(resolution, is_new):
        """Forget what a rolled-back batch wrote into the objects (their pks above all)."""
        if is_new:
            resolution.pk = None
        for child in [*resolution.sponsors.all(), *resolution.tagged_items.all()]:
            child.pk = None

    def tag(self, name):
        tag = self.tags.get(name.lower())
        if tag is None:
            slug = slugify(name)[:100] or "tag"
            tag = Tag.objects.filter(slug=slug).first() or Tag.objects.create(name=name, slug=slug)
            self.tags[name.lower()] = tag
        return tag

    def build(self, parsed, resolution=None):
        """The resolution as the row says, with sponsors and tags in memory; nothing saved."""
        if resolution is None:
            resolution = Resolution(meeting=parsed.meeting, number=parsed.number, live=True)
        resolution.title = parsed.title
        resolution.committee = parsed.committee
        resolution.status = parsed.status
        resolution.date_adopted = parsed.date_adopted
        resolution.summary = parsed.summary
        resolution.text = parsed.text
        resolution.sponsors = [
            ResolutionSponsor(person=person, name=name, sort_order=order)
            for order, (person, name) in enumerate(parsed.sponsors)
        ]
        resolution.tagged_items = [ResolutionTag(tag=self.tag(name)) for name in parsed.tags]
        return resolution
