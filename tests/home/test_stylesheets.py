"""Each page stylesheet holds rules for the pages that load it, and nothing for other pages."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
CSS = ROOT / "static" / "css"
FRAME = {"site.css", "print.css"}  # loaded by base.html on every page


def template_text(name):
    path = TEMPLATES / name
    return path.read_text() if path.exists() else ""


def family(linking):
    """The templates that link a stylesheet, those that extend them, everything they include, and
    the block templates of the same app (StreamField renders those inside the page)."""
    names = set(linking)
    for name in linking:
        folder = (TEMPLATES / name).parent / "blocks"
        names.update(str(p.relative_to(TEMPLATES)) for p in folder.glob("*.html"))
    every = [str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")]
    changed = True
    while changed:
        changed = False
        for name in every:
            text = template_text(name)
            parents = re.findall(r'{%\s*extends\s+"([^"]+)"', text)
            if name not in names and any(p in names for p in parents):
                names.add(name)
                changed = True
        for name in list(names):
            for included in re.findall(r'{%\s*include\s+"([^"]+)"', template_text(name)):
                if included not in names:
                    names.add(included)
                    changed = True
    return names


PAGE_STYLESHEETS = sorted(p.name for p in CSS.glob("*.css") if p.name not in FRAME)


@pytest.mark.parametrize("stylesheet", PAGE_STYLESHEETS)
def test_page_stylesheet_only_styles_the_pages_that_load_it(stylesheet):
    linking = [
        str(p.relative_to(TEMPLATES))
        for p in TEMPLATES.rglob("*.html")
        if f"'css/{stylesheet}'" in p.read_text()
    ]
    assert linking, f"{stylesheet} is loaded by no template"
    markup = "".join(template_text(name) for name in family(linking))
    rules = re.sub(r"/\*.*?\*/", "", (CSS / stylesheet).read_text(), flags=re.S)
    classes = set(re.findall(r"\.([a-z][\w-]*)", rules))
    # A modifier may be built from a value: class="letter__status--{{ page.status }}".
    built = set(re.findall(r"([a-z][\w-]*--){{", markup))
    unused = sorted(
        c
        for c in classes
        if not re.search(rf"\b{re.escape(c)}\b", markup) and not any(c.startswith(b) for b in built)
    )
    assert unused == [], f"{stylesheet} styles classes its pages never use"
