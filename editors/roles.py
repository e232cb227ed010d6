"""Which page types each staff group works on.

Wagtail's page permissions follow the tree, but our roles follow the content: a communications
editor writes press items and standard pages wherever they sit, campaign staff write letters
that live under issue hubs. The groups (made by migrations) hold add/change rights on the whole
tree; this tester narrows them to the page types of the user's roles, so everything Wagtail
offers (buttons, menus, views) follows from one rule.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, PagePermissionTester

COMMUNICATIONS_EDITORS = "Communications editors"
POLICY_EDITORS = "Policy editors"
APPROVERS = "Approvers"
CAMPAIGN_STAFF = "Campaign staff"

# Page types (app_label.ModelName, lower case) per role; None means every page type.
ROLE_PAGE_TYPES = {
    COMMUNICATIONS_EDITORS: {
        "newsroom.newsindexpage",
        "newsroom.pressitempage",
        "home.standardpage",
    },
    POLICY_EDITORS: {
        "taskforce.issueindexpage",
        "taskforce.issuepage",
        "taskforce.taskforceindexpage",
        "taskforce.taskforcepage",
        "taskforce.peopleindexpage",
    },
    CAMPAIGN_STAFF: {"letters.lettersindexpage", "letters.signonletterpage"},
    APPROVERS: None,
}


def page_type_label(model):
    return model._meta.label_lower


def allowed_page_types(user):
    """The page types `user` may work on, or None for all (cached on the user object)."""
    cached = getattr(user, "_allowed_page_types", False)
    if cached is not False:
        return cached
    allowed = set()
    if user.is_superuser:
        allowed = None
    else:
        names = set(user.groups.values_list("name", flat=True))
        other_groups_with_pages = GroupPagePermission.objects.filter(
            group__in=Group.objects.filter(user=user).exclude(name__in=ROLE_PAGE_TYPES)
        ).exists()
        if other_groups_with_pages or any(
            ROLE_PAGE_TYPES.get(name, set()) is None for name in names
        ):
            allowed = None  # e.g. Wagtail's own Editors or Moderators, or Approvers
        else:
            for name in names & ROLE_PAGE_TYPES.keys():
                allowed |= ROLE_PAGE_TYPES[name]
    user._allowed_page_types = allowed
    return allowed


def may_work_on(user, page_class):
    allowed = allowed_page_types(user)
    return allowed is None or page_type_label(page_class) in allowed


class RolePagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with the tree rights kept only for the page types of the user's roles.

    On a page of another type the user may still add the children their role covers (campaign
    staff add a letter under an issue hub) but may not edit, publish, move or delete it.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        self.type_allowed = True
        if not user.is_active or user.is_superuser or page.specific_class is None:
            return
        self.type_allowed = may_work_on(user, page.specific_class)
        children = page.specific_class.creatable_subpage_models()
        if not any(may_work_on(user, model) for model in children):
            self.permissions = self.permissions - {"add"}
        if not self.type_allowed:
            self.permissions = self.permissions & {"add"}

    def can_edit(self):
        if not self.type_allowed:
            task = self.page.current_workflow_task
            return bool(task and task.user_can_access_editor(self.page, self.user))
        return super().can_edit()
