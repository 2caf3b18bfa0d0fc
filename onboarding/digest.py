"""The weekly digest: each new colleague gets their coming and overdue steps, and each buddy and
team leader the steps that are theirs for the colleagues they guide.

`send_digests` is run once a week (the management command `send_onboarding_digest`, or the task
`onboarding.tasks.send_digests`); it queues one mail per person (`tasks.send_digest_mail`), which
works its contents out again when it runs. Finished enrolments are left out. Nobody gets a mail
without a step to mention.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from intranet.mail import absolute_url, templated_mail
from intranet.working_days import add_working_days
from onboarding import progress
from onboarding.models import Enrolment, Performer

# Steps due within this many working days count as "coming".
HORIZON_WORKING_DAYS = 5


@dataclass
class DigestStep:
    title: str
    due_date: object
    overdue: bool
    colleague: str = ""  # for the steps of a buddy or team leader: whose onboarding


@dataclass
class Digest:
    user: object
    overdue: list = field(default_factory=list)  # the colleague's own steps
    coming: list = field(default_factory=list)
    for_others: list = field(default_factory=list)  # steps as buddy or team leader

    @property
    def is_empty(self):
        return not (self.overdue or self.coming or self.for_others)


def _name(user):
    return user.get_full_name() or user.get_username()


def digests(today, *, user=None):
    """The digests for `today` by user, leaving out empty ones; only `user`'s when given."""
    horizon = add_working_days(today, HORIZON_WORKING_DAYS)
    enrolments = Enrolment.objects.filter(finished_at__isnull=True, programme__isnull=False)
    if user is not None:
        enrolments = enrolments.filter(Q(colleague=user) | Q(buddy=user) | Q(team_leader=user))
    by_user = {}

    def digest_of(person):
        if person.pk not in by_user:
            by_user[person.pk] = Digest(user=person)
        return by_user[person.pk]

    for state in progress.states(enrolments, today=today):
        enrolment = state.enrolment
        performers = {
            Performer.NEW_COLLEAGUE: enrolment.colleague,
            Performer.BUDDY: enrolment.buddy,
            Performer.TEAM_LEADER: enrolment.team_leader,
        }
        for row in state.rows:
            if row.done or row.due_date > horizon:
                continue
            person = performers.get(row.step.performer)
            if person is None or not person.is_active or (user is not None and person.pk != user.pk):
                continue
            step = DigestStep(title=row.step.title, due_date=row.due_date, overdue=row.overdue)
            digest = digest_of(person)
            if row.step.performer == Performer.NEW_COLLEAGUE:
                (digest.overdue if row.overdue else digest.coming).append(step)
            else:
                step.colleague = _name(enrolment.colleague)
                digest.for_others.append(step)
    result = [digest for digest in by_user.values() if not digest.is_empty and digest.user.email]
    for digest in result:
        digest.overdue.sort(key=lambda step: step.due_date)
        digest.coming.sort(key=lambda step: step.due_date)
        digest.for_others.sort(key=lambda step: (step.due_date, step.colleague))
    return sorted(result, key=lambda digest: digest.user.pk)


def digest_mail(digest, today):
    """The digest as a mail (plain text and HTML, in Dutch), not sent."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "greeting_name": digest.user.first_name or _name(digest.user),
            "digest": digest,
            "today": today,
            "my_url": absolute_url(reverse("onboarding:mine")),
            "overview_url": absolute_url(reverse("onboarding:overview")),
        }
        return templated_mail(
            "onboarding/emails/digest",
            context,
            subject=_("Your onboarding this week"),
            to=[digest.user.email],
        )


def send_digest_mail(user_id, today):
    """Work out and send one user's digest; returns 1 when a mail was sent, else 0."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return 0
    found = digests(today, user=user)
    if not found:
        return 0
    digest_mail(found[0], today).send()
    return 1


def send_digests(today, *, dry_run=False):
    """Queue this week's digest mails; returns the digests. With `dry_run`, nothing is queued."""
    from onboarding import tasks

    found = digests(today)
    if not dry_run:
        for digest in found:
            tasks.send_digest_mail.enqueue(digest.user.pk, today.isoformat())
    return found
