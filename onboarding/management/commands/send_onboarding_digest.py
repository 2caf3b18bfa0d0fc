import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from onboarding import digest


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date: {value!r}; use YYYY-MM-DD.") from exc


class Command(BaseCommand):
    help = (
        "Send the weekly onboarding digest: each new colleague their coming and overdue steps, each "
        "buddy and team leader the steps that are theirs. Run it once a week (on Monday morning); "
        "running it twice sends the digest twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", type=str, help="run as if today were this date (YYYY-MM-DD)")
        parser.add_argument(
            "--dry-run", action="store_true", help="list who would get a digest, send nothing"
        )

    def handle(self, *args, date=None, dry_run=False, **options):
        today = iso_date(date) if date else timezone.localdate()
        found = digest.send_digests(today, dry_run=dry_run)
        for item in found:
            self.stdout.write(
                f"{item.user.email}: {len(item.overdue)} overdue, {len(item.coming)} coming, "
                f"{len(item.for_others)} for colleagues they guide"
            )
        verb = "due (dry run, nothing sent)" if dry_run else "queued"
        self.stdout.write(self.style.SUCCESS(f"{len(found)} digest(s) {verb} for {today:%Y-%m-%d}."))
