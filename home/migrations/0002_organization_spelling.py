from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(
            model_name="sitesettings",
            old_name="organisation_name",
            new_name="organization_name",
        ),
        migrations.RenameField(
            model_name="sitesettings",
            old_name="organisation_short_name",
            new_name="organization_short_name",
        ),
        migrations.AlterField(
            model_name="sitesettings",
            name="footer_text",
            field=models.TextField(
                blank=True, help_text="One or two sentences about the organization."
            ),
        ),
    ]
