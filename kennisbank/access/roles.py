"""The roles of the knowledge base, as Django groups.

- Redactie (web editors): edit every page, publish (answers too, while
  REVIEW_EDITORS_MAY_SKIP_APPROVAL is on), reassign answers to another department, manage
  synonyms (search migration 0004) and use the search analytics reports.
- Department members, one group per department ("Afdeling Burgerzaken"): add answers, edit
  and submit their own department's answers, approve and sign them off (kennisbank.access.rules).
- KCC-medewerkers (contact-centre agents): read answers including the internal notes
  (the permission kennisbank.view_answerpage).
- Beheerders (administrators): what the Redactie may, plus users, groups, departments,
  workflows and contact settings.

Migration 0004 creates the three fixed roles; a department's group is made with the
department (the demo loader does so with members_group).
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

# Reading answers with their internal notes: what the KCC-medewerkers (and the Redactie and
# Beheerders) have, and what the workbench asks for.
READ_ANSWERS_PERMISSION = "kennisbank.view_answerpage"

EDITORS = "Redactie"
AGENTS = "KCC-medewerkers"
ADMINISTRATORS = "Beheerders"
MEMBER_PAGE_PERMISSIONS = ("add_page", "change_page")


def members_group(department, index) -> Group:
    """The department's members group with what members need: the admin, and adding and
    changing pages under the answers `index` (narrowed to their own answers by
    kennisbank.access.rules). Created and linked to the department when missing."""
    group = department.group
    if group is None:
        group, _ = Group.objects.get_or_create(name=f"Afdeling {department.name}")
        department.group = group
        department.save(update_fields=["group"])
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in MEMBER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return group


def grant_permission(apps, app_label: str, codename: str, group_names) -> None:
    """For data migrations: give the groups named `group_names` (those that exist) the model
    permission `app_label.codename`. Django creates permissions only after all migrations
    have run, so it is created here first when missing."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    app_config.models_module = True  # a migration state stub lacks it; create_permissions asks
    create_permissions(app_config, apps=apps, verbosity=0)
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    permission = permission_model.objects.get(content_type__app_label=app_label, codename=codename)
    for group in group_model.objects.filter(name__in=group_names):
        group.permissions.add(permission)
