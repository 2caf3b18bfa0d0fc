"""`manage.py academy_report`: the seed's table as Dutch text and as JSON."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from academy_pages.models import AcademySettings
from academy_pages.reports import KEYS
from tests.academy_pages.report_scenarios import seed_scenario

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("academy_report", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seed(academy, home_page):
    report_date, launch_date = seed_scenario(academy)
    settings = AcademySettings.for_site(home_page.get_site())
    settings.launch_date = launch_date
    settings.save()
    return report_date


def test_json_has_exactly_the_reports_keys_and_the_seeds_figures(seed):
    text = run("--date", "2022-06-23", "--json")

    figures = json.loads(text)
    assert list(figures) == list(KEYS)
    assert figures == {
        "course_types": 9,
        "registrations": 61,
        "started_sessions": 6,
        "participants_in_started_sessions": 25,
        "avg_participants_per_started_session": 4.17,
        "planned_sessions": 47,
        "cancelled_participants": 21,
        "self_cancelled_participants": 9,
        "cancelled_sessions": 10,
    }
    assert '"avg_participants_per_started_session": 4.17' in text


def test_the_table_is_in_dutch_with_a_decimal_comma(seed):
    text = run("--date", "2022-06-23")

    assert "23 juni 2022" in text
    assert "12 april 2022" in text
    lines = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1] for line in text.splitlines()[2:]}
    assert lines["Soorten trainingen"] == "9"
    assert lines["Totaal aantal aanmeldingen"] == "61"
    assert lines["Gemiddeld aantal deelnemers per gestarte training"] == "4,17"
    assert lines["Daarvan zelf geannuleerd"] == "9"


def test_without_sessions_the_average_is_zero_with_two_decimals(home_page):
    figures = json.loads(run("--json"))
    assert figures["avg_participants_per_started_session"] == 0
    assert '"avg_participants_per_started_session": 0.00' in run("--json")


@pytest.mark.parametrize("value", ["23-6-2022", "2022-02-30", "morgen"])
def test_a_bad_date_stops_with_a_clear_message(home_page, value):
    with pytest.raises(CommandError) as error:
        run("--date", value)
    assert value in str(error.value)
    assert "JJJJ-MM-DD" in str(error.value)
