"""The calendar file (.ics) of one of the employee's own registrations."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from academy_pages import calendar
from academy_pages.models import Registration, RegistrationStatus


@require_GET
def registration_ics(request, pk):
    """The same invite as in the mails (same UID and SEQUENCE), for the employee's own registration.

    A place gives a REQUEST, a cancelled registration a CANCEL; a registration on the waiting
    list or awaiting approval has nothing for the calendar yet. Another employee's registration
    is not found, so its existence is not revealed either.
    """
    registration = get_object_or_404(
        Registration.objects.select_related("session__course", "session__event").prefetch_related(
            "session__days"
        ),
        pk=pk,
        user=request.user,
    )
    if registration.status == RegistrationStatus.CONFIRMED and not registration.session.is_cancelled:
        method = calendar.REQUEST
    elif registration.status == RegistrationStatus.CANCELLED:
        method = calendar.CANCEL
    else:
        raise Http404("No calendar entry for this registration")
    response = HttpResponse(
        calendar.session_calendar(registration, method),
        content_type=f"text/calendar; charset=utf-8; method={method}",
    )
    filename = slugify(registration.session.display_title) or "academie"
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
