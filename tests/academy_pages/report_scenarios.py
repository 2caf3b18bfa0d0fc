"""Scenarios for the report "Stand van zaken Academie", built through the registration workflow.

The workflow refuses registrations for sessions in the past, so a scenario is played out on
sessions two weeks ahead and then moved to the dates it describes: `Timeline.finish()` shifts each
session's days to its intended first day and gives each registration its intended creation time.
Statuses and the change history come from the real workflow; only the dates are set afterwards.
"""

import datetime
import itertools

from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import Registration, RegistrationChange, SessionDay
from people.models import EmployeeProfile, Team
from tests.factories.academy import CoursePageFactory, SessionFactory
from tests.factories.people import UserFactory


def noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


class Timeline:
    def __init__(self, users=12):
        self.coordinator = UserFactory()
        self.users = UserFactory.create_batch(users)
        self._session_dates = []
        self._registration_dates = []

    def session(self, course, first_day, *, capacity=10, days=(0,), **extra):
        """A course session that will start on `first_day`; `days` are offsets of its days.

        With course=None and `event`, `slot` and `title` in `extra`: a workshop of an event day.
        A few employees fill many sessions of the same courses, so the course allows several
        registrations per employee: the one-per-course rule is not what the reports count.
        """
        if course is not None and not course.allow_multiple_registrations:
            course.allow_multiple_registrations = True
            course.save(update_fields=["allow_multiple_registrations"])
        session = SessionFactory(
            course=course, capacity=capacity, days=[14 + offset for offset in days], **extra
        )
        self._session_dates.append((session, first_day))
        return session

    def register(self, session, on, count=1, **details):
        """`count` registrations for `session`, made on the date `on`, by different employees.

        `details` (team, answers) go to the registration workflow."""
        taken = set(Registration.objects.filter(session=session).values_list("user_id", flat=True))
        free = (user for user in itertools.cycle(self.users) if user.pk not in taken)
        made = []
        for user in itertools.islice(free, count):
            taken.add(user.pk)
            made.append(self.register_employee(session, user, on, **details))
        return made

    def register_employee(self, session, user, on, *, team=None, answers=None):
        """`user`'s registration for `session`, made on the date `on`.

        `team` becomes the team in the employee's profile, where the registration takes it from;
        `answers` go to the registration workflow."""
        if team is not None:
            EmployeeProfile.objects.filter(user=user).update(team=Team.objects.get_or_create(name=team)[0])
        result = workflow.register(session, user, answers=answers)
        self._registration_dates.append((result.registration, on))
        return result.registration

    def self_cancel(self, registration):
        return workflow.cancel(registration, registration.user, reason="Past niet in mijn planning")

    def coordination_cancel(self, registration):
        return workflow.cancel(registration, self.coordinator, by_coordination_point=True, reason="Ziek")

    def cancel_session(self, session):
        return workflow.cancel_session(session, self.coordinator, reason="Te weinig aanmeldingen")

    def finish(self):
        for session, first_day in self._session_dates:
            days = list(SessionDay.objects.filter(session=session).order_by("date"))
            shift = first_day - days[0].date
            # Move the last day first when moving forward, so (session, date) stays unique.
            for day in sorted(days, key=lambda d: d.date, reverse=shift > datetime.timedelta(0)):
                day.date += shift
                day.save(update_fields=["date"])
        for registration, on in self._registration_dates:
            Registration.objects.filter(pk=registration.pk).update(created_at=noon(on))
            RegistrationChange.objects.filter(registration=registration).update(created_at=noon(on))


def seed_scenario(academy):
    """The seed's table of 23 June 2022 (launch 12 April 2022), reproduced registration by registration.

    9 course types, 61 registrations, 6 started sessions with 25 participants (4,17 on average),
    47 sessions planned in 2022, 21 cancelled participants of whom 9 cancelled themselves, and 10
    sessions cancelled since the launch. Returns (report_date, launch_date).
    """
    report_date, launch_date = datetime.date(2022, 6, 23), datetime.date(2022, 4, 12)
    timeline = Timeline(users=10)
    courses = [CoursePageFactory(parent=academy) for _ in range(9)]

    # Six sessions started between the launch and the report date: 5 + 4 * 5 = 25 participants.
    # Their 9 self-cancellations and 4 by the coordination point are 13 of the 21 cancellations.
    started = [
        timeline.session(courses[n], launch_date + datetime.timedelta(days=7 + 10 * n), days=(0, 7))
        for n in range(6)
    ]
    for n, session in enumerate(started):
        participants = 5 if n == 0 else 4
        self_cancels = [2, 2, 2, 1, 1, 1][n]
        coordination_cancels = [1, 1, 1, 1, 0, 0][n]
        made = timeline.register(
            session,
            launch_date + datetime.timedelta(days=n),
            participants + self_cancels + coordination_cancels,
        )
        for registration in made[participants : participants + self_cancels]:
            timeline.self_cancel(registration)
        for registration in made[participants + self_cancels :]:
            timeline.coordination_cancel(registration)

    # 41 more sessions later in 2022 (47 planned in the year); one is full with a waiting list.
    later = [
        timeline.session(courses[n % 9], report_date + datetime.timedelta(days=14 + 4 * n)) for n in range(41)
    ]
    full = later[0]
    full.capacity = 4
    full.save(update_fields=["capacity"])
    timeline.register(full, datetime.date(2022, 6, 1), 7)  # 4 places, 3 on the waiting list
    for session in later[1:5]:
        timeline.register(session, datetime.date(2022, 6, 15), 2)  # 8 confirmed
    # Registrations after the report date do not count.
    timeline.register(later[5], report_date + datetime.timedelta(days=1), 3)

    # Ten sessions cancelled since the launch, eight people told (session cancelled).
    cancelled = [
        timeline.session(courses[n % 9], launch_date + datetime.timedelta(days=20 + 9 * n)) for n in range(10)
    ]
    for n, session in enumerate(cancelled):
        if n < 4:
            timeline.register(session, launch_date + datetime.timedelta(days=3), 2)
        timeline.cancel_session(session)

    # Sessions of the year before count nowhere but their registrations are "ever made".
    # (None here: the seed's 61 are all since the launch.)
    timeline.finish()
    return report_date, launch_date
