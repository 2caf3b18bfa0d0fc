"""Admin views of the Academy: a session's participants, their history, exports, evaluations.

The views are thin: every change goes through `academy_pages.registration` or
`academy_pages.participants`, which run in one transaction each.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from academy_pages import evaluations, participants
from academy_pages import registration as workflow
from academy_pages.admin.forms import AttendanceForm, CancelRegistrationForm, GoDecisionForm, ReasonForm
from academy_pages.models import GoDecision, Registration, RegistrationStatus, Session
from academy_pages.models.registrations import REASON_MAX_LENGTH
from academy_pages.registration import RegistrationError
from intranet.exports import Table, file_response, to_csv, to_xlsx

VIEW_PARTICIPANTS = "academy_pages.view_registration"
MANAGE_PARTICIPANTS = "academy_pages.change_registration"
MANAGE_SESSIONS = "academy_pages.change_session"
VIEW_EVALUATIONS = "academy_pages.view_evaluation"

EXPORT_FORMATS = ("xlsx", "csv")


def forbidden(request):
    """A plain 403: Wagtail would turn PermissionDenied into a redirect to the dashboard."""
    html = render_to_string("academy_pages/admin/forbidden.html", request=request)
    return HttpResponseForbidden(html)


class PermissionRequiredMixin:
    permission_required = VIEW_PARTICIPANTS

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


def sessions_index_url():
    return reverse("academy_sessions:index")


def participants_url(session):
    return reverse("academy_sessions:participants", args=[session.pk])


class SessionParticipantsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The participant list of one session, with every action the coordination point takes."""

    template_name = "academy_pages/admin/participants.html"
    header_icon = "group"
    # action -> (permission, handler method name)
    ACTIONS = {
        "promote": (MANAGE_PARTICIPANTS, "promote"),
        "cancel_registration": (MANAGE_PARTICIPANTS, "cancel_registration"),
        "attendance": (MANAGE_PARTICIPANTS, "attendance"),
        "mail_provider": (MANAGE_PARTICIPANTS, "mail_provider"),
        "cancel_session": (MANAGE_SESSIONS, "cancel_session"),
        "go_decision": (MANAGE_SESSIONS, "go_decision"),
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.forms = {}

    def get_session(self):
        queryset = participants.with_admin_numbers(
            Session.objects.select_related("course__provider", "event", "slot").prefetch_related("days")
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def get_page_title(self):
        return _("Participants")

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": sessions_index_url(), "label": _("Sessions")},
            {"url": reverse("academy_sessions:edit", args=[self.session.pk]), "label": str(self.session)},
            {"url": "", "label": _("Participants")},
        ]

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(self.permission_required):
            self.session = self.get_session()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        rows = participants.participants(session)
        confirmed = [row for row in rows if row.status == RegistrationStatus.CONFIRMED]
        provider = session.course.provider if session.course_id else None
        below_minimum = participants.is_below_minimum(session)
        user = self.request.user
        context.update(
            session=session,
            registrations=rows,
            provider=provider,
            below_minimum=below_minimum,
            min_participants=session.course.min_participants if session.course_id else None,
            can_manage=user.has_perm(MANAGE_PARTICIPANTS) and not session.is_cancelled,
            can_manage_session=user.has_perm(MANAGE_SESSIONS) and not session.is_cancelled,
            attendance_form=self.forms.get("attendance") or AttendanceForm(registrations=confirmed),
            cancel_session_form=self.forms.get("cancel_session") or ReasonForm(prefix="cancel-session"),
            go_form=self.forms.get("go_decision") or GoDecisionForm(prefix="go"),
            cancel_registration_form=self.forms.get("cancel_registration"),
            cancel_registration_pk=self.forms.get("cancel_registration_pk"),
            export_urls={
                file_format: reverse("academy_sessions:participants_export", args=[session.pk, file_format])
                for file_format in EXPORT_FORMATS
            },
            GoDecision=GoDecision,
            reason_max_length=REASON_MAX_LENGTH,
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in self.ACTIONS:
            messages.error(request, _("Unknown action."))
            return redirect(participants_url(self.session))
        permission, handler = self.ACTIONS[action]
        if not request.user.has_perm(permission):
            return forbidden(request)
        if self.session.is_cancelled and action != "mail_provider":
            messages.error(
                request, _("This session has been cancelled; its participants can no longer change.")
            )
            return redirect(participants_url(self.session))
        try:
            response = getattr(self, handler)(request)
        except RegistrationError as error:
            messages.error(request, str(error.message))
            return redirect(participants_url(self.session))
        return response or redirect(participants_url(self.session))

    def _registration(self, request):
        try:
            pk = int(request.POST.get("registration", ""))
        except ValueError:
            raise Http404 from None
        return get_object_or_404(Registration, pk=pk, session=self.session)

    def _invalid(self):
        messages.error(self.request, _("The form has errors; nothing was changed."))
        return self.render_to_response(self.get_context_data())

    def promote(self, request):
        registration = workflow.promote(self._registration(request), request.user)
        messages.success(
            request,
            _("%(name)s has been moved from the waiting list onto the session.")
            % {"name": registration.name},
        )

    def cancel_registration(self, request):
        registration = self._registration(request)
        form = CancelRegistrationForm(request.POST, prefix=f"cancel-{registration.pk}")
        if not form.is_valid():
            self.forms.update(cancel_registration=form, cancel_registration_pk=registration.pk)
            return self._invalid()
        workflow.cancel(
            registration, request.user, by_coordination_point=True, reason=form.cleaned_data["reason"]
        )
        messages.success(
            request, _("The registration of %(name)s has been cancelled.") % {"name": registration.name}
        )

    def attendance(self, request):
        confirmed = [
            registration
            for registration in participants.participants(self.session)
            if registration.status == RegistrationStatus.CONFIRMED
        ]
        form = AttendanceForm(request.POST, registrations=confirmed)
        if not form.is_valid():
            self.forms["attendance"] = form
            return self._invalid()
        changed = participants.mark_attendance(self.session, form.attendance_by_registration(), request.user)
        messages.success(request, _("Attendance saved (%(count)s changed).") % {"count": changed})

    def cancel_session(self, request):
        form = ReasonForm(request.POST, prefix="cancel-session")
        if not form.is_valid():
            self.forms["cancel_session"] = form
            return self._invalid()
        workflow.cancel_session(self.session, request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("The session has been cancelled. Everyone registered is being told."))

    def go_decision(self, request):
        form = GoDecisionForm(request.POST, prefix="go")
        if not form.is_valid():
            self.forms["go_decision"] = form
            return self._invalid()
        decision = form.cleaned_data["decision"]
        participants.decide_go(self.session, decision, request.user, reason=form.cleaned_data["reason"])
        if decision == GoDecision.GO:
            messages.success(request, _("Go: the session takes place."))
        else:
            messages.success(
                request, _("No go: the session has been cancelled and everyone registered is being told.")
            )

    def mail_provider(self, request):
        address = participants.mail_participant_list(self.session, request.user)
        messages.success(
            request, _("The participant list has been mailed to %(email)s.") % {"email": address}
        )


class RegistrationHistoryView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "academy_pages/admin/registration_history.html"
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(self.permission_required):
            self.registration = get_object_or_404(
                Registration.objects.select_related("session__course", "session__event"),
                pk=kwargs["registration_pk"],
                session_id=kwargs["pk"],
            )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("History")

    def get_page_subtitle(self):
        return self.registration.name

    def get_breadcrumbs_items(self):
        session = self.registration.session
        return self.breadcrumbs_items + [
            {"url": sessions_index_url(), "label": _("Sessions")},
            {"url": participants_url(session), "label": str(session)},
            {"url": "", "label": _("History")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registration=self.registration,
            changes=participants.registration_history(self.registration),
            back_url=participants_url(self.registration.session),
        )
        return context


class ParticipantExportView(PermissionRequiredMixin, TemplateView):
    def get(self, request, pk, file_format):
        if file_format not in EXPORT_FORMATS:
            raise Http404
        session = get_object_or_404(
            Session.objects.select_related("course", "event").prefetch_related("days"), pk=pk
        )
        if file_format == "xlsx":
            content = participants.participants_xlsx(session)
        else:
            content = participants.participants_csv(session)
        return file_response(content, participants.export_filename(session, file_format), file_format)


class EvaluationReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Evaluation averages per session, course, provider, event day or workshop, with exports."""

    permission_required = VIEW_EVALUATIONS
    template_name = "academy_pages/admin/evaluation_report.html"
    header_icon = "table"
    page_title = gettext_lazy("Evaluations")

    def get_level(self):
        level = self.request.GET.get("level", "session")
        return level if level in evaluations.LEVEL_SLUGS else "session"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        level = self.get_level()
        headings, display, raw = evaluations.report_table(level)
        file_format = request.GET.get("export")
        if file_format == "xlsx":
            return file_response(
                to_xlsx(Table(headings, raw, title=str(self.get_page_title()))),
                f"evaluaties-{level}.xlsx",
                "xlsx",
            )
        if file_format == "csv":
            return file_response(to_csv(Table(headings, display)), f"evaluaties-{level}.csv", "csv")
        context = self.get_context_data(
            level=level,
            levels=evaluations.LEVELS,
            headings=headings,
            rows=display,
            index_url=reverse("academy_evaluations:index"),
        )
        return self.render_to_response(context)
