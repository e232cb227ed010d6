import io
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image as PILImage

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO.parent / "shared" / "wordpress"


@pytest.fixture
def sample():
    """The real export made by WordPress's own exporter, kept beside the clone in CI."""
    if not (SAMPLE / "export.xml").is_file():
        pytest.skip(
            f"the WordPress sample export is not at {SAMPLE} (CI keeps it beside the clone)"
        )
    return SAMPLE


@pytest.fixture
def run_import():
    """Run the command as an operator would; return its printed output."""

    def run(*args):
        out = io.StringIO()
        call_command("import_wordpress", *[str(a) for a in args], stdout=out)
        return out.getvalue()

    return run


@pytest.fixture
def uploads(tmp_path):
    """An uploads copy with one JPEG (and its resized copy) and one PDF."""
    root = tmp_path / "uploads"
    folder = root / "2021" / "06"
    folder.mkdir(parents=True)
    for name, size in (("mayors.jpg", (640, 427)), ("mayors-300x200.jpg", (300, 200))):
        PILImage.new("RGB", size, (30, 80, 140)).save(folder / name, "JPEG")
    (folder / "letter.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return root
