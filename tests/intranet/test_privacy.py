"""The register of personal data (intranet.privacy) and `manage.py anonymise_personal_data`."""

import datetime
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from intranet import privacy
from people.models import EmployeeProfile
from search.models import QueryStatistic
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("anonymise_personal_data", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def job_titles():
    """A kind registered the way a new app (onboarding, teasers) registers its own; it works on
    job titles so the test needs no models of its own. A job title expires when the account
    was made before the cut-off."""

    def export(user):
        return [{"job_title": profile.job_title} for profile in EmployeeProfile.objects.filter(user=user)]

    def anonymise(before):
        old = EmployeeProfile.objects.filter(user__date_joined__date__lt=before).exclude(job_title="")
        return {"job titles": old.update(job_title="")}

    privacy.register(
        "tests.job_titles", label="Functies", description="For the tests.", export=export, anonymise=anonymise
    )
    yield
    privacy.unregister("tests.job_titles")


def employee_since(joined, job_title):
    user = UserFactory()
    user.date_joined = joined
    user.save()
    EmployeeProfile.objects.filter(user=user).update(job_title=job_title)
    return user


def job_title(user):
    return EmployeeProfile.objects.get(user=user).job_title


LONG_AGO = timezone.now() - datetime.timedelta(days=3 * 365)


def test_every_app_with_personal_data_is_in_the_register():
    assert [kind.key for kind in privacy.kinds()] == [
        "people.profile",
        "knowledge_base.feedback",
        "academy_pages.registrations",
        "academy_pages.evaluations",
        "onboarding.enrolments",
        "search.statistics",
    ]


def test_the_register_of_processing_has_a_section_for_every_kind():
    text = Path(settings.BASE_DIR, "docs", "privacy.md").read_text(encoding="utf-8")
    for kind in privacy.kinds():
        assert f"`{kind.key}`" in text, kind.key


def test_a_new_app_takes_part_in_download_and_retention_by_registering(job_titles, client):
    anna = employee_since(LONG_AGO, "Archivaris")
    bram = employee_since(timezone.now(), "Jurist")

    client.force_login(anna)
    data = client.get("/account/mijn-gegevens/").json()
    assert data["kinds"]["tests.job_titles"] == {
        "label": "Functies",
        "records": [{"job_title": "Archivaris"}],
    }

    output = run()
    assert "tests.job_titles (Functies): 1 job titles anonymised" in output
    assert (job_title(anna), job_title(bram)) == ("", "Jurist")


def test_the_cut_off_follows_the_retention_setting(job_titles, settings):
    anna = employee_since(timezone.make_aware(datetime.datetime(2025, 1, 10, 12)), "Archivaris")

    settings.PERSONAL_DATA_RETENTION_MONTHS = 24
    output = run("--date", "2026-12-04")
    assert "Retention 24 months: personal data from before 2024-12-04." in output
    assert "tests.job_titles (Functies): nothing to anonymise" in output
    assert job_title(anna) == "Archivaris"

    settings.PERSONAL_DATA_RETENTION_MONTHS = 18
    output = run("--date", "2026-12-04")
    assert "Retention 18 months: personal data from before 2025-06-04." in output
    assert "tests.job_titles (Functies): 1 job titles anonymised" in output
    assert job_title(anna) == ""


def test_a_retention_below_one_month_is_refused_and_changes_nothing(job_titles, settings):
    anna = employee_since(LONG_AGO, "Archivaris")
    settings.PERSONAL_DATA_RETENTION_MONTHS = 0

    with pytest.raises(CommandError, match="at least one month"):
        run()
    assert job_title(anna) == "Archivaris"


def test_a_dry_run_changes_nothing_and_a_second_run_finds_nothing(job_titles):
    anna = employee_since(LONG_AGO, "Archivaris")

    dry = run("--dry-run")
    assert "tests.job_titles (Functies): 1 job titles would be anonymised (dry run, nothing changed)" in dry
    assert job_title(anna) == "Archivaris"

    assert "tests.job_titles (Functies): 1 job titles anonymised" in run()
    assert job_title(anna) == ""
    second = run()
    assert "tests.job_titles (Functies): nothing to anonymise" in second
    assert second.rstrip().endswith("Nothing to anonymise.")


def test_profiles_and_search_statistics_do_not_expire():
    QueryStatistic.objects.create(query="verlof jan jansen", date=datetime.date(2020, 1, 2), searches=3)
    veteran = employee_since(timezone.now() - datetime.timedelta(days=10 * 365), "Griffier")

    output = run()

    assert "people.profile (Medewerkersprofiel en account): nothing expires by age" in output
    assert "search.statistics (Zoekstatistieken): nothing expires by age" in output
    assert QueryStatistic.objects.get().query == "verlof jan jansen"
    assert job_title(veteran) == "Griffier"
