from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from people import sso


class Command(BaseCommand):
    help = (
        "Link an existing account to a West Betuwe account (single sign-on, docs/sso.md), so its "
        "next SSO login logs in to it. For editors and admins: an e-mail claim never links their "
        "accounts. The id is the SSO_UID_CLAIM of the person (with 'oid': the Object ID in Entra "
        "ID; with 'sub': the id in the log line of their refused login)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="the intranet account")
        parser.add_argument("uid", help="the stable id of the West Betuwe account")
        parser.add_argument("--dry-run", action="store_true", help="check and report, save nothing")

    def handle(self, *args, username, uid, dry_run, **options):
        User = get_user_model()
        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"There is no user named {username!r}.")
        try:
            sso.link_account(user, uid.strip(), dry_run=dry_run)
        except ValueError as error:
            raise CommandError(str(error)) from error
        done = "would be linked (dry run)" if dry_run else "is linked"
        self.stdout.write(self.style.SUCCESS(f"{username} {done} to the SSO identity {uid.strip()}."))
