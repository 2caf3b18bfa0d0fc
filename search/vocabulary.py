"""The words of live, public searchable pages, and "Did you mean" suggestions from them.

Kept in our own tables so suggestions work the same on every database. Publishing adds a
page's words, unpublishing or deleting removes them, and ``manage.py update_search_vocabulary``
rebuilds everything (after imports or ``update_index``).
"""

import difflib
from collections import Counter

from django.db import transaction
from django.db.models import F, Q

from search import registry
from search.analysis import STOP_WORDS
from search.models import IndexedWord, PageWords
from search.text import stem, words

MIN_WORD_LENGTH = 3
MAX_WORD_LENGTH = 40
SIMILARITY_CUTOFF = 0.74  # "mindfulnes" for "mindfullness" scores 0.82
# Candidates are read from the database by length; this bounds the work per suggestion.
MAX_CANDIDATES = 20_000


def vocabulary_words(text):
    return {
        word for word in words(text) if MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH and not word.isdigit()
    }


def page_text(page):
    entry = registry.get(type(page))
    if entry is None:
        return ""
    return f"{page.title} {entry.text(page)}"


def is_searchable(page):
    return registry.get(type(page)) is not None and page.live and not page.get_view_restrictions().exists()


def _change_frequency(word_list, delta):
    if word_list:
        IndexedWord.objects.filter(word__in=word_list).update(frequency=F("frequency") + delta)


@transaction.atomic
def refresh_page(page):
    """Bring the vocabulary in line with one page (after publish, unpublish or a move)."""
    page = page.specific
    record = PageWords.objects.filter(page_id=page.pk).first()
    old = record.word_set() if record else set()
    new = vocabulary_words(page_text(page)) if is_searchable(page) else set()

    added, removed = sorted(new - old), sorted(old - new)
    if added:
        existing = set(IndexedWord.objects.filter(word__in=added).values_list("word", flat=True))
        IndexedWord.objects.bulk_create(
            [IndexedWord.build(word, frequency=0) for word in added if word not in existing],
            ignore_conflicts=True,
        )
        _change_frequency(added, +1)
    if removed:
        _change_frequency(removed, -1)
        IndexedWord.objects.filter(word__in=removed, frequency__lte=0).delete()

    if new:
        PageWords.objects.update_or_create(page_id=page.pk, defaults={"words": " ".join(sorted(new))})
    elif record:
        record.delete()


@transaction.atomic
def forget_page(page_id):
    record = PageWords.objects.filter(page_id=page_id).first()
    if record:
        removed = sorted(record.word_set())
        _change_frequency(removed, -1)
        IndexedWord.objects.filter(word__in=removed, frequency__lte=0).delete()
        record.delete()


@transaction.atomic
def rebuild(batch_size=500):
    """Recompute the whole vocabulary from the live, public pages of the registered types.

    Returns ``(pages, words)``: how many pages and distinct words were indexed.
    """
    PageWords.objects.all().delete()
    IndexedWord.objects.all().delete()
    counts = Counter()
    page_rows = []
    pages = 0
    for entry in registry.searchable_types():
        queryset = entry.model.objects.live().public().order_by("pk")
        for page in queryset.iterator(chunk_size=batch_size):
            page_words = vocabulary_words(page_text(page))
            if not page_words:
                continue
            pages += 1
            counts.update(page_words)
            page_rows.append(PageWords(page_id=page.pk, words=" ".join(sorted(page_words))))
    PageWords.objects.bulk_create(page_rows, batch_size=batch_size)
    IndexedWord.objects.bulk_create(
        [IndexedWord.build(word, frequency) for word, frequency in counts.items()],
        batch_size=batch_size,
    )
    return pages, len(counts)


# Parts shorter than this only count as known when written exactly as in a text.
MIN_STEM_MATCH_LENGTH = 5


def known_words(candidates):
    """The candidates that occur in the searchable pages, as written or (longer ones) by stem."""
    candidates = set(candidates)
    if not candidates:
        return set()
    by_stem = {stem(word) for word in candidates if len(word) >= MIN_STEM_MATCH_LENGTH}
    rows = IndexedWord.objects.filter(Q(word__in=candidates) | Q(stem__in=by_stem))
    rows = rows.values_list("word", "stem")
    found_words, found_stems = set(), set()
    for word, word_stem in rows:
        found_words.add(word)
        found_stems.add(word_stem)
    return {
        word
        for word in candidates
        if word in found_words or (len(word) >= MIN_STEM_MATCH_LENGTH and stem(word) in found_stems)
    }


def page_frequencies(query_words):
    """How many searchable pages contain each word (in any form with its stem), and how many
    pages the vocabulary holds: ``({word: pages}, pages)``, in two queries."""
    stems = {stem(word) for word in query_words}
    by_stem = {}
    for word_stem, frequency in IndexedWord.objects.filter(stem__in=stems).values_list("stem", "frequency"):
        by_stem[word_stem] = max(frequency, by_stem.get(word_stem, 0))
    frequencies = {word: by_stem[stem(word)] for word in query_words if stem(word) in by_stem}
    return frequencies, PageWords.objects.count()


def suggest(query, explained=()):
    """A corrected query when some of its words are unknown, else ``None``.

    Each unknown word (no indexed word shares its stem) is replaced by the most similar
    indexed word (difflib ratio, ties to the more frequent word). Two queries at most.
    ``explained``: words known otherwise (compounds of known parts), never corrected.
    """
    query_words = words(query)
    if not query_words:
        return None
    stems = {stem(word) for word in query_words}
    known = set(IndexedWord.objects.filter(stem__in=stems).values_list("stem", flat=True))
    unknown = [
        word
        for word in query_words
        if stem(word) not in known
        and word not in explained
        and word not in STOP_WORDS
        and len(word) >= MIN_WORD_LENGTH
        and not word.isdigit()
    ]
    if not unknown:
        return None

    lengths = [len(word) for word in unknown]
    candidates = list(
        IndexedWord.objects.filter(length__gte=min(lengths) - 2, length__lte=max(lengths) + 2)
        .order_by("-frequency", "word")
        .values_list("word", "frequency")[:MAX_CANDIDATES]
    )
    replacements = {}
    for word in set(unknown):
        best = _closest(word, candidates)
        if best:
            replacements[word] = best
    if not replacements:
        return None
    return " ".join(replacements.get(word, word) for word in query_words)


def _closest(word, candidates):
    matcher = difflib.SequenceMatcher(b=word, autojunk=False)
    best, best_score = None, SIMILARITY_CUTOFF
    for candidate, _frequency in candidates:  # most frequent first: ties keep the common word
        if abs(len(candidate) - len(word)) > 2:
            continue
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() > best_score
            and matcher.quick_ratio() > best_score
            and matcher.ratio() > best_score
        ):
            best, best_score = candidate, matcher.ratio()
    return best
