"""The authentication backend: Django's ModelBackend, which reads with the user of a request
whether they may open the Wagtail admin.

Every page asks that question for the userbar and the admin link, mostly to draw nothing. Asked
in the statement that loads the user (`may_access_admin`), it costs no round trip of its own;
it is still read afresh on every request, so a role taken away hides the userbar at once.
Nothing about the user is remembered between requests.

The rule is ModelBackend's: an active superuser, or the permission `wagtailadmin.access_admin`
given to the account itself or to one of its groups. It is written in SQL over Django's auth
tables because building the same question through the ORM takes longer than the database takes
to answer it (docs/architecture.md).
"""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.expressions import RawSQL

# What sessions of this backend store (BACKEND_SESSION_KEY) and AUTHENTICATION_BACKENDS names.
PATH = "people.backends.EmployeeBackend"


def _access_admin_sql(user_id):
    """EXISTS (...) over the auth tables; `user_id` is `%s` or the outer query's user column."""
    permission, content_type = Permission._meta.db_table, ContentType._meta.db_table
    user_permissions = User.user_permissions.through._meta.db_table
    user_groups = User.groups.through._meta.db_table
    group_permissions = Group.permissions.through._meta.db_table
    return f"""EXISTS (
        SELECT 1 FROM {permission} p JOIN {content_type} ct ON ct.id = p.content_type_id
        WHERE ct.app_label = 'wagtailadmin' AND p.codename = 'access_admin' AND (
            EXISTS (
                SELECT 1 FROM {user_permissions} up WHERE up.permission_id = p.id AND up.user_id = {user_id}
            )
            OR EXISTS (
                SELECT 1 FROM {user_groups} ug JOIN {group_permissions} gp ON gp.group_id = ug.group_id
                WHERE gp.permission_id = p.id AND ug.user_id = {user_id}
            )
        ))"""


_FOR_ONE_USER = "SELECT " + _access_admin_sql("%s")
_FOR_LOADED_USER = _access_admin_sql(f'"{User._meta.db_table}"."{User._meta.pk.column}"')


class EmployeeBackend(ModelBackend):
    def get_user(self, user_id):
        users = User._default_manager.annotate(may_access_admin=RawSQL(_FOR_LOADED_USER, ()))
        try:
            user = users.get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


def can_access_admin(user):
    """Whether `user` may open the Wagtail admin: ModelBackend's answer, read with the user of
    the request when this backend loaded it, else asked with one statement."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    answer = getattr(user, "may_access_admin", None)
    if answer is None:
        with connection.cursor() as cursor:
            cursor.execute(_FOR_ONE_USER, [user.pk, user.pk])
            answer = cursor.fetchone()[0]
    return bool(answer)
