from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from people.importing import EmployeeImportError, import_employees


class Command(BaseCommand):
    help = (
        "Create or update employees (users and profiles) from a CSV file. All rows must be valid, "
        "or nothing is saved. See people/importing.py for the columns. The import changes no "
        "account with more rights than the importing user, and never a superuser. Name that user "
        "with --as USERNAME; without it, the import has only the rights of the 'Medewerkers' "
        "group, so it cannot change editors, staff or superusers."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file, ; or , separated, UTF-8")
        parser.add_argument("--dry-run", action="store_true", help="check and report, save nothing")
        parser.add_argument(
            "--as",
            dest="as_user",
            metavar="USERNAME",
            help="import with the rights of this user (default: only those of the 'Medewerkers' group)",
        )

    def handle(self, *args, file, dry_run, as_user=None, **options):
        importer = None
        if as_user:
            User = get_user_model()
            importer = User._default_manager.filter(**{User.USERNAME_FIELD: as_user}).first()
            if importer is None or not importer.is_active:
                raise CommandError(f"There is no active user named {as_user!r}.")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from exc
        try:
            result = import_employees(data, importer=importer, dry_run=dry_run)
        except EmployeeImportError as error:
            for message in error.errors:
                self.stderr.write(self.style.ERROR(message))
            raise CommandError("Nothing was imported.") from error
        self.stdout.write(self.style.SUCCESS(result.summary()))
