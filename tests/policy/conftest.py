import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from policy.models import MeetingIndexPage


@pytest.fixture
def policy_editor(django_user_model, client):
    group = Group.objects.create(name="Policy editors (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="policy", codename__contains="resolution"
        ),
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=MeetingIndexPage.objects.get(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = django_user_model.objects.create_user("policy", "policy@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    return client
