"""What every page model of the intranet shares."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


class IntranetPage(Page):
    """The base of the intranet's page models: Wagtail's ``Page`` with a cheaper check of view
    restrictions.

    Wagtail checks the view restrictions of a page on every request: it reads the page's ancestors
    (one query) and then the restrictions on them (a second). On this intranet almost no page has
    one, because the whole site already requires a login. So one query first asks whether any page
    on the way from the root to this one has a restriction or is an alias (whose source page's
    restrictions count instead); only if one does, Wagtail's own method runs. The answer is read
    from the database on every request, never remembered.
    """

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if self.pk is None:
            return super().get_view_restrictions()
        ancestor_paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        may_be_restricted = (
            Page.objects.filter(path__in=ancestor_paths)
            .filter(Q(alias_of__isnull=False) | Q(view_restrictions__isnull=False))
            .exists()
        )
        if may_be_restricted:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
