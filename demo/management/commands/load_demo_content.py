from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loading import load_demo_content


class Command(BaseCommand):
    help = (
        "Load the demo content (teams, demo accounts, topics, images, a PDF and the knowledge base "
        "articles). Safe to run again: only what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be created; change nothing."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when DEBUG is off. Never on a real intranet: demo accounts have known passwords.",
        )

    def handle(self, *args, dry_run=False, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this may be a real intranet; the demo accounts have known passwords. "
                "Use --force to load the demo content anyway."
            )
        result = load_demo_content(dry_run=dry_run)
        if verbosity < 1:
            return
        if result.changed:
            verb = "Would create" if dry_run else "Created"
            summary = ", ".join(f"{count} {kind}" for kind, count in result.created.items() if count)
            self.stdout.write(self.style.SUCCESS(f"{verb}: {summary}."))
        else:
            self.stdout.write("The demo content is already loaded; nothing changed.")
        self.stdout.write("Demo accounts (development only; username / password, group, job title):")
        for username, password, group, job_title in result.accounts:
            self.stdout.write(f"  {username} / {password}  ({group}, {job_title})")
