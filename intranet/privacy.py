"""The register of personal data: what each app keeps about employees, a copy for the employee,
and anonymisation once the retention period has passed.

``intranet/`` knows no domain app, so the apps register themselves. Each app that stores
personal data has a ``privacy.py`` that registers every kind of it and is imported from the
app's ``AppConfig.ready()``. A new app (teasers, onboarding, ...) does the same and needs no
change here; for example ``onboarding/privacy.py``::

    from django.utils.translation import gettext_lazy as _

    from intranet import privacy
    from onboarding.models import StepProgress


    def export(user):
        return [
            {"step": progress.step.title, "done_at": progress.done_at}
            for progress in StepProgress.objects.filter(user=user).select_related("step")
        ]


    def anonymise(before):
        old = StepProgress.objects.filter(done_at__date__lt=before, user__isnull=False)
        return {"steps": old.update(user=None, note="")}


    privacy.register(
        "onboarding.progress",
        label=_("Onboarding progress"),
        description="Which onboarding steps an employee finished, and when.",
        export=export,
        anonymise=anonymise,
    )

and in ``onboarding/apps.py``::

    def ready(self):
        from onboarding import privacy  # noqa: F401 (registers its personal data)

What the two functions must do:

``export(user)``
    Everything of this kind about ``user`` and about nobody else, as a list of dicts whose
    values are strings, numbers, booleans, None, lists or dicts (dates and datetimes are
    allowed: the download writes them as ISO 8601). Use words an employee understands (the
    Dutch label of a status rather than its code). It is the answer to the employee's right of
    access (AVG article 15) and feeds "Mijn gegevens downloaden" on the account page.
    None: this kind cannot be tied to an employee (e.g. anonymous statistics).

``anonymise(before)``
    Anonymise the records of this kind that are older than the date ``before`` (the app decides
    which date of a record counts, and says so in its docstring and in docs/privacy.md), and
    return a dict of counts, e.g. ``{"registrations": 12}``. It runs inside the transaction of
    ``anonymise_personal_data()``; a dry run rolls that transaction back, so the function must
    only change the database (no mails, no files). It must keep whatever the reports count, and
    a second run must find nothing left to do. None: nothing of this kind expires by age.

Also add a section for the kind to docs/privacy.md (a test checks that every registered kind
has one): what is stored, why, where, for how long, and who can see it.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

_registry = {}


@dataclass(frozen=True)
class PersonalDataKind:
    """One kind of personal data an app stores.

    key: a stable identifier, "<app>.<kind>"; label: the Dutch name employees see (a lazy
    translation with an English msgid); description: one or two English sentences for
    administrators; export and anonymise: see the module docstring.
    """

    key: str
    label: Any
    description: str
    export: Callable | None = None
    anonymise: Callable | None = None


def register(key, *, label, description, export=None, anonymise=None):
    """Register a kind of personal data (call from the app's ``AppConfig.ready()``)."""
    _registry[key] = PersonalDataKind(
        key=key, label=label, description=description, export=export, anonymise=anonymise
    )


def unregister(key):
    _registry.pop(key, None)


def kinds():
    """Every registered kind, in the order the apps registered them."""
    return list(_registry.values())


def retention_cutoff(today=None, months=None):
    """The first day that is still kept: records older than this are anonymised.

    ``months`` defaults to the setting ``PERSONAL_DATA_RETENTION_MONTHS``; ``today`` to today
    in the intranet's time zone.
    """
    months = settings.PERSONAL_DATA_RETENTION_MONTHS if months is None else months
    if months < 1:
        raise ValueError(f"The retention period must be at least one month, not {months}.")
    today = today or timezone.localdate()
    return today - relativedelta(months=months)


def export_personal_data(user):
    """Everything the registered kinds hold about ``user``, as one JSON-ready dict.

    Kinds without an export function hold nothing that can be tied to an employee and are left
    out.
    """
    return {
        "user": user.get_username(),
        "created_at": timezone.localtime().isoformat(timespec="seconds"),
        "kinds": {
            kind.key: {"label": str(kind.label), "records": list(kind.export(user))}
            for kind in kinds()
            if kind.export is not None
        },
    }


def anonymise_personal_data(before, *, dry_run=False):
    """Anonymise, for every registered kind, the records older than the date ``before``.

    Returns a list of (kind, counts) in registration order; counts is None for a kind without an
    anonymise function. All kinds run in one transaction, so a failure leaves everything as it
    was; with ``dry_run`` the transaction is rolled back after counting, so the counts are
    exactly what a real run would do and nothing changes.
    """
    if isinstance(before, datetime.datetime) or not isinstance(before, datetime.date):
        raise TypeError("before must be a date")
    results = []
    with transaction.atomic():
        for kind in kinds():
            counts = dict(kind.anonymise(before)) if kind.anonymise is not None else None
            results.append((kind, counts))
        if dry_run:
            transaction.set_rollback(True)
    return results
