"""The roles (groups) and the answer workflow every installation starts with.

Self-contained on purpose (a migration must keep working when the code moves on), so the
names repeat those in kennisbank/roles.py and kennisbank/approval.py. Existing groups of the
same name (an earlier demo database) get the permissions added; nothing is taken away.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Redactie"
AGENTS = "KCC-medewerkers"
ADMINISTRATORS = "Beheerders"
TASK_NAME = "Goedkeuring door eigenaar-afdeling"
WORKFLOW_NAME = "Antwoorden: goedkeuring door eigenaar-afdeling"

EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "kennisbank.view_answerpage",
    "kennisbank.view_department",
    "kennisbank.change_department",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
]
MODEL_PERMISSIONS = {
    EDITORS: EDITOR_PERMISSIONS,
    AGENTS: ["wagtailadmin.access_admin", "kennisbank.view_answerpage"],
    ADMINISTRATORS: [
        *EDITOR_PERMISSIONS,
        "kennisbank.add_department",
        "kennisbank.delete_department",
        "kennisbank.change_contactsettings",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.add_group",
        "auth.change_group",
        "auth.delete_group",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.delete_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailcore.delete_task",
    ],
}
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS = {
    EDITORS: EDITOR_PAGE_PERMISSIONS,
    ADMINISTRATORS: [*EDITOR_PAGE_PERMISSIONS, "bulk_delete_page"],
}


def ensure_permissions(apps):
    # On a new database Django creates permissions only after all migrations have run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).first()
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for label in permissions:
            app_label, codename = label.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        if root is None:
            continue
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def create_answer_workflow(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("kennisbank", "OwnerDepartmentApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    KennisbankIndexPage = apps.get_model("kennisbank", "KennisbankIndexPage")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="kennisbank", model="ownerdepartmentapprovaltask"
    )
    task, _ = Task.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": content_type, "active": True}
    )
    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index in KennisbankIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=index.pk, defaults={"workflow": workflow})


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    create_roles(apps)
    create_answer_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0003_review_cycle"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
