"""Teasers: short promotions of the offer (courses, articles, events) shown on the home page and
in the feed, grouped in campaigns; their daily view and click counts; the tokens with which
other systems read the feed; and the monthly newsletter made from teasers and articles."""

import hashlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from intranet.pages import IntranetPage
from teasers.audience import Viewer, months_since

# A teaser is read at a glance in a card: about two short sentences.
TEXT_MAX_LENGTH = 280
TITLE_MAX_LENGTH = 100
CTA_MAX_LENGTH = 40


class Campaign(models.Model):
    """A line of the offer the coordination point promotes (Academie, Leercafé, ...)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    target_per_week = models.PositiveSmallIntegerField(
        _("target per week"),
        default=0,
        validators=[MaxValueValidator(50)],
        help_text=_("How many teasers of this campaign should start each week; 0 means no target."),
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("target_per_week")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.name


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    TEAMS = "teams", _("Chosen teams")
    GROUPS = "groups", _("Chosen groups")
    NEW_COLLEAGUES = "new_colleagues", _("New colleagues")


class TeaserQuerySet(models.QuerySet):
    def in_window(self, at):
        """Live teasers whose display window holds the moment `at`: from <= at < until."""
        return self.filter(live=True, display_from__lte=at).filter(
            Q(display_until__isnull=True) | Q(display_until__gt=at)
        )

    def for_viewer(self, viewer, today):
        """Teasers meant for the viewer (see teasers.audience.Viewer) on the date `today`."""
        through_teams = self.model.teams.through.objects
        through_groups = self.model.groups.through.objects
        audience = Q(audience=Audience.EVERYONE)
        if viewer.team_ids:
            audience |= Q(
                audience=Audience.TEAMS,
                pk__in=through_teams.filter(team_id__in=viewer.team_ids).values("teaser_id"),
            )
        if viewer.group_ids:
            audience |= Q(
                audience=Audience.GROUPS,
                pk__in=through_groups.filter(group_id__in=viewer.group_ids).values("teaser_id"),
            )
        if viewer.start_date is not None:
            audience |= Q(
                audience=Audience.NEW_COLLEAGUES,
                new_within_months__gte=months_since(viewer.start_date, today),
            )
        return self.filter(audience)

    def pinned_first(self):
        return self.order_by("-pinned", "-display_from", "-pk")

    def live_for(self, user, at=None):
        """The teasers `user` (a user or a Viewer) sees at `at` (default: now), pinned first,
        then newest. Needs no scheduler: the window is compared with `at` itself."""
        at = at or timezone.now()
        viewer = user if isinstance(user, Viewer) else Viewer.of_user(user)
        return self.in_window(at).for_viewer(viewer, timezone.localdate(at)).pinned_first()

    def for_cards(self):
        """With what a teaser card shows (campaign, image and its renditions), loaded at once."""
        return self.select_related("campaign", "image").prefetch_related("image__renditions")


class Teaser(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, ClusterableModel
):
    """A short promotion with a link, shown to its audience inside its display window."""

    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    text = models.TextField(
        _("short text"),
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
        help_text=_("At most 280 characters: one or two sentences that make people curious."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Set the focal point on the image so the crop keeps what matters."),
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=200,
        blank=True,
        help_text=_("Describe what the image shows, for colleagues who use a screen reader."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("link to a page"),
        help_text=_("A course, article or event on the intranet."),
    )
    link_url = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("Only when the teaser points outside the intranet; leave empty when you chose a page."),
    )
    cta_label = models.CharField(
        _("call to action"),
        max_length=CTA_MAX_LENGTH,
        blank=True,
        help_text=_('The text of the button, e.g. "Sign up now". Empty: "Read more".'),
    )
    campaign = models.ForeignKey(
        Campaign, on_delete=models.PROTECT, related_name="teasers", verbose_name=_("campaign")
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_("Who sees this teaser."),
    )
    teams = ParentalManyToManyField(
        "people.Team",
        blank=True,
        related_name="+",
        verbose_name=_("teams"),
        help_text=_('Only for the audience "Chosen teams".'),
    )
    groups = ParentalManyToManyField(
        "auth.Group",
        blank=True,
        related_name="+",
        verbose_name=_("groups"),
        help_text=_('Only for the audience "Chosen groups".'),
    )
    new_within_months = models.PositiveSmallIntegerField(
        _("new for at most (months)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_('For the audience "New colleagues": whose start date lies within this many months.'),
    )
    pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Pinned teasers come first in the feed.")
    )
    display_from = models.DateTimeField(
        _("show from"),
        default=timezone.now,
        db_index=True,
        help_text=_("Dutch time. The teaser appears at this moment."),
    )
    display_until = models.DateTimeField(
        _("show until"),
        null=True,
        blank=True,
        help_text=_("Dutch time. The teaser disappears at this moment; empty: it stays."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = TeaserQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")],
            heading=_("Image"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("link_page"), FieldPanel("link_url"), FieldPanel("cta_label")],
            heading=_("Link"),
        ),
        FieldPanel("campaign"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("teams"),
                FieldPanel("groups"),
                FieldPanel("new_within_months"),
            ],
            heading=_("Audience"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("display_from"), FieldPanel("display_until")]), FieldPanel("pinned")],
            heading=_("Display"),
        ),
    ]

    class Meta:
        ordering = ["-display_from", "-pk"]
        verbose_name = _("teaser")
        verbose_name_plural = _("teasers")
        # Made by Wagtail after migrating as well; named here so the editors' migration can grant them.
        permissions = [
            ("publish_teaser", "Can publish teaser"),
            ("lock_teaser", "Can lock teaser"),
            ("unlock_teaser", "Can unlock teaser"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Choose a page or give an external link, not both.")
        elif not self.link_page_id and not self.link_url:
            errors["link_page"] = _("Choose a page or give an external link.")
        if self.display_from and self.display_until and self.display_until <= self.display_from:
            errors["display_until"] = _('"Show until" must come after "show from".')
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for colleagues who use a screen reader.")
        if errors:
            raise ValidationError(errors)

    @property
    def button_label(self):
        return self.cta_label or _("Read more")

    @property
    def click_url(self):
        return reverse("teasers:click", args=[self.pk])

    def target_url(self, request=None):
        """Where the teaser leads: the chosen page's address, else the external link."""
        if self.link_page_id:
            page = self.link_page
            return page.get_url(request) if page is not None and page.live else None
        return self.link_url or None

    def is_visible_at(self, at):
        return self.display_from <= at and (self.display_until is None or at < self.display_until)

    def get_preview_template(self, request, mode_name):
        return "teasers/preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["teaser"] = self
        context["teaser_target"] = self.target_url(request)
        return context


