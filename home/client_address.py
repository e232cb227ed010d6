"""The reader's address, as login throttling and rate limits must count it.

Behind our own proxy every request comes from the proxy's address, so counting REMOTE_ADDR
would lock out everyone at once. X-Forwarded-For is believed only when the request came from
a proxy listed in TRUSTED_PROXY_IPS, and then only its last entry: the one our proxy added
(anything before it was typed by the client).
"""

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    if remote not in settings.TRUSTED_PROXY_IPS:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    return next((a for a in reversed(forwarded) if a), remote)
