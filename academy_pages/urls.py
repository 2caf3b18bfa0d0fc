"""The Academy's pages that are not Wagtail pages, mounted at /academie/ in intranet/urls.py.

They all live under /academie/mijn-inschrijvingen/, so the only slug they take from the page
tree is "mijn-inschrijvingen" under the catalogue page. Registering for a course or workshop is a
route of the course or event page itself (RoutablePageMixin), see docs/academy.md.
"""

from django.urls import path

from academy_pages.views import registrations

urlpatterns = [
    path("mijn-inschrijvingen/", registrations.my_registrations, name="academy_my_registrations"),
    path(
        "mijn-inschrijvingen/<int:pk>/afmelden/",
        registrations.cancel_registration,
        name="academy_cancel_registration",
    ),
    path("mijn-inschrijvingen/<int:pk>/evaluatie/", registrations.evaluate, name="academy_evaluation"),
]
