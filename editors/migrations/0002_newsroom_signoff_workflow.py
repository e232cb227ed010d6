"""Statements and releases: Communications review, then Approver sign-off, then live.

Other pages keep Wagtail's one-step "Moderators approval", which Approvers may also approve.
The workflow is linked to the news index when that page is created (editors/workflow.py).
"""

from django.db import migrations

WORKFLOW = "Newsroom sign-off"
STEPS = [("Communications review", "Communications editors"), ("Approver sign-off", "Approvers")]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    for order, (task_name, group_name) in enumerate(STEPS):
        task, _ = GroupApprovalTask.objects.get_or_create(
            name=task_name, defaults={"active": True, "content_type": task_type}
        )
        task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})

    NewsIndexPage = apps.get_model("newsroom", "NewsIndexPage")
    for page in NewsIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})

    # The one-step moderation of every other page: Approvers may approve it too.
    one_step = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if one_step is not None:
        one_step.groups.add(Group.objects.get(name="Approvers"))


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name__in=[name for name, _ in STEPS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editors", "0001_staff_groups"),
        ("newsroom", "0003_newsroom_defaults"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
