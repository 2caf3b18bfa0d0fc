"""Knowledge base: topic overview pages and the articles employees search and read."""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge_base.blocks import ArticleBodyBlock

REVIEW_INTERVAL = relativedelta(months=6)


class Topic(models.Model):
    """A subject employees look for (Academie, Lean, HR-gesprekscyclus, ...); managed by editors."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class KnowledgeBaseIndexPage(Page):
    """The knowledge base's front door: its topics and articles."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge_base.KnowledgeArticlePage"]

    class Meta:
        verbose_name = _("knowledge base")


class KnowledgeArticlePage(Page):
    """One article: an explanation, an instruction or a description of a programme part."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences; shown in search results and overviews."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="articles", verbose_name=_("topics"))
    owner_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact person"),
        help_text=_("Who answers questions about this article and keeps it up to date."),
    )
    owner_team = models.ForeignKey(
        "people.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owning team"),
    )
    review_date = models.DateField(
        _("review date"),
        null=True,
        blank=True,
        help_text=_("When the content must be checked again. Empty: six months after publishing."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("owner_person"),
                FieldPanel("owner_team"),
                FieldPanel("review_date"),
            ],
            heading=_("Topics and ownership"),
        ),
        InlinePanel("related_links", label=_("Related articles")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("last_published_at"),
    ]

    parent_page_types = ["knowledge_base.KnowledgeBaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("knowledge base article")
        verbose_name_plural = _("knowledge base articles")

    def default_review_date(self, published=None):
        published = published or self.first_published_at or timezone.now()
        if isinstance(published, datetime.datetime):
            published = timezone.localdate(published)
        return published + REVIEW_INTERVAL


class RelatedArticle(Orderable):
    """An article an editor chose to show next to this one."""

    page = ParentalKey(KnowledgeArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        KnowledgeArticlePage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("article"),
    )

    panels = [PageChooserPanel("article", "knowledge_base.KnowledgeArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
