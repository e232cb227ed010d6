"""Issue pages and task-force pages share one hub: intro, leadership, latest news, actions, body."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.pages import BasePage


class HubPage(BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    news_tag = models.ForeignKey(
        "taggit.Tag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The hub lists the latest news items with this tag.",
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("leadership", label="Leadership", help_text="People who lead, in order."),
        FieldPanel("news_tag"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    def get_leadership(self):
        return self.leadership.select_related("person__city", "person__photo", "body")


class Role(models.TextChoices):
    CHAIR = "chair", "Chair"
    CO_CHAIR = "co_chair", "Co-Chair"
    VICE_CHAIR = "vice_chair", "Vice Chair"
    MEMBER = "member", "Member"


class LeadershipRoleBase(Orderable):
    person = models.ForeignKey("taskforce.Person", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CHAIR)
    qualifier = models.CharField(
        max_length=120, blank=True, help_text="Optional, e.g. 'for Border Policy'."
    )
    body = models.ForeignKey(
        "taskforce.TaskForcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The task force or committee this role belongs to, if not this page.",
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("role"),
        FieldPanel("qualifier"),
        PageChooserPanel("body", "taskforce.TaskForcePage"),
    ]

    class Meta:
        abstract = True

    @property
    def label(self):
        """'Vice Chair for Border Policy, Criminal & Social Justice Committee'."""
        role = " ".join(p for p in [self.get_role_display(), self.qualifier] if p)
        if self.body_id:
            return f"{role}, {self.body.title}"
        return role


class IssueIndexPage(BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["taskforce.IssuePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = IssuePage.objects.live().public().child_of(self).defer_streamfields()
        return context


class IssuePage(HubPage):
    parent_page_types = ["taskforce.IssueIndexPage"]
    subpage_types = ["letters.SignOnLetterPage"]

    class Meta:
        verbose_name = "Issue page"


class IssueLeadershipRole(LeadershipRoleBase):
    page = ParentalKey(IssuePage, on_delete=models.CASCADE, related_name="leadership")


class TaskForceKind(models.TextChoices):
    TASK_FORCE = "task_force", "Task force"
    STANDING_COMMITTEE = "standing_committee", "Standing committee"
    ALLIANCE = "alliance", "Alliance"
    COUNCIL = "council", "Council"


class TaskForceIndexPage(BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["taskforce.TaskForcePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["bodies"] = (
            TaskForcePage.objects.live().public().child_of(self).defer_streamfields()
        )
        return context


class TaskForcePage(HubPage):
    kind = models.CharField(
        max_length=24, choices=TaskForceKind.choices, default=TaskForceKind.TASK_FORCE
    )
    content_panels = [*HubPage.content_panels[:1], FieldPanel("kind"), *HubPage.content_panels[1:]]
    parent_page_types = ["taskforce.TaskForceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Task force, committee or alliance"


class TaskForceLeadershipRole(LeadershipRoleBase):
    page = ParentalKey(TaskForcePage, on_delete=models.CASCADE, related_name="leadership")
