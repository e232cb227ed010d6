"""A small HTTP client for the stack tests: no cookie jar (the tests choose every cookie), and
a chosen source address on the loopback network, so that many "readers" can be told apart."""

import http.client
import re
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def cache(self):
        return self.headers.get("X-Cache", "")

    def cookie(self, name):
        for value in self.headers.get_all("Set-Cookie") or []:
            match = re.match(rf"{name}=([^;]*)", value)
            if match:
                return match.group(1)
        return None


def request(base, path, method="GET", headers=None, data=None, source="127.0.0.1"):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=30, source_address=(source, 0)
    )
    body = urlencode(data) if data is not None else None
    headers = dict(headers or {})
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read().decode())
    finally:
        connection.close()


def wait_for(check, timeout):
    """Seconds until check() is true, or None if it never was within `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started <= timeout:
        if check():
            return time.monotonic() - started
        time.sleep(0.02)
    return None
