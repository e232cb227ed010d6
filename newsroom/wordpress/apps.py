from django.apps import AppConfig


class WordPressConfig(AppConfig):
    name = "newsroom.wordpress"
    label = "wordpress"
    verbose_name = "WordPress import"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import redirects

        redirects.connect()
