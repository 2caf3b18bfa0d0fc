"""The employee's own registrations: the overview, cancelling, and the evaluation form.

Every view looks registrations up with `user=request.user`, so another employee's registration
is a 404, never a page.
"""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy_pages import registration as workflow
from academy_pages.catalogue import add_cancel_state
from academy_pages.forms import CancelForm, EvaluationForm
from academy_pages.models import (
    AcademyIndexPage,
    Attendance,
    Registration,
    RegistrationStatus,
    SessionStatus,
)
from intranet import routing


def can_evaluate(registration, now=None):
    """Whether the employee may fill in the evaluation of this registration.

    Our choice: the session has ended, the registration was confirmed (a place, not the waiting
    list), and the coordination point did not mark the employee absent. Waiting for attendance
    to be marked would leave most evaluations unasked, since lists are often filled in late.
    """
    now = now or timezone.now()
    session = registration.session
    ends_at = session.ends_at
    return (
        registration.status == RegistrationStatus.CONFIRMED
        and session.status != SessionStatus.CANCELLED
        and ends_at is not None
        and ends_at <= now
        and registration.attendance != Attendance.ABSENT
    )


def has_evaluation(registration):
    return hasattr(registration, "evaluation")


def own_registrations(user):
    """The employee's registrations with everything the overview shows, in a fixed number of queries."""
    ahead = Registration.objects.filter(
        session=OuterRef("session"), status=RegistrationStatus.WAITING
    ).filter(
        Q(queued_at__lt=OuterRef("queued_at")) | Q(queued_at=OuterRef("queued_at"), pk__lt=OuterRef("pk"))
    )
    ahead_count = ahead.order_by().values("session").annotate(n=Count("pk")).values("n")
    return (
        Registration.objects.filter(user=user)
        .select_related("session__course", "session__event", "session__slot", "evaluation")
        .prefetch_related("session__days")
        .annotate(
            people_ahead=Coalesce(Subquery(ahead_count, output_field=IntegerField()), Value(0)),
        )
    )


def grouped_registrations(user, now=None):
    """The employee's registrations as (upcoming, waiting, past), each sorted by date."""
    now = now or timezone.now()
    upcoming, waiting, past = [], [], []
    for registration in own_registrations(user):
        session = registration.session
        ends_at = session.ends_at
        is_past = ends_at is not None and ends_at <= now
        if is_past:
            if registration.status == RegistrationStatus.CONFIRMED and not session.is_cancelled:
                registration.show_attendance = True
                registration.evaluation_open = can_evaluate(registration, now) and not has_evaluation(
                    registration
                )
                past.append(registration)
        elif registration.status == RegistrationStatus.WAITING:
            registration.waiting_position = registration.people_ahead + 1
            add_cancel_state(registration, session, now)
            waiting.append(registration)
        elif registration.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING_APPROVAL):
            add_cancel_state(registration, session, now)
            upcoming.append(registration)

    def by_start(registration):
        return registration.session.starts_at or now

    return (
        sorted(upcoming, key=by_start),
        sorted(waiting, key=by_start),
        sorted(past, key=by_start, reverse=True),
    )


def _breadcrumbs(request, current_title, parent=None):
    """The trail of these non-page views for ``includes/breadcrumbs.html``: the home page, the
    Academy, a parent page if any, then this page."""
    site = routing.site_for_request(request)
    crumbs = []
    if site is not None:
        crumbs.append({"title": site.root_page.title, "url": site.root_page.get_url(request)})
    academy = AcademyIndexPage.objects.live().first()
    if academy is not None:
        crumbs.append({"title": academy.title, "url": academy.get_url(request)})
    if parent is not None:
        crumbs.append(parent)
    return {"crumbs": crumbs, "current": {"title": current_title, "url": request.path}}


def my_registrations(request, invalid_cancel=None):
    """The overview; `invalid_cancel` is (registration id, bound CancelForm) to show its errors."""
    upcoming, waiting, past = grouped_registrations(request.user)
    status = 200
    if invalid_cancel is not None:
        pk, form = invalid_cancel
        for registration in upcoming + waiting:
            if registration.pk == pk:
                registration.cancel_form = form
        status = 400
    return render(
        request,
        "academy_pages/my_registrations.html",
        {
            "upcoming": upcoming,
            "waiting": waiting,
            "past": past,
            **_breadcrumbs(request, _("My registrations")),
        },
        status=status,
    )


@require_POST
def cancel_registration(request, pk):
    registration = get_object_or_404(Registration, pk=pk, user=request.user)
    form = CancelForm(request.POST, prefix=f"afmelden-{registration.pk}")
    if not form.is_valid():
        # The overview shows the form again with the message at the field and what was typed.
        messages.error(request, _("Your cancellation was not saved: please correct the form."))
        return my_registrations(request, invalid_cancel=(registration.pk, form))
    try:
        workflow.cancel(registration, request.user, reason=form.cleaned_data["reason"])
    except workflow.RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("You have cancelled your registration for %(title)s.")
            % {"title": registration.session.display_title},
        )
    return redirect(_next_url(request))


def _next_url(request):
    """The page the cancel form came from (a path on this site), else the overview."""
    target = request.POST.get("next", "")
    # Only a path: redirect() would take anything else for the name of a URL pattern.
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("academy_my_registrations")


def evaluate(request, pk):
    registration = get_object_or_404(
        Registration.objects.select_related(
            "session__course", "session__event", "session__slot"
        ).prefetch_related("session__days"),
        pk=pk,
        user=request.user,
    )
    if has_evaluation(registration):
        messages.info(request, _("You have already evaluated this session. Thank you!"))
        return redirect("academy_my_registrations")
    if not can_evaluate(registration):
        messages.error(
            request,
            _("You can evaluate a session once it has ended, if you took part in it."),
        )
        return redirect("academy_my_registrations")

    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.instance.registration = registration
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:
            # A double submit: the first one was saved.
            messages.info(request, _("You have already evaluated this session. Thank you!"))
        else:
            messages.success(request, _("Thank you for your evaluation!"))
        return redirect("academy_my_registrations")
    return render(
        request,
        "academy_pages/evaluation_form.html",
        {
            "registration": registration,
            "form": form,
            **_breadcrumbs(
                request,
                _("Evaluation"),
                parent={"title": _("My registrations"), "url": reverse("academy_my_registrations")},
            ),
        },
        status=400 if form.is_bound else 200,
    )
