"""Calendar downloads of the employee's registrations, mounted at /academie/inschrijvingen/.

No app namespace: other templates link here as {% url "academy_ics" pk %}.
"""

from django.urls import path

from academy_pages import views_calendar

urlpatterns = [
    path("<int:pk>/agenda.ics", views_calendar.registration_ics, name="academy_ics"),
]
