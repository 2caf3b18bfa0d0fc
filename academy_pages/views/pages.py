"""What the Academy's pages do on a POST: register for a course session or choose a workshop.

The course and event page models route these (RoutablePageMixin); what the pages show comes from
``academy_pages.catalogue``, and every rule about registering lives in
``academy_pages.registration``.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from academy_pages import registration as workflow
from academy_pages.forms import RegistrationForm
from academy_pages.models import RegistrationStatus

# The messages at the top of the page (intranet/templates/includes/messages.html): after a POST
# the browser lands on the confirmation, not on the session further down where it is off screen.
MESSAGES_ANCHOR = "meldingen"


def register_for_course(page, request, session_id):
    """POST: register the employee for one of the course's sessions."""
    if request.method != "POST":
        return redirect(page.get_url(request))
    session = get_object_or_404(page.sessions.all(), pk=session_id)
    form = RegistrationForm(
        request.POST,
        questions=page.questions.all(),
        session=session,
        account=workflow.account_details(request.user),
    )
    if form.is_valid():
        try:
            result = workflow.register(session, request.user, answers=form.answers)
        except workflow.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            _announce(request, result)
            return redirect(f"{page.get_url(request)}#{MESSAGES_ANCHOR}")
    response = page.render(request, bound_form=form)
    response.status_code = 400
    return response


def _announce(request, result):
    status = result.registration.status
    title = result.registration.session.display_title
    if status == RegistrationStatus.CONFIRMED:
        messages.success(
            request,
            _("You are registered for %(title)s. You will receive a confirmation by e-mail.")
            % {"title": title},
        )
    elif status == RegistrationStatus.WAITING:
        messages.info(
            request,
            _(
                "%(title)s is full: you are on the waiting list. When a place frees up you get it "
                "automatically and we tell you by e-mail."
            )
            % {"title": title},
        )
    else:
        messages.info(
            request,
            _("Your registration for %(title)s awaits your team leader's approval. You will hear by e-mail.")
            % {"title": title},
        )
    if result.overlapping:
        others = ", ".join(str(other.session) for other in result.overlapping)
        messages.warning(
            request,
            _("Note: this session overlaps in time with your other registration(s): %(others)s.")
            % {"others": others},
        )


def choose_workshop(page, request, session_id):
    """POST: register the employee for a workshop, with the details of their account."""
    if request.method != "POST":
        return redirect(page.get_url(request))
    session = get_object_or_404(page.workshops.all(), pk=session_id)
    try:
        result = workflow.register(session, request.user)
    except workflow.RegistrationError as error:
        messages.error(request, error.message)
    else:
        _announce(request, result)
    return redirect(f"{page.get_url(request)}#{MESSAGES_ANCHOR}")
