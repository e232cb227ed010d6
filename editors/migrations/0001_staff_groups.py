"""Staff roles as groups. README.md ("Who can do what") is the readable form of this table.

Page rights are granted on the root of the tree; editors.roles narrows them to each role's page
types. Image and document rights are granted on the root collection. Wagtail's own Editors and
Moderators get the snippets and settings that the site's editors need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMUNICATIONS = "Communications editors"
POLICY = "Policy editors"
APPROVERS = "Approvers"
CAMPAIGN = "Campaign staff"

NEWSROOM_SNIPPETS = [
    "newsroom.add_organization",
    "newsroom.change_organization",
    "newsroom.delete_organization",
    "newsroom.add_boilerplate",
    "newsroom.change_boilerplate",
    "newsroom.delete_boilerplate",
    "newsroom.publish_boilerplate",
    "newsroom.add_mediacontact",
    "newsroom.change_mediacontact",
    "newsroom.delete_mediacontact",
]
SITE_TOOLS = [
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
]
SETTINGS = ["home.change_sitesettings", "newsroom.change_newsroomsettings"]
PEOPLE_AND_CITIES = [
    "taskforce.add_person",
    "taskforce.change_person",
    "taskforce.delete_person",
    "taskforce.publish_person",
    "taskforce.lock_person",
    "taskforce.unlock_person",
    "taskforce.add_city",
    "taskforce.change_city",
]
IMAGES_AND_DOCUMENTS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
CHOOSE_ONLY = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
WRITE_PAGES = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISH_PAGES = [*WRITE_PAGES, "publish_page"]

# group: (model permissions, page permissions on the root, collection permissions)
ROLES = {
    COMMUNICATIONS: (NEWSROOM_SNIPPETS + SITE_TOOLS + SETTINGS, WRITE_PAGES, IMAGES_AND_DOCUMENTS),
    POLICY: (PEOPLE_AND_CITIES, WRITE_PAGES, IMAGES_AND_DOCUMENTS),
    APPROVERS: (
        ["newsroom.publish_boilerplate", "taskforce.publish_person"],
        PUBLISH_PAGES,
        CHOOSE_ONLY,
    ),
    CAMPAIGN: ([], PUBLISH_PAGES, CHOOSE_ONLY),
}
# Wagtail's stock groups, when they exist: the snippets their members were turned away from.
STOCK = {
    "Editors": [p for p in NEWSROOM_SNIPPETS + PEOPLE_AND_CITIES if "publish" not in p],
    "Moderators": NEWSROOM_SNIPPETS + PEOPLE_AND_CITIES + SITE_TOOLS + SETTINGS,
}
ACCESS_ADMIN = "wagtailadmin.access_admin"
EXTRA_ACTIONS = ("publish", "lock", "unlock")  # Wagtail makes these after migrate


def _permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if found:
        return found
    action, model = codename.split("_", 1)
    if action not in EXTRA_ACTIONS:
        raise LookupError(f"No permission {dotted}")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {model}"
    )


def create_groups(apps, schema_editor):
    for label in ("newsroom", "taskforce", "letters", "home", "wagtailredirects",
                  "wagtailsearchpromotions", "wagtailimages", "wagtaildocs", "wagtailcore"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name, (model_perms, page_perms, collection_perms) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, p) for p in [ACCESS_ADMIN, *model_perms]))
        if root_page is not None:
            for codename in page_perms:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(apps, f"wagtailcore.{codename}")
                )
        if root_collection is not None:
            for dotted in collection_perms:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(apps, dotted)
                )

    for name, perms in STOCK.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*(_permission(apps, p) for p in perms))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[COMMUNICATIONS, POLICY, APPROVERS]).delete()
    campaign = Group.objects.filter(name=CAMPAIGN).first()
    if campaign is not None:
        apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=campaign).delete()
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
            group=campaign
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_newsroom_defaults"),
        ("taskforce", "0002_people_drafts_mentions_officers_actions"),
        ("letters", "0002_campaign_staff_group"),
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
