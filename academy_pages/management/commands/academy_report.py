import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from academy_pages.reports import LABELS, academy_status, launch_date_for

AVERAGE = "avg_participants_per_started_session"


class Command(BaseCommand):
    help = (
        'The report "Stand van zaken Academie" on a date (default today), counted from the launch '
        "date in the Academy settings: a table in Dutch, or JSON with the report's keys."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Report date as YYYY-MM-DD (default: today).")
        parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")

    def handle(self, *args, date=None, json=False, **options):
        with translation.override("nl"):
            day = parse_date(date) if date else timezone.localdate()
            launch = launch_date_for()
            status = academy_status(day, launch)
            if json:
                self.stdout.write(as_json(status))
            else:
                self.write_table(status, day, launch)

    def write_table(self, status, day, launch):
        heading = _("Academy status on %(date)s") % {"date": formats.date_format(day, "j F Y")}
        self.stdout.write(self.style.MIGRATE_HEADING(heading))
        self.stdout.write(_("Launch date: %(date)s") % {"date": formats.date_format(launch, "j F Y")})
        rows = [(str(LABELS[key]), formats.number_format(value)) for key, value in status.items()]
        width = max(len(label) for label, _value in rows)
        for label, value in rows:
            self.stdout.write(f"{label:<{width}}  {value:>6}")


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        message = _("“%(value)s” is not a valid date: use YYYY-MM-DD, for example 2022-06-23.")
        raise CommandError(message % {"value": value}) from None


def as_json(status):
    """The figures as JSON, the average as a number with exactly two decimals (4.17, 2.50)."""
    placeholder = "__average__"
    text = json.dumps({**status, AVERAGE: placeholder}, indent=2)
    return text.replace(f'"{placeholder}"', f"{status[AVERAGE]:.2f}")
