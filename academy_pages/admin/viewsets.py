"""The "Academie" menu: sessions, training providers, categories and the evaluation report."""

import django_filters
from django.db import transaction
from django.db.models import Case, Count, F, Q, Value, When
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from academy_pages import notifications, participants
from academy_pages.admin import views
from academy_pages.admin.forms import SessionAdminForm, TrainingProviderAdminForm
from academy_pages.models import (
    Attendance,
    CourseCategory,
    CoursePage,
    RegistrationStatus,
    Session,
    SessionStatus,
    TrainingProvider,
)
from intranet.admin_menu import PermissionMenuItem
from intranet.exports import ListExportMixin

# --- Sessions ----------------------------------------------------------------------------------


class SessionFilterSet(WagtailFilterSet):
    # to_field_name "id": a course's pk is its page_ptr, and a lookup through a relation is not
    # range-checked, so a 30-digit ?course= would crash SQLite; Page.id is checked.
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=CoursePage.objects.order_by("title"),
        field_name="course",
        to_field_name="id",
    )
    provider = django_filters.ModelChoiceFilter(
        label=_("Training provider"), queryset=TrainingProvider.objects.all(), field_name="course__provider"
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=SessionStatus.choices)
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        method="filter_when",
        empty_label=_("All"),
    )

    class Meta:
        model = Session
        fields = []

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(first_date__gte=today)
        if value == "past":
            return queryset.filter(first_date__lt=today)
        return queryset


class MinimumColumn(Column):
    """The course's minimum, with the go / no-go flag of sessions under it."""

    def get_value(self, instance):
        if instance.min_participants is None:
            # Workshops of an event day have no minimum.
            return "–"
        if not instance.below_minimum:
            return str(instance.min_participants)
        if instance.go_decision == "go":
            flag = _("under minimum (go)")
        else:
            flag = _("under minimum: decide go / no go")
        return f"{instance.min_participants} · {flag}"


class StartColumn(Column):
    """The first day and its start time, written out: a future date read as "just now" in
    Wagtail's relative-time column."""

    def get_value(self, instance):
        starts_at = instance.starts_at
        if starts_at is None:
            return ""
        return date_format(timezone.localtime(starts_at), "D j b Y, H:i")


class LinkColumn(Column):
    """A cell with one link, for the screen the coordination point opens most."""

    cell_template_name = "academy_pages/admin/link_cell.html"

    def __init__(self, *args, text, url_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.text = text
        self.url_name = url_name

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(text=self.text, url=reverse(self.url_name, args=[instance.pk]))
        return context


# Upcoming sessions, soonest first, then past ones, latest first: the list opens on what is next.
UPCOMING_FIRST = "upcoming"


class SessionIndexView(ListExportMixin, generic.IndexView):
    default_ordering = UPCOMING_FIRST

    def get_base_queryset(self):
        return participants.with_minimum_flag(
            Session.objects.select_related("course", "event").prefetch_related("days")
        )

    def get_valid_orderings(self):
        return [*super().get_valid_orderings(), UPCOMING_FIRST]

    def order_queryset(self, queryset):
        if self.ordering != UPCOMING_FIRST:
            return super().order_queryset(queryset)
        today = timezone.localdate()
        return queryset.annotate(
            is_past=Case(When(first_date__lt=today, then=Value(1)), default=Value(0)),
            upcoming_date=Case(When(first_date__gte=today, then=F("first_date")), default=None),
        ).order_by("is_past", F("upcoming_date").asc(nulls_last=True), F("first_date").desc(), "pk")

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Participants"),
                url=reverse("academy_sessions:participants", args=[instance.pk]),
                icon_name="group",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


def schedule_of(session_pk):
    """What participants must be told about when it changes: days, location, online link."""
    session = Session.objects.prefetch_related("days").get(pk=session_pk)
    days = [(day.date, day.start_time, day.end_time) for day in session.sorted_days]
    return days, session.location, session.online_url


class SessionEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        return [
            Button(
                _("Participants"),
                url=reverse("academy_sessions:participants", args=[self.object.pk]),
                icon_name="group",
                priority=5,
            ),
            *super().header_more_buttons,
        ]

    def save_instance(self):
        before = schedule_of(self.object.pk)
        with transaction.atomic():
            instance = super().save_instance()
            if schedule_of(instance.pk) != before:
                # Participants get an updated invite (a higher SEQUENCE) for the moved session.
                transaction.on_commit(lambda: notifications.session_changed(instance))
        return instance


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    url_prefix = "academy/sessions"
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    filterset_class = SessionFilterSet
    search_fields = ["title", "course__title", "event__title", "trainer", "location"]
    search_backend_name = None
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        TitleColumn("__str__", label=_("Session"), url_name="academy_sessions:edit"),
        Column("offering", label=_("Course / event day")),
        StartColumn("first_date", label=_("First day"), sort_key="first_date"),
        Column("capacity", label=_("Capacity")),
        Column("confirmed_count", label=_("Registered"), sort_key="confirmed_count"),
        Column("waiting_count", label=_("Waiting list")),
        Column("get_status_display", label=_("Status")),
        MinimumColumn("below_minimum", label=_("Minimum")),
        LinkColumn(
            "participants",
            label=_("Participants"),
            text=_("Participant list"),
            url_name="academy_sessions:participants",
        ),
    ]
    list_export = [
        "__str__",
        "offering",
        "first_date",
        "capacity",
        "confirmed_count",
        "waiting_count",
        "status",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("course"),
                    FieldRowPanel([FieldPanel("event"), FieldPanel("slot")]),
                    FieldPanel("title"),
                    FieldPanel("description"),
                ],
                heading=_("Course or workshop"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("format"),
                    FieldRowPanel([FieldPanel("location"), FieldPanel("online_url")]),
                    FieldPanel("trainer"),
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                ],
                heading=_("Practical"),
            ),
            InlinePanel("days", heading=_("Days"), label=_("Day"), min_num=1),
        ],
        base_form_class=SessionAdminForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/participants/", views.SessionParticipantsView.as_view(), name="participants"),
            path(
                "<int:pk>/participants/<int:registration_pk>/history/",
                views.RegistrationHistoryView.as_view(),
                name="registration_history",
            ),
            path(
                "<int:pk>/participants/export/<str:file_format>/",
                views.ParticipantExportView.as_view(),
                name="participants_export",
            ),
        ]


