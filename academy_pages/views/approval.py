"""The team leader's approval pages, reached through the signed link in the approval mail.

A GET only shows what the decision is about; the decision is taken by the POST of that page.
A broken or expired link, a visitor who is not the team leader and a registration that was
already handled each get a clear page of their own, never an error.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from academy_pages import approval
from academy_pages.models import RegistrationStatus
from academy_pages.models.registrations import REASON_MAX_LENGTH
from academy_pages.registration import RegistrationError
from intranet.text_limits import LimitedCharField


class DeclineForm(forms.Form):
    reason = LimitedCharField(
        label=_("Reason"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The employee reads this in the mail about your decision."),
    )


@require_http_methods(["GET", "POST"])
def approve(request, token):
    return _decide(request, token, approved=True)


@require_http_methods(["GET", "POST"])
def decline(request, token):
    return _decide(request, token, approved=False)


def _decide(request, token, *, approved):
    try:
        registration = approval.registration_for_token(token)
    except approval.ApprovalLinkError as error:
        return _problem(request, _("This link cannot be used"), error.message, status=400)
    team_leader = approval.team_leader_of(registration)
    if not approval.may_decide(request.user, registration, team_leader):
        return _problem(
            request,
            _("You cannot decide on this registration"),
            _(
                "Only the employee's team leader can approve or decline this registration. "
                "Are you logged in with your own account?"
            ),
            status=403,
        )
    context = {
        "registration": registration,
        "session": registration.session,
        "team_leader": team_leader,
        "approved": approved,
    }
    if registration.status != RegistrationStatus.PENDING_APPROVAL:
        context["status_label"] = registration.get_status_display()
        return render(request, "academy_pages/approval/handled.html", context)

    form = None if approved else DeclineForm(request.POST or None)
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            approval.decide(
                registration,
                request.user,
                approved=approved,
                reason=form.cleaned_data["reason"] if form is not None else "",
            )
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            if approved:
                messages.success(
                    request,
                    _("You approved the registration of %(name)s. We have let them know.")
                    % {"name": registration.name},
                )
            else:
                messages.success(
                    request,
                    _("You declined the registration of %(name)s. We have let them know.")
                    % {"name": registration.name},
                )
        return redirect(request.path)
    context["form"] = form
    return render(request, "academy_pages/approval/confirm.html", context)


def _problem(request, title, message, *, status):
    return render(
        request, "academy_pages/approval/problem.html", {"title": title, "message": message}, status=status
    )
