"""Progress through an onboarding programme: ticking steps off, undoing them, and the state of
an enrolment as the pages show it.

A step is done once per enrolment (a `StepProgress` row); undoing deletes the row. When the last
current step is done the enrolment is finished; steps added to the programme later show up for
everyone enrolled, but do not take "finished" away again. Only undoing a step does.
"""

import datetime
from collections import namedtuple
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intranet.working_days import WorkingDayCalendar, add_working_days
from onboarding.models import (
    FOLLOW_EVERYONE,
    Enrolment,
    MeetWhom,
    Performer,
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
    progress: object  # a Done, or None
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


# A step done, as the pages need it: read with values_list, since an overview loads thousands.
Done = namedtuple("Done", "pk enrolment_id step_id step_title step_phase done_at done_by_id source")
DONE_FIELDS = Done._fields


def _due_dates(enrolments, steps_by_programme):
    """A function (start date, working days) -> due date for these enrolments' steps."""
    starts = [enrolment.start_date for enrolment in enrolments]
    counts = [step.due_working_days for steps in steps_by_programme.values() for step in steps]
    if not starts or not counts:
        return add_working_days
    # Two working days per three calendar days is a safe margin either side.
    margin = datetime.timedelta(days=max(abs(count) for count in counts) * 2 + 14)
    calendar = WorkingDayCalendar(min(starts) - margin, max(starts) + margin)
    return calendar.add


def states(enrolments, *, today, user=None, with_people=False):
    """The `EnrolmentState` of each enrolment, in three queries whatever their number.

    `enrolments` is a queryset; `user` decides `may_tick` of each row (leave it out when no
    buttons are shown). With `with_people`, the people to meet are loaded too (for the detail
    pages, not the overview).
    """
    related = ["colleague", "team", "buddy", "team_leader"]
    if with_people:
        related += ["buddy__profile__team", "team_leader__profile__team"]
    enrolments = list(enrolments.select_related(*related))
    if not enrolments:  # most employees on most days: no steps, progress or rights to read
        return []
    programme_ids = {enrolment.programme_id for enrolment in enrolments if enrolment.programme_id}
    steps = ProgrammeStep.objects.filter(programme_id__in=programme_ids)
    if with_people:
        steps = steps.select_related("article", "course", "person__profile__team")
    steps_by_programme = {}
    for step in sorted(steps, key=ProgrammeStep.sort_key):
        steps_by_programme.setdefault(step.programme_id, []).append(step)
    progress_by_enrolment = {}
    done_rows = StepProgress.objects.filter(enrolment__in=[enrolment.pk for enrolment in enrolments])
    for values in done_rows.order_by("done_at", "pk").values_list(*DONE_FIELDS):
        item = Done(*values)
        progress_by_enrolment.setdefault(item.enrolment_id, []).append(item)

    due = _due_dates(enrolments, steps_by_programme)
    follows_everyone = user is not None and user.has_perm(FOLLOW_EVERYONE)
    result = []
    for enrolment in enrolments:
        progress = progress_by_enrolment.get(enrolment.pk, [])
        by_step = {item.step_id: item for item in progress if item.step_id is not None}
        ticks = {
            performer: follows_everyone or (user is not None and enrolment.performed_by(user, performer))
            for performer in Performer.values
        }
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
                    may_tick=ticks.get(step.performer, False),
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


@dataclass
class EnrolmentSummary:
    """The figures of one enrolment for the overview and its export (no step rows)."""

    enrolment: Enrolment
    total: int
    done_count: int
    overdue_count: int
    last_activity: datetime.datetime | None

    @property
    def percent(self):
        if self.enrolment.is_finished or not self.total:
            return 100 if self.enrolment.is_finished else 0
        return round(100 * self.done_count / self.total)


def summaries(enrolments, *, today, with_guides=False):
    """An `EnrolmentSummary` per enrolment, in three queries whatever their number.

    The same figures as `states`, worked out without building a row per step: the overview of
    hundreds of colleagues with dozens of steps each stays fast. `with_guides` also loads the
    buddy and team leader (the export shows them).
    """
    related = ["colleague", "team", "buddy", "team_leader"] if with_guides else ["colleague", "team"]
    enrolments = list(enrolments.select_related(*related).annotate(last_done_at=Max("progress__done_at")))
    programme_ids = {enrolment.programme_id for enrolment in enrolments if enrolment.programme_id}
    steps_by_programme = {}
    for step in ProgrammeStep.objects.filter(programme_id__in=programme_ids).only(
        "pk", "programme_id", "due_working_days"
    ):
        steps_by_programme.setdefault(step.programme_id, []).append(step)
    done_by_enrolment = {}
    done_rows = StepProgress.objects.filter(
        enrolment__in=[enrolment.pk for enrolment in enrolments], step__isnull=False
    ).values_list("enrolment_id", "step_id")
    for enrolment_id, step_id in done_rows:
        done_by_enrolment.setdefault(enrolment_id, set()).add(step_id)

    due = _due_dates(enrolments, steps_by_programme)
    past_due = {}  # (programme, start date) -> ids of the steps due before today
    result = []
    for enrolment in enrolments:
        steps = steps_by_programme.get(enrolment.programme_id, [])
        key = (enrolment.programme_id, enrolment.start_date)
        if key not in past_due:
            past_due[key] = [
                step.pk for step in steps if due(enrolment.start_date, step.due_working_days) < today
            ]
        done = done_by_enrolment.get(enrolment.pk, set())
        step_ids = {step.pk for step in steps}
        result.append(
            EnrolmentSummary(
                enrolment=enrolment,
                total=len(steps),
                done_count=len(done & step_ids),
                overdue_count=sum(1 for pk in past_due[key] if pk not in done),
                last_activity=enrolment.last_done_at,
            )
        )
    return result
