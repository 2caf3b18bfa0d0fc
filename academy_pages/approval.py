"""Team-leader approval through a link in a mail.

The link carries a signed, timestamped token (django.core.signing.TimestampSigner with its own
salt) holding the registration id, so it cannot be guessed or altered and stops working after
`LINK_MAX_AGE`. The link alone is not enough: the visitor must be logged in and be the
employee's team leader (or, for an employee without a team leader, a member of the
coordination point, who got the request instead). The decision itself is the registration
workflow's `approve` / `decline`.
"""

import datetime

from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy_pages import registration as workflow
from academy_pages.models import Registration
from intranet.mail import absolute_url
from people.models import EmployeeProfile

SALT = "academy_pages.approval"
LINK_MAX_AGE = datetime.timedelta(days=14)


class ApprovalLinkError(Exception):
    """The link cannot be used; `message` is shown to the visitor as it is."""

    def __init__(self, message, code):
        super().__init__(str(message))
        self.message = message
        self.code = code


def make_token(registration):
    return signing.TimestampSigner(salt=SALT).sign(str(registration.pk))


def registration_for_token(token, *, max_age=LINK_MAX_AGE):
    """The registration a link points at; ApprovalLinkError when it is expired or not genuine."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        value = signer.unsign(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ApprovalLinkError(
            _(
                "This approval link has expired. Ask the coordination point to handle the "
                "registration, or ask the employee to register again."
            ),
            "expired",
        ) from exc
    except signing.BadSignature as exc:
        raise ApprovalLinkError(
            _("This approval link is not valid. Use the complete link from the e-mail."), "invalid"
        ) from exc
    try:
        return Registration.objects.select_related("session__course", "session__event", "user").get(
            pk=int(value)
        )
    except (ValueError, Registration.DoesNotExist) as exc:
        raise ApprovalLinkError(_("This registration no longer exists."), "missing") from exc


def team_leader_of(registration):
    """The employee's team leader according to their profile, or None."""
    profile = (
        EmployeeProfile.objects.select_related("team_leader").filter(user_id=registration.user_id).first()
    )
    return profile.team_leader if profile is not None else None


def may_decide(user, registration, team_leader=None):
    """Only the employee's team leader decides; without one, the coordination point does."""
    if not user.is_authenticated:
        return False
    team_leader = team_leader or team_leader_of(registration)
    if team_leader is not None:
        return user.pk == team_leader.pk
    return user.has_perm("academy_pages.change_registration")


def approve_url(registration):
    return absolute_url(reverse("academy_approval:approve", args=[make_token(registration)]))


def decline_url(registration):
    return absolute_url(reverse("academy_approval:decline", args=[make_token(registration)]))


def decide(registration, user, *, approved, reason=""):
    """Approve or decline for `user`; raises RegistrationError when the rules stop it."""
    if not may_decide(user, registration):
        raise workflow.RegistrationError(
            _("Only the employee's team leader can approve or decline this registration."), "not_allowed"
        )
    if approved:
        return workflow.approve(registration, user)
    return workflow.decline(registration, user, reason=reason)
