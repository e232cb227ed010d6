from .hubs import (
    IssueIndexPage,
    IssueLeadershipRole,
    IssuePage,
    Role,
    TaskForceIndexPage,
    TaskForceKind,
    TaskForceLeadershipRole,
    TaskForcePage,
)
from .people import Person
from .places import STATES, City

__all__ = [
    "STATES",
    "City",
    "IssueIndexPage",
    "IssueLeadershipRole",
    "IssuePage",
    "Person",
    "Role",
    "TaskForceIndexPage",
    "TaskForceKind",
    "TaskForceLeadershipRole",
    "TaskForcePage",
]
