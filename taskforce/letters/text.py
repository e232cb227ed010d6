"""How typed names are tidied and compared, shared by the form, the model and the service."""

import unicodedata


def normalise_space(value):
    """Collapse runs of whitespace and trim, after Unicode NFC normalisation."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def city_key(name):
    """The key two spellings of one city share: 'mesa', 'Mesa ' and 'MESA' collide."""
    return normalise_space(name).casefold()
