"""The newsroom's sign-off workflow follows the news index wherever it is created.

The workflow itself is made by a migration; the news index page is made later (by editors or
the demo loader), so the link between them is made when that page is first saved.
"""

from django.db.models.signals import post_save
from wagtail.models import Workflow, WorkflowPage

NEWSROOM_WORKFLOW = "Newsroom sign-off"


def attach_newsroom_workflow(sender, instance, created, raw=False, **kwargs):
    if raw or WorkflowPage.objects.filter(page=instance).exists():
        return
    workflow = Workflow.objects.filter(name=NEWSROOM_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.create(page=instance, workflow=workflow)


def register():
    from newsroom.models import NewsIndexPage

    post_save.connect(attach_newsroom_workflow, sender=NewsIndexPage, dispatch_uid="newsroom-wf")
