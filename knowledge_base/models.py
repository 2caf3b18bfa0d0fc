"""Knowledge base: topic overview pages and the articles employees search and read."""

import datetime
import math
import re
from collections.abc import Mapping, Sequence

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import connection, models, transaction
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from intranet.pages import IntranetPage
from knowledge_base.blocks import ArticleBodyBlock
from knowledge_base.forms import FeedbackForm

REVIEW_INTERVAL = relativedelta(months=6)
# Articles whose review date falls within this many days count as "soon due".
REVIEW_SOON_DAYS = 30
WORDS_PER_MINUTE = 200
MAX_RELATED_ARTICLES = 5
# Related articles are chosen among the newest this many articles of each topic the article
# has, so choosing them costs about the same at 1,000 articles as at 100,000 (docs/benchmarks.md,
# "Large knowledge base"): ranking every article of a topic took 80-270 ms at 100,000.
RELATED_CANDIDATES_PER_TOPIC = 200
# Ten a page: a list an employee can scan; the numbered pagination leads on.
ARTICLES_PER_PAGE = 10
WORD_RE = re.compile(r"\w+")


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


def page_links(articles, topic=None):
    """The numbered links of the pagination: the current page with a neighbour on each side, the
    first and the last, and None for the gaps between ("…")."""
    if not articles.has_other_pages():
        return []
    links = []
    for number in articles.paginator.get_elided_page_range(articles.number, on_each_side=1, on_ends=1):
        if number == articles.paginator.ELLIPSIS:
            links.append(None)
            continue
        query = {"onderwerp": topic.slug, "pagina": number} if topic else {"pagina": number}
        links.append({"number": number, "url": f"?{urlencode(query)}", "current": number == articles.number})
    return links


class KnowledgeArticleQuerySet(PageQuerySet):
    def readable(self):
        """Articles every logged-in employee may read: published and without view restrictions."""
        return self.live().public()

    def review_due(self, today, within_days=0):
        """Live articles whose review date is on or before `today` plus `within_days` days."""
        return self.live().filter(review_date__lte=today + datetime.timedelta(days=within_days))


KnowledgeArticleManager = PageManager.from_queryset(KnowledgeArticleQuerySet)


class KnowledgeBaseIndexPage(IntranetPage):
    """The knowledge base's front door: its topics and articles."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge_base.KnowledgeArticlePage"]

    class Meta:
        verbose_name = _("knowledge base")

    def readable_article_ids(self):
        return KnowledgeArticlePage.objects.child_of(self).readable().values("pk")

    def topics_with_articles(self):
        """The topics of this knowledge base's readable articles, by name, each with
        ``article_count`` (one query)."""
        readable_ids = self.readable_article_ids()
        return (
            Topic.objects.annotate(
                article_count=Count("articles", filter=Q(articles__in=readable_ids), distinct=True)
            )
            .filter(article_count__gt=0)
            .order_by("name")
        )

    def topic_url(self, topic, request=None):
        """This page's address listing the articles of ``topic``."""
        return f"{self.get_url(request)}?{urlencode({'onderwerp': topic.slug})}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        readable_ids = self.readable_article_ids()
        topics = list(self.topics_with_articles())

        slug = request.GET.get("onderwerp", "").strip()
        current_topic = None
        if slug:
            current_topic = next((topic for topic in topics if topic.slug == slug), None)
            if current_topic is None:
                context["unknown_topic"] = slug
        listing = KnowledgeArticlePage.objects.filter(pk__in=readable_ids)
        if current_topic:
            listing = listing.filter(topics=current_topic)
        listing = listing.prefetch_related("topics").order_by("title")

        paginator = Paginator(listing, ARTICLES_PER_PAGE)
        articles = paginator.get_page(request.GET.get("pagina"))
        context.update(
            topics=topics,
            current_topic=current_topic,
            articles=articles,
            page_links=page_links(articles, current_topic),
        )
        return context


