"""Staff members as the migrations define them: users in the real groups, never superusers."""

import importlib

from django.contrib.auth.models import Group

from editors.roles import APPROVERS, CAMPAIGN_STAFF, COMMUNICATIONS_EDITORS, POLICY_EDITORS

ROLES = [COMMUNICATIONS_EDITORS, POLICY_EDITORS, APPROVERS, CAMPAIGN_STAFF]
PASSWORD = "a-long-staff-passphrase"


def ensure_staff_groups():
    """Transactional (browser) tests flush the database: make the groups and workflow again
    with the very functions the migrations run, on the migrations' historical models (the
    live app registry must not be touched: the functions flip `models_module` on its apps)."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    historical = MigrationLoader(connection).project_state().apps
    for name in (
        "taskforce.letters.migrations.0002_campaign_staff_group",
        "editors.migrations.0001_staff_groups",
        "editors.migrations.0002_newsroom_signoff_workflow",
    ):
        module = importlib.import_module(name)
        for operation in module.Migration.operations:
            operation.code(historical, None)


def member(django_user_model, group, username=None):
    username = username or group.lower().replace(" ", "-")
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=group.split()[0]
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def ensure_default_moderation():
    """Wagtail's one-step "Moderators approval" on the whole tree, as its migration makes it."""
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    task, _ = GroupApprovalTask.objects.get_or_create(name="Moderators approval")
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )


def browser_site():
    """The demo site with the staff groups and workflows, in a flushed (transactional) database."""
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
    ensure_default_moderation()
    ensure_staff_groups()


def sign_in(page, base_url, user):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/admin/")


def sign_out(page, base_url):
    page.context.clear_cookies()
