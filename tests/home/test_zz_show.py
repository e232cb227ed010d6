import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_show(client):
    for url in ["/task-forces/immigration-reform/", "/issues/immigration/"]:
        client.get(url)
        with CaptureQueriesContext(connection) as q:
            client.get(url)
        print(len(q), url)
        for x in q.captured_queries:
            s = x["sql"]
            print("   ", s[:60], "...", s[s.find(" FROM ") :][:260])
