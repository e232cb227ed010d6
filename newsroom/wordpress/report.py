"""The import report: one line per WordPress object, what happened to it and why, and the
lists an editor has to look at (unmapped terms, missing files, tags that look like people).
Printed at the end of a run and written as CSV with `--report`.
"""

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass

IMPORTED, UPDATED, UNCHANGED, SKIPPED, NOTE = "imported", "updated", "unchanged", "skipped", "note"


PLURALS = {
    "post": "posts",
    "page": "pages",
    "attachment": "attachments",
    "category": "categories",
    "tag": "tags",
    "author": "authors",
}


@dataclass
class Row:
    section: str  # post, page, attachment, category, tag, author, check
    wp_id: str
    title: str
    outcome: str
    detail: str = ""
    old_url: str = ""
    new_url: str = ""


class Report:
    FIELDS = ["section", "wp_id", "title", "outcome", "detail", "old_url", "new_url"]

    def __init__(self):
        self.rows = []
        self.counts = Counter()
        self.skipped_reasons = Counter()
        self.shortcodes = Counter()
        self.dropped = Counter()
        self.notes = defaultdict(list)

    def add(self, section, wp_id, title, outcome, detail="", old_url="", new_url=""):
        self.rows.append(Row(section, str(wp_id), title, outcome, detail, old_url, new_url))
        if outcome != NOTE:
            self.counts[(section, outcome)] += 1
        if outcome == SKIPPED:
            self.skipped_reasons[(section, detail.split(":")[0])] += 1

    def note(self, topic, wp_id, title, detail, old_url=""):
        """Something for an editor to check; listed under its topic."""
        self.notes[topic].append((wp_id, title, detail))
        self.add(topic, wp_id, title, NOTE, detail, old_url)

    def count(self, section, outcome):
        return self.counts[(section, outcome)]

    def write_csv(self, path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(self.FIELDS)
            for row in self.rows:
                writer.writerow([_safe_cell(getattr(row, f)) for f in self.FIELDS])

    def lines(self, limit=15):
        out = ["", "WordPress import report", "======================="]
        sections = sorted({s for s, _ in self.counts})
        for section in sections:
            parts = [
                f"{self.counts[(section, o)]:,} {o}"
                for o in (IMPORTED, UPDATED, UNCHANGED, SKIPPED)
                if self.counts[(section, o)]
            ]
            out.append(f"{PLURALS.get(section, section):<18} {', '.join(parts)}")
        if self.skipped_reasons:
            out += ["", "Skipped, and why:"]
            for (section, reason), n in sorted(self.skipped_reasons.items()):
                out.append(f"  {n:>6,}  {section}: {reason}")
        if self.shortcodes:
            out += ["", "Shortcodes seen (converted or unwrapped unless listed as dropped):"]
            out.append("  " + ", ".join(f"[{k}] ×{v}" for k, v in self.shortcodes.most_common()))
        if self.dropped:
            out += ["", "Dropped from bodies (nothing on the new site can show them):"]
            out.append("  " + ", ".join(f"{k} ×{v}" for k, v in self.dropped.most_common()))
        for topic, entries in self.notes.items():
            out += ["", f"{topic} ({len(entries):,}):"]
            for wp_id, title, detail in entries[:limit]:
                label = f"#{wp_id} {title}".strip() if wp_id != "" else title
                out.append(f"  - {label}: {detail}" if detail else f"  - {label}")
            if len(entries) > limit:
                out.append(f"  … and {len(entries) - limit:,} more in the CSV report")
        return out


def _safe_cell(value):
    """Spreadsheets run cells that start with = + - @ as formulas; quote them."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
