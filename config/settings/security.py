"""Security headers, login throttling, request limits and error reporting, shared by every
environment (base.py imports this; production.py adds the HTTPS-only parts)."""

import os
from datetime import timedelta

from csp.constants import NONE, SELF, UNSAFE_INLINE

# --- Content-Security-Policy (django-csp) ----------------------------------------------------
# The public site runs no inline script or style: everything comes from /static/. Video embeds
# (YouTube, Vimeo) are the only outside frames.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# What Wagtail's admin needs on top (see home/csp.py): Wagtail 8 is not yet CSP-strict (its
# page editor and choosers write inline <script> blocks for their widgets, and style
# attributes), and its previews are framed by the admin itself. Only staff, signed in, see it.
CSP_ADMIN_PATH_PREFIX = "/admin/"
CSP_ADMIN_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "frame-src": [SELF],
}

# --- Permissions-Policy (django-permissions-policy): features the site never uses -------------
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self", "https://www.youtube.com", "https://player.vimeo.com"],
}

# --- Login throttling (django-axes, counted in the database so every app server agrees) -------
# Five wrong passwords in a row for one account, or from one address, lock it for
# AXES_COOLOFF_TIME; the sixth attempt is refused even with the right password. A successful
# login clears the count. Unlock early: manage.py axes_reset_username NAME / axes_reset_ip IP.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_ip"
AXES_VERBOSE = False
# Addresses of our own proxies: only from them is X-Forwarded-For believed (home/client_address).
TRUSTED_PROXY_IPS = [
    ip.strip() for ip in os.environ.get("TRUSTED_PROXY_IPS", "127.0.0.1,::1").split(",") if ip
]

# --- Request limits (the proxy in front enforces its own; these hold without it) -------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB of form data outside files
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads spill to a temporary file
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the admin's page editor posts many fields
DATA_UPLOAD_MAX_NUMBER_FILES = 20
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# --- Request ids and logging ---------------------------------------------------------------
# Every request gets an id (the proxy's X-Request-ID when it sends one), returned in the
# response and attached to every log line, so a reader's report can be found in the logs.
LOG_REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"
GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"

ADMINS = [
    ("Site administrators", address.strip())
    for address in os.environ.get("ADMINS", "").split(",")
    if address.strip()
]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", "errors@example.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "log_request_id.filters.RequestIDFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "json",
        },
        "mail_admins": {
            "class": "home.error_mail.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["request_id", "require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        "django.security": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
