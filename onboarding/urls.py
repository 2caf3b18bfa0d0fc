"""Onboarding URLs that are not Wagtail pages, mounted at /inwerkprogramma/ in intranet/urls.py.

The onboarding section's pages (the programmes) live under their own slug, so "inwerkprogramma"
must not be used as a page slug at the top level.
"""

from django.urls import path

from onboarding import views

app_name = "onboarding"
urlpatterns = [
    path("", views.my_programme, name="mine"),
    path("nieuwe-collegas/", views.overview, name="overview"),
    path("nieuwe-collegas/inschrijven/", views.enrol, name="enrol"),
    path("nieuwe-collegas/export/<str:file_format>/", views.overview_export, name="overview_export"),
    path("<int:pk>/", views.enrolment_detail, name="enrolment"),
    path("<int:pk>/stappen/<int:step_id>/gedaan/", views.mark_done, name="done"),
    path("<int:pk>/stappen/<int:step_id>/ongedaan/", views.mark_undone, name="undone"),
]
