"""Enrol new colleagues in bulk from a CSV file.

The file is read with the employee import's reader (`people.importing.read_table`): the same
encodings, separators, header checks and Dutch messages. Either every row is valid and every
enrolment is made, or nothing is saved and every problem is reported with its row number (the
header is row 1, as in a spreadsheet).

Columns (header names are case-insensitive):

    naam          optional  the colleague's name, checked against an existing account (catches
                            a mistyped e-mail address); required for someone without an account
    email         required  e-mail address; a colleague who has no account yet (they start
                            next month) gets one, as the employee import would make it: user
                            name from the address, no password (they choose one, or log in
                            with single sign-on, which links the account by this address)
    startdatum    optional  dd-mm-jjjj or jjjj-mm-dd; empty: the start date of the profile
                            (required for someone without an account)
    team          optional  an existing team; empty: the team of the profile
    programma     required  the title of an onboarding programme
    buddy_email   optional  e-mail address of the buddy's account

The team leader comes from the colleague's employee profile.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from onboarding.enrolment import EnrolmentError, enrol, profile_defaults
from onboarding.models import Enrolment, OnboardingProgrammePage
from people.groups import EMPLOYEES
from people.importing import EmployeeImportError, parse_date, read_table, row_error
from people.models import EmployeeProfile, Team

REQUIRED_COLUMNS = ("email", "programma")
OPTIONAL_COLUMNS = ("naam", "startdatum", "team", "buddy_email")
COLUMNS = ("naam", "email", "startdatum", "team", "programma", "buddy_email")


class EnrolmentImportError(Exception):
    """The file cannot be imported; `errors` holds one Dutch message per problem."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = list(errors)


@dataclass
class NewAccount:
    """An account the import makes for a colleague who starts before they have one."""

    username: str
    email: str
    first_name: str
    last_name: str
    is_new = True

    def get_full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_username(self):
        return self.username


@dataclass
class PlannedEnrolment:
    row_number: int
    colleague: object  # the User, or a NewAccount until the import saves it
    programme: object
    start_date: object
    team: object
    buddy: object
    team_leader: object


@dataclass
class EnrolmentImportResult:
    enrolments: list = field(default_factory=list)  # PlannedEnrolment, in file order
    dry_run: bool = False

    def summary(self):
        count = len(self.enrolments)
        if self.dry_run:
            return _("Check only, nothing was saved: %(count)d enrolment(s) can be made.") % {"count": count}
        return _("%(count)d enrolment(s) made.") % {"count": count}


def _new_account(email, name, taken_usernames):
    """A NewAccount for `email` and `name`, or (None, the Dutch reason it cannot be made)."""
    if not name:
        return None, _(
            "there is no account with e-mail address “%(email)s”; fill in “naam” to make one, "
            "or import the employee first."
        ) % {"email": email}
    username = email.split("@", 1)[0].lower()
    if username in taken_usernames:
        return None, _(
            "there is no account with e-mail address “%(email)s”, and the user name “%(username)s” "
            "is taken; import the employee first."
        ) % {"email": email, "username": username}
    taken_usernames.add(username)
    first_name, _space, last_name = name.partition(" ")
    return NewAccount(username=username, email=email, first_name=first_name, last_name=last_name), None


def _create_account(new, *, team, start_date):
    """Make the account and profile of a colleague who starts before they have one, as the
    employee import makes them (people.importing): an employee without a password."""
    User = get_user_model()
    user = User(
        **{User.USERNAME_FIELD: new.username},
        email=new.email,
        first_name=new.first_name,
        last_name=new.last_name,
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=EMPLOYEES)[0])
    EmployeeProfile.objects.update_or_create(user=user, defaults={"team": team, "start_date": start_date})
    return user


def _name(user):
    return user.get_full_name() or user.get_username()


def _by_lower(queryset, field_name):
    return {item.lower_key: item for item in queryset.annotate(lower_key=Lower(field_name))}


