"""The legacy database's columns: what `import_resolutions` reads and the CSV download writes.

One list for both, so a downloaded CSV imports again unchanged (and changes nothing).
"""

# (column, required, what it holds)
COLUMNS = [
    ("meeting", True, "The meeting's name, '87th Annual Meeting', or its page slug."),
    ("number", True, "The resolution's number, unique within the meeting: 57."),
    ("title", True, "The resolution's title."),
    ("committee", False, "The standing committee's name, e.g. 'Criminal and Social Justice'."),
    ("status", True, "Adopted, Adopted as amended, Emergency, Referred or Not adopted."),
    ("date_adopted", False, "YYYY-MM-DD, or M/D/YYYY; an Excel date cell works too."),
    ("sponsors", False, "Sponsors in order, separated by ';': 'Mayor John Giles of Mesa, AZ'."),
    ("tags", False, "Topics separated by ';': 'Immigration Reform; Public Safety'."),
    ("summary", False, "One or two sentences for lists and feeds."),
    ("text", False, "The full text: HTML, or plain text with a blank line between paragraphs."),
]
COLUMN_NAMES = [name for name, _required, _help in COLUMNS]
REQUIRED = [name for name, required, _help in COLUMNS if required]
LIST_SEPARATOR = ";"

# Spreadsheets run cells that start with these as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A cell value that a spreadsheet shows as text, never runs as a formula."""
    value = "" if value is None else str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def resolution_row(resolution):
    """One CSV row, in COLUMNS order (sponsors and tags must be prefetched)."""
    return [
        resolution.meeting.name,
        resolution.number,
        resolution.title,
        resolution.committee.title if resolution.committee_id else "",
        resolution.get_status_display(),
        resolution.date_adopted.isoformat() if resolution.date_adopted else "",
        f"{LIST_SEPARATOR} ".join(resolution.sponsor_labels()),
        f"{LIST_SEPARATOR} ".join(t.tag.name for t in resolution.tagged_items.all()),
        resolution.summary,
        resolution.text,
    ]
