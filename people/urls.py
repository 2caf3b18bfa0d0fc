from django.contrib.auth import views as auth_views
from django.urls import path

from people import sso, views

app_name = "people"
urlpatterns = [
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(template_name="people/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-instellen/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-ingesteld/",
        auth_views.PasswordResetCompleteView.as_view(template_name="people/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("taal/", views.set_language, name="language"),
    path("mijn-gegevens/", views.download_my_data, name="my_data"),
    path("e-mailadres-bevestigen/<str:token>/", views.confirm_email_change, name="email_change_confirm"),
    path("", views.AccountView.as_view(), name="account"),
]

# Single sign-on (people/sso.py), mounted without a namespace under account/: allauth finds its
# views by these names. The provider id is fixed, so the URLs take no parameter.
sso_urlpatterns = [
    path("sso/inloggen/", views.sso_login, {"provider_id": sso.PROVIDER_ID}, name="openid_connect_login"),
    path("sso/terug/", views.sso_callback, {"provider_id": sso.PROVIDER_ID}, name="openid_connect_callback"),
]
