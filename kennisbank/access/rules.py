"""Who may do what with an answer: Wagtail's page permissions, narrowed by ownership.

A department's members group ("Afdeling Burgerzaken") has its page permissions on the answers
index, so by Wagtail's tree rules alone it could edit every answer. Here a permission granted
through a department's members group counts only for that department's own answers, and on
an answers index only for adding new ones. Other groups (Redactie, Beheerders) keep Wagtail's
rules. With REVIEW_EDITORS_MAY_SKIP_APPROVAL switched off, the publish permission counts for
no answer at all: every change then goes through the owner department's approval (superusers
excepted).

The rule is applied twice, in the same terms: by OwnershipPagePermissionPolicy for listings
(explorer, admin search, reports) and by OwnershipPermissionTester for the page views (edit,
publish, delete, ...), so hiding a button and refusing the request always agree.
"""

from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import GroupPagePermission, PagePermissionTester, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

ANSWER, INDEX, OTHER = "answer", "index", "other"

# (page id, user id) while that user approves that page in the owner department's task, whose
# approval publishes the change although members cannot publish on their own.
approving: ContextVar[tuple[int, int] | None] = ContextVar("kennisbank_approving", default=None)


def editors_may_skip_approval() -> bool:
    """Whether users with publish permission (the Redactie) publish answers directly."""
    return bool(settings.REVIEW_EDITORS_MAY_SKIP_APPROVAL)


def _page_model_of_kind(kind: str):
    """The page type that declares ``ownership_kind = kind`` (AnswerPage: ANSWER,
    KennisbankIndexPage: INDEX). The page models use this module (their permission tester),
    so this module finds them among Wagtail's page types rather than importing them."""
    for model in get_page_models():
        if getattr(model, "ownership_kind", OTHER) == kind and not model._meta.abstract:
            return model
    raise LookupError(f"No page type has ownership_kind {kind!r}")


def _models():
    return _page_model_of_kind(ANSWER), _page_model_of_kind(INDEX)


def _action(permission: GroupPagePermission) -> str:
    """ "change" for the permission "change_page"."""
    return permission.permission.codename.rsplit("_", maxsplit=1)[0]


def _cached_on(user, name, compute):
    """`compute()`, kept on the user object for the rest of the request (as Wagtail keeps a
    user's page permissions): listings ask for every row."""
    attribute = f"_kennisbank_{name}"
    if not hasattr(user, attribute):
        setattr(user, attribute, compute())
    return getattr(user, attribute)


def department_of_group(user=None) -> dict[int, int]:
    """Members group id -> department id."""

    def compute():
        # Through the group's side of Department.group, so that this module needs no models.
        return dict(Group.objects.exclude(department=None).values_list("pk", "department__pk"))

    return compute() if user is None else _cached_on(user, "department_of_group", compute)


def ownership(page) -> tuple[str, int | None]:
    """(ANSWER, owner department id), (INDEX, None) or (OTHER, None) for any page instance."""
    answer_model, index_model = _models()
    if isinstance(page, answer_model):
        return ANSWER, page.owner_department_id
    page_class = page.specific_class
    if page_class is not None and issubclass(page_class, answer_model):
        owner = (
            answer_model.objects.filter(pk=page.pk)
            .values_list("owner_department_id", flat=True)
            .first()
        )
        return ANSWER, owner
    if page_class is not None and issubclass(page_class, index_model):
        return INDEX, None
    return OTHER, None


def _counts(department_id, action: str, kind: str, owner_id) -> bool:
    """Whether a permission for `action`, given through a group of department `department_id`
    (None: not a department's group), counts on a page of `kind` owned by `owner_id`."""
    if kind == ANSWER:
        if action == "publish" and not editors_may_skip_approval():
            return False
        return department_id is None or department_id == owner_id
    return department_id is None or (kind == INDEX and action == "add")


class OwnershipPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy with the ownership rule of this module."""

    def _scope(self, department_id, action: str) -> Q:
        """The pages (as a filter) on which a permission of a group of `department_id` counts;
        the same rule as _counts."""
        answer_model, index_model = _models()
        content_types = ContentType.objects.get_for_models(answer_model, index_model)
        is_answer = Q(content_type=content_types[answer_model])
        if department_id is None:
            scope = Q()
        else:
            scope = Q(
                pk__in=answer_model.objects.filter(owner_department_id=department_id).values("pk")
            )
            if action == "add":
                scope |= Q(content_type=content_types[index_model])
        if action == "publish" and not editors_may_skip_approval():
            scope &= ~is_answer
        return scope

    def permissions_for_page(self, user, page) -> set[str]:
        """The page actions ("add", "change", "publish", ...) `user`'s groups give on `page`."""
        if not user.is_active:
            return set()
        kind, owner_id = ownership(page)
        departments = department_of_group(user)
        return {
            _action(perm)
            for perm in self.get_cached_permissions_for_user(user)
            if page.path.startswith(perm.page.path)
            and _counts(departments.get(perm.group_id), _action(perm), kind, owner_id)
        }

    def user_has_any_permission_for_instance(self, user, actions, instance):
        base_permission = self._base_user_has_permission(user)
        if base_permission is not None:
            return base_permission
        permissions = self.permissions_for_page(user, instance)
        # As in Wagtail: who may add pages may also change the pages they own.
        if "add" in permissions and instance.owner_id == user.pk:
            permissions.add("change")
        return bool(permissions & set(actions))

    def instances_user_has_any_permission_for(self, user, actions):
        base_queryset = self._base_queryset_for_user(user)
        if base_queryset is not None:
            return base_queryset
        actions = set(actions)
        departments = department_of_group(user)
        manager = self.model._default_manager
        pages = manager.none()
        for perm in self.get_cached_permissions_for_user(user):
            action = _action(perm)
            owned_only = action == "add" and "add" not in actions and "change" in actions
            if not owned_only and action not in actions:
                continue
            scope = self._scope(departments.get(perm.group_id), "change" if owned_only else action)
            found = manager.descendant_of(perm.page, inclusive=True).filter(scope)
            if owned_only:
                found = found.filter(owner=user)
            pages |= found
        return pages

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        actions = set(actions)
        kind, owner_id = ownership(instance)
        departments = department_of_group()
        groups, owner_groups = set(), set()
        for perm in GroupPagePermission.objects.filter(
            page__in=instance.get_ancestors(inclusive=True)
        ).select_related("permission"):
            action = _action(perm)
            if not _counts(departments.get(perm.group_id), action, kind, owner_id):
                continue
            if action in actions:
                groups.add(perm.group_id)
            elif action == "add" and "change" in actions:
                owner_groups.add(perm.group_id)
        query = Q(groups__in=groups) | (Q(groups__in=owner_groups) & Q(pk=instance.owner_id))
        if include_superusers:
            query |= Q(is_superuser=True)
        return get_user_model()._default_manager.filter(query, is_active=True).distinct()


# Registered for every page in KennisbankConfig.ready(), replacing Wagtail's own.
policy = OwnershipPagePermissionPolicy()


class OwnershipPermissionTester(PagePermissionTester):
    """Wagtail's permission tester for one page, with the ownership rule of this module."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            self.permissions = self.permission_policy.permissions_for_page(user, page)

    def can_publish(self):
        return super().can_publish() or approving.get() == (self.page.pk, self.user.pk)

    def can_publish_subpage(self):
        # Publishing a new answer straight from the answers index is publishing an answer.
        if ownership(self.page)[0] == INDEX and not editors_may_skip_approval():
            return self.user.is_superuser
        return super().can_publish_subpage()


def member_department_ids(user) -> set[int]:
    """The departments whose members group `user` is in."""
    if not user.is_active:
        return set()

    def compute():
        groups = set(user.groups.values_list("pk", flat=True))
        departments = department_of_group(user)
        return {department for group, department in departments.items() if group in groups}

    return _cached_on(user, "member_departments", compute)


def edits_every_answer(user) -> bool:
    """Whether `user` may change answers of every department: the Redactie, Beheerders and
    superusers, not the members of a department."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True

    def compute():
        _, index_model = _models()
        index_paths = list(index_model.objects.values_list("path", flat=True))
        departments = department_of_group(user)
        return any(
            _action(perm) == "change"
            and perm.group_id not in departments
            and any(path.startswith(perm.page.path) for path in index_paths)
            for perm in policy.get_cached_permissions_for_user(user)
        )

    return _cached_on(user, "edits_every_answer", compute)


def can_sign_off(user, answer) -> bool:
    """Only the owner department signs its answers off (and superusers). An answer that is not
    published, or whose department is no longer active, first needs publishing or a new owner."""
    if not (user.is_active and answer.live and answer.owner_department.is_active):
        return False
    return user.is_superuser or answer.owner_department_id in member_department_ids(user)


def for_departments_of(user, queryset):
    """The rows of `queryset` (with a `department`) that `user` answers for: every
    department's for the Redactie, Beheerders and superusers, their own departments' for members,
    none for anyone else. Corrections and call-back requests follow this rule."""
    if edits_every_answer(user):
        return queryset
    return queryset.filter(department__in=member_department_ids(user))


def answers_for_department(user, department_id) -> bool:
    """Whether `user` may handle something of department `department_id` (the same rule)."""
    return edits_every_answer(user) or department_id in member_department_ids(user)
