from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - development settings only, refused elsewhere


class Command(BaseCommand):
    help = (
        "Create a local admin login and point the default site at 127.0.0.1:PORT, so canonical "
        "links and e-mailed links lead to the server you run (development settings only)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000", help="The port the site is served on.")

    def handle(self, *args, **options):
        if not settings.DEBUG or not settings.SETTINGS_MODULE.endswith(".dev"):
            raise CommandError("ensure_dev_admin only runs with the development settings.")
        for site in Site.objects.filter(is_default_site=True):
            site.hostname, site.port = "127.0.0.1", int(options["port"])
            site.save()  # save(), not update(): Wagtail's cached site root paths are cleared
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        if created:
            user.is_staff = user.is_superuser = True
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in at http://127.0.0.1:{options['port']}/admin/ "
                f"with user '{USERNAME}' and password '{PASSWORD}'"
                + ("" if created else " (unless you changed it)")
            )
        )
