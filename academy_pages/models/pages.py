"""Pages of the Academy: the catalogue, course pages and event days."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy_pages.models.sessions import SessionFormat
from intranet.pages import IntranetPage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]


class AcademyIndexPage(IntranetPage):
    """The West Betuwe Academie: the catalogue of courses."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy_pages.CoursePage", "academy_pages.EventPage"]

    class Meta:
        verbose_name = _("academy catalogue")

    def get_context(self, request, *args, **kwargs):
        from academy_pages.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(RoutablePageMixin, IntranetPage):
    """A training or internal module employees can register for, with its sessions."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences for the catalogue and search results."),
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    learning_goals = RichTextField(_("learning goals"), blank=True, features=RICH_TEXT_FEATURES)
    audience = models.CharField(
        _("audience"), max_length=250, blank=True, help_text=_("For whom is this course?")
    )
    category = models.ForeignKey(
        "academy_pages.CourseCategory",
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("category"),
    )
    provider = models.ForeignKey(
        "academy_pages.TrainingProvider",
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("provider"),
    )
    format = models.CharField(
        _("format"),
        max_length=10,
        choices=SessionFormat.choices,
        default=SessionFormat.PHYSICAL,
        help_text=_("Shown while no session is planned; after that the sessions' format is shown."),
    )
    duration = models.CharField(
        _("duration"),
        max_length=100,
        blank=True,
        help_text=_(
            "For example: 2 dagdelen. Shown while no session is planned; after that the duration "
            "follows from the sessions' days."
        ),
    )
    default_location = models.CharField(_("default location"), max_length=200, blank=True)
    costs = models.DecimalField(
        _("costs per participant"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("In euros; counts towards the training budget."),
    )
    requires_approval = models.BooleanField(
        _("team leader approval required"),
        default=False,
        help_text=_("Registrations wait until the employee's team leader approves."),
    )
    allow_multiple_registrations = models.BooleanField(
        _("several sessions per employee"),
        default=False,
        help_text=_(
            "Tick for a series or a recurring module. Otherwise an employee can hold one active "
            "registration for this course at a time."
        ),
    )
    min_participants = models.PositiveIntegerField(_("minimum participants"), default=4)
    max_participants = models.PositiveIntegerField(_("maximum participants"), default=12)
    cancellation_deadline_days = models.PositiveIntegerField(
        _("cancellation deadline (days before)"),
        default=5,
        help_text=_("Employees can cancel themselves until this many days before the first day."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_goals"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("provider")]),
                FieldRowPanel([FieldPanel("format"), FieldPanel("duration")]),
                FieldPanel("default_location"),
                FieldPanel("costs"),
            ],
            heading=_("Practical"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("requires_approval"),
                FieldPanel("allow_multiple_registrations"),
                FieldRowPanel([FieldPanel("min_participants"), FieldPanel("max_participants")]),
                FieldPanel("cancellation_deadline_days"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("questions", label=_("Extra questions on the registration form")),
        InlinePanel("related_articles", label=_("Related knowledge base articles")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("learning_goals"),
        index.SearchField("audience"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("provider", [index.SearchField("name")]),
        index.FilterField("category"),
        index.FilterField("provider"),
        index.FilterField("format"),
    ]

    parent_page_types = ["academy_pages.AcademyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def format_label(self, sessions):
        """The format of these sessions when they agree, else "varies per session".

        The course's own field speaks only when there are no sessions to go by.
        """
        formats = {session.format for session in sessions}
        if not formats:
            return self.get_format_display()
        if len(formats) > 1:
            return _("varies per session")
        return SessionFormat(formats.pop()).label

    def duration_label(self, sessions):
        """The duration of these sessions when they agree, else "varies per session"."""
        labels = {str(session.duration_label) for session in sessions} - {""}
        if not labels:
            return self.duration
        if len(labels) > 1:
            return _("varies per session")
        return labels.pop()

    def get_context(self, request, *args, bound_form=None, **kwargs):
        from academy_pages.catalogue import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request, bound_form=bound_form))
        return context

    @path("inschrijven/<int:session_id>/", name="register")
    def register_route(self, request, session_id):
        from academy_pages.views.pages import register_for_course

        return register_for_course(self, request, session_id)


class CourseQuestion(AbstractFormField):
    """An extra question on a course's registration form (motivation, dietary wishes, ...)."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="questions")


class RelatedCourseArticle(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="related_articles")
    article = models.ForeignKey(
        "knowledge_base.KnowledgeArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("article"),
    )

    panels = [PageChooserPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class EventPage(RoutablePageMixin, IntranetPage):
    """An event day such as the Leercafé or the NetWerkdag: time slots with parallel workshops."""

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    location = models.CharField(_("location"), max_length=200, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("location"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
    ]

    parent_page_types = ["academy_pages.AcademyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event day")
        verbose_name_plural = _("event days")

    def get_context(self, request, *args, **kwargs):
        from academy_pages.catalogue import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    @path("kiezen/<int:session_id>/", name="choose")
    def choose_route(self, request, session_id):
        from academy_pages.views.pages import choose_workshop

        return choose_workshop(self, request, session_id)
