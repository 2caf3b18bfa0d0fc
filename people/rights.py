"""Whose account a user may change: the rule "has more rights than" for imports and profiles.

An account has more rights than a user (the actor) when any of these holds:

1. the account is a superuser and the actor is not;
2. the account is staff (`is_staff`) and the actor is not a superuser;
3. the account holds a model permission (its own or through a group) that the actor lacks;
4. the account is in a group that the actor is not in and that grants Wagtail page or
   collection permissions. Those are given per page tree or collection; comparing them tree by
   tree is easy to get wrong, so membership of such a group counts on its own.

A superuser actor has every right, so no account has more rights than a superuser. An account
with the same rights as the actor (a fellow editor) does not have more. Inactive accounts are
judged by the rights they would have again when reactivated; an inactive actor has none.

`accounts_with_more_rights` loads the rights of any number of accounts in five queries, so an
import of 10,000 rows does not ask the database once per row.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupCollectionPermission, GroupPagePermission


@dataclass(frozen=True)
class Rights:
    """What an actor may do: the flags, model permissions ("app_label.codename") and groups."""

    is_superuser: bool = False
    is_staff: bool = False
    permissions: frozenset = frozenset()
    group_ids: frozenset = frozenset()

    @classmethod
    def of_user(cls, user):
        if not user.is_active:
            return cls()
        return cls(
            is_superuser=user.is_superuser,
            is_staff=user.is_staff,
            permissions=frozenset(user.get_all_permissions()),
            group_ids=frozenset(user.groups.values_list("pk", flat=True)),
        )

    @classmethod
    def of_group(cls, name):
        """The rights of an account that is only in the group `name` (no rights if it is missing)."""
        group = Group.objects.filter(name=name).first()
        if group is None:
            return cls()
        granted = Permission.objects.filter(group=group).values_list("content_type__app_label", "codename")
        return cls(
            permissions=frozenset(f"{app_label}.{codename}" for app_label, codename in granted),
            group_ids=frozenset([group.pk]),
        )


def rights_of(actor):
    """`actor` as Rights: a user, or Rights already."""
    return actor if isinstance(actor, Rights) else Rights.of_user(actor)


def accounts_with_more_rights(users, actor):
    """The primary keys of those `users` that have more rights than `actor` (a user or Rights)."""
    actor = rights_of(actor)
    users = list(users)
    if actor.is_superuser or not users:
        return set()
    ids = {user.pk for user in users}
    User = get_user_model()

    permissions = defaultdict(set)
    own = User.user_permissions.through.objects.filter(user_id__in=ids).values_list(
        "user_id", "permission__content_type__app_label", "permission__codename"
    )
    for user_id, app_label, codename in own:
        permissions[user_id].add(f"{app_label}.{codename}")

    groups = defaultdict(set)
    for user_id, group_id in User.groups.through.objects.filter(user_id__in=ids).values_list(
        "user_id", "group_id"
    ):
        groups[user_id].add(group_id)
    all_group_ids = set().union(*groups.values())
    group_permissions = defaultdict(set)
    granted = Group.permissions.through.objects.filter(group_id__in=all_group_ids).values_list(
        "group_id", "permission__content_type__app_label", "permission__codename"
    )
    for group_id, app_label, codename in granted:
        group_permissions[group_id].add(f"{app_label}.{codename}")
    # Groups with page or collection permissions the actor does not share (rule 4).
    foreign_groups = all_group_ids - actor.group_ids
    wagtail_groups = set()
    for model in (GroupPagePermission, GroupCollectionPermission):
        granting = model.objects.filter(group_id__in=foreign_groups)
        wagtail_groups.update(granting.values_list("group_id", flat=True))

    stronger = set()
    for user in users:
        held = permissions[user.pk].union(*(group_permissions[group_id] for group_id in groups[user.pk]))
        if (
            user.is_superuser
            or user.is_staff
            or not held <= actor.permissions
            or groups[user.pk] & wagtail_groups
        ):
            stronger.add(user.pk)
    return stronger


def has_more_rights(user, actor):
    """True when the account `user` has more rights than `actor` (a user or Rights)."""
    return user.pk in accounts_with_more_rights([user], actor)
