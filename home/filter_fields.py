"""The drop-down fields of a filter form, described once for components/filter_select.html.

The news archive and the resolutions database offer their filters as the same kind of field:
a label, an "all" option that clears it, the choices, and the one the reader picked. The
template only loops over options and asks each whether it is selected.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FilterOption:
    value: str
    label: str
    selected: bool


@dataclass(frozen=True)
class SelectFilter:
    name: str  # the query-string parameter, also the field's id (filter-<name>)
    label: str
    all_label: str
    choices: tuple  # (value, label) pairs
    current: object = None  # the filter's parsed value; compared as text

    @property
    def options(self):
        current = "" if self.current in (None, "") else str(self.current)
        return [
            FilterOption(str(value), str(label), str(value) == current)
            for value, label in self.choices
        ]
