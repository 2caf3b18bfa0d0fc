from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from intranet.text_limits import limit_length
from people import sso, throttling
from people.importing import COLUMNS, MAX_FILE_SIZE


class EmployeeImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))
    dry_run = forms.BooleanField(
        label=_("Only check the file, save nothing"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "One employee per row, columns separated by ; or , with these names in the first row: "
            "%(columns)s. The first four are required. Dates as dd-mm-jjjj. An empty cell clears "
            "that value; unknown teams are created. Nothing is saved unless every row is correct."
        ) % {"columns": ";".join(COLUMNS)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 2 MB. Split it into smaller files."))
        return upload


def languages_in_their_own_names():
    """Each language named in itself ("Nederlands", "English"): people look for their own."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the intranet"), choices=languages_in_their_own_names)


class FirstPasswordResetForm(PasswordResetForm):
    """Also sends the link to active employees without a password yet (imported from CSV),
    so "forgot password" doubles as "set your first password"."""

    def get_users(self, email):
        User = get_user_model()
        email_field = User.get_email_field_name()
        users = User._default_manager.filter(**{f"{email_field}__iexact": email, "is_active": True})
        users = users.iterator()
        if sso.hides_local_login():
            # A password an employee could not log in with would only be one more secret to steal.
            return (user for user in users if sso.keeps_password_login(user))
        return users

    def save(self, *args, request=None, **kwargs):
        """Send the mail unless the limits of people.throttling stop it; the visitor sees no difference."""
        if request is not None and not throttling.allow_reset_mail(
            self.cleaned_data["email"], throttling.client_ip(request)
        ):
            return
        super().save(*args, request=request, **kwargs)


class ThrottledLoginMixin:
    """Say that logging in is blocked, and until when, instead of "wrong password" (django-axes
    marks the request once the user name or client address is locked)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django's login form sets the name's length after making the field, so nothing checked
        # it: a name of thousands of characters reached the throttle's records (a database
        # error on PostgreSQL). Now it is refused at the field and never tried.
        username = self.fields["username"]
        limit_length(username, username.max_length)

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            message = throttling.lockout_message(self.request, self.cleaned_data.get("username"))
            return forms.ValidationError(message, code="locked_out")
        return super().get_invalid_login_error()


class PasswordLoginSwitchMixin:
    """With SSO_HIDE_LOCAL_LOGIN on, only editors, staff and superusers log in with a password;
    employees are sent to the single sign-on button (people.sso.keeps_password_login)."""

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if sso.hides_local_login() and not sso.keeps_password_login(user):
            raise forms.ValidationError(
                _("Log in with your West Betuwe account, with the button on the login page."),
                code="sso_only",
            )


class LoginForm(ThrottledLoginMixin, PasswordLoginSwitchMixin, AuthenticationForm):
    """The site's login form (people:login)."""


class AdminLoginForm(ThrottledLoginMixin, PasswordLoginSwitchMixin, WagtailLoginForm):
    """Wagtail's login form (/admin/login/), set by WAGTAILADMIN_USER_LOGIN_FORM."""