class KnowledgeArticlePage(RoutablePageMixin, IntranetPage):
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

    objects = KnowledgeArticleManager()

    class Meta:
        verbose_name = _("knowledge base article")
        verbose_name_plural = _("knowledge base articles")
        permissions = [("review_knowledgearticlepage", "Can mark knowledge base articles as reviewed")]

    def save(self, *args, **kwargs):
        # A published article always has a review date; an editor's own choice is kept.
        if self.live and self.review_date is None:
            self.review_date = self.default_review_date()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "review_date" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "review_date"]
        return super().save(*args, **kwargs)

    @property
    def reading_time(self):
        """Estimated minutes to read the summary and body; never less than one."""
        words = len(WORD_RE.findall(self.summary or ""))
        for text in _texts(self.body.raw_data):
            words += len(WORD_RE.findall(strip_tags(text)))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def body_with_anchors(self):
        """The body's blocks, each with the anchor id of its heading (None for other blocks)."""
        seen = set()
        result = []
        for block in self.body:
            anchor = None
            if block.block_type == "heading":
                base = slugify(block.value["text"]) or "sectie"
                anchor, number = base, 2
                while anchor in seen:
                    anchor, number = f"{base}-{number}", number + 1
                seen.add(anchor)
            result.append((block, anchor))
        return result

    @staticmethod
    def table_of_contents(blocks_with_anchors):
        return [
            {"anchor": anchor, "text": block.value["text"], "level": block.value["level"]}
            for block, anchor in blocks_with_anchors
            if anchor
        ]

    def related_articles(self, topics=None):
        """The editor's choice first, then readable articles sharing a topic; at most five.

        `topics` may pass this article's topics when the caller already loaded them.
        """
        chosen_ids = [link.article_id for link in self.related_links.all()]
        readable = KnowledgeArticlePage.objects.readable().exclude(pk=self.pk)
        chosen = readable.in_bulk(chosen_ids) if chosen_ids else {}
        related = []
        for pk in chosen_ids:
            if pk in chosen and chosen[pk] not in related:
                related.append(chosen[pk])
        related = related[:MAX_RELATED_ARTICLES]
        room = MAX_RELATED_ARTICLES - len(related)
        if room > 0:
            topic_ids = [topic.pk for topic in (self.topics.all() if topics is None else topics)]
            if topic_ids:
                # The candidates: the newest articles of each topic, one short query per topic
                # (page id descending, which the database reads along an index and stops).
                # Ranking every article of the topics grew with them (about 12,500 per topic at
                # 100,000 articles), and so did one query with a subquery per topic: PostgreSQL
                # then tested every article of the topics against each subquery.
                candidate_ids = set()
                for topic_id in topic_ids:
                    newest = readable.filter(topics=topic_id).order_by("-pk").values_list("pk", flat=True)
                    candidate_ids.update(newest[:RELATED_CANDIDATES_PER_TOPIC])
                # Two steps: rank the ids, then read the few articles (narrow rows to group).
                automatic_ids = list(
                    readable.filter(pk__in=candidate_ids, topics__in=topic_ids)
                    .exclude(pk__in=[article.pk for article in related])
                    .values("pk")
                    .annotate(shared_topics=Count("pk"))
                    .order_by("-shared_topics", "-last_published_at", "title")
                    .values_list("pk", flat=True)[:room]
                )
                automatic = readable.in_bulk(automatic_ids)
                related.extend(automatic[pk] for pk in automatic_ids if pk in automatic)
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the article fragment is usually cached (see the template), and then needs none of them.
        topics = SimpleLazyObject(lambda: list(self.topics.all()))
        blocks_with_anchors = SimpleLazyObject(self.body_with_anchors)
        context.update(
            topics=topics,
            breadcrumbs=SimpleLazyObject(lambda: list(self.get_ancestors().filter(depth__gt=1))),
            body_blocks=blocks_with_anchors,
            toc=SimpleLazyObject(lambda: self.table_of_contents(blocks_with_anchors)),
            related_articles=SimpleLazyObject(lambda: self.related_articles(topics)),
        )
        page_url = self.get_url(request)
        # A preview of a page that is not saved yet has no address to send feedback to.
        context["feedback_url"] = page_url + self.reverse_subpage("feedback") if page_url else ""
        if "feedback_form" not in context:
            own = None
            if self.pk and request.user.is_authenticated:
                own = ArticleFeedback.objects.own_answer(self, request.user)
            context["own_feedback"] = own
            context["feedback_form"] = FeedbackForm(
                initial={"useful": "yes" if own.useful else "no", "comment": own.comment} if own else None
            )
        return context

    @path("nuttig/", name="feedback")
    def feedback_view(self, request):
        """Store the reader's "Was dit nuttig?" answer (POST only); bad input shows the article
        again with the errors."""
        if request.method != "POST":
            return redirect(self.get_url(request))
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Your feedback was not saved: please correct the form."))
            response = self.render(request, context_overrides={"feedback_form": form})
            response.status_code = 400
            return response
        _answer, created = ArticleFeedback.objects.record(
            self, request.user, form.cleaned_useful(), form.cleaned_data["comment"]
        )
        if created:
            messages.success(request, _("Thank you for your feedback."))
        else:
            messages.success(request, _("Your feedback has been updated."))
        return redirect(self.get_url(request) + "#nuttig")

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


def _texts(raw):
    """Every string inside a StreamField's raw data (text, rich text, titles)."""
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, Mapping):
        for key, value in raw.items():
            if key not in {"type", "id", "level", "kind", "video"}:
                yield from _texts(value)
    elif isinstance(raw, Sequence):
        for item in raw:
            yield from _texts(item)


class ArticleFeedbackQuerySet(models.QuerySet):
    def record(self, article, user, useful, comment=""):
        """Store ``user``'s vote on ``article``, replacing an earlier vote of theirs.

        Returns the answer and whether it was new (False when the vote changed).
        """
        with transaction.atomic():
            return self.update_or_create(
                article=article, user=user, defaults={"useful": useful, "comment": comment.strip()}
            )

    def own_answer(self, article, user):
        """``user``'s answer for ``article``, or None: one lookup on the (article, user) unique index.

        Every article view of every reader asks it, so it is one statement written out rather
        than built with the ORM, which took longer than the database's answer
        (docs/architecture.md).
        """
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, useful, comment FROM {table} WHERE article_id = %s AND user_id = %s",
                [article.pk, user.pk],
            )
            row = cursor.fetchone()
        if row is None:
            return None
        pk, useful, comment = row
        return self.model(pk=pk, article=article, user=user, useful=bool(useful), comment=comment)


class ArticleFeedback(models.Model):
    """One employee's answer to "Was dit nuttig?" for one article; they may change it."""

    article = models.ForeignKey(
        KnowledgeArticlePage, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("article")
    )
    # Empty once the answer is anonymised (knowledge_base.privacy); the vote still counts. Two
    # empty users never clash in the unique constraint: NULLs are distinct.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
        verbose_name=_("user"),
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("article feedback")
        verbose_name_plural = _("article feedback")
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="one_feedback_per_user_per_article")
        ]

    def __str__(self):
        return f"{self.article_id}: {'+' if self.useful else '-'}"
