from django.apps import AppConfig


class LettersConfig(AppConfig):
    """Sign-on letters live inside taskforce/ but keep their own tables and migrations."""

    name = "taskforce.letters"
    label = "letters"
    verbose_name = "Sign-on letters"
