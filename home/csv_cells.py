"""CSV injection: a spreadsheet must open an exported cell as text, never run it as a formula.

Signers type their own names and addresses, so a value such as ``=2+5+x@example.org`` reaches
staff exports. Following OWASP's advice, a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return gets a leading apostrophe, which spreadsheets read as "this is text".
Plain signed numbers (``+14805550188``, ``-5``) and Wagtail's "-" for an empty value are left
alone: they cannot run anything and staff read them as they are.

Every CSV the site produces comes out of Wagtail's ``SpreadsheetExportMixin`` (snippet and
modeladmin listings, reports, form submissions), so ``install()`` wraps its row writer once at
start-up instead of each view having to remember a mixin. The XLSX export is already safe:
Wagtail stores formula-like values there as strings.
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HARMLESS = re.compile(r"[+-]?[0-9][0-9,.]*|-+")


def neutralise(value):
    """The cell as a spreadsheet should show it: text stays text."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if HARMLESS.fullmatch(value):
        return value
    return "'" + value


def install():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_csv_cells_neutralised", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        cell = preprocess(self, field, value, export_format)
        return neutralise(cell) if export_format == self.FORMAT_CSV else cell

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin._csv_cells_neutralised = True
