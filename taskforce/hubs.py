"""Issue pages and task-force pages share one hub: intro, leadership, latest news, actions, body.

Leadership is structured: each role names a person (a snippet), a role, an optional qualifier
and an optional body (a TaskForcePage). Every label is derived from those, so renaming a person
or a body changes every hub and person page at once. A task force's own page also lists the roles
held *in it* on other hubs, so a role is entered once, wherever the editor manages it.
"""

from django.db import models
from django.http import Http404
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home import surrogate_keys
from home.blocks import BodyBlock
from home.pages import BasePage
from newsroom import counts
from newsroom.feeds import PageNewsFeed
from newsroom.filters import ArchiveFilter
from newsroom.models import PressItemPage

from .cache_keys import person_key

# A body's name can stand before the role ("Immigration Reform Task Force Chair") only when it
# ends in one of these nouns; otherwise the role comes first ("Chair, Latino Alliance of ...").
BODY_NOUNS = (
    "task force",
    "committee",
    "council",
    "alliance",
    "coalition",
    "caucus",
    "commission",
    "board",
)


def derive_role_label(role, qualifier="", body_name=""):
    """The public wording of a role; the one rule used on every page.

    - no body: the role and its qualifier ("Vice Chair for Border Policy");
    - a body whose name ends in a body noun, no qualifier: the name first
      ("Immigration Reform Task Force Chair");
    - otherwise the role (with its qualifier), a comma, then the body's name
      ("Vice Chair for Border Policy, Criminal & Social Justice Committee",
      "Chair, Latino Alliance of the U.S. Conference of Mayors").
    """
    role = (role or "").strip()
    qualifier = (qualifier or "").strip()
    body_name = (body_name or "").strip()
    titled = f"{role} {qualifier}".strip()
    if not body_name:
        return titled
    if not qualifier and body_name.lower().endswith(BODY_NOUNS):
        return f"{body_name} {role}"
    return f"{titled}, {body_name}"


class ActionPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text="A sign-on letter, report or campaign page.")
    label = blocks.CharBlock(required=False, help_text="Defaults to the page title.")
    text = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "doc-empty-inverse"
        template = "taskforce/blocks/action_page.html"
        description = "A featured action on this site, such as a sign-on letter."
        preview_value = {"label": "Sign the open letter to Congress"}


class ActionDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, help_text="Defaults to the document title.")
    text = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "taskforce/blocks/action_document.html"
        description = "A report or resolution to download."
        preview_value = {"label": "Read the adopted resolution"}


class ActionLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock()
    label = blocks.CharBlock(max_length=120)
    text = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "link"
        template = "taskforce/blocks/action_link.html"
        description = "An action on another site, such as a coalition's campaign."
        preview_value = {"url": "https://example.org/", "label": "Join the campaign"}


class ActionsBlock(blocks.StreamBlock):
    page = ActionPageBlock()
    document = ActionDocumentBlock()
    link = ActionLinkBlock()


