"""Dutch working days: weekdays that are not a Dutch public holiday.

One place for the arithmetic every app needs (Academy reminders, onboarding due dates). The public
holidays come from the `holidays` package (`country_holidays("NL")`: New Year, Good Friday, Easter,
Koningsdag, Liberation Day in lustrum years, Ascension Day, Whit Monday, Christmas); a holiday that
falls on a weekend costs no extra day.
"""

import bisect
import datetime
from functools import lru_cache

import holidays

ONE_DAY = datetime.timedelta(days=1)


@lru_cache(maxsize=1)
def dutch_holidays():
    """The Dutch public holidays; the object fills itself per year as dates are asked for."""
    return holidays.country_holidays("NL")


def is_working_day(day, public_holidays=None):
    """Whether `day` is a weekday and not a Dutch public holiday."""
    public_holidays = dutch_holidays() if public_holidays is None else public_holidays
    return day.weekday() < 5 and day not in public_holidays


def add_working_days(day, count, public_holidays=None):
    """The `count`-th working day after `day` (before it when `count` is negative).

    With 0, `day` itself is returned, working day or not: "due on the start date" is the start
    date. Friday 24 April 2026 plus 1 is Tuesday 28 April (Monday 27 is Koningsdag).
    """
    public_holidays = dutch_holidays() if public_holidays is None else public_holidays
    step = ONE_DAY if count >= 0 else -ONE_DAY
    remaining = abs(count)
    while remaining:
        day += step
        if is_working_day(day, public_holidays):
            remaining -= 1
    return day


def working_days_between(start, end, public_holidays=None):
    """The number of working days after `start` up to and including `end` (negative if end < start)."""
    public_holidays = dutch_holidays() if public_holidays is None else public_holidays
    if end < start:
        return -working_days_between(end, start, public_holidays)
    count = 0
    day = start
    while day < end:
        day += ONE_DAY
        if is_working_day(day, public_holidays):
            count += 1
    return count


class WorkingDayCalendar:
    """`add_working_days` for many dates at once: the working days of a period are listed once,
    and each sum is then a binary search (an overview of 500 colleagues × 30 steps asks
    15,000 of them). Outside the period it falls back to `add_working_days`."""

    def __init__(self, first, last, public_holidays=None):
        public_holidays = dutch_holidays() if public_holidays is None else public_holidays
        self.public_holidays = public_holidays
        self.first, self.last = first, last
        self.days = []
        day = first
        while day <= last:
            if is_working_day(day, public_holidays):
                self.days.append(day)
            day += ONE_DAY

    def add(self, day, count):
        """The same as `add_working_days(day, count)`."""
        if count == 0:
            return day
        if count > 0:
            index = bisect.bisect_right(self.days, day) + count - 1
        else:
            index = bisect.bisect_left(self.days, day) + count
        if self.first <= day <= self.last and 0 <= index < len(self.days):
            return self.days[index]
        return add_working_days(day, count, self.public_holidays)
