"""Onboarding in the register of personal data: the download and the retention period."""

import datetime

import pytest

from intranet import privacy
from onboarding import progress
from onboarding.models import Enrolment, StepProgress
from tests.factories.onboarding import EnrolmentFactory

pytestmark = pytest.mark.django_db


def test_the_download_holds_own_enrolments_with_roles_not_names(client, enrolment, newcomer, buddy):
    progress.mark_done(enrolment, enrolment.programme.steps.get(title="Rondleiding geven"), buddy)
    EnrolmentFactory(programme=enrolment.programme)  # someone else's
    client.force_login(newcomer)

    data = client.get("/account/mijn-gegevens/").json()

    (record,) = data["kinds"]["onboarding.enrolments"]["records"]
    assert record["programme"] == "Algemeen inwerkprogramma"
    assert record["start_date"] == "2026-12-07"
    assert record["steps_done"][0]["step"] == "Rondleiding geven"
    assert record["steps_done"][0]["done_by"] == "De buddy"
    assert "Bob" not in str(data["kinds"]["onboarding.enrolments"])


def test_old_enrolments_are_deleted_with_their_steps(enrolment, newcomer):
    progress.mark_done(enrolment, enrolment.programme.steps.first(), newcomer)
    recent = EnrolmentFactory(programme=enrolment.programme, start_date=datetime.date(2027, 1, 4))

    results = dict(privacy.anonymise_personal_data(datetime.date(2027, 1, 1)))
    counts = next(counts for kind, counts in results.items() if kind.key == "onboarding.enrolments")

    assert counts == {"enrolments": 1, "steps done": 1}
    assert list(Enrolment.objects.all()) == [recent]
    assert not StepProgress.objects.exists()
    again = dict(privacy.anonymise_personal_data(datetime.date(2027, 1, 1)))
    assert next(counts for kind, counts in again.items() if kind.key == "onboarding.enrolments") == {
        "enrolments": 0,
        "steps done": 0,
    }
