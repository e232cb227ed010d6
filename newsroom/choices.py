"""Kinds of press item and release status, shared by models, filters and feeds."""

from django.db import models


class ItemType(models.TextChoices):
    PRESS_RELEASE = "press_release", "Press release"
    STATEMENT = "statement", "Statement"
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    MEDIA_ADVISORY = "media_advisory", "Media advisory"
    LETTER = "letter", "Letter"
    NEWS = "news", "News"
    RECAP = "recap", "Recap"

    @property
    def plural(self):
        """For headings such as 'Statements from 2017'."""
        irregular = {"news": "News", "media_advisory": "Media advisories"}
        return irregular.get(self.value, f"{self.label}s")


class ReleaseStatus(models.TextChoices):
    IMMEDIATE = "immediate", "For Immediate Release"
    EMBARGOED = "embargoed", "Embargoed"
