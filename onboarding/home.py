"""What onboarding offers the home page: a block with the colleague's own programme.

`home_block(user, today)` returns plain data (or None when there is nothing to show) and
`onboarding/includes/home_block.html` renders it::

    {% include "onboarding/includes/home_block.html" with onboarding=onboarding_block %}
"""

from django.db.models import Q
from django.urls import reverse

from onboarding import progress
from onboarding.models import Enrolment, Performer

NEXT_STEPS = 3


def _step(row):
    return {"title": row.step.title, "due_date": row.due_date, "overdue": row.overdue}


def home_block(user, today):
    """The colleague's onboarding for the home page, or None when they follow no programme.

    A dict with `url` (Mijn inwerkprogramma), `lead` (True on the first day of a programme or
    while steps are overdue: the home page shows the block first) and `programmes`: per
    programme its title, percent, done and total, finished, the overdue steps and the next
    steps. Finished programmes are left out once every step is done. `to_do_for_others` is the
    number of open steps that are the user's as buddy or team leader of a new colleague.
    """
    if not user.is_authenticated:
        return None
    states = progress.states(Enrolment.objects.filter(colleague=user), today=today, user=user)
    programmes = []
    for state in states:
        if state.enrolment.is_finished and not state.upcoming and not state.overdue:
            continue
        programmes.append(
            {
                "title": state.enrolment.programme_title,
                "start_date": state.enrolment.start_date,
                "percent": state.percent,
                "done": state.done_count,
                "total": state.total,
                "finished": state.enrolment.is_finished,
                "overdue": [_step(row) for row in state.overdue],
                "next": [_step(row) for row in state.upcoming[:NEXT_STEPS]],
            }
        )
    to_do = _to_do_for_others(user, today)
    if not programmes and not to_do:
        return None
    return {
        "url": reverse("onboarding:mine"),
        "overview_url": reverse("onboarding:overview"),
        "lead": any(item["start_date"] == today or item["overdue"] for item in programmes),
        "programmes": programmes,
        "to_do_for_others": to_do,
    }


def _to_do_for_others(user, today):
    """Open steps that are `user`'s as buddy or team leader of colleagues still onboarding."""
    guided = Enrolment.objects.filter(Q(buddy=user) | Q(team_leader=user), finished_at__isnull=True).exclude(
        colleague=user
    )
    count = 0
    for state in progress.states(guided, today=today):
        enrolment = state.enrolment
        mine = set()
        if enrolment.buddy_id == user.pk:
            mine.add(Performer.BUDDY)
        if enrolment.team_leader_id == user.pk:
            mine.add(Performer.TEAM_LEADER)
        count += sum(1 for row in state.rows if not row.done and row.step.performer in mine)
    return count