class HubPage(RoutablePageMixin, BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    news_tag = models.ForeignKey(
        "taggit.Tag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The hub lists the latest news items with this tag.",
    )
    actions = StreamField(
        ActionsBlock(),
        blank=True,
        verbose_name="featured actions",
        help_text="Letters, reports and campaigns to put in front of readers, in this order.",
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("leadership", label="Leadership", help_text="People who lead, in order."),
        FieldPanel("news_tag"),
        FieldPanel("actions"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    def own_leadership(self):
        roles = list(
            self.leadership.filter(person__live=True)
            .select_related("person__city", "person__photo", "body")
            .prefetch_related("person__photo__renditions")
        )
        for role in roles:
            role.page = self  # saves a query per role when the label looks at its own body
        return roles

    def get_leadership(self):
        """The roles shown on this hub, in editor order, ready for the leader cards.

        Computed once per page object: the view adds the leaders' cache keys, the template
        shows them.
        """
        if "_leadership" not in self.__dict__:
            self._leadership = self.compute_leadership()
        return self._leadership

    def compute_leadership(self):
        return self.shown_here(self.own_leadership())

    def shown_here(self, roles):
        """Set what the leader cards on this hub show: the label as worded here, and the body
        to link it to (none when that is this very page or not live)."""
        for role in roles:
            role.display_label = role.label_on(self)
            body = role.body
            role.linked_body = (
                body if body is not None and body.live and body.pk != self.pk else None
            )
        return roles

    def get_context(self, request, *args, **kwargs):
        """The leadership is found here once; the template shows `leadership`, its cache keys
        go on the response."""
        context = super().get_context(request, *args, **kwargs)
        context["leadership"] = self.get_leadership()
        surrogate_keys.add(request, *(person_key(r.person_id) for r in context["leadership"]))
        return context

    def news_filter(self):
        """The archive filter of the hub's news: the hub and its feed list what it lists."""
        return ArchiveFilter.from_querydict({"tag": self.news_tag.slug if self.news_tag else ""})

    @property
    def news_feed_url(self):
        """The hub's RSS address, or "" when it lists no news."""
        return self.url + self.reverse_subpage("news_feed") if self.news_tag_id else ""

    @path("feed/", name="news_feed")
    def news_feed(self, request):
        if self.news_tag is None:
            raise Http404("This page lists no news")
        news_filter = self.news_filter()
        published = PressItemPage.objects.published()
        return PageNewsFeed(
            name=f"{self.title}: latest news",
            link=self.get_url(request),
            items=counts.listing(news_filter, published, PageNewsFeed.feed_size),
            description=f"The latest news about {self.news_tag.name}, newest first.",
            keys=(surrogate_keys.page_key(self), news_filter.cache_key()),
        )(request)


class Role(models.TextChoices):
    CHAIR = "chair", "Chair"
    CO_CHAIR = "co_chair", "Co-Chair"
    VICE_CHAIR = "vice_chair", "Vice Chair"
    MEMBER = "member", "Member"


class LeadershipRoleBase(Orderable):
    person = models.ForeignKey(
        "taskforce.Person",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Choose from the people list; name, office and city come from there.",
    )
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
        help_text=(
            "The task force or committee this role belongs to, if not this page. "
            "The role is then also listed on that body's page."
        ),
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("role"),
        FieldPanel("qualifier"),
        PageChooserPanel("body", "taskforce.TaskForcePage", heading="Task force or committee"),
    ]

    class Meta:
        abstract = True

    @property
    def panel_heading(self):
        """'Mayor John Giles | Mesa, AZ – Chair' above the role in the editor."""
        if not self.person_id:
            return ""
        return f"{self.person} – {self.get_role_display()}"

    def effective_body(self):
        """The body the role is in: the chosen one, or the task force page that lists it."""
        return self.body if self.body_id else None

    def label_on(self, hub=None):
        """The role's wording; on the body's own page the body's name is left out."""
        body = self.effective_body()
        if body is not None and hub is not None and body.pk == hub.pk:
            body = None
        return derive_role_label(
            self.get_role_display(), self.qualifier, body.role_name if body else ""
        )

    @property
    def label(self):
        """'Vice Chair for Border Policy, Criminal & Social Justice Committee'."""
        return self.label_on(None)


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
    formal_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=(
            "The full name used in role labels, e.g. 'Latino Alliance of the U.S. Conference "
            "of Mayors'. Defaults to the title."
        ),
    )
    content_panels = [
        *HubPage.content_panels[:1],
        FieldPanel("kind"),
        FieldPanel("formal_name"),
        *HubPage.content_panels[1:],
    ]
    parent_page_types = ["taskforce.TaskForceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Task force, committee or alliance"

    @property
    def role_name(self):
        return self.formal_name or self.title

    def compute_leadership(self):
        """Roles on this page, then roles in this body entered on other live hubs.

        Three queries whatever the number of roles: this page's roles, and the roles that name
        this body on issue pages and on other task-force pages.
        """
        roles = self.own_leadership()
        seen = {(r.person_id, r.role, r.qualifier.strip().lower()) for r in roles}
        for model, pages in (
            (IssueLeadershipRole, IssuePage.objects.live().public()),
            (TaskForceLeadershipRole, TaskForcePage.objects.live().public().exclude(pk=self.pk)),
        ):
            elsewhere = (
                model.objects.filter(body=self, person__live=True, page__in=pages)
                .select_related("person__city", "person__photo")
                .prefetch_related("person__photo__renditions")
                .order_by("page__path", "sort_order")
            )
            for role in elsewhere:
                key = (role.person_id, role.role, role.qualifier.strip().lower())
                if key in seen:
                    continue
                seen.add(key)
                role.body = self
                roles.append(role)
        return self.shown_here(roles)


class TaskForceLeadershipRole(LeadershipRoleBase):
    page = ParentalKey(TaskForcePage, on_delete=models.CASCADE, related_name="leadership")

    def effective_body(self):
        return self.body if self.body_id else self.page
