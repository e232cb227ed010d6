"""The press item's editor form: no release goes out (or to sign-off) with nobody to call."""

from django.forms.utils import ErrorList
from wagtail.admin.forms import WagtailAdminPageForm

NO_CONTACT = (
    "Add at least one media contact before publishing or submitting for sign-off: "
    "reporters need someone to call. A draft can be saved without one."
)


class PressItemForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Drafts defer required fields (Wagtail 7+); publishing and submitting do not.
        if not self.is_deferred_validation and not self._has_contact():
            contacts = self.formsets["contacts"]
            contacts.full_clean()
            contacts._non_form_errors = contacts._non_form_errors or ErrorList()
            contacts._non_form_errors.append(NO_CONTACT)
            self.add_error(None, NO_CONTACT)
        return cleaned_data

    def _has_contact(self):
        contacts = self.formsets.get("contacts")
        if contacts is None:
            return True
        contacts.is_valid()
        return any(
            form.cleaned_data.get("contact") and not form.cleaned_data.get("DELETE")
            for form in contacts.forms
            if hasattr(form, "cleaned_data")
        )
