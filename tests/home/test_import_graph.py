"""The apps import each other one way only, and nothing imports a wagtail_hooks module."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
import_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_graph)


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_project_has_no_import_cycle_and_hooks_are_leaves(capsys):
    assert import_graph.main([]) == 0, capsys.readouterr().out
    assert "no import cycles" in capsys.readouterr().out


def test_a_lazy_import_cycle_and_an_import_of_hooks_are_reported(tmp_path, capsys):
    write(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/models.py": "def feed():\n    from .feeds import Feed\n",
            "app/feeds.py": "from .models import feed\n",
            "app/services.py": "from app.wagtail_hooks import url\n",
            "app/wagtail_hooks.py": "from . import models\n",
            "app/migrations/0001_initial.py": "from app.services import x\n",
        },
    )
    assert import_graph.main([], root=tmp_path, packages=("app",)) == 1
    out = capsys.readouterr().out
    assert "import cycle: app.feeds app.models" in out
    assert "imports a wagtail_hooks module: app.services -> app.wagtail_hooks" in out
    assert "2 problem(s)" in out
