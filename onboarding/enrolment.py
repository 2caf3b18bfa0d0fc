"""Enrolling new colleagues in onboarding programmes.

The employee profile (`people.EmployeeProfile`) gives the defaults: its start date, team and
team leader are used for whatever the enrolment does not say.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from onboarding.models import Enrolment
from people.models import EmployeeProfile


class EnrolmentError(Exception):
    """A rule stops the enrolment; `message` is shown to the user as it is."""

    def __init__(self, message, code):
        super().__init__(str(message))
        self.message = message
        self.code = code


def profile_defaults(colleague):
    """Start date, team and team leader from the colleague's employee profile (None if unknown)."""
    profile = EmployeeProfile.objects.for_user(colleague)
    return {"start_date": profile.start_date, "team": profile.team, "team_leader": profile.team_leader}


def fill_from_profile(enrolment):
    """Fill the empty start date, team and team leader of an unsaved enrolment from the profile."""
    defaults = profile_defaults(enrolment.colleague)
    for name, value in defaults.items():
        if getattr(enrolment, name) is None and value is not None:
            setattr(enrolment, name, value)
    return enrolment


def enrol(
    colleague, programme, *, start_date=None, team=None, buddy=None, team_leader=None, enrolled_by=None
):
    """Enrol `colleague` in `programme`; what is not given comes from the employee profile.

    Raises EnrolmentError when the colleague already follows the programme, or when no start date
    is given and the profile has none either.
    """
    with transaction.atomic():
        if Enrolment.objects.filter(colleague=colleague, programme=programme).exists():
            raise EnrolmentError(_("This colleague already follows this programme."), "already_enrolled")
        enrolment = Enrolment(
            colleague=colleague,
            programme=programme,
            programme_title=programme.title,
            start_date=start_date,
            team=team,
            buddy=buddy,
            team_leader=team_leader,
            enrolled_by=enrolled_by,
        )
        fill_from_profile(enrolment)
        if enrolment.start_date is None:
            raise EnrolmentError(_("Give a start date: the employee profile has none."), "no_start_date")
        enrolment.save()
    return enrolment
