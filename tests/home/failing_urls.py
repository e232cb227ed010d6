"""A URL that fails, for the error-reporting test."""

from django.urls import path


def broken(request):
    raise RuntimeError("the archive index is gone")


urlpatterns = [path("broken/", broken)]
