"""One Content-Security-Policy for the public site, a wider one for Wagtail's admin.

The public templates carry no inline script or style, so readers get the strict policy from
settings. Wagtail's admin writes style attributes in its own templates and editors, which a
strict style-src would break; it gets CSP_ADMIN_UPDATE on top (and scripts stay 'self' only).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX) and parts.update is None:
            parts.update = settings.CSP_ADMIN_UPDATE
        return parts
