from .directory import Office, Officer, PeopleIndexPage
from .hubs import (
    IssueIndexPage,
    IssueLeadershipRole,
    IssuePage,
    Role,
    TaskForceIndexPage,
    TaskForceKind,
    TaskForceLeadershipRole,
    TaskForcePage,
    derive_role_label,
)
from .people import Person, PersonPressLink, QuoteMention
from .places import STATES, City

__all__ = [
    "STATES",
    "City",
    "IssueIndexPage",
    "IssueLeadershipRole",
    "IssuePage",
    "Office",
    "Officer",
    "PeopleIndexPage",
    "Person",
    "PersonPressLink",
    "QuoteMention",
    "Role",
    "TaskForceIndexPage",
    "TaskForceKind",
    "TaskForceLeadershipRole",
    "TaskForcePage",
    "derive_role_label",
]
