import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from academy_pages import reminders


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date: {value!r}; use YYYY-MM-DD.") from exc


class Command(BaseCommand):
    help = (
        "Send the reminder mails that are due: confirmed participants of sessions that start within "
        "the Academy's number of working days (weekends and Dutch public holidays do not count). "
        "Run it once a day; each participant gets one reminder per session, however often it runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", type=str, help="run as if today were this date (YYYY-MM-DD)")
        parser.add_argument("--dry-run", action="store_true", help="list who is due, send and change nothing")

    def handle(self, *args, date=None, dry_run=False, **options):
        today = iso_date(date) if date else timezone.localdate()
        registrations = reminders.send_due_reminders(today=today, dry_run=dry_run)
        for registration in registrations:
            session = registration.session
            self.stdout.write(
                f"{registration.email}: {session.display_title} ({registration.first_day:%Y-%m-%d})"
            )
        verb = "due (dry run, nothing sent)" if dry_run else "sent"
        self.stdout.write(
            self.style.SUCCESS(f"{len(registrations)} reminder(s) {verb} for {today:%Y-%m-%d}.")
        )
