"""Onboarding's personal data in the register of intranet.privacy (imported by ready()).

One kind: enrolments in onboarding programmes with the steps done. An enrolment is old when
its start date is before the cut-off (onboarding lasts three months, the retention period is
counted in years); old enrolments are deleted with their progress, since nothing counts them
afterwards and a programme without its colleague says nothing.
"""

from django.utils.translation import gettext_lazy as _

from intranet import privacy
from onboarding.models import Enrolment, Performer, StepProgress


def export(user):
    """The employee's own enrolments with the steps done. Buddy and team leader are given by
    role, and who ticked a step off by role too: their names are not the employee's data."""
    enrolments = Enrolment.objects.filter(colleague=user).select_related("team").order_by("start_date", "pk")
    progress = {}
    for item in StepProgress.objects.filter(enrolment__colleague=user).select_related("step"):
        progress.setdefault(item.enrolment_id, []).append(item)
    records = []
    for enrolment in enrolments:
        roles = {
            enrolment.colleague_id: str(Performer.NEW_COLLEAGUE.label),
            enrolment.buddy_id: str(Performer.BUDDY.label),
            enrolment.team_leader_id: str(Performer.TEAM_LEADER.label),
        }
        records.append(
            {
                "programme": enrolment.programme_title,
                "start_date": enrolment.start_date,
                "team": enrolment.team.name if enrolment.team else "",
                "has_buddy": enrolment.buddy_id is not None,
                "enrolled_at": enrolment.enrolled_at,
                "finished_at": enrolment.finished_at,
                "steps_done": [
                    {
                        "step": item.step_title,
                        "done_at": item.done_at,
                        "done_by": roles.get(item.done_by_id, str(item.get_source_display()))
                        if item.done_by_id
                        else str(item.get_source_display()),
                    }
                    for item in sorted(progress.get(enrolment.pk, []), key=lambda item: item.done_at)
                ],
            }
        )
    return records


def anonymise(before):
    """Delete enrolments that started before ``before``, with their progress."""
    old = Enrolment.objects.filter(start_date__lt=before)
    _total, deleted = old.delete()
    return {
        "enrolments": deleted.get(Enrolment._meta.label, 0),
        "steps done": deleted.get(StepProgress._meta.label, 0),
    }


privacy.register(
    "onboarding.enrolments",
    label=_("Onboarding programmes"),
    description="Which onboarding programme an employee follows, from when, and the steps done.",
    export=export,
    anonymise=anonymise,
)
