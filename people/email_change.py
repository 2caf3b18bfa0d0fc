"""A new e-mail address for an account in use only counts once its holder confirms it.

Whoever controls an account's address can reset its password. So when someone else (today:
the employee import) gives an account that is in use a new address, the address is not changed
at once. Instead:

1. `request_changes` records an EmailChangeRequest (replacing an earlier pending one) and, after
   the transaction commits, mails a confirmation link to the new address and a notice to the
   old one, so the holder learns of the request even when the new address is not theirs.
2. The link carries a signed, timestamped token (django.core.signing.TimestampSigner with its
   own salt) holding the request's id: it cannot be guessed or altered, and stops working after
   `LINK_MAX_AGE`.
3. `confirm` applies the address only for the account holder, logged in as that account, on a
   POST of the confirmation page, and only while the request is pending. Anyone else, an
   expired link and a used or replaced link change nothing and get a Dutch message.

An account counts as in use when it has ever logged in or has a usable password. An account
that never logged in and has no password yet (fresh from the import, waiting to choose its
first password) has nobody to ask: its address may be corrected directly.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from intranet.mail import absolute_url, templated_mail
from people import tasks
from people.models import EmailChangeRequest, EmailChangeStatus

SALT = "people.email_change"
LINK_MAX_AGE = datetime.timedelta(days=7)


class EmailChangeError(Exception):
    """The link cannot be used; `message` is shown to the visitor as it is."""

    def __init__(self, message, code):
        super().__init__(str(message))
        self.message = message
        self.code = code


def needs_confirmation(user):
    """True when a new address for `user` must wait for the account holder (see above)."""
    return user.last_login is not None or user.has_usable_password()


def request_changes(changes, *, requested_by=None):
    """Record that each `user` should get `new_email` (pairs), replacing pending requests.

    Returns the EmailChangeRequests; after commit, a task mails each. The accounts' addresses
    stay as they are until `confirm`.
    """
    with transaction.atomic():
        cancel_pending([user for user, _email in changes])
        created = EmailChangeRequest.objects.bulk_create(
            EmailChangeRequest(user=user, old_email=user.email, new_email=email, requested_by=requested_by)
            for user, email in changes
        )
        ids = [change.pk for change in created]

        def enqueue():
            for change_id in ids:
                tasks.send_email_change_mails.enqueue(change_id)

        transaction.on_commit(enqueue)
    return created


def cancel_pending(users):
    """Cancel the pending requests of `users` (a change they no longer need)."""
    return (
        EmailChangeRequest.objects.pending()
        .filter(user__in=users)
        .update(status=EmailChangeStatus.CANCELLED, decided_at=timezone.now())
    )


def pending_by_user(users):
    """The pending requests of `users` that can still be confirmed, by user id (one query)."""
    threshold = timezone.now() - LINK_MAX_AGE
    pending = EmailChangeRequest.objects.pending().filter(user__in=users, requested_at__gt=threshold)
    return {change.user_id: change for change in pending.order_by("requested_at")}


def make_token(change):
    return signing.TimestampSigner(salt=SALT).sign(str(change.pk))


def confirm_url(change):
    """The absolute confirmation link for the mail."""
    return absolute_url(reverse("people:email_change_confirm", args=[make_token(change)]))


def change_for_token(token, user, *, max_age=LINK_MAX_AGE):
    """The pending request behind a link, for `user`; EmailChangeError when it cannot be used."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise EmailChangeError(
            _("This link has expired. Ask the coordination point to change your e-mail address again."),
            "expired",
        ) from exc
    except signing.BadSignature as exc:
        raise EmailChangeError(
            _("This link is not valid. Use the complete link from the e-mail."), "invalid"
        ) from exc
    change = EmailChangeRequest.objects.select_related("user").filter(pk=int(value)).first()
    if change is None or change.user_id != user.pk:
        # Whoever opened the link is not the account holder; say nothing about whose it is.
        raise EmailChangeError(
            _("This link is meant for another account. Log in with the account the e-mail was about."),
            "other_user",
        )
    if change.status != EmailChangeStatus.PENDING:
        raise EmailChangeError(
            _("This link has already been used or has been replaced by a newer one."), "used"
        )
    return change


def confirm(token, user):
    """Give `user` the new address of the request behind `token`; returns the request.

    Raises EmailChangeError (nothing changed) when the link cannot be used, or when the address
    has meanwhile been taken by another account.
    """
    with transaction.atomic():
        change = change_for_token(token, user)
        change = EmailChangeRequest.objects.select_for_update().get(pk=change.pk)
        if change.status != EmailChangeStatus.PENDING:
            raise EmailChangeError(
                _("This link has already been used or has been replaced by a newer one."), "used"
            )
        User = get_user_model()
        email_field = User.get_email_field_name()
        taken = (
            User._default_manager.filter(**{f"{email_field}__iexact": change.new_email})
            .exclude(pk=user.pk)
            .exists()
        )
        if taken:
            raise EmailChangeError(
                _("This e-mail address is already used by another account. Contact the coordination point."),
                "taken",
            )
        setattr(user, email_field, change.new_email)
        user.save(update_fields=[email_field])
        change.status = EmailChangeStatus.CONFIRMED
        change.decided_at = timezone.now()
        change.save(update_fields=["status", "decided_at"])
    return change


# Mails: plain text and HTML, in Dutch, like the Academy's (academy_pages.notifications).

SUBJECTS = {
    "email_change_confirm": _("Confirm your new e-mail address for the intranet"),
    "email_change_notice": _("A new e-mail address was requested for your intranet account"),
}


def send_mails(change_id):
    """Mail the confirmation link to the new address and the notice to the old; returns the count."""
    change = EmailChangeRequest.objects.select_related("user").filter(pk=change_id).first()
    if change is None or change.status != EmailChangeStatus.PENDING:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "change": change,
            "greeting_name": change.user.get_full_name() or change.user.get_username(),
            "username": change.user.get_username(),
            "confirm_url": confirm_url(change),
            "link_days": LINK_MAX_AGE.days,
            # The intranet's mails come from the coordination point, so its address is the contact.
            "coordination_email": settings.DEFAULT_FROM_EMAIL,
        }
        messages = [_mail("email_change_confirm", context, change.new_email)]
        if change.old_email:
            messages.append(_mail("email_change_notice", context, change.old_email))
    mail.get_connection().send_messages(messages)
    return len(messages)


def _mail(kind, context, to):
    return templated_mail(f"people/email/{kind}", context, subject=SUBJECTS[kind], to=[to])
