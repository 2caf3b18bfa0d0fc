"""Every Academy URL that is not a Wagtail page, mounted at /academie/ in intranet/urls.py.

Registering for a course or a workshop is a route of the course or event page itself
(RoutablePageMixin, see docs/academy.md); the catalogue at /academie/ is a page too. Paths here
never clash with page slugs: "mijn-inschrijvingen", "inschrijvingen" and "akkoord" are reserved.
"""

from django.urls import include, path

from academy_pages.views import approval, calendar, registrations

# The team leader's decision, through the signed link in the approval mail.
approval_patterns = (
    [
        path("<str:token>/goedkeuren/", approval.approve, name="approve"),
        path("<str:token>/afwijzen/", approval.decline, name="decline"),
    ],
    "academy_approval",
)

urlpatterns = [
    path("mijn-inschrijvingen/", registrations.my_registrations, name="academy_my_registrations"),
    path(
        "mijn-inschrijvingen/<int:pk>/afmelden/",
        registrations.cancel_registration,
        name="academy_cancel_registration",
    ),
    path("mijn-inschrijvingen/<int:pk>/evaluatie/", registrations.evaluate, name="academy_evaluation"),
    path("inschrijvingen/<int:pk>/agenda.ics", calendar.registration_ics, name="academy_ics"),
    path("akkoord/", include(approval_patterns)),
]
