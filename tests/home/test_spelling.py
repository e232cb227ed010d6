"""One spelling of "organization": a template that reads a setting under the other spelling
renders an empty string without any error, so the check is on the source."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("config", "home", "newsroom", "taskforce", "search", "templates", "static", "scripts")
OTHER_SPELLING = re.compile(r"organisation", re.IGNORECASE)


def test_code_templates_and_styles_spell_organization_one_way():
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in SOURCES
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in {".py", ".html", ".css", ".js", ".txt", ".md"}
        and "migrations" not in path.parts
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if OTHER_SPELLING.search(line)
    ]
    assert found == []
