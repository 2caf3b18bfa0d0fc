from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from knowledge_base import review


class Command(BaseCommand):
    help = "Mail every owner of a knowledge base article that is due for a review a list of those articles."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Treat this day (YYYY-MM-DD) as today; articles with a review date on or before it are due.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show who would get which articles; send nothing."
        )

    def handle(self, *args, date=None, dry_run=False, **options):
        try:
            today = review.parse_date(date) if date else timezone.localdate()
        except ValueError as error:
            raise CommandError(f"--date must look like 2026-05-31, not {date!r}.") from error

        reminders = review.send_review_reminders(today, dry_run=dry_run)
        if not reminders:
            self.stdout.write(self.style.SUCCESS(f"No articles due for review on {today:%Y-%m-%d}."))
            return
        for reminder in reminders:
            titles = ", ".join(article.title for article in reminder.articles)
            self.stdout.write(f"{reminder.to}: {len(reminder.articles)} article(s): {titles}")
        count = len(reminders)
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: {count} reminder(s) not sent."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Sent {count} reminder(s)."))
