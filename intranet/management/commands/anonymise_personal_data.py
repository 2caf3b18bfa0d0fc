import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from intranet import privacy


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date: {value!r}; use YYYY-MM-DD.") from exc


class Command(BaseCommand):
    help = (
        "Anonymise personal data older than PERSONAL_DATA_RETENTION_MONTHS months, for every kind "
        "the apps registered in intranet.privacy (docs/privacy.md says what each kind keeps). "
        "Run it daily or weekly from cron; a second run finds nothing left to do."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would be anonymised, change nothing"
        )
        parser.add_argument("--date", type=str, help="run as if today were this date (YYYY-MM-DD)")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = iso_date(date) if date else None
        months = settings.PERSONAL_DATA_RETENTION_MONTHS
        try:
            before = privacy.retention_cutoff(today=today, months=months)
        except ValueError as exc:
            raise CommandError(f"PERSONAL_DATA_RETENTION_MONTHS: {exc}") from exc

        results = privacy.anonymise_personal_data(before, dry_run=dry_run)

        verb = "would be anonymised (dry run, nothing changed)" if dry_run else "anonymised"
        self.stdout.write(f"Retention {months} months: personal data from before {before:%Y-%m-%d}.")
        total = 0
        for kind, counts in results:
            name = f"{kind.key} ({kind.label})"
            if counts is None:
                self.stdout.write(f"{name}: nothing expires by age")
            elif not any(counts.values()):
                self.stdout.write(f"{name}: nothing to anonymise")
            else:
                total += sum(counts.values())
                details = ", ".join(f"{count} {what}" for what, count in counts.items())
                self.stdout.write(f"{name}: {details} {verb}")
        if total:
            self.stdout.write(self.style.SUCCESS(f"{total} record(s) {verb}."))
        else:
            self.stdout.write(self.style.SUCCESS("Nothing to anonymise."))
