vcl 4.1;
# Varnish in front of the app servers. Anonymous readers get cached pages (cookies stripped);
# the admin, previews, form posts and logged-in editors go straight through. Publishing purges
# by surrogate key (the app's `xkey` header; see home/surrogate_keys.py). Needs varnish-modules.

import directors;
import std;
import xkey;

# The app servers (scripts/stack.sh rewrites these ports for its throwaway stack).
backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = { .url = "/healthz"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}
backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = { .url = "/healthz"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
    apps.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed"));
        }
        if (req.http.xkey-purge) {
            # Hard purge: the next reader gets a fresh page, never the old one.
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        return (purge);  # Wagtail's own per-URL purge
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # form posts (sign-on letters, search is GET)
    }
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.url ~ "^/healthz") {
        return (pass);  # the admin and page previews live under /admin/
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);  # logged-in editors; a reader just shown a message ("Thank you …")
    }
    # Anonymous readers: no cookie reaches the app, so everyone shares one cached copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_fetch {
    # A retry goes to the other app server, not to wherever round robin (shared by every
    # fetch in flight) points next, which can be the stopped one again.
    if (bereq.retries > 0) {
        if (bereq.http.x-failed-backend == "app1") {
            set bereq.backend = app2;
        } else {
            set bereq.backend = app1;
        }
        unset bereq.http.x-failed-backend;
    }
}

sub vcl_backend_response {
    # Readers get the last good page for up to a day while the app servers are down or
    # restarting; a fresh copy is fetched in the background once they answer again.
    set beresp.grace = 24h;
    if (beresp.status >= 500 && bereq.retries < 1 && bereq.method == "GET") {
        set bereq.http.x-failed-backend = beresp.backend.name;
        return (retry);  # an app server shutting down: ask the other one
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_backend_error {
    # A stopped app server: try the other one before giving up.
    if (bereq.retries < 2) {
        set bereq.http.x-failed-backend = beresp.backend.name;
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
