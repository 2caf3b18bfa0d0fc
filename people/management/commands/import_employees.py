from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from people.importing import EmployeeImportError, import_employees


class Command(BaseCommand):
    help = (
        "Create or update employees (users and profiles) from a CSV file. All rows must be valid, "
        "or nothing is saved. See people/importing.py for the columns."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file, ; or , separated, UTF-8")
        parser.add_argument("--dry-run", action="store_true", help="check and report, save nothing")

    def handle(self, *args, file, dry_run, **options):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from exc
        try:
            result = import_employees(data, dry_run=dry_run)
        except EmployeeImportError as error:
            for message in error.errors:
                self.stderr.write(self.style.ERROR(message))
            raise CommandError("Nothing was imported.") from error
        self.stdout.write(self.style.SUCCESS(result.summary()))
