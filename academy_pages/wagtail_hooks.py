"""Wagtail admin hooks of the Academy."""

from wagtail import hooks

from academy_pages.admin.viewsets import AcademyViewSetGroup


@hooks.register("register_admin_viewset")
def register_academy_viewsets():
    return AcademyViewSetGroup()


# The report "Stand van zaken Academie" lives in the Reports menu.
from academy_pages import report_hooks  # noqa: E402, F401
