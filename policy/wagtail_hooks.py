from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .bulk_publish import register_actions
from .session_chooser import session_chooser_viewset
from .viewsets import ResolutionViewSet

register_snippet(ResolutionViewSet)
hooks.register("register_log_actions", register_actions)
hooks.register("register_admin_viewset", lambda: session_chooser_viewset)
