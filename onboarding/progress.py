"""Progress through an onboarding programme: ticking steps off, undoing them, and the state of
an enrolment as the pages show it.

A step is done once per enrolment (a `StepProgress` row); undoing deletes the row. When the last
current step is done the enrolment is finished; steps added to the programme later show up for
everyone enrolled, but do not take "finished" away again. Only undoing a step does.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intranet.working_days import add_working_days
from onboarding.models import (
    Enrolment,
    MeetWhom,
    ProgrammeStep,
    ProgressSource,
    StepProgress,
    StepType,
    group_by_phase,
)


class ProgressError(Exception):
    """A rule stops the action; `message` is shown to the user as it is."""

    def __init__(self, message, code):
        super().__init__(str(message))
        self.message = message
        self.code = code


def _locked(enrolment):
    return Enrolment.objects.select_for_update().get(pk=enrolment.pk)


def _current_step(enrolment, step):
    if step.programme_id != enrolment.programme_id:
        raise ProgressError(_("This step is not part of this programme."), "other_programme")
    return step


def mark_done(enrolment, step, user=None, *, source=ProgressSource.MANUAL, now=None):
    """Record `step` as done in `enrolment` by `user`; nothing changes when it already was.

    Finishes the enrolment when no current step is left. Returns the `StepProgress`.
    """
    now = now or timezone.now()
    with transaction.atomic():
        enrolment = _locked(enrolment)
        _current_step(enrolment, step)
        progress, created = StepProgress.objects.get_or_create(
            enrolment=enrolment,
            step=step,
            defaults={
                "step_title": step.title,
                "step_phase": step.phase,
                "done_at": now,
                "done_by": user,
                "source": source,
            },
        )
        if created and enrolment.finished_at is None:
            open_steps = ProgrammeStep.objects.filter(programme_id=enrolment.programme_id).exclude(
                progress__enrolment=enrolment
            )
            if not open_steps.exists():
                Enrolment.objects.filter(pk=enrolment.pk).update(finished_at=now)
    return progress


def mark_undone(enrolment, step, user=None):
    """Remove the record that `step` was done; an enrolment finished before is open again."""
    with transaction.atomic():
        enrolment = _locked(enrolment)
        _current_step(enrolment, step)
        deleted, _rows = StepProgress.objects.filter(enrolment=enrolment, step=step).delete()
        if deleted and enrolment.finished_at is not None:
            Enrolment.objects.filter(pk=enrolment.pk).update(finished_at=None)
    return bool(deleted)


def complete_course_steps(user, course_id, *, now=None):
    """Mark done every open "follow a course" step for `course_id` in `user`'s enrolments.

    Called when the Academy records that `user` was present at a session of the course. Returns
    the new `StepProgress` rows.
    """
    steps = ProgrammeStep.objects.filter(
        step_type=StepType.COURSE, course_id=course_id, programme__enrolments__colleague=user
    ).distinct()
    done = []
    with transaction.atomic():
        for enrolment in Enrolment.objects.filter(colleague=user, programme__steps__in=steps).distinct():
            for step in steps:
                if (
                    step.programme_id == enrolment.programme_id
                    and not StepProgress.objects.filter(enrolment=enrolment, step=step).exists()
                ):
                    done.append(mark_done(enrolment, step, None, source=ProgressSource.ATTENDANCE, now=now))
    return done


# --- The state of enrolments, for pages and exports ------------------------------------------------


@dataclass
class StepRow:
    step: ProgrammeStep
    due_date: datetime.date
    progress: StepProgress | None
    overdue: bool
    may_tick: bool = False
    person: object = None  # the user to meet, for "meet a person"

    @property
    def done(self):
        return self.progress is not None


@dataclass
class EnrolmentState:
    enrolment: Enrolment
    rows: list
    removed: list  # progress of steps no longer in the programme
    last_activity: datetime.datetime | None
    today: datetime.date
    phases: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.rows)

    @property
    def done_count(self):
        return sum(1 for row in self.rows if row.done)

    @property
    def percent(self):
        if self.enrolment.is_finished or not self.rows:
            return 100 if self.enrolment.is_finished else 0
        return round(100 * self.done_count / self.total)

    @property
    def overdue(self):
        return [row for row in self.rows if row.overdue]

    @property
    def upcoming(self):
        return [row for row in self.rows if not row.done and not row.overdue]

    @property
    def started(self):
        return self.enrolment.start_date <= self.today


class DueDates:
    """Due dates by (start date, working days), each worked out once per request."""

    def __init__(self):
        self._cache = {}

    def __call__(self, start_date, working_days):
        key = (start_date, working_days)
        if key not in self._cache:
            self._cache[key] = add_working_days(start_date, working_days)
        return self._cache[key]


def states(enrolments, *, today, user=None, with_people=False):
    """The `EnrolmentState` of each enrolment, in three queries whatever their number.

    `enrolments` is a queryset; `user` decides `may_tick` of each row. With `with_people`, the
    people to meet are loaded too (for the detail pages, not the overview).
    """
    related = ["colleague", "programme", "team", "buddy", "team_leader"]
    if with_people:
        related += ["buddy__profile__team", "team_leader__profile__team"]
    enrolments = list(enrolments.select_related(*related))
    programme_ids = {enrolment.programme_id for enrolment in enrolments if enrolment.programme_id}
    steps = ProgrammeStep.objects.filter(programme_id__in=programme_ids)
    if with_people:
        steps = steps.select_related("article", "course", "person__profile__team")
    steps_by_programme = {}
    for step in sorted(steps, key=ProgrammeStep.sort_key):
        steps_by_programme.setdefault(step.programme_id, []).append(step)
    progress_by_enrolment = {}
    for progress in StepProgress.objects.filter(enrolment__in=[enrolment.pk for enrolment in enrolments]):
        progress_by_enrolment.setdefault(progress.enrolment_id, []).append(progress)

    due = DueDates()
    result = []
    for enrolment in enrolments:
        progress = progress_by_enrolment.get(enrolment.pk, [])
        by_step = {item.step_id: item for item in progress if item.step_id is not None}
        rows = []
        for step in steps_by_programme.get(enrolment.programme_id, []):
            done = by_step.get(step.pk)
            due_date = due(enrolment.start_date, step.due_working_days)
            rows.append(
                StepRow(
                    step=step,
                    due_date=due_date,
                    progress=done,
                    overdue=done is None and due_date < today,
                    may_tick=user is not None and enrolment.may_tick(user, step),
                    person=_person_to_meet(enrolment, step) if with_people else None,
                )
            )
        state = EnrolmentState(
            enrolment=enrolment,
            rows=rows,
            removed=[item for item in progress if item.step_id is None],
            last_activity=max((item.done_at for item in progress), default=None),
            today=today,
        )
        state.phases = group_by_phase(rows, phase_of=lambda row: row.step.phase)
        result.append(state)
    return result


def _person_to_meet(enrolment, step):
    if step.step_type != StepType.MEET:
        return None
    return {
        MeetWhom.PERSON: step.person,
        MeetWhom.BUDDY: enrolment.buddy,
        MeetWhom.TEAM_LEADER: enrolment.team_leader,
    }.get(step.meet)
