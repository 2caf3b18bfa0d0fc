"""Which teasers someone sees, and when: the display window, the audience and the order."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group

from teasers.audience import Viewer, months_since
from teasers.models import Audience, Teaser
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory
from tests.factories.teasers import TeaserFactory

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC
SECOND = datetime.timedelta(seconds=1)


def visible(user, at):
    return list(Teaser.objects.live_for(user, at=at).values_list("title", flat=True))


# --- The window: from <= at < until ----------------------------------------------------------


def test_a_teaser_appears_at_from_and_disappears_at_until(employee):
    start = datetime.datetime(2026, 12, 7, 9, 0, tzinfo=AMS)
    end = datetime.datetime(2026, 12, 11, 17, 0, tzinfo=AMS)
    TeaserFactory(title="Leercafé", display_from=start, display_until=end)

    assert visible(employee, start - SECOND) == []
    assert visible(employee, start) == ["Leercafé"]
    assert visible(employee, end - SECOND) == ["Leercafé"]
    assert visible(employee, end) == []


def test_a_teaser_without_until_stays(employee):
    start = datetime.datetime(2026, 12, 7, 9, 0, tzinfo=AMS)
    TeaserFactory(title="Blijvend", display_from=start, display_until=None)

    assert visible(employee, start + datetime.timedelta(days=400)) == ["Blijvend"]


def test_a_draft_or_unpublished_teaser_is_never_shown(employee):
    TeaserFactory(title="Concept", live=False)

    assert visible(employee, datetime.datetime.now(UTC)) == []


def test_march_dst_change_from_is_the_dutch_clock_time(employee):
    # 28 March 2027: at 02:00 CET the clocks go to 03:00 CEST. 03:00 CEST is 01:00 UTC.
    start = datetime.datetime(2027, 3, 28, 3, 0, tzinfo=AMS)
    assert start.astimezone(UTC) == datetime.datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    TeaserFactory(title="Zomertijd", display_from=start)

    assert visible(employee, datetime.datetime(2027, 3, 28, 0, 59, 59, tzinfo=UTC)) == []
    assert visible(employee, datetime.datetime(2027, 3, 28, 1, 0, 0, tzinfo=UTC)) == ["Zomertijd"]


def test_march_day_window_is_23_hours_long(employee):
    start = datetime.datetime(2027, 3, 28, 0, 0, tzinfo=AMS)
    end = datetime.datetime(2027, 3, 29, 0, 0, tzinfo=AMS)
    TeaserFactory(title="Zondag", display_from=start, display_until=end)

    assert end.astimezone(UTC) - start.astimezone(UTC) == datetime.timedelta(hours=23)
    assert visible(employee, end - SECOND) == ["Zondag"]
    assert visible(employee, end) == []


def test_october_dst_change_until_is_the_first_of_the_repeated_hour(employee):
    # 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 happens twice.
    end = datetime.datetime(2026, 10, 25, 2, 30, tzinfo=AMS)  # fold=0: the first, in CEST
    assert end.astimezone(UTC) == datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    TeaserFactory(
        title="Wintertijd", display_from=datetime.datetime(2026, 10, 24, 9, 0, tzinfo=AMS), display_until=end
    )

    assert visible(employee, datetime.datetime(2026, 10, 25, 0, 29, 59, tzinfo=UTC)) == ["Wintertijd"]
    assert visible(employee, datetime.datetime(2026, 10, 25, 0, 30, 0, tzinfo=UTC)) == []
    # The second 02:30 (CET, an hour later) is past the end as well.
    assert visible(employee, datetime.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMS)) == []


def test_october_day_window_is_25_hours_long(employee):
    start = datetime.datetime(2026, 10, 25, 0, 0, tzinfo=AMS)
    end = datetime.datetime(2026, 10, 26, 0, 0, tzinfo=AMS)
    TeaserFactory(title="Zondag", display_from=start, display_until=end)

    assert end.astimezone(UTC) - start.astimezone(UTC) == datetime.timedelta(hours=25)
    assert visible(employee, start - SECOND) == []
    assert visible(employee, start) == ["Zondag"]
    assert visible(employee, end - SECOND) == ["Zondag"]
    assert visible(employee, end) == []


# --- The audience ----------------------------------------------------------------------------


@pytest.fixture
def now():
    return datetime.datetime(2026, 12, 7, 12, 0, tzinfo=AMS)


@pytest.fixture
def start(now):
    return now - datetime.timedelta(days=1)


def test_team_teasers_reach_only_the_chosen_teams(start, now):
    team, other = TeamFactory(name="Team Burgerzaken"), TeamFactory(name="Team Financiën")
    member = EmployeeProfileFactory(team=team).user
    outsider = EmployeeProfileFactory(team=other).user
    teamless = EmployeeProfileFactory(team=None).user
    TeaserFactory(title="Voor Burgerzaken", audience=Audience.TEAMS, teams=[team], display_from=start)
    TeaserFactory(title="Voor iedereen", display_from=start - SECOND)

    assert visible(member, now) == ["Voor Burgerzaken", "Voor iedereen"]
    assert visible(outsider, now) == ["Voor iedereen"]
    assert visible(teamless, now) == ["Voor iedereen"]


def test_a_teaser_for_two_teams_is_listed_once(start, now):
    team, other = TeamFactory(name="A-team"), TeamFactory(name="B-team")
    member = EmployeeProfileFactory(team=team).user
    TeaserFactory(title="Twee teams", audience=Audience.TEAMS, teams=[team, other], display_from=start)

    assert visible(member, now) == ["Twee teams"]


def test_group_teasers_reach_only_members_of_the_chosen_groups(start, now):
    leaders = Group.objects.create(name="Leidinggevenden")
    other = Group.objects.create(name="Projectleiders")
    leader = UserFactory(username="leider")
    leader.groups.add(leaders, other)
    employee = UserFactory(username="gewoon")
    TeaserFactory(title="Voor leiders", audience=Audience.GROUPS, groups=[leaders], display_from=start)

    assert visible(leader, now) == ["Voor leiders"]
    assert visible(employee, now) == []


def test_new_colleague_teasers_follow_the_start_date(start, now):
    TeaserFactory(title="Welkom", audience=Audience.NEW_COLLEAGUES, new_within_months=3, display_from=start)
    today = now.date()  # 7 December 2026
    just_new = EmployeeProfileFactory(start_date=datetime.date(2026, 9, 7)).user
    too_long = EmployeeProfileFactory(start_date=datetime.date(2026, 9, 6)).user
    not_started = EmployeeProfileFactory(start_date=today + datetime.timedelta(days=10)).user
    unknown = EmployeeProfileFactory(start_date=None).user

    assert visible(just_new, now) == ["Welkom"]
    assert visible(too_long, now) == []
    assert visible(not_started, now) == ["Welkom"]
    assert visible(unknown, now) == []


def test_new_colleagues_are_judged_on_the_dutch_date(start):
    TeaserFactory(title="Welkom", audience=Audience.NEW_COLLEAGUES, new_within_months=1, display_from=start)
    user = EmployeeProfileFactory(start_date=datetime.date(2026, 11, 8)).user

    # 7 December 23:30 UTC is already 8 December in Amsterdam: still within one month.
    assert visible(user, datetime.datetime(2026, 12, 7, 23, 30, tzinfo=UTC)) == ["Welkom"]
    # 9 December: more than a month.
    assert visible(user, datetime.datetime(2026, 12, 9, 0, 30, tzinfo=AMS)) == []


def test_anonymous_and_a_viewer_without_anything_see_only_everyone(start, now):
    from django.contrib.auth.models import AnonymousUser

    TeaserFactory(title="Alle", display_from=start)
    TeaserFactory(title="Team", audience=Audience.TEAMS, teams=[TeamFactory()], display_from=start)

    assert visible(AnonymousUser(), now) == ["Alle"]
    assert visible(Viewer(), now) == ["Alle"]


@pytest.mark.parametrize(
    ("start_date", "today", "months"),
    [
        (datetime.date(2026, 12, 7), datetime.date(2026, 12, 7), 0),
        (datetime.date(2026, 12, 1), datetime.date(2026, 12, 7), 1),
        (datetime.date(2026, 11, 7), datetime.date(2026, 12, 7), 1),
        (datetime.date(2026, 11, 6), datetime.date(2026, 12, 7), 2),
        (datetime.date(2026, 2, 28), datetime.date(2026, 3, 31), 1),
        (datetime.date(2026, 2, 27), datetime.date(2026, 3, 31), 2),
        (datetime.date(2025, 12, 7), datetime.date(2026, 12, 7), 12),
    ],
)
def test_months_since(start_date, today, months):
    assert months_since(start_date, today) == months


# --- The order ----------------------------------------------------------------------------------


def test_pinned_first_then_newest(employee, now):
    day = datetime.timedelta(days=1)
    TeaserFactory(title="Oud", display_from=now - 3 * day)
    TeaserFactory(title="Nieuw", display_from=now - day)
    TeaserFactory(title="Vastgepind oud", pinned=True, display_from=now - 5 * day)
    TeaserFactory(title="Vastgepind nieuw", pinned=True, display_from=now - 2 * day)

    assert visible(employee, now) == ["Vastgepind nieuw", "Vastgepind oud", "Nieuw", "Oud"]


def test_viewer_of_user_takes_one_query(employee, django_assert_num_queries):
    employee.groups.add(Group.objects.create(name="Extra"))
    with django_assert_num_queries(1):
        viewer = Viewer.of_user(employee)
    assert len(viewer.group_ids) == 2
