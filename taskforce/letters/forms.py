"""The public sign-on form: plain Django form, messages written for a mayor's staffer."""

import re

import phonenumbers
from django import forms
from phonenumber_field.formfields import PhoneNumberField

from taskforce.places import STATES

from .text import normalise_space

# Words of letters joined by single spaces, hyphens, apostrophes or periods: "O'Brien",
# "Winston-Salem", "St. Louis", "Coeur d'Alene", "Jr." pass; markup, digits, "--", ";" and
# "=" (what HTML and SQL injection attempts need) do not.
NAME_RE = re.compile(r"^[^\W\d_]+(?:(?:\. |[ '’.-])[^\W\d_]+)*\.?$")
NAME_HELP = "Use letters, spaces, hyphens, apostrophes and periods only."
# The states, DC and the territories that use U.S. numbers (+1).
US_PHONE_REGIONS = {"US", "PR", "GU", "VI", "AS", "MP"}


def name_field(label, max_length=80):
    return forms.CharField(
        label=label,
        max_length=max_length,
        error_messages={
            "required": f"Enter the {label.lower()}.",
            "max_length": f"Keep the {label.lower()} to {max_length} characters or fewer.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class SignatureForm(forms.Form):
    mayor_first_name = name_field("Mayor's first name")
    mayor_last_name = name_field("Mayor's last name")
    city_name = name_field("City", max_length=120)
    state = forms.ChoiceField(
        label="State",
        choices=[("", "Choose a state or territory")] + STATES,
        error_messages={
            "required": "Choose the state.",
            "invalid_choice": "Choose a state or territory from the list.",
        },
    )
    contact_first_name = name_field("Contact's first name")
    contact_last_name = name_field("Contact's last name")
    email = forms.EmailField(
        label="Contact's email address",
        max_length=254,
        error_messages={
            "required": "Enter the contact's email address.",
            "invalid": "Enter an email address like name@example.org.",
            "max_length": "Keep the email address to 254 characters or fewer.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = PhoneNumberField(
        label="Contact's phone number",
        region="US",
        max_length=40,
        error_messages={
            "required": "Enter the contact's phone number.",
            "invalid": "Enter a U.S. phone number with area code, like 202-555-0123.",
            "max_length": "Enter a U.S. phone number with area code, like 202-555-0123.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    # Honeypot: hidden from people by CSS and from assistive technology; bots fill it in.
    website = forms.CharField(required=False, label="Leave this field empty")

    name_fields = (
        "mayor_first_name",
        "mayor_last_name",
        "city_name",
        "contact_first_name",
        "contact_last_name",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if field.required:
                field.widget.attrs["required"] = True

    def full_clean(self):
        """Point each field in error at its message, so screen readers read them together."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{name}-error"

    def _clean_name(self, name):
        value = normalise_space(self.cleaned_data.get(name, ""))
        if not NAME_RE.match(value):
            raise forms.ValidationError(NAME_HELP)
        return value

    def clean_mayor_first_name(self):
        return self._clean_name("mayor_first_name")

    def clean_mayor_last_name(self):
        return self._clean_name("mayor_last_name")

    def clean_city_name(self):
        return self._clean_name("city_name")

    def clean_contact_first_name(self):
        return self._clean_name("contact_first_name")

    def clean_contact_last_name(self):
        return self._clean_name("contact_last_name")

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        number = self.cleaned_data["phone"]
        if number and phonenumbers.region_code_for_number(number) not in US_PHONE_REGIONS:
            raise forms.ValidationError(
                "Enter a U.S. phone number with area code, like 202-555-0123."
            )
        return number

    @property
    def is_bot(self):
        """True when the honeypot was filled in (read before or after validation)."""
        return bool((self.data.get("website") or "").strip())
