"""Onboarding pages: "Mijn inwerkprogramma", the overview of new colleagues, one colleague's
progress, and ticking steps off.

Enrolments are always looked up through `Enrolment.objects.visible_to(request.user)`, so someone
else's enrolment is a 404, never a page.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from intranet import routing
from intranet.exports import FORMATS, export_response
from onboarding import enrolment as enrolling
from onboarding import overview as overview_data
from onboarding import progress
from onboarding.forms import LeaderEnrolmentForm
from onboarding.models import (
    FOLLOW_EVERYONE,
    Enrolment,
    OnboardingIndexPage,
    OnboardingProgrammePage,
    ProgrammeStep,
)

ENROL_PERMISSION = "onboarding.add_enrolment"


def _breadcrumbs(request, current_title, parent=None):
    site = routing.site_for_request(request)
    crumbs = []
    if site is not None:
        crumbs.append({"title": site.root_page.title, "url": site.root_page.get_url(request)})
    index = OnboardingIndexPage.objects.live().first()
    if index is not None:
        crumbs.append({"title": index.title, "url": index.get_url(request)})
    if parent is not None:
        crumbs.append(parent)
    return {"crumbs": crumbs, "current": {"title": current_title, "url": request.path}}


def follows_anyone(user):
    return user.has_perm(FOLLOW_EVERYONE) or Enrolment.objects.followed_by(user).exists()


def may_enrol(user):
    return enrollable_colleagues(user).exists()


@require_GET
def my_programme(request):
    today = timezone.localdate()
    states = progress.states(
        Enrolment.objects.filter(colleague=request.user), today=today, user=request.user, with_people=True
    )
    return render(
        request,
        "onboarding/my_programme.html",
        {
            "states": states,
            "follows_anyone": follows_anyone(request.user),
            **_breadcrumbs(request, _("My onboarding programme")),
        },
    )


@require_GET
def enrolment_detail(request, pk):
    enrolment = get_object_or_404(Enrolment.objects.visible_to(request.user), pk=pk)
    if enrolment.colleague_id == request.user.pk:
        return redirect("onboarding:mine")
    (state,) = progress.states(
        Enrolment.objects.filter(pk=enrolment.pk),
        today=timezone.localdate(),
        user=request.user,
        with_people=True,
    )
    name = overview_data.user_name(enrolment.colleague)
    return render(
        request,
        "onboarding/enrolment_detail.html",
        {
            "state": state,
            **_breadcrumbs(
                request,
                name,
                parent={"title": _("New colleagues"), "url": reverse("onboarding:overview")},
            ),
        },
    )


@require_GET
def overview(request):
    today = timezone.localdate()
    form = overview_data.OverviewFilterForm(request.GET or None)
    page, summaries = overview_data.summaries_page(
        request.user, today=today, filter_form=form, page_number=request.GET.get("pagina")
    )
    filters = request.GET.copy()
    filters.pop("pagina", None)
    return render(
        request,
        "onboarding/overview.html",
        {
            "form": form,
            "page": page,
            "rows": overview_data.overview_rows(summaries),
            "follows_anyone": follows_anyone(request.user),
            "may_enrol": may_enrol(request.user),
            "query": filters.urlencode(),
            **_breadcrumbs(request, _("New colleagues")),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@require_GET
def overview_export(request, file_format):
    # Someone who follows nobody has nothing to download.
    if file_format not in FORMATS or not follows_anyone(request.user):
        raise Http404
    form = overview_data.OverviewFilterForm(request.GET or None)
    summaries = overview_data.followed_summaries(
        request.user, today=timezone.localdate(), filter_form=form, with_guides=True
    )
    filename = f"nieuwe-collegas-{timezone.localdate():%Y-%m-%d}"
    return export_response(file_format, filename, overview_data.export_table(summaries))


def _tick(request, pk, step_id, done):
    enrolment = get_object_or_404(Enrolment.objects.visible_to(request.user), pk=pk)
    step = get_object_or_404(ProgrammeStep, pk=step_id, programme_id=enrolment.programme_id)
    if not enrolment.may_tick(request.user, step):
        raise Http404
    if done:
        progress.mark_done(enrolment, step, request.user)
        messages.success(request, _("Done: %(title)s.") % {"title": step.title})
    else:
        progress.mark_undone(enrolment, step, request.user)
        messages.success(request, _("Marked as not done: %(title)s.") % {"title": step.title})
    return redirect(_next_url(request, enrolment))


@require_POST
def mark_done(request, pk, step_id):
    return _tick(request, pk, step_id, done=True)


@require_POST
def mark_undone(request, pk, step_id):
    return _tick(request, pk, step_id, done=False)


def _next_url(request, enrolment):
    """The page the button was on (a path on this site), else the colleague's page."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    if enrolment.colleague_id == request.user.pk:
        return reverse("onboarding:mine")
    return reverse("onboarding:enrolment", args=[enrolment.pk])


def enrollable_colleagues(user):
    """Whom `user` may enrol: everyone for the coordination point, else the members of their team."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .select_related("profile")
        .order_by("first_name", "last_name", "username")
    )
    if user.has_perm(ENROL_PERMISSION):
        return users
    return users.filter(profile__team_leader=user)


@require_http_methods(["GET", "POST"])
def enrol(request):
    """A team leader (or the coordination point) enrols a new colleague in a programme."""
    colleagues = list(enrollable_colleagues(request.user))
    if not colleagues:
        raise Http404
    # A buddy is a colleague from the same teams (for the coordination point: anyone).
    if request.user.has_perm(ENROL_PERMISSION):
        buddies = colleagues
    else:
        teams = {colleague.profile.team_id for colleague in colleagues if colleague.profile.team_id}
        buddies = list(
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(profile__team__in=teams) | Q(profile__team_leader=request.user))
            .order_by("first_name", "last_name", "username")
            .distinct()
        )
    form = LeaderEnrolmentForm(request.POST or None, colleagues=colleagues, buddies=buddies)
    if request.method == "POST" and form.is_valid():
        by_pk = {user.pk: user for user in [*colleagues, *buddies]}
        data = form.cleaned_data
        programme = OnboardingProgrammePage.objects.live().get(pk=data["programme"])
        colleague = by_pk[data["colleague"]]
        try:
            enrolling.enrol(
                colleague,
                programme,
                start_date=data["start_date"],
                buddy=by_pk.get(data["buddy"]),
                enrolled_by=request.user,
            )
        except enrolling.EnrolmentError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("%(name)s is enrolled in %(programme)s.")
                % {"name": overview_data.user_name(colleague), "programme": programme.title},
            )
            return redirect("onboarding:overview")
    return render(
        request,
        "onboarding/enrol.html",
        {
            "form": form,
            **_breadcrumbs(
                request,
                _("Enrol a new colleague"),
                parent={"title": _("New colleagues"), "url": reverse("onboarding:overview")},
            ),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )
