"""What every page model of the intranet shares."""

from django.db import connection
from wagtail.models import Page, PageViewRestriction


class IntranetPage(Page):
    """The base of the intranet's page models: Wagtail's ``Page`` with a cheaper check of view
    restrictions.

    Wagtail checks the view restrictions of a page on every request: it reads the page's ancestors
    (one query) and then the restrictions on them (a second). On this intranet almost no page has
    one, because the whole site already requires a login. So one statement first asks whether any
    page on the way from the root to this one has a restriction or is an alias (whose source
    page's restrictions count instead); only if one does, Wagtail's own method runs. The answer is
    read from the database on every request, never remembered. The statement is written out
    rather than built with the ORM because every page view asks it, and building the query took
    longer than the database's answer (docs/architecture.md).
    """

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if self.pk is None:
            return super().get_view_restrictions()
        ancestor_paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        placeholders = ", ".join(["%s"] * len(ancestor_paths))
        with connection.cursor() as cursor:
            cursor.execute(_MAY_BE_RESTRICTED_SQL.format(paths=placeholders), ancestor_paths)
            may_be_restricted = cursor.fetchone() is not None
        if may_be_restricted:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


_MAY_BE_RESTRICTED_SQL = f"""
    SELECT 1 FROM {Page._meta.db_table} page
    WHERE page.path IN ({{paths}}) AND (
        page.alias_of_id IS NOT NULL
        OR EXISTS (
            SELECT 1 FROM {PageViewRestriction._meta.db_table} restriction WHERE restriction.page_id = page.id
        )
    )"""
