"""The employee's own pages: log in, log out, "Mijn account", confirming a new e-mail address
and the download of their data."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.users.models import UserProfile

from intranet import privacy
from people import email_change, sso
from people.forms import FirstPasswordResetForm, LanguageForm, LoginForm
from people.models import EmployeeProfile


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "people/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sso_enabled"] = sso.is_enabled()
        context["local_login_hidden"] = sso.hides_local_login()
        # After logging out of an SSO session: the offer to log out at the provider too (once).
        context["sso_logout_url"] = self.request.session.pop(sso.SESSION_LOGOUT_OFFER, None)
        return context


class LogoutView(auth_views.LogoutView):
    """Log out (POST only, as Django requires) and say so on the login page."""

    def post(self, request, *args, **kwargs):
        provider_logout = sso.end_session_url(request)
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You have been logged out."))
        if provider_logout:
            # Logging out at Microsoft ends every Microsoft 365 session in this browser (Outlook,
            # Teams): offered on the login page, not done behind the employee's back.
            request.session[sso.SESSION_LOGOUT_OFFER] = provider_logout
        return response


@require_http_methods(["GET", "POST"])
def sso_login(request, provider_id):
    """The button "Log in with your West Betuwe account" posts here; a GET goes to the login page."""
    if request.method == "GET":
        return redirect("people:login")
    return sso.login_view(request)


@require_GET
def sso_callback(request, provider_id):
    """Where the provider sends the employee back with the code (the registered redirect URI)."""
    return sso.callback_view(request)


class PasswordResetView(auth_views.PasswordResetView):
    form_class = FirstPasswordResetForm
    template_name = "people/password_reset_form.html"
    subject_template_name = "people/email/password_reset_subject.txt"
    email_template_name = "people/email/password_reset_email.txt"
    html_email_template_name = "people/email/password_reset_email.html"
    success_url = reverse_lazy("people:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "people/password_reset_confirm.html"
    success_url = reverse_lazy("people:password_reset_complete")


class AccountView(auth_views.PasswordChangeView):
    """The employee's own profile, read-only, with the form to change their password.

    Only the logged-in user's own profile is ever shown here; profiles of others are only
    visible to editors in the Wagtail admin.
    """

    template_name = "people/account.html"
    success_url = reverse_lazy("people:account")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # Django's form puts focus in "old password": the page would open scrolled to a form most
        # visitors came to read past, and a screen reader would skip the profile above it.
        form.fields["old_password"].widget.attrs.pop("autofocus", None)
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["profile"] = EmployeeProfile.objects.for_user(self.request.user)
        context["language_form"] = LanguageForm(initial={"language": translation.get_language()})
        context["personal_data_labels"] = [kind.label for kind in privacy.kinds() if kind.export is not None]
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response


@require_POST
def set_language(request):
    """Remember the chosen language for the intranet (cookie) and the Wagtail admin (profile)."""
    form = LanguageForm(request.POST)
    if not form.is_valid():
        return redirect("people:account")
    language = form.cleaned_data["language"]
    wagtail_profile = UserProfile.get_for_user(request.user)
    wagtail_profile.preferred_language = language
    wagtail_profile.save(update_fields=["preferred_language"])
    translation.activate(language)
    messages.success(request, _("The intranet now speaks your language."))
    response = redirect("people:account")
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


@require_GET
@login_required
def download_my_data(request):
    """ "Mijn gegevens downloaden": everything the registered kinds hold about the logged-in
    employee, as a JSON file (the right of access, AVG article 15). Only ever request.user's."""
    data = privacy.export_personal_data(request.user)
    response = JsonResponse(
        data, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    filename = f"mijn-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal data: no shared cache or browser cache may keep a copy.
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def confirm_email_change(request, token):
    """The page behind the link in the mail to a new address: a GET shows it, a POST confirms.

    Only the account holder, logged in (the login-required middleware sends others to the login
    page first), can confirm; any other case shows why and changes nothing.
    """
    try:
        if request.method == "POST":
            change = email_change.confirm(token, request.user)
            messages.success(
                request, _("Your e-mail address is now %(email)s.") % {"email": change.new_email}
            )
            return redirect("people:account")
        change = email_change.change_for_token(token, request.user)
    except email_change.EmailChangeError as error:
        status = 403 if error.code == "other_user" else 400
        return render(request, "people/email_change_problem.html", {"message": error.message}, status=status)
    return render(request, "people/email_change_confirm.html", {"change": change})