def plan_enrolments(data):
    """Read and check the file against the database; returns the PlannedEnrolments.

    Raises EnrolmentImportError with every problem found.
    """
    try:
        header, records = read_table(
            data,
            columns=COLUMNS,
            required=REQUIRED_COLUMNS,
            empty_message=_("The file contains no enrolments, only the header row."),
        )
    except EmployeeImportError as error:
        raise EnrolmentImportError(error.errors) from error

    cells_by_row = []
    errors = []
    for row_number, record in records:
        if len(record) != len(header):
            errors.append(
                (
                    row_number,
                    _("this row has %(found)d columns, the header has %(expected)d.")
                    % {"found": len(record), "expected": len(header)},
                )
            )
            continue
        cells_by_row.append(
            (row_number, {name: value.strip() for name, value in zip(header, record, strict=True)})
        )

    emails = set()
    for _row_number, cells in cells_by_row:
        emails.update(cells.get(name, "").lower() for name in ("email", "buddy_email"))
    User = get_user_model()
    users = _by_lower(
        User.objects.filter(is_active=True)
        .annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails - {""}),
        "email",
    )
    programmes = _by_lower(OnboardingProgrammePage.objects.all(), "title")
    teams = _by_lower(Team.objects.all(), "name")
    existing = set(
        Enrolment.objects.filter(colleague__in=users.values()).values_list("colleague_id", "programme_id")
    )

    planned = []
    seen = {}
    # User names the file's new accounts may not take: every existing one, and each other's.
    taken_usernames = {name.lower() for name in User.objects.values_list(User.USERNAME_FIELD, flat=True)}
    for row_number, cells in cells_by_row:
        problems = []
        for name in REQUIRED_COLUMNS:
            if not cells[name]:
                problems.append(_("“%(column)s” is empty.") % {"column": name})
        colleague = programme = buddy = team = start_date = None
        email = cells["email"]
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(_("“%(email)s” is not a valid e-mail address.") % {"email": email})
            else:
                colleague = users.get(email.lower())
                if colleague is None:
                    colleague, problem = _new_account(email, cells.get("naam", ""), taken_usernames)
                    if problem:
                        problems.append(problem)
        name = cells.get("naam", "")
        is_new = isinstance(colleague, NewAccount)
        if colleague is not None and not is_new and name and name.casefold() != _name(colleague).casefold():
            problems.append(
                _("the name “%(name)s” does not match the account of %(email)s (%(account)s).")
                % {"name": name, "email": email, "account": _name(colleague)}
            )
        if cells["programma"]:
            programme = programmes.get(cells["programma"].lower())
            if programme is None:
                problems.append(
                    _("there is no programme “%(programme)s”. Programmes: %(known)s.")
                    % {
                        "programme": cells["programma"],
                        "known": ", ".join(sorted(page.title for page in programmes.values())) or "—",
                    }
                )
        if cells.get("team"):
            team = teams.get(cells["team"].lower())
            if team is None:
                problems.append(_("there is no team “%(team)s”.") % {"team": cells["team"]})
        if cells.get("buddy_email"):
            buddy = users.get(cells["buddy_email"].lower())
            if buddy is None:
                problems.append(
                    _("there is no account with e-mail address “%(email)s” for the buddy.")
                    % {"email": cells["buddy_email"]}
                )
            elif colleague is not None and not is_new and buddy.pk == colleague.pk:
                problems.append(_("a new colleague cannot be their own buddy."))
        if cells.get("startdatum"):
            try:
                start_date = parse_date(cells["startdatum"])
            except ValueError:
                problems.append(
                    _("start date “%(value)s” is not a date; use dd-mm-jjjj, for example 01-09-2025.")
                    % {"value": cells["startdatum"]}
                )
        if is_new:
            defaults = {"start_date": None, "team": None, "team_leader": None}
            if not cells.get("startdatum"):
                problems.append(_("no start date: a colleague without an account needs one in the file."))
        else:
            defaults = profile_defaults(colleague) if colleague is not None else {}
        if colleague is not None and not is_new and start_date is None and not cells.get("startdatum"):
            start_date = defaults["start_date"]
            if start_date is None:
                problems.append(_("no start date: the column is empty and the employee profile has none."))
        if colleague is not None and programme is not None:
            key = (colleague.username if is_new else colleague.pk, programme.pk)
            if key in existing:
                problems.append(
                    _("%(name)s already follows “%(programme)s”.")
                    % {"name": _name(colleague), "programme": programme.title}
                )
            elif key in seen:
                problems.append(_("this enrolment is already in row %(row)d.") % {"row": seen[key]})
            else:
                seen[key] = row_number
        if problems:
            errors.extend((row_number, problem) for problem in problems)
            continue
        planned.append(
            PlannedEnrolment(
                row_number=row_number,
                colleague=colleague,
                programme=programme,
                start_date=start_date,
                team=team or defaults["team"],
                buddy=buddy,
                team_leader=defaults["team_leader"],
            )
        )
    if errors:
        errors.sort(key=lambda error: error[0])  # stable: a row's problems stay in their order
        raise EnrolmentImportError([row_error(number, message) for number, message in errors])
    return planned


def import_enrolments(data, *, enrolled_by, dry_run=False):
    """Make every enrolment in the CSV `data` (bytes), or none.

    Raises EnrolmentImportError (nothing saved) or returns an EnrolmentImportResult. With
    `dry_run` everything is checked and nothing is saved: the result is the preview.
    """
    planned = plan_enrolments(data)
    result = EnrolmentImportResult(enrolments=planned, dry_run=dry_run)
    if dry_run:
        return result
    with transaction.atomic():
        for item in planned:
            if isinstance(item.colleague, NewAccount):
                item.colleague = _create_account(item.colleague, team=item.team, start_date=item.start_date)
            try:
                enrol(
                    item.colleague,
                    item.programme,
                    start_date=item.start_date,
                    team=item.team,
                    buddy=item.buddy,
                    team_leader=item.team_leader,
                    enrolled_by=enrolled_by,
                )
            except EnrolmentError as error:  # enrolled by someone else in the meantime
                raise EnrolmentImportError([row_error(item.row_number, error.message)]) from error
    return result
