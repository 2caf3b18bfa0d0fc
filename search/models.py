"""Editor-managed synonyms, the vocabulary for suggestions and anonymous query statistics."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import NullIf
from django.utils.translation import gettext_lazy as _

from search.text import clean_query, stem


class SynonymQuerySet(models.QuerySet):
    def term_groups(self):
        """Every synonym group as a list of cleaned terms ("microsoft 365", "m365")."""
        return [synonym.term_list() for synonym in self.only("terms")]


class Synonym(models.Model):
    """Words and phrases that mean the same: a search for one also finds the others."""

    terms = models.CharField(
        _("terms"),
        max_length=500,
        help_text=_(
            "Words, abbreviations or phrases that mean the same, separated by commas, "
            "e.g. “M365, Microsoft 365”. Applies in both directions."
        ),
    )

    objects = SynonymQuerySet.as_manager()

    class Meta:
        ordering = ["terms"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.terms

    def term_list(self):
        seen = []
        for term in self.terms.split(","):
            cleaned = clean_query(term)
            if cleaned and cleaned not in seen:
                seen.append(cleaned)
        return seen

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Enter at least two different terms, separated by commas.")})
        self.terms = ", ".join(term.strip() for term in self.terms.split(",") if term.strip())


class IndexedWord(models.Model):
    """A word that occurs in live, public searchable pages; the source of "Did you mean".

    ``frequency`` counts the pages that contain the word.
    """

    word = models.CharField(_("word"), max_length=100, unique=True)
    stem = models.CharField(_("stem"), max_length=100, db_index=True)
    length = models.PositiveSmallIntegerField(_("length"), db_index=True)
    frequency = models.PositiveIntegerField(_("frequency"), default=0)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")

    def __str__(self):
        return self.word

    @classmethod
    def build(cls, word, frequency=1):
        return cls(word=word, stem=stem(word), length=len(word), frequency=frequency)


class PageWords(models.Model):
    """The distinct words one live page contributed to the vocabulary (to undo on unpublish)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    words = models.TextField(blank=True)

    class Meta:
        verbose_name = _("page words")
        verbose_name_plural = _("page words")

    def __str__(self):
        return f"page {self.page_id}"

    def word_set(self):
        return set(self.words.split())


class QueryStatisticQuerySet(models.QuerySet):
    def between(self, start=None, end=None):
        queryset = self
        if start:
            queryset = queryset.filter(date__gte=start)
        if end:
            queryset = queryset.filter(date__lte=end)
        return queryset

    def per_query(self):
        """One row per query with searches, zero-result searches, clicks and click-through rate."""
        return (
            self.values("query")
            .annotate(
                total_searches=models.Sum("searches"),
                total_zero_results=models.Sum("zero_result_searches"),
                total_clicks=models.Sum("clicks"),
                # No click-through (NULL) for a query that was only clicked, never searched, in
                # the period (a results page opened the day before): PostgreSQL refuses x / 0.
                click_through=models.ExpressionWrapper(
                    100.0 * models.Sum("clicks") / NullIf(models.Sum("searches"), 0),
                    output_field=models.FloatField(),
                ),
            )
            .order_by("-total_searches", "query")
        )


class QueryStatistic(models.Model):
    """How often a query was searched on one day; deliberately holds no user identity."""

    query = models.CharField(_("query"), max_length=200)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)
    clicks = models.PositiveIntegerField(_("clicks"), default=0)

    objects = QueryStatisticQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="unique_query_per_day")]
        ordering = ["-date", "query"]
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")

    def __str__(self):
        return f"{self.query} ({self.date})"
