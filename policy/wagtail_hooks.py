from wagtail.snippets.models import register_snippet

from .viewsets import ResolutionViewSet

register_snippet(ResolutionViewSet)
