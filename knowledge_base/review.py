"""Content governance: which articles need a review, marking them reviewed, and reminding owners."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from intranet.mail import absolute_url, templated_mail
from knowledge_base.models import REVIEW_INTERVAL, REVIEW_SOON_DAYS, KnowledgeArticlePage

MARK_REVIEWED_ACTION = "knowledge_base.mark_reviewed"


def articles_to_review(today=None, within_days=REVIEW_SOON_DAYS):
    """Live articles that are overdue or due within `within_days` days, soonest first."""
    today = today or timezone.localdate()
    return (
        KnowledgeArticlePage.objects.review_due(today, within_days)
        .select_related("owner_person", "owner_team")
        .order_by("review_date", "title")
    )


def overdue_articles(today=None):
    """Live articles whose review date is today or earlier."""
    return articles_to_review(today, within_days=0)


def next_review_date(today=None):
    return (today or timezone.localdate()) + REVIEW_INTERVAL


def mark_reviewed(article, user, today=None):
    """Record that `article` was reviewed today: its next review is six months from now.

    The live page and its latest revision both get the new date, so publishing an open
    draft later does not bring the old date back. The action is written to the audit log.
    """
    new_date = next_review_date(today)
    with transaction.atomic():
        article = KnowledgeArticlePage.objects.select_for_update().get(pk=article.pk)
        previous = article.review_date
        article.review_date = new_date
        article.save(update_fields=["review_date"], clean=False)
        revision = article.latest_revision
        if revision is not None:
            revision.content["review_date"] = new_date.isoformat()
            revision.save(update_fields=["content"])
        log(
            instance=article,
            action=MARK_REVIEWED_ACTION,
            user=user,
            data={
                "previous_review_date": previous.isoformat() if previous else None,
                "review_date": new_date.isoformat(),
            },
        )
    return article


@dataclass
class Reminder:
    """One e-mail: the articles one recipient must review."""

    to: str
    name: str
    articles: list = field(default_factory=list)
    to_coordination_point: bool = False


def coordination_point_address():
    """Where reminders for articles without a personal owner go."""
    return settings.DEFAULT_FROM_EMAIL


def collect_reminders(today=None):
    """Group overdue articles by owner; those without a reachable owner go to the coordination point."""
    by_owner = defaultdict(list)
    unowned = []
    for article in overdue_articles(today):
        person = article.owner_person
        if person is not None and person.is_active and person.email:
            by_owner[person].append(article)
        else:
            unowned.append(article)
    reminders = [
        Reminder(to=person.email, name=person.get_full_name() or person.get_username(), articles=articles)
        for person, articles in sorted(by_owner.items(), key=lambda item: item[0].email)
    ]
    if unowned:
        reminders.append(
            Reminder(
                to=coordination_point_address(),
                name=_("Coordination point"),
                articles=unowned,
                to_coordination_point=True,
            )
        )
    return reminders


def build_reminder_message(reminder, today=None):
    """The Dutch plain-text and HTML e-mail for one reminder."""
    today = today or timezone.localdate()
    items = [
        {
            "article": article,
            "days_overdue": (today - article.review_date).days,
            "url": article.full_url,
            "edit_url": absolute_url(reverse("wagtailadmin_pages:edit", args=[article.pk])),
        }
        for article in reminder.articles
    ]
    context = {
        "reminder": reminder,
        "items": items,
        "today": today,
        "report_url": absolute_url(reverse("kennisbank_review:index")),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = ngettext(
            "Knowledge base: %(count)d article to review",
            "Knowledge base: %(count)d articles to review",
            len(items),
        ) % {"count": len(items)}
        return templated_mail(
            "knowledge_base/emails/review_reminder", context, subject=subject, to=[reminder.to]
        )


def send_review_reminders(today=None, dry_run=False):
    """Mail every owner their overdue articles; with `dry_run`, only work out who would get what.

    Returns the reminders (sent or, with `dry_run`, not sent).
    """
    today = today or timezone.localdate()
    reminders = collect_reminders(today)
    if not dry_run:
        messages = [build_reminder_message(reminder, today) for reminder in reminders]
        for message in messages:
            message.send()
    return reminders


def parse_date(value):
    """A YYYY-MM-DD string as a date (ValueError when it is not one)."""
    return datetime.date.fromisoformat(value)
