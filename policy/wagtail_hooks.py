from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .bulk_publish import register_actions
from .viewsets import ResolutionViewSet

register_snippet(ResolutionViewSet)
hooks.register("register_log_actions", register_actions)
