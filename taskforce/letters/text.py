"""How typed names are tidied and compared, shared by the form, the model and the service.

One key per city: offices type the same city many ways ("San José" and "San Jose", composed
or decomposed accents, "Ｆｒｅｓｎｏ" from a full-width keyboard, stray or non-breaking spaces,
any case). The key folds compatibility forms (NFKC: full-width letters, ligatures, NBSP), case
(casefold), accents (NFKD, then combining marks dropped) and spacing, so the database constraint
on the key sees one city. The public list shows the known city's own name when one matches,
else the spelling the office typed.
"""

import unicodedata

KEY_MAX_LENGTH = 120  # the column's length; folding can lengthen text (ligatures, "ß" -> "ss")


def normalise_space(value):
    """Collapse runs of whitespace and trim, after Unicode NFC normalisation."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def city_key(name):
    """The key all spellings of one city share: "San José", "SAN JOSE", "Ｓａｎ Ｊｏｓｅ"."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())[:KEY_MAX_LENGTH].rstrip()
