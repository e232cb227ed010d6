"""A listing filter shown as a select box: 56 states and territories do not fit as buttons."""

from django.contrib.admin.filters import ChoicesFieldListFilter


class SelectListFilter(ChoicesFieldListFilter):
    template = "letters/admin/select_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        value = self.lookup_val
        self.selected_value = value[-1] if isinstance(value, list) and value else value or ""
        # The other active parameters, kept as hidden fields when this one changes.
        self.other_params = [
            (key, value)
            for key, values in request.GET.lists()
            if key not in (*self.expected_parameters(), "p")
            for value in values
        ]
