"""Every status change and export of signatures goes into Wagtail's audit log.

Entries are written on the letter page (who, when, how many, which status or format), so they
appear in the letter's history and in Reports → Site history. They carry counts and signature
ids only: never a contact's name, email or phone.
"""

from collections import Counter

from wagtail.log_actions import log

STATUS_CHANGED = "letters.signatures.status"
EXPORTED = "letters.signatures.export"


def register_actions(actions):
    actions.register_action(STATUS_CHANGED, "Change signature status", "Changed signature status")
    actions.register_action(EXPORTED, "Export signatures", "Exported signatures")


def _by_letter(signatures):
    letters, counts = {}, Counter()
    for signature in signatures:
        letters[signature.letter_id] = signature.letter
        counts[signature.letter_id] += 1
    return letters, counts


def log_status_change(signatures, status, user):
    letters, counts = _by_letter(signatures)
    for letter_id, letter in letters.items():
        ids = [s.pk for s in signatures if s.letter_id == letter_id]
        log(
            letter,
            STATUS_CHANGED,
            user=user,
            data={"status": str(status), "count": counts[letter_id], "ids": ids},
        )


def log_export(signatures, spreadsheet_format, user):
    letters, counts = _by_letter(signatures)
    for letter_id, letter in letters.items():
        log(
            letter,
            EXPORTED,
            user=user,
            data={"format": spreadsheet_format, "count": counts[letter_id]},
        )
