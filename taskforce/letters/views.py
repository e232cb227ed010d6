"""Thin request handling for the letter page's routes; forms, ratelimit and services do the work."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .forms import SignatureForm
from .ratelimit import rate_limit, rate_limit_exceeded
from .services import submit_signature

SESSION_KEY = "letters:signed"


def _render(page, request, form, status=200, **extra):
    context = page.get_context(request)
    context.update({"form": form, "letter_open": page.is_open(), **extra})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if form is not None:
        # The form carries a CSRF token and the signer's own input: never cache it.
        add_never_cache_headers(response)
    return response


def letter_view(page, request):
    if not page.is_open():
        return _render(page, request, None)
    if request.method != "POST":
        return _render(page, request, SignatureForm())

    if rate_limit_exceeded(request):
        response = _render(page, request, None, status=429, rate_limited=True)
        response["Retry-After"] = str(rate_limit()[1])
        return response

    form = SignatureForm(request.POST)
    if form.is_bot:
        # A neutral answer: the same redirect a person gets, with nothing stored.
        return redirect(page.get_url(request) + page.reverse_subpage("thanks"))
    if not form.is_valid():
        return _render(page, request, form)

    result = submit_signature(page, form.cleaned_data)
    if not result.stored:
        return _render(page, request, form, already_signed=result.signature.city_label)
    signed = request.session.get(SESSION_KEY, {})
    signed[str(page.pk)] = {
        "mayor": result.signature.mayor_name,
        "city": result.signature.city_label,
    }
    request.session[SESSION_KEY] = signed
    return redirect(page.get_url(request) + page.reverse_subpage("thanks"))


def thanks_view(page, request):
    """The PRG target: reloading it shows the thanks again and signs nothing."""
    signed = request.session.get(SESSION_KEY, {}).get(str(page.pk))
    context = page.get_context(request)
    context.update({"signed": signed})
    response = TemplateResponse(request, "letters/sign_on_letter_thanks.html", context)
    add_never_cache_headers(response)
    return response
