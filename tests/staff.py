"""Staff members as the migrations define them: users in the real groups, never superusers."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group

from editors.roles import APPROVERS, CAMPAIGN_STAFF, COMMUNICATIONS_EDITORS, POLICY_EDITORS

ROLES = [COMMUNICATIONS_EDITORS, POLICY_EDITORS, APPROVERS, CAMPAIGN_STAFF]
PASSWORD = "a-long-staff-passphrase"


def ensure_staff_groups():
    """Transactional (browser) tests flush the database: make the groups and workflow again
    with the very functions the migrations run."""
    from django.contrib.auth.management import create_permissions

    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0)
    Group.objects.get_or_create(name="Moderators")
    for name in (
        "taskforce.letters.migrations.0002_campaign_staff_group",
        "editors.migrations.0001_staff_groups",
        "editors.migrations.0002_newsroom_signoff_workflow",
    ):
        module = importlib.import_module(name)
        for operation in module.Migration.operations:
            operation.code(apps, None)


def member(django_user_model, group, username=None):
    username = username or group.lower().replace(" ", "-")
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=group.split()[0]
    )
    user.groups.add(Group.objects.get(name=group))
    return user
