"""Print the dependencies declared in pyproject.toml, one a line, for pip -r with constraints."""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
groups = sys.argv[1:]
deps = (
    [d for g in groups for d in project["optional-dependencies"][g]]
    if groups
    else project["dependencies"]
)
print("\n".join(deps))
