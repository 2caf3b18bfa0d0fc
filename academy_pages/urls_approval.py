"""Team-leader approval links from the mails, mounted at /academie/akkoord/."""

from django.urls import path

from academy_pages import views_approval

app_name = "academy_approval"

urlpatterns = [
    path("<str:token>/goedkeuren/", views_approval.approve, name="approve"),
    path("<str:token>/afwijzen/", views_approval.decline, name="decline"),
]
