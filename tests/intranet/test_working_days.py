"""Dutch working days: weekends and public holidays do not count."""

import datetime

import pytest

from intranet.working_days import WorkingDayCalendar, add_working_days, is_working_day, working_days_between

D = datetime.date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 4, 27), False),  # Koningsdag 2026, a Monday
        (D(2027, 4, 27), False),  # Koningsdag 2027, a Tuesday
        (D(2026, 12, 25), False),  # Christmas
        (D(2026, 12, 26), False),  # Boxing Day (a Saturday anyway)
        (D(2027, 12, 27), True),  # the Monday after a Christmas weekend: no day in lieu
        (D(2026, 4, 6), False),  # Easter Monday 2026
        (D(2026, 5, 14), False),  # Hemelvaartsdag 2026
        (D(2026, 5, 25), False),  # Whit Monday 2026
        (D(2027, 1, 1), False),  # New Year's Day
        (D(2026, 12, 24), True),  # Christmas Eve is a working day
        (D(2026, 5, 15), True),  # the Friday after Ascension Day
        (D(2026, 12, 5), False),  # a Saturday
        (D(2026, 12, 6), False),  # a Sunday
        (D(2026, 12, 7), True),  # a Monday
    ],
)
def test_is_working_day(day, expected):
    assert is_working_day(day) is expected


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # Friday 24 April 2026 + 1: the weekend and Koningsdag (Monday 27) are skipped.
        (D(2026, 4, 24), 1, D(2026, 4, 28)),
        # Wednesday 23 December 2026 + 2: Thursday 24, then Christmas (Fri), Boxing Day, Sunday.
        (D(2026, 12, 23), 2, D(2026, 12, 28)),
        # Thursday 2 April 2026 + 1: Good Friday (3 April, listed by `holidays`), the weekend and
        # Easter Monday (6 April) are skipped.
        (D(2026, 4, 2), 1, D(2026, 4, 7)),
        # Wednesday 13 May 2026 + 1: Hemelvaartsdag (Thursday 14) is skipped.
        (D(2026, 5, 13), 1, D(2026, 5, 15)),
        # Koningsdag 2027 on a Tuesday.
        (D(2027, 4, 26), 1, D(2027, 4, 28)),
        # Christmas 2027 on a Saturday and Sunday: no extra day lost, Monday 27 counts.
        (D(2027, 12, 24), 1, D(2027, 12, 27)),
        # Zero: the day itself, even on a weekend.
        (D(2026, 12, 5), 0, D(2026, 12, 5)),
        # Backwards over Koningsdag 2026.
        (D(2026, 4, 28), -1, D(2026, 4, 24)),
        # From a weekend day forwards: Monday is the first working day.
        (D(2026, 12, 5), 1, D(2026, 12, 7)),
    ],
)
def test_add_working_days(start, count, expected):
    assert add_working_days(start, count) == expected


def test_koningsdag_on_a_sunday_moves_to_the_saturday_and_costs_no_working_day():
    # 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April, Monday 28 a working day.
    assert is_working_day(D(2025, 4, 28))
    assert add_working_days(D(2025, 4, 25), 1) == D(2025, 4, 28)


def test_working_days_between_counts_the_end_and_not_the_start():
    assert working_days_between(D(2026, 4, 24), D(2026, 4, 28)) == 1
    assert working_days_between(D(2026, 4, 28), D(2026, 4, 24)) == -1
    assert working_days_between(D(2026, 12, 7), D(2026, 12, 7)) == 0
    for count in range(0, 30):
        assert working_days_between(D(2026, 12, 1), add_working_days(D(2026, 12, 1), count)) == count


def test_the_calendar_gives_the_same_answers_as_add_working_days():
    calendar = WorkingDayCalendar(D(2026, 3, 1), D(2026, 6, 30))
    for offset in range(0, 150, 3):
        day = D(2026, 2, 20) + datetime.timedelta(days=offset)  # also outside the period
        for count in (-12, -3, -1, 0, 1, 2, 5, 30, 80):
            assert calendar.add(day, count) == add_working_days(day, count), (day, count)
