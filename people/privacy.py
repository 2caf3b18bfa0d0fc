"""The employee's own profile and account in the register of intranet.privacy (imported by ready()).

Kept as long as the account exists: nothing here expires by age.
"""

from allauth.socialaccount.models import SocialAccount
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from intranet import privacy
from people.models import EmployeeProfile


def _name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def _local(moment):
    return timezone.localtime(moment) if moment else None


def export_profile(user):
    """The account (name, e-mail, user name, roles, dates, language) and the employee profile."""
    profile = EmployeeProfile.objects.for_user(user)
    wagtail_profile = UserProfile.objects.filter(user=user).first()
    return [
        {
            "user_name": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "date_joined": _local(user.date_joined),
            "last_login": _local(user.last_login),
            "language": wagtail_profile.preferred_language if wagtail_profile else "",
            "team": profile.team.name if profile.team else "",
            "department": profile.team.department if profile.team else "",
            "job_title": profile.job_title,
            "team_leader": _name(profile.team_leader),
            "start_date": profile.start_date,
            "single_sign_on": [
                {
                    "account_id": link.uid,
                    "linked_at": _local(link.date_joined),
                    "last_login": _local(link.last_login),
                    "claims_at_last_login": (link.extra_data or {}).get("id_token", {}),
                }
                for link in SocialAccount.objects.filter(user=user).order_by("pk")
            ],
        }
    ]


privacy.register(
    "people.profile",
    label=_("Employee profile and account"),
    description=(
        "The account (user name, name, e-mail address, roles, date joined, last login, chosen "
        "language), the employee profile (team, job title, team leader, start date) and the link "
        "to the West Betuwe account with the claims of its last login (single sign-on)."
    ),
    export=export_profile,
)