# --- Training providers ------------------------------------------------------------------------


class ProviderInspectView(generic.InspectView):
    template_name = "academy_pages/admin/provider_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sessions = (
            participants.with_admin_numbers(Session.objects.filter(course__provider=self.object))
            .select_related("course")
            .prefetch_related("days")
            .order_by("-first_date", "pk")
        )
        context.update(
            courses=CoursePage.objects.filter(provider=self.object)
            .select_related("category")
            .order_by("title"),
            sessions=sessions,
        )
        return context


class ProviderIndexView(ListExportMixin, generic.IndexView):
    def get_base_queryset(self):
        registration = "courses__sessions__registrations"
        confirmed = Q(**{f"{registration}__status": RegistrationStatus.CONFIRMED})
        return TrainingProvider.objects.annotate(
            course_count=Count("courses", distinct=True),
            session_count=Count(
                "courses__sessions", filter=Q(courses__sessions__status=SessionStatus.PLANNED), distinct=True
            ),
            confirmed_count=Count(registration, filter=confirmed, distinct=True),
            attended_count=Count(
                registration,
                filter=confirmed & Q(**{f"{registration}__attendance": Attendance.PRESENT}),
                distinct=True,
            ),
        )


class TrainingProviderViewSet(ModelViewSet):
    model = TrainingProvider
    icon = "group"
    menu_label = _("Training providers")
    url_prefix = "academy/providers"
    inspect_view_enabled = True
    index_view_class = ProviderIndexView
    inspect_view_class = ProviderInspectView
    copy_view_enabled = False
    search_fields = ["name", "contact_name", "email"]
    search_backend_name = None
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="academy_providers:inspect"),
        BooleanColumn("is_internal", label=_("Internal")),
        Column("course_count", label=_("Courses")),
        Column("session_count", label=_("Sessions")),
        Column("confirmed_count", label=_("Registered")),
        Column("attended_count", label=_("Attended")),
    ]
    list_export = ["name", "email", "course_count", "session_count", "confirmed_count", "attended_count"]
    edit_handler = ObjectList(TrainingProvider.panels, base_form_class=TrainingProviderAdminForm)


class CourseCategoryViewSet(ModelViewSet):
    model = CourseCategory
    icon = "tag"
    menu_label = _("Categories")
    url_prefix = "academy/categories"
    form_fields = ["name", "slug"]
    list_display = ["name", "slug"]
    copy_view_enabled = False


# --- Evaluations ---------------------------------------------------------------------------------


class EvaluationReportViewSet(ViewSet):
    name = "academy_evaluations"
    url_prefix = "academy/evaluations"
    icon = "table"
    menu_label = _("Evaluations")
    menu_item_class = PermissionMenuItem.requiring(views.VIEW_EVALUATIONS)

    def get_urlpatterns(self):
        return [path("", views.EvaluationReportView.as_view(), name="index")]


class AcademyViewSetGroup(ViewSetGroup):
    menu_label = _("Academy")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        SessionViewSet("academy_sessions"),
        TrainingProviderViewSet("academy_providers"),
        CourseCategoryViewSet("academy_categories"),
        EvaluationReportViewSet(),
    )
