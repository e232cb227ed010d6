"""Fill the real Wagtail editor form the way a browser would: read it, change fields, post."""

from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from newsroom.models import NewsIndexPage


def create_press_item_form(client, item_type=""):
    news = NewsIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=("newsroom", "pressitempage", news.pk))
    if item_type:
        url += f"?item_type={item_type}"
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return url, response, querydict_from_html(response.content.decode(), form_id="page-edit-form")


def post_press_item(client, action, **fields):
    """Create a press item from the prefilled form; `action` is save, publish or submit."""
    url, _, data = create_press_item_form(client, fields.pop("item_type", ""))
    data.update(
        {
            "title": fields.pop("title", "Mayors respond to the federal budget"),
            "slug": fields.pop("slug", "mayors-respond-federal-budget"),
            "summary": fields.pop("summary", "The nation's mayors answer the budget proposal."),
            "body-count": "0",
        }
    )
    for key, value in fields.items():
        data[key] = value
    data.pop("action-publish", None)
    data.pop("action-submit", None)
    if action != "save":
        data[f"action-{action}"] = action
    return client.post(url, data)


def errors_in(response):
    """The error messages of a re-displayed editor form, for assertion messages."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.content, "html.parser")
    found = [" ".join(e.get_text().split()) for e in soup.select(".error-message, .help-critical")]
    fields = [
        el.get("data-field-name") or el.get("id")
        for el in soup.select(".w-field--error, [data-field].w-field--error")
    ]
    return f"{response.status_code}: {found} {fields}"
