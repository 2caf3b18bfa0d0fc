"""What the Academy's pages show: the catalogue, a course page and an event day.

The page models build their context from these functions (``get_context``), so the models keep
only fields and panels; what the pages do on a POST lives in ``academy_pages.views.pages`` and
every rule about registering or cancelling in ``academy_pages.registration``.
"""

from collections import OrderedDict

from django.db.models import Prefetch, Q
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.forms import CancelForm, CatalogueFilterForm, RegistrationForm
from academy_pages.models import CoursePage, EventPage, Registration, Session

# --- Catalogue -------------------------------------------------------------------------------


def catalogue_context(page, request):
    """Courses under the catalogue page with their next session, filtered by the GET form.

    The number of queries does not depend on the number of courses or sessions: one for the
    courses, one for their upcoming sessions with counts, one for those sessions' days (plus the
    filter form's choices).
    """
    today = timezone.localdate()
    form = CatalogueFilterForm(request.GET or None, today=today)
    filters = {}
    if form.is_bound:
        form.is_valid()
        # Apply the valid filters even when another one has an error; the errors are shown.
        filters = {name: value for name, value in form.cleaned_data.items() if value}

    courses = (
        CoursePage.objects.live().child_of(page).select_related("category", "provider").order_by("title")
    )
    sessions = Session.objects.upcoming(today).filter(course__isnull=False)
    if "categorie" in filters:
        courses = courses.filter(category=filters["categorie"])
    if "aanbieder" in filters:
        courses = courses.filter(provider=filters["aanbieder"])
    if "vorm" in filters:
        # The format the catalogue shows: that of the upcoming sessions (a course matches when one
        # of them has it), or the course's own field while none is planned.
        courses = courses.filter(
            Q(pk__in=sessions.filter(format=filters["vorm"]).values("course_id"))
            | (Q(format=filters["vorm"]) & ~Q(pk__in=sessions.values("course_id")))
        )
    month = form.month_range if "maand" in filters else None
    if month:
        sessions = sessions.filter(first_day__gte=month[0], first_day__lt=month[1])
        courses = courses.filter(pk__in=sessions.values("course_id"))

    courses = list(courses)
    upcoming = (
        sessions.filter(course__in=[course.pk for course in courses]).with_counts().prefetch_related("days")
    )
    sessions_by_course = {}
    for session in upcoming:
        sessions_by_course.setdefault(session.course_id, []).append(session)

    by_category = OrderedDict()
    for course in sorted(courses, key=lambda c: (c.category.name, c.title)):
        course.upcoming_sessions = sessions_by_course.get(course.pk, [])
        course.next_session = course.upcoming_sessions[0] if course.upcoming_sessions else None
        course.format_text = course.format_label(course.upcoming_sessions)
        by_category.setdefault(course.category, []).append(course)

    return {
        "filter_form": form,
        "filtered": bool(filters),
        "courses": courses,
        "courses_by_category": list(by_category.items()),
        "events": list(EventPage.objects.live().child_of(page).order_by("title")),
    }


# --- Course page -----------------------------------------------------------------------------


def course_context(page, request, bound_form=None):
    """The course's upcoming sessions, each with the employee's registration or a form."""
    now = timezone.now()
    sessions = list(page.sessions.upcoming().with_counts().prefetch_related("days"))
    questions = list(page.questions.all())
    mine = {
        registration.session_id: registration
        for registration in Registration.objects.active().filter(
            user=request.user, session__in=[session.pk for session in sessions]
        )
    }
    details = None
    page_url = page.get_url(request)
    for session in sessions:
        session.register_url = page_url + page.reverse_subpage("register", args=[session.pk])
        session.course = page  # the deadline helpers read the course; avoid a query per session
        session.my_registration = mine.get(session.pk)
        deadline = session.effective_deadline
        session.open_for_registration = deadline is not None and now < deadline
        session.form = None
        if session.my_registration is not None:
            add_cancel_state(session.my_registration, session, now)
        elif session.open_for_registration:
            if bound_form is not None and bound_form.session.pk == session.pk:
                session.form = bound_form
            else:
                details = details or workflow.account_details(request.user)
                session.form = RegistrationForm(questions=questions, session=session, account=details)

    # A form posted for a session that is no longer listed or open (cancelled, started, or the
    # employee registered in another tab): show its errors above the sessions instead.
    placed = any(session.form is bound_form for session in sessions)
    unplaced_form = bound_form if bound_form is not None and not placed else None

    articles = [
        link.article for link in page.related_articles.select_related("article").filter(article__live=True)
    ]
    return {
        "sessions": sessions,
        "related_articles": articles,
        "unplaced_form": unplaced_form,
        "format_text": page.format_label(sessions),
        "duration_text": page.duration_label(sessions),
    }


def add_cancel_state(registration, session, now):
    """What the page shows about cancelling: the deadline, whether it has passed, the form."""
    registration.session = session
    deadline = workflow.cancellation_deadline(session)
    registration.cancellation_deadline = deadline
    registration.can_cancel = deadline is None or now <= deadline
    registration.cancel_form = CancelForm(prefix=f"afmelden-{registration.pk}")


def event_context(page, request):
    """The programme: time slots with their parallel workshops and the employee's choices."""
    now = timezone.now()
    workshops = Session.objects.planned().with_counts().prefetch_related("days").order_by("title", "pk")
    slots = list(page.slots.prefetch_related(Prefetch("workshops", queryset=workshops)))
    mine = {
        registration.session_id: registration
        for registration in Registration.objects.active()
        .filter(user=request.user, session__event=page)
        .select_related("session__slot")
        .prefetch_related("session__days")
    }
    chosen_slots = {registration.session.slot_id for registration in mine.values()}
    page_url = page.get_url(request)
    for slot in slots:
        slot.workshop_list = list(slot.workshops.all())
        slot.has_choice = slot.pk in chosen_slots
        for workshop in slot.workshop_list:
            workshop.choose_url = page_url + page.reverse_subpage("choose", args=[workshop.pk])
            workshop.my_registration = mine.get(workshop.pk)
            deadline = workshop.effective_deadline
            workshop.open_for_registration = deadline is not None and now < deadline
            if workshop.my_registration is not None:
                add_cancel_state(workshop.my_registration, workshop, now)
    choices = sorted(mine.values(), key=lambda registration: registration.session.slot.start)
    return {"slots": slots, "my_choices": choices}
