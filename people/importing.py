"""Import employees from a CSV file, until single sign-on supplies them.

The file is the source of truth for the columns it contains: a filled cell sets the value, an
empty cell clears it, and a column that is absent leaves that value alone. Either every row is
valid and everything is saved, or nothing is saved and every problem is reported with its row
number (the header is row 1, as in a spreadsheet).

Columns (header names are case-insensitive; `;` or `,` separated; UTF-8 with or without BOM):

    gebruikersnaam  required  login name; an existing user with this name is updated
    voornaam        required
    achternaam      required
    email           required  must be unique: not used by another user
    team            optional  team name; an unknown team is created (listed in the result,
                              so a typo shows up in the dry run), matching ignores case
    functie         optional  job title
    leidinggevende  optional  user name of the team leader: an existing user or one in the file
    startdatum      optional  dd-mm-jjjj (also d-m-jjjj, dd/mm/jjjj) or jjjj-mm-dd

New users get no usable password; they choose their first one through "Wachtwoord vergeten"
(people:password_reset), which also sends its link to employees without a password.
Every imported user is added to the "Medewerkers" group.

Who imports matters. The import never changes a superuser account, nor an account with more
rights than the importing user (people.rights explains "more rights"): such a row is an error
like any other, so nothing is saved. The management command runs with the rights of a chosen
user (`--as`) or, without it, with only the rights of the "Medewerkers" group.

What the import changes on an existing account (one it may change at all):

- first and last name, and the profile columns in the file (team, job title, team leader,
  start date);
- membership of "Medewerkers" is added; no other group or permission is given or taken;
- the e-mail address only directly when the account has never logged in and has no usable
  password (fresh from an import, still to choose a first password). For an account in use, a
  new address waits for the holder's confirmation (people.email_change): the import records the
  request, mails a link to the new address and a notice to the old one, and the result lists
  these changes. A file naming the current address again cancels a waiting change. An address
  that differs only in upper and lower case counts as the same address and is written as given.
- never: the user name (it is how rows find accounts), password, active, staff or superuser
  status.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from people import email_change
from people.groups import EMPLOYEES
from people.models import EmployeeProfile, Team
from people.rights import Rights, accounts_with_more_rights, rights_of

REQUIRED_COLUMNS = ("gebruikersnaam", "voornaam", "achternaam", "email")
OPTIONAL_COLUMNS = ("team", "functie", "leidinggevende", "startdatum")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MAX_LENGTHS = {
    "gebruikersnaam": 150,
    "voornaam": 150,
    "achternaam": 150,
    "email": 254,
    "team": 150,
    "functie": 150,
}
MAX_FILE_SIZE = 2 * 1024 * 1024
MAX_ROWS = 10_000
# A full row of the longest allowed values is about 1,100 characters; a line far longer than that
# is not an employee list (and would trip the csv module's field size limit with a vaguer error).
MAX_LINE_LENGTH = 5_000

DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class EmployeeImportError(Exception):
    """The file cannot be imported; `errors` holds one Dutch message per problem."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = list(errors)


@dataclass
class EmployeeRow:
    row_number: int
    username: str
    first_name: str
    last_name: str
    email: str
    values: dict  # optional columns present in the file: column name -> parsed value


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    new_teams: list = field(default_factory=list)
    # (user name, new address) of the changes that wait for the account holder's confirmation
    email_pending: list = field(default_factory=list)
    dry_run: bool = False

    def summary(self):
        parts = [
            ngettext("%(count)d employee added", "%(count)d employees added", len(self.created))
            % {"count": len(self.created)},
            ngettext("%(count)d employee updated", "%(count)d employees updated", len(self.updated))
            % {"count": len(self.updated)},
        ]
        if self.new_teams:
            parts.append(_("new teams: %(teams)s") % {"teams": ", ".join(self.new_teams)})
        if self.email_pending:
            parts.append(
                ngettext(
                    "%(count)d new e-mail address awaits confirmation by the account holder: %(changes)s",
                    "%(count)d new e-mail addresses await confirmation by the account holders: %(changes)s",
                    len(self.email_pending),
                )
                % {
                    "count": len(self.email_pending),
                    "changes": ", ".join(f"{username} ({email})" for username, email in self.email_pending),
                }
            )
        text = "; ".join(parts) + "."
        if self.dry_run:
            text = _("Check only, nothing was saved: %(summary)s") % {"summary": text}
        return text


