"""What onboarding hears from the Academy: attendance marks "follow a course" steps done."""

from academy_pages.models import Attendance
from onboarding import progress


def on_attendance_recorded(sender, registration, attendance, **kwargs):
    if attendance != Attendance.PRESENT or registration.user_id is None:
        return
    course_id = registration.session.course_id
    if course_id is None:  # a workshop of an event day
        return
    progress.complete_course_steps(registration.user, course_id)


def connect_signals():
    from academy_pages.registration import attendance_recorded

    attendance_recorded.connect(on_attendance_recorded, dispatch_uid="onboarding.attendance_recorded")
