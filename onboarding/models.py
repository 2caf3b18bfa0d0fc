"""Onboarding programmes (inwerkprogramma's), their steps, and who follows which programme.

A programme is a page with ordered steps (an InlinePanel). A step keeps its database id across
edits of the programme (Wagtail writes the inline rows back by id when a revision is published),
so progress refers to the step itself. When an editor removes a step, its recorded progress stays:
`StepProgress.step` becomes empty and the progress keeps the step's title and phase as they were.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from intranet.pages import IntranetPage
from intranet.working_days import add_working_days

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
FOLLOW_EVERYONE = "onboarding.follow_all_enrolments"


class Phase(models.TextChoices):
    BEFORE_FIRST_DAY = "before_first_day", _("Before the first day")
    FIRST_DAY = "first_day", _("First day")
    FIRST_WEEK = "first_week", _("First week")
    FIRST_MONTH = "first_month", _("First month")
    FIRST_THREE_MONTHS = "first_three_months", _("First three months")


PHASE_ORDER = {value: index for index, value in enumerate(Phase.values)}


class StepType(models.TextChoices):
    ARTICLE = "article", _("Read an article")
    COURSE = "course", _("Follow a course")
    MEET = "meet", _("Meet a person")
    VIDEO = "video", _("Watch a video")
    TASK = "task", _("Task with a checklist")


class Performer(models.TextChoices):
    NEW_COLLEAGUE = "new_colleague", _("The new colleague")
    BUDDY = "buddy", _("The buddy")
    TEAM_LEADER = "team_leader", _("The team leader")


class MeetWhom(models.TextChoices):
    PERSON = "person", _("The person chosen below")
    BUDDY = "buddy", _("The buddy")
    TEAM_LEADER = "team_leader", _("The team leader")


class OnboardingIndexPage(IntranetPage):
    """The onboarding section: the programmes new colleagues follow."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["onboarding.OnboardingProgrammePage"]

    class Meta:
        verbose_name = _("onboarding section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = OnboardingProgrammePage.objects.child_of(self).live().order_by("path")
        return context


class OnboardingProgrammePage(IntranetPage):
    """An onboarding path ("Algemeen inwerkprogramma", "Inwerken als teamleider", ...)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("For whom this programme is and what a new colleague can expect."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("steps", heading=_("Steps"), label=_("Step")),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["onboarding.OnboardingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("onboarding programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.steps.select_related("article", "course", "person")
        context["phases"] = group_by_phase(sorted(steps, key=ProgrammeStep.sort_key))
        return context


def group_by_phase(items, phase_of=lambda item: item.phase):
    """[(phase label, [items])] in phase order, leaving out empty phases."""
    groups = {}
    for item in items:
        groups.setdefault(phase_of(item), []).append(item)
    return [
        (Phase(phase).label if phase in PHASE_ORDER else phase, groups[phase])
        for phase in sorted(groups, key=lambda phase: PHASE_ORDER.get(phase, len(PHASE_ORDER)))
    ]


class ProgrammeStep(Orderable):
    programme = ParentalKey(OnboardingProgrammePage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("title"), max_length=200)
    explanation = RichTextField(
        _("explanation"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the step is about and why it matters."),
    )
    phase = models.CharField(_("phase"), max_length=30, choices=Phase.choices, default=Phase.FIRST_WEEK)
    step_type = models.CharField(_("type"), max_length=20, choices=StepType.choices, default=StepType.TASK)
    due_working_days = models.SmallIntegerField(
        _("due (working days)"),
        default=0,
        help_text=_(
            "Working days after the start date by which the step should be done: 0 is the first "
            "day itself, a negative number is before the first day. Weekends and public holidays "
            "do not count."
        ),
    )
    performer = models.CharField(
        _("done by"),
        max_length=20,
        choices=Performer.choices,
        default=Performer.NEW_COLLEAGUE,
        help_text=_("Who ticks this step off."),
    )
    article = models.ForeignKey(
        "knowledge_base.KnowledgeArticlePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("article"),
        help_text=_("For the type 'Read an article'."),
    )
    course = models.ForeignKey(
        "academy_pages.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course"),
        help_text=_("For the type 'Follow a course': done as soon as attendance is recorded."),
    )
    meet = models.CharField(
        _("meet whom"),
        max_length=20,
        choices=MeetWhom.choices,
        blank=True,
        help_text=_("For the type 'Meet a person'."),
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("person"),
        help_text=_("For 'Meet a person' with 'the person chosen below'."),
    )
    video_url = models.URLField(_("video address"), blank=True, help_text=_("For the type 'Watch a video'."))
    checklist = models.TextField(
        _("checklist"), blank=True, help_text=_("For the type 'Task with a checklist': one item per line.")
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("phase"), FieldPanel("due_working_days"), FieldPanel("performer")]),
        FieldPanel("step_type"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                PageChooserPanel("article"),
                PageChooserPanel("course"),
                FieldRowPanel([FieldPanel("meet"), FieldPanel("person")]),
                FieldPanel("video_url"),
                FieldPanel("checklist"),
            ],
            heading=_("What the step links to"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.title

    @staticmethod
    def sort_key(step):
        return (PHASE_ORDER.get(step.phase, len(PHASE_ORDER)), step.sort_order or 0, step.pk or 0)

    @property
    def checklist_items(self):
        return [line.strip() for line in self.checklist.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        required = {
            StepType.ARTICLE: ("article_id", _("Choose the article to read.")),
            StepType.COURSE: ("course_id", _("Choose the course to follow.")),
            StepType.VIDEO: ("video_url", _("Give the address of the video.")),
            StepType.TASK: ("checklist", _("Give at least one item of the checklist.")),
        }
        errors = {}
        if self.step_type in required:
            attribute, message = required[self.step_type]
            if not getattr(self, attribute):
                errors[attribute.removesuffix("_id")] = message
        if self.step_type == StepType.MEET:
            if not self.meet:
                errors["meet"] = _("Say whom the new colleague meets.")
            elif self.meet == MeetWhom.PERSON and not self.person_id:
                errors["person"] = _("Choose the person to meet.")
        if errors:
            raise ValidationError(errors)

    def due_date(self, start_date):
        return add_working_days(start_date, self.due_working_days)


class EnrolmentQuerySet(models.QuerySet):
    def followed_by(self, user):
        """Enrolments `user` may follow: the coordination point all, others as buddy or team leader."""
        if user.has_perm(FOLLOW_EVERYONE):
            return self
        return self.filter(Q(buddy=user) | Q(team_leader=user))

    def visible_to(self, user):
        """Enrolments `user` may see: their own and the ones they follow."""
        if user.has_perm(FOLLOW_EVERYONE):
            return self
        return self.filter(Q(colleague=user) | Q(buddy=user) | Q(team_leader=user))


class Enrolment(models.Model):
    """A new colleague following one onboarding programme from a start date."""

    colleague = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="onboarding_enrolments",
        verbose_name=_("new colleague"),
    )
    programme = models.ForeignKey(
        OnboardingProgrammePage,
        on_delete=models.SET_NULL,
        null=True,
        related_name="enrolments",
        verbose_name=_("programme"),
    )
    # The programme's title as it was at enrolment: kept when the programme page is deleted.
    programme_title = models.CharField(_("programme title"), max_length=255, editable=False)
    start_date = models.DateField(
        _("start date"), help_text=_("First working day; the due dates of the steps count from here.")
    )
    team = models.ForeignKey(
        "people.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("team"),
    )
    buddy = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="onboarding_buddy_enrolments",
        verbose_name=_("buddy"),
        help_text=_("The colleague who shows the new colleague around."),
    )
    team_leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="onboarding_led_enrolments",
        verbose_name=_("team leader"),
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now, editable=False)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("enrolled by"),
    )
    # Set when every step was done; stays set when the programme gains steps later.
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True, editable=False)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["colleague", "programme"], name="onboarding_one_enrolment_per_programme"
            )
        ]
        permissions = [(FOLLOW_EVERYONE.split(".")[1], _("Can follow the onboarding of every new colleague"))]

    def __str__(self):
        name = self.colleague.get_full_name() or self.colleague.get_username()
        return f"{name}: {self.programme_title}"

    @property
    def is_finished(self):
        return self.finished_at is not None

    def performed_by(self, user, performer):
        """Whether `user` is the `performer` (a Performer value) of this enrolment."""
        performer_of = {
            Performer.NEW_COLLEAGUE: self.colleague_id,
            Performer.BUDDY: self.buddy_id,
            Performer.TEAM_LEADER: self.team_leader_id,
        }
        return user.pk is not None and performer_of.get(performer) == user.pk

    def may_tick(self, user, step):
        """Whether `user` may mark `step` done or undone in this enrolment."""
        return user.has_perm(FOLLOW_EVERYONE) or self.performed_by(user, step.performer)


class ProgressSource(models.TextChoices):
    MANUAL = "manual", _("Ticked off")
    ATTENDANCE = "attendance", _("Attendance recorded in the Academy")


class StepProgress(models.Model):
    """One step done in one enrolment. Undoing the step deletes the row."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="progress", verbose_name=_("enrolment")
    )
    step = models.ForeignKey(
        ProgrammeStep,
        on_delete=models.SET_NULL,
        null=True,
        related_name="progress",
        verbose_name=_("step"),
    )
    # The step as it was when done, so the history still reads well after the step is removed.
    step_title = models.CharField(_("step title"), max_length=200)
    step_phase = models.CharField(_("phase"), max_length=30, choices=Phase.choices)
    done_at = models.DateTimeField(_("done at"), default=timezone.now)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
    )
    source = models.CharField(
        _("source"), max_length=20, choices=ProgressSource.choices, default=ProgressSource.MANUAL
    )

    class Meta:
        ordering = ["done_at", "pk"]
        verbose_name = _("step done")
        verbose_name_plural = _("steps done")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "step"],
                condition=Q(step__isnull=False),
                name="onboarding_step_done_once",
            )
        ]

    def __str__(self):
        return self.step_title
