from .database import ResolutionIndexPage
from .meetings import MeetingIndexPage, MeetingPage, MeetingSession
from .resolutions import Resolution, ResolutionSponsor, ResolutionTag

__all__ = [
    "MeetingIndexPage",
    "MeetingPage",
    "MeetingSession",
    "Resolution",
    "ResolutionIndexPage",
    "ResolutionSponsor",
    "ResolutionTag",
]
