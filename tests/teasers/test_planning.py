"""The planning for the coordination point, and the feed as an audience will see it."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group

from teasers import planning
from teasers.models import Audience
from tests.factories.people import TeamFactory
from tests.factories.teasers import CampaignFactory, TeaserFactory

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
PLANNING = "/admin/teasers/planning/"
FEED_AS = "/admin/teasers/planning/feed-als/"
MONDAY = datetime.date(2026, 12, 7)


def at(day, hour=8):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMS)


def day_plan(weeks, day):
    return next(plan for week in weeks for plan in week.days if plan.date == day)


@pytest.fixture
def academie():
    return CampaignFactory(name="Academie", target_per_week=3)


def test_teasers_are_listed_on_each_day_of_their_window(academie):
    TeaserFactory(
        title="Drie dagen",
        campaign=academie,
        display_from=at(MONDAY),
        display_until=at(MONDAY, 0) + datetime.timedelta(days=3),
    )

    weeks = planning.plan_weeks(MONDAY, 1)

    shown = [plan.date for plan in weeks[0].days if plan.teasers]
    assert shown == [MONDAY, MONDAY + datetime.timedelta(days=1), MONDAY + datetime.timedelta(days=2)]


def test_a_week_under_its_target_is_marked(academie):
    for offset in (0, 2):
        TeaserFactory(campaign=academie, display_from=at(MONDAY + datetime.timedelta(days=offset)))
    # A draft and a teaser starting the week before do not count towards this week.
    TeaserFactory(campaign=academie, display_from=at(MONDAY + datetime.timedelta(days=4)), live=False)
    TeaserFactory(campaign=academie, display_from=at(MONDAY - datetime.timedelta(days=1)))

    row = next(row for row in planning.plan_weeks(MONDAY, 1)[0].campaigns if row.campaign == academie)

    assert (row.started, row.target, row.under_target) == (2, 3, True)


def test_a_week_on_target_is_not_marked(academie):
    for offset in (0, 2, 4):
        TeaserFactory(campaign=academie, display_from=at(MONDAY + datetime.timedelta(days=offset)))

    row = planning.plan_weeks(MONDAY, 1)[0].campaigns[0]

    assert (row.started, row.under_target) == (3, False)


def test_a_day_with_too_many_teasers_is_marked(academie):
    for _ in range(planning.TOO_MANY_PER_DAY + 1):
        TeaserFactory(campaign=academie, display_from=at(MONDAY), display_until=at(MONDAY, 20))
    for _ in range(planning.TOO_MANY_PER_DAY):
        TeaserFactory(
            campaign=academie,
            display_from=at(MONDAY + datetime.timedelta(days=1), 9),
            display_until=at(MONDAY + datetime.timedelta(days=1), 20),
        )

    weeks = planning.plan_weeks(MONDAY, 1)

    assert day_plan(weeks, MONDAY).too_many
    assert not day_plan(weeks, MONDAY + datetime.timedelta(days=1)).too_many


def test_days_follow_the_dutch_clock_across_the_march_change(academie):
    sunday = datetime.date(2027, 3, 28)  # 23 hours long
    TeaserFactory(
        title="Zondag laat",
        campaign=academie,
        display_from=at(sunday, 23),
        display_until=at(sunday + datetime.timedelta(days=1), 0),
    )

    weeks = planning.plan_weeks(sunday, 1)

    assert [plan.date for plan in weeks[0].days if plan.teasers] == [sunday]


def test_a_month_has_whole_weeks_and_marks_days_outside_it():
    weeks = planning.plan_month(datetime.date(2026, 12, 15))

    assert weeks[0].start == datetime.date(2026, 11, 30)
    assert weeks[-1].start == datetime.date(2026, 12, 28)
    assert not weeks[0].days[0].in_month
    assert weeks[0].days[1].in_month


# --- The admin views ---------------------------------------------------------------------------


def test_the_planning_page_shows_weeks_days_and_targets(editor_client, academie):
    TeaserFactory(
        title="Presenteren", campaign=academie, display_from=at(MONDAY), display_until=at(MONDAY, 18)
    )

    content = editor_client.get(PLANNING, {"weergave": "week", "datum": "2026-12-09"}).content.decode()

    assert "Presenteren" in content
    assert 'data-campaign="Academie" data-started="1"' in content
    assert "onder het doel" in content
    # An empty day offers to start a teaser that day.
    assert "/admin/snippets/teasers/teaser/add/?dag=2026-12-08" in content


def test_the_month_view(editor_client, academie):
    TeaserFactory(title="Kerst", campaign=academie, display_from=at(datetime.date(2026, 12, 21)))

    content = editor_client.get(PLANNING, {"weergave": "maand", "datum": "2026-12-01"}).content.decode()

    assert "December 2026" in content
    assert content.count('class="planning-week"') == 5
    assert "Kerst" in content


@pytest.mark.parametrize(
    "query",
    [
        {"datum": "gisteren"},
        {"weergave": "jaar"},
        {"datum": "2026-13-45"},
        {"datum": "9999-12-31"},
        {"weergave": "maand", "datum": "0001-01-01"},
    ],
)
def test_bad_input_shows_the_current_week_with_a_message(editor_client, query):
    response = editor_client.get(PLANNING, query)

    assert response.status_code == 200
    assert "Die datum werd niet begrepen" in response.content.decode()


def test_starting_a_teaser_from_an_empty_day(editor_client):
    content = editor_client.get("/admin/snippets/teasers/teaser/add/", {"dag": "2026-12-08"}).content.decode()

    assert re.search(r'name="display_from"[^>]*value="2026-12-08 08:00', content)


def test_employees_have_no_planning(employee_client):
    assert employee_client.get(PLANNING).status_code in (302, 403)
    assert employee_client.get(FEED_AS).status_code in (302, 403)


def test_the_feed_as_a_team_at_a_future_moment(editor_client, academie):
    team = TeamFactory(name="Team Burgerzaken")
    TeaserFactory(
        title="Voor Burgerzaken",
        campaign=academie,
        audience=Audience.TEAMS,
        teams=[team],
        display_from=at(MONDAY),
    )
    TeaserFactory(
        title="Voor iedereen later", campaign=academie, display_from=at(MONDAY + datetime.timedelta(days=7))
    )
    TeaserFactory(
        title="Voor een groep",
        campaign=academie,
        audience=Audience.GROUPS,
        groups=[Group.objects.create(name="MT")],
        display_from=at(MONDAY),
    )

    content = editor_client.get(
        FEED_AS, {"doelgroep": "team", "team": team.pk, "moment": "2026-12-08T10:00"}
    ).content.decode()

    assert 'data-teaser="Voor Burgerzaken"' in content
    assert 'data-teaser="Voor iedereen later"' not in content
    assert 'data-teaser="Voor een groep"' not in content


def test_the_feed_as_a_new_colleague(editor_client, academie):
    TeaserFactory(
        title="Welkom",
        campaign=academie,
        audience=Audience.NEW_COLLEAGUES,
        new_within_months=2,
        display_from=at(MONDAY),
    )

    new = editor_client.get(
        FEED_AS, {"doelgroep": "new", "in_dienst": "2026-11-01", "moment": "2026-12-08T10:00"}
    )
    old = editor_client.get(
        FEED_AS, {"doelgroep": "new", "in_dienst": "2026-01-01", "moment": "2026-12-08T10:00"}
    )

    assert 'data-teaser="Welkom"' in new.content.decode()
    assert 'data-teaser="Welkom"' not in old.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"doelgroep": "team"}, "Kies het team."),
        ({"doelgroep": "new"}, "Geef de datum van indiensttreding."),
        ({"doelgroep": "everyone", "moment": "morgen"}, "Voer een geldige datum/tijd in"),
        ({"doelgroep": "team", "team": "999999999999999999999999"}, "Selecteer een geldige keuze"),
        ({"doelgroep": "new", "in_dienst": "0001-01-01"}, "Kies een datum tussen 1950 en 2100."),
        ({"doelgroep": "everyone", "moment": "9999-12-31T23:59"}, "Kies een datum tussen 1950 en 2100."),
    ],
)
def test_the_feed_as_with_bad_input_explains_in_dutch(editor_client, query, message):
    response = editor_client.get(FEED_AS, query)

    assert response.status_code == 200
    assert message in response.content.decode()