def decode(data):
    """The file's text, or EmployeeImportError when it is empty, binary or not UTF-8."""
    if not data or not data.strip():
        raise EmployeeImportError([_("The file is empty.")])
    if len(data) > MAX_FILE_SIZE:
        raise EmployeeImportError([_("The file is larger than 2 MB. Split it into smaller files.")])
    if b"\x00" in data:
        raise EmployeeImportError([_("This is not a CSV file. Save the list from your spreadsheet as CSV.")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EmployeeImportError(
            [_('The file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8".')]
        ) from exc
    if not text.strip():
        # Only a byte order mark, or one followed by blank lines.
        raise EmployeeImportError([_("The file is empty.")])
    return text


def parse_date(value):
    """A date from dd-mm-jjjj (also with / or .) or jjjj-mm-dd; ValueError when it is neither."""
    if match := DUTCH_DATE.match(value):
        day, month, year = (int(part) for part in match.groups())
    elif match := ISO_DATE.match(value):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise ValueError(value)
    return datetime.date(year, month, day)


def row_error(row_number, message):
    return _("Row %(row)d: %(message)s") % {"row": row_number, "message": message}


def read_table(data, *, columns=COLUMNS, required=REQUIRED_COLUMNS, empty_message=None):
    """The header (lower-case names) and the non-empty records with their row numbers of a CSV file.

    Shared by every CSV import of the intranet (employees here, onboarding enrolments): the
    checks of the file as a whole (encoding, size, separator, header, unknown, missing and
    doubled columns, quotation marks) and their Dutch messages. Raises EmployeeImportError with
    every problem found; `empty_message` replaces the message for a file with only a header.
    """
    text = decode(data)
    lines = text.splitlines()
    too_long = [number for number, line in enumerate(lines, start=1) if len(line) > MAX_LINE_LENGTH]
    if too_long:
        raise EmployeeImportError(
            [
                row_error(
                    number,
                    _("this row is longer than %(limit)d characters; is this the right file?")
                    % {"limit": MAX_LINE_LENGTH},
                )
                for number in too_long[:10]
            ]
        )
    header_line = next((line for line in lines if line.strip()), "")
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    no_header = EmployeeImportError(
        [
            _("The first row must name the columns, separated by ; or , — for example: %(columns)s")
            % {"columns": ";".join(columns)}
        ]
    )
    if header_line.count(delimiter) == 0:
        raise no_header
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise EmployeeImportError(
            [
                _('The file cannot be read as CSV near row %(row)d; check the quotation marks (").')
                % {"row": reader.line_num}
            ]
        ) from exc

    # The header is the first non-empty record; its position is its row number. A file of only
    # separators (";;;") has none.
    filled = [index for index, record in enumerate(records) if any(cell.strip() for cell in record)]
    if not filled:
        raise no_header
    start = filled[0]
    header = [cell.strip().lower() for cell in records[start]]
    errors = []
    if "" in header:
        errors.append(
            _("Column %(number)d has no name in the first row; remove the empty column or name it.")
            % {"number": header.index("") + 1}
        )
    unknown = [name for name in header if name and name not in columns]
    if unknown:
        errors.append(
            _("Unknown column(s): %(unknown)s. Allowed columns: %(columns)s.")
            % {"unknown": ", ".join(f"“{name}”" for name in unknown), "columns": ", ".join(columns)}
        )
    missing = [name for name in required if name not in header]
    if missing:
        errors.append(_("Missing column(s): %(missing)s.") % {"missing": ", ".join(missing)})
    duplicates = sorted({name for name in header if name and header.count(name) > 1})
    if duplicates:
        errors.append(_("Column(s) named twice: %(names)s.") % {"names": ", ".join(duplicates)})
    if errors:
        raise EmployeeImportError(errors)

    data_records = [
        (start + offset + 2, record)
        for offset, record in enumerate(records[start + 1 :])
        if any(cell.strip() for cell in record)
    ]
    if not data_records:
        raise EmployeeImportError(
            [empty_message or _("The file contains no employees, only the header row.")]
        )
    if len(data_records) > MAX_ROWS:
        raise EmployeeImportError([_("The file has more than %(max)d rows.") % {"max": MAX_ROWS}])
    return header, data_records


def parse_employee_csv(data):
    """Read and check the file on its own (no database); returns a list of EmployeeRow.

    Raises EmployeeImportError with every problem found.
    """
    header, data_records = read_table(data)
    errors = []
    rows = []
    seen_usernames = {}
    seen_emails = {}
    username_validator = UnicodeUsernameValidator()
    for row_number, record in data_records:
        if len(record) != len(header):
            errors.append(
                row_error(
                    row_number,
                    _("this row has %(found)d columns, the header has %(expected)d.")
                    % {"found": len(record), "expected": len(header)},
                )
            )
            continue
        cells = {name: value.strip() for name, value in zip(header, record, strict=True)}
        row_errors = []
        for name in REQUIRED_COLUMNS:
            if not cells[name]:
                row_errors.append(_("“%(column)s” is empty.") % {"column": name})
        for name, limit in MAX_LENGTHS.items():
            if len(cells.get(name, "")) > limit:
                row_errors.append(
                    _("“%(column)s” is longer than %(limit)d characters.") % {"column": name, "limit": limit}
                )
        username = cells["gebruikersnaam"]
        if username:
            try:
                username_validator(username)
            except ValidationError:
                row_errors.append(
                    _("user name “%(username)s” may only contain letters, digits and @ . + - _")
                    % {"username": username}
                )
            key = username.lower()
            if key in seen_usernames:
                row_errors.append(
                    _("user name “%(username)s” is already used in row %(row)d.")
                    % {"username": username, "row": seen_usernames[key]}
                )
            else:
                seen_usernames[key] = row_number
        email = cells["email"]
        if email:
            try:
                validate_email(email)
            except ValidationError:
                row_errors.append(_("“%(email)s” is not a valid e-mail address.") % {"email": email})
            key = email.lower()
            if key in seen_emails:
                row_errors.append(
                    _("e-mail address “%(email)s” is already used in row %(row)d.")
                    % {"email": email, "row": seen_emails[key]}
                )
            else:
                seen_emails[key] = row_number
        values = {}
        for name in OPTIONAL_COLUMNS:
            if name not in cells:
                continue
            values[name] = cells[name] or None
        if values.get("startdatum"):
            try:
                values["startdatum"] = parse_date(values["startdatum"])
            except ValueError:
                row_errors.append(
                    _("start date “%(value)s” is not a date; use dd-mm-jjjj, for example 01-09-2025.")
                    % {"value": cells["startdatum"]}
                )
        leader = values.get("leidinggevende")
        if leader and username and leader.lower() == username.lower():
            row_errors.append(_("an employee cannot be their own team leader."))
        errors.extend(row_error(row_number, message) for message in row_errors)
        rows.append(
            EmployeeRow(
                row_number=row_number,
                username=username,
                first_name=cells["voornaam"],
                last_name=cells["achternaam"],
                email=email,
                values=values,
            )
        )
    if errors:
        raise EmployeeImportError(errors)
    return rows


def _users_by_lower_username(names):
    """Existing users whose user name matches one of `names`, ignoring case."""
    User = get_user_model()
    if not names:
        return {}
    users = User.objects.annotate(lower_username=Lower(User.USERNAME_FIELD)).filter(lower_username__in=names)
    return {user.lower_username: user for user in users}


def _check_against_database(rows, existing_users, importer):
    """Problems that need the existing users: accounts the importer may not change, unknown
    team leaders and e-mail conflicts."""
    User = get_user_model()
    in_file = {row.username.lower() for row in rows}
    leaders = {row.values["leidinggevende"].lower() for row in rows if row.values.get("leidinggevende")}
    known_leaders = set(_users_by_lower_username(leaders - in_file)) | in_file
    rows_by_email = {row.email.lower(): row for row in rows}
    taken = (
        User.objects.annotate(lower_email=Lower("email"))
        .filter(lower_email__in=rows_by_email)
        .values_list(User.USERNAME_FIELD, "lower_email")
    )
    errors = []
    stronger = accounts_with_more_rights(existing_users.values(), importer)
    for row in rows:
        user = existing_users.get(row.username.lower())
        if user is None:
            continue
        if user.is_superuser:
            message = _("“%(username)s” is a superuser account; it is never changed through the import.")
        elif user.pk in stronger:
            message = _(
                "“%(username)s”: this account has more rights than you; it is not changed through the import."
            )
        else:
            continue
        errors.append((row.row_number, message % {"username": user.get_username()}))
    for owner, email in taken:
        row = rows_by_email[email]
        if owner.lower() != row.username.lower():
            message = _("e-mail address “%(email)s” already belongs to user “%(owner)s”.") % {
                "email": row.email,
                "owner": owner,
            }
            errors.append((row.row_number, message))
    for row in rows:
        leader = row.values.get("leidinggevende")
        if leader and leader.lower() not in known_leaders:
            message = _("team leader “%(leader)s” is not a known user name, nor in this file.") % {
                "leader": leader
            }
            errors.append((row.row_number, message))
    return [row_error(number, message) for number, message in sorted(errors, key=lambda error: error[0])]


def _needs_confirmed_email_change(user, email):
    """A new address for an existing account in use waits for its holder (people.email_change).

    An address that differs only in upper and lower case is the same address.
    """
    return (
        user.pk is not None and user.email.lower() != email.lower() and email_change.needs_confirmation(user)
    )


def import_employees(data, *, importer, dry_run=False):
    """Create or update the users and profiles in the CSV `data` (bytes) for `importer`.

    `importer` is the user who imports (their rights limit which accounts may change), or None
    for someone with only the rights of the "Medewerkers" group (the command without `--as`).
    All or nothing: raises EmployeeImportError (nothing saved) or returns an ImportResult.
    With `dry_run`, everything is checked and counted, and then rolled back.
    """
    requested_by = importer if isinstance(importer, get_user_model()) else None
    importer = rights_of(importer) if importer is not None else Rights.of_group(EMPLOYEES)
    rows = parse_employee_csv(data)
    User = get_user_model()
    username_field = User.USERNAME_FIELD
    result = ImportResult(dry_run=dry_run)
    with transaction.atomic():
        existing_users = _users_by_lower_username({row.username.lower() for row in rows})
        errors = _check_against_database(rows, existing_users, importer)
        if errors:
            raise EmployeeImportError(errors)
        employees_group, _created = Group.objects.get_or_create(name=EMPLOYEES)
        teams = {team.name.lower(): team for team in Team.objects.all()}
        pending = email_change.pending_by_user(list(existing_users.values()))
        email_requests = []
        users = {}
        for row in rows:
            user = existing_users.get(row.username.lower())
            if user is None:
                user = User(**{username_field: row.username})
                user.set_unusable_password()
                result.created.append(row.username)
            else:
                result.updated.append(user.get_username())
            user.first_name = row.first_name
            user.last_name = row.last_name
            if _needs_confirmed_email_change(user, row.email):
                waiting = pending.get(user.pk)
                if waiting is None or waiting.new_email.lower() != row.email.lower():
                    email_requests.append((user, row.email))
                else:
                    # Already asked with this address: no second mail on every import.
                    del pending[user.pk]
                result.email_pending.append((user.get_username(), row.email))
            else:
                user.email = row.email
            user.save()
            user.groups.add(employees_group)
            users[row.username.lower()] = user
        # Requests the file no longer asks for (it names the current address, or a newer one).
        if pending:
            email_change.cancel_pending([change.user_id for change in pending.values()])
        if email_requests:
            email_change.request_changes(email_requests, requested_by=requested_by)

        for row in rows:
            user = users[row.username.lower()]
            profile, _created = EmployeeProfile.objects.get_or_create(user=user)
            values = row.values
            if "team" in values:
                name = values["team"]
                if name and name.lower() not in teams:
                    teams[name.lower()] = Team.objects.create(name=name)
                    result.new_teams.append(name)
                profile.team = teams[name.lower()] if name else None
            if "functie" in values:
                profile.job_title = values["functie"] or ""
            if "startdatum" in values:
                profile.start_date = values["startdatum"]
            if "leidinggevende" in values:
                leader = values["leidinggevende"]
                if not leader:
                    profile.team_leader = None
                elif leader.lower() in users:
                    profile.team_leader = users[leader.lower()]
                else:
                    profile.team_leader = _users_by_lower_username({leader.lower()})[leader.lower()]
            profile.save()
        if dry_run:
            transaction.set_rollback(True)
    return result
