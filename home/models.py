from functools import partial

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from intranet.pages import IntranetPage

HOME_TEASERS = 6


def validate_link(value):
    """An address on this site ("/path/") or a full web address elsewhere."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https"], message=_("Enter an address starting with / or https://."))(value)


HOME_SESSIONS = 3
HOME_ARTICLES = 5


class HomePage(IntranetPage):
    """The intranet's start page, per employee: their teasers, their next Academy sessions,
    what is new in the knowledge base, and quick links the editors keep."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("quick_links", heading=_("Quick links"), label=_("Quick link")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "knowledge_base.KnowledgeBaseIndexPage",
        "academy_pages.AcademyIndexPage",
        "onboarding.OnboardingIndexPage",
        "teasers.NewsletterIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        # The apps' summaries import their models, which are not loaded when this module is.
        from academy_pages import summaries as academy_summaries
        from knowledge_base import summaries as knowledge_base_summaries
        from onboarding import home as onboarding_home
        from people.backends import can_access_admin
        from teasers import summaries as teaser_summaries

        context = super().get_context(request, *args, **kwargs)
        user = request.user
        # The same for every reader (published pages without view restrictions, the editors'
        # links): passed as functions, so the template's fragment cache, keyed by the content
        # version, calls them only when the fragment is rendered afresh.
        context["sections"] = lambda: list(self.get_children().live().public().specific())
        context["new_articles"] = partial(knowledge_base_summaries.newest_articles, limit=HOME_ARTICLES)
        context["updated_articles"] = partial(
            knowledge_base_summaries.recently_updated_articles,
            limit=HOME_ARTICLES,
            exclude_newest=HOME_ARTICLES,
        )
        context["quick_links"] = lambda: list(self.quick_links.select_related("link_page"))
        # The reader's own.
        context["teasers"] = teaser_summaries.for_home(request, limit=HOME_TEASERS)
        context["academy"] = academy_summaries.upcoming_for(user, limit=HOME_SESSIONS)
        context["onboarding"] = onboarding_home.home_block(user, today=timezone.localdate())
        context["show_admin_link"] = can_access_admin(user)
        return context


class HomeQuickLink(Orderable):
    """A link the editors put on the home page: a page of the intranet or an address elsewhere."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="quick_links")
    title = models.CharField(
        _("title"), max_length=80, blank=True, help_text=_("Empty: the title of the chosen page.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
    )
    link_url = models.CharField(
        _("address"),
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text=_(
            "When no page fits: an address on the intranet starting with / (e.g. "
            "/academie/mijn-inschrijvingen/) or a full address elsewhere (https://...)."
        ),
    )

    panels = [FieldPanel("title"), PageChooserPanel("link_page"), FieldPanel("link_url")]

    class Meta(Orderable.Meta):
        verbose_name = _("quick link")
        verbose_name_plural = _("quick links")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError({"link_url": _("Choose a page or give an address (one of the two).")})
        if self.link_url and not self.title:
            raise ValidationError({"title": _("Give a title for an address.")})

    @property
    def label(self):
        return self.title or (self.link_page.title if self.link_page_id else self.link_url)

    @property
    def href(self):
        return self.link_page.url if self.link_page_id else self.link_url
