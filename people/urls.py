from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.LogoutView.as_view(), name="logout"),
    path("taal/", views.set_language, name="language"),
    path("", views.AccountView.as_view(), name="account"),
]