class TeaserDailyStats(models.Model):
    """How often a teaser was shown and clicked on one day; no one's identity is kept."""

    teaser = models.ForeignKey(
        Teaser, on_delete=models.CASCADE, related_name="daily_stats", verbose_name=_("teaser")
    )
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)
    clicks = models.PositiveIntegerField(_("clicks"), default=0)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("daily teaser statistics")
        verbose_name_plural = _("daily teaser statistics")
        constraints = [
            models.UniqueConstraint(fields=["teaser", "date"], name="teasers_stats_one_row_per_day")
        ]

    def __str__(self):
        return f"{self.teaser_id} {self.date}"


class TokenAudience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    TEAM = "team", _("One team")
    GROUP = "group", _("One group")


def hash_token(raw):
    # Tokens are 32 random bytes: a plain SHA-256 is enough, no password hashing needed.
    return hashlib.sha256(raw.encode()).hexdigest()


class FeedToken(models.Model):
    """The key with which another system (a Teams channel, the old intranet) reads the feed.

    Only the hash of the token is stored; the token itself is shown once, when it is made.
    """

    name = models.CharField(
        _("name"), max_length=100, help_text=_('Which system uses this token, e.g. "Teams-kanaal Academie".')
    )
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=TokenAudience.choices,
        default=TokenAudience.EVERYONE,
        help_text=_("The feed shows the teasers this audience sees."),
    )
    team = models.ForeignKey(
        "people.Team",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("team"),
        help_text=_('Only for the audience "One team".'),
    )
    group = models.ForeignKey(
        "auth.Group",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("group"),
        help_text=_('Only for the audience "One group".'),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_hint = models.CharField(_("token begins with"), max_length=8, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("feed token")
        verbose_name_plural = _("feed tokens")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.audience == TokenAudience.TEAM and not self.team_id:
            raise ValidationError({"team": _("Choose the team.")})
        if self.audience == TokenAudience.GROUP and not self.group_id:
            raise ValidationError({"group": _("Choose the group.")})

    def set_token(self, raw):
        """Keep the hash of the secret `raw` and its first characters (to tell tokens apart)."""
        self.token_hash = hash_token(raw)
        self.token_hint = raw[:6]

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def viewer(self):
        if self.audience == TokenAudience.TEAM and self.team_id:
            return Viewer(team_ids=frozenset([self.team_id]))
        if self.audience == TokenAudience.GROUP and self.group_id:
            return Viewer(group_ids=frozenset([self.group_id]))
        return Viewer()


# --- Newsletter ----------------------------------------------------------------------------------


class NewsletterIndexPage(IntranetPage):
    """The archive of the monthly newsletter."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["teasers.NewsletterPage"]

    class Meta:
        verbose_name = _("newsletter archive")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = NewsletterPage.objects.child_of(self).live().order_by("-issue_date")
        return context


class NewsletterPage(RoutablePageMixin, IntranetPage):
    """One monthly issue: a foreword by an executive or project lead, then chosen teasers and
    articles; read on the intranet, or sent as e-mail through the mailing tool."""

    issue_date = models.DateField(
        _("month"), help_text=_("Any day in the month of this issue; only the month and year are shown.")
    )
    foreword_author = models.CharField(_("author of the foreword"), max_length=100)
    foreword_role = models.CharField(
        _("role of the author"), max_length=150, help_text=_('For example "Gemeentesecretaris".')
    )
    foreword_photo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo of the author"),
    )
    foreword = RichTextField(_("foreword"), features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("issue_date"),
        MultiFieldPanel(
            [
                FieldPanel("foreword_author"),
                FieldPanel("foreword_role"),
                FieldPanel("foreword_photo"),
                FieldPanel("foreword"),
            ],
            heading=_("Foreword"),
        ),
        InlinePanel("teaser_items", heading=_("Teasers"), label=_("Teaser")),
        InlinePanel("article_items", heading=_("Articles"), label=_("Article")),
    ]

    parent_page_types = ["teasers.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")

    def chosen_teasers(self):
        # A teaser taken back (unpublished) leaves the newsletter too: its link would lead nowhere.
        items = self.teaser_items.select_related("teaser__campaign", "teaser__image")
        return [item.teaser for item in items if item.teaser.live]

    def chosen_articles(self):
        items = self.article_items.select_related("article")
        return [item.article.specific for item in items if item.article.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["teasers"] = self.chosen_teasers()
        context["articles"] = self.chosen_articles()
        context["may_send"] = request.user.has_perm("teasers.change_teaser")
        context["email_url"] = self.url + self.reverse_subpage("email")
        context["test_mail_url"] = self.url + self.reverse_subpage("test_mail")
        return context

    @path("e-mail/", name="email")
    def email_view(self, request):
        """The e-mail-ready HTML for the mailing tool, as a download; editors only."""
        from teasers import newsletter

        if not request.user.has_perm("teasers.change_teaser"):
            raise PermissionDenied
        response = HttpResponse(newsletter.email_html(self), content_type="text/html; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="nieuwsbrief-{self.issue_date:%Y-%m}.html"'
        return response

    @path("testmail/", name="test_mail")
    def test_mail_view(self, request):
        """Send the e-mail version to the editor themselves (POST only)."""
        from teasers import newsletter

        if not request.user.has_perm("teasers.change_teaser"):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.email:
            messages.error(request, _("Your account has no e-mail address to send the test to."))
        else:
            newsletter.send_test(self, request.user)
            messages.success(
                request, _("The test mail was sent to %(email)s.") % {"email": request.user.email}
            )
        return redirect(self.url)


class NewsletterTeaser(Orderable):
    page = ParentalKey(NewsletterPage, on_delete=models.CASCADE, related_name="teaser_items")
    teaser = models.ForeignKey(Teaser, on_delete=models.CASCADE, related_name="+", verbose_name=_("teaser"))

    panels = [FieldPanel("teaser")]


class NewsletterArticle(Orderable):
    page = ParentalKey(NewsletterPage, on_delete=models.CASCADE, related_name="article_items")
    article = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [PageChooserPanel("article")]
