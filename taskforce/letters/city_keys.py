"""One key per city: the spelling-blind form two signatures of one city share.

Offices type the same city many ways: "San José" and "San Jose", composed or decomposed
accents, "Ｆｒｅｓｎｏ" from a full-width keyboard, stray or non-breaking spaces, any case. The
key folds compatibility forms (NFKC: full-width letters, ligatures, NBSP), case (casefold),
accents (NFKD, then combining marks dropped) and spacing, so the database constraint on the key
sees one city. The displayed name keeps the spelling the office typed.
"""

import unicodedata

KEY_MAX_LENGTH = 120  # the column's length; folding can lengthen text (ligatures, "ß" -> "ss")


def city_key(name):
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())[:KEY_MAX_LENGTH].rstrip()
