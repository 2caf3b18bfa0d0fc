"""From a cleaned query string to the query the search backends run.

A query is a list of *slots*, one per thing the employee asked for: a content word (stop words
are left out, see ``search.analysis``), an editor's synonym group, or two or three words that
the site's vocabulary knows as one compound. Each slot is a small tree of ``Term`` and
``Phrase`` nodes:

- a word: any of its terms ("aangevraagd" also as "aanvragen"), or, when the vocabulary
  knows all its parts, those parts together ("reiskostenvergoeding" also as "reiskosten" and
  "vergoeding", with the linking -s- or -e- between parts);
- adjacent words the vocabulary knows joined ("fiets plan" also as "fietsplan");
- a synonym group: any of its terms, multi-word terms as phrases.

``strict`` asks for every slot; ``relaxed`` for the slots that carry most of the query's
weight (rare words weigh more), for questions and long queries where not every word is in
the wanted article.
"""

import itertools
import math
import re
from dataclasses import dataclass, field

from modelsearch.query import And, Or, Phrase, PlainText

from search import vocabulary
from search.analysis import STOP_WORDS, content_words, word_terms
from search.models import Synonym
from search.text import stem, words

# Compound parts shorter than this are not looked for ("ver", "de").
MIN_PART_LENGTH = 3
# Words shorter than this are not split.
MIN_SPLIT_LENGTH = 7
# Letters that may join two parts of a Dutch compound: reis-kosten, koffie-s-pauze, pann-e-koek.
LINKING_LETTERS = "se"
# Letters and digits written together: "microsoft365", "win11".
LETTERS_OR_DIGITS_RE = re.compile(r"[^\W\d_]+|\d+")
# A relaxed query with more combinations than this asks for any of its slots instead.
MAX_COMBINATIONS = 120


class Term(PlainText):
    """One analysed index term (see ``search.analysis``): the backends search for it as it is."""

    def __init__(self, term):
        super().__init__(term)


class AnalysedPhrase(Phrase):
    """Index terms that must follow each other (their words' primary stems)."""


def word_query(word):
    terms = word_terms(word)
    return Term(terms[0]) if len(terms) == 1 else Or([Term(term) for term in terms])


def phrase_query(text):
    stems = [stem(word) for word in words(text)]
    if len(stems) == 1:
        return word_query(words(text)[0])
    return AnalysedPhrase(" ".join(stems))


def analysed(query):
    """A query tree with every raw ``PlainText`` and ``Phrase`` replaced by index terms."""
    if isinstance(query, (Term, AnalysedPhrase)):
        return query
    if isinstance(query, PlainText):
        parts = [word_query(word) for word in words(query.query_string)]
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return And(parts) if query.operator == "and" else Or(parts)
    if isinstance(query, Phrase):
        return phrase_query(query.query_string) if words(query.query_string) else None
    if isinstance(query, (And, Or)):
        parts = [part for part in (analysed(sub) for sub in query.subqueries) if part is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else type(query)(parts)
    return query


@dataclass
class Plan:
    """What a query string asks for."""

    slots: list = field(default_factory=list)
    # The typed words each slot stands for (to weigh the slot by how rare they are).
    slot_words: list = field(default_factory=list)
    # Synonyms added to what was typed (for the highlight and the page).
    alternatives: list = field(default_factory=list)
    # Words of the query that the vocabulary explains as compounds (not typos).
    compounds: set = field(default_factory=set)

    def add(self, slot, slot_words):
        self.slots.append(slot)
        self.slot_words.append(list(slot_words))

    def strict(self):
        if not self.slots:
            return None
        return self.slots[0] if len(self.slots) == 1 else And(self.slots)

    def relaxed(self, weights, share):
        """Pages that match slots worth at least ``share`` of the query's weight, or None.

        ``weights``: one per slot, higher for rarer words (see ``rarity_weights``), so a
        question's rare word ("zwangerschapsverlof") counts for more than its common ones
        ("lang", "duurt"). The query asks for any of the smallest sets of slots that reach
        the share; None where that is just the strict query.
        """
        count = len(self.slots)
        if count < 2 or not any(weights):
            return None
        needed = share * sum(weights)
        minimal = []
        for size in range(1, count + 1):
            for subset in itertools.combinations(range(count), size):
                if sum(weights[index] for index in subset) < needed:
                    continue
                if any(set(smaller) <= set(subset) for smaller in minimal):
                    continue
                minimal.append(subset)
                if len(minimal) > MAX_COMBINATIONS:
                    return Or(self.slots)
        if minimal == [tuple(range(count))]:
            return None
        parts = [self._all_of(subset) for subset in minimal]
        return parts[0] if len(parts) == 1 else Or(parts)

    def _all_of(self, indexes):
        return self.slots[indexes[0]] if len(indexes) == 1 else And([self.slots[i] for i in indexes])


def rarity_weights(planned, frequencies, pages):
    """A weight per slot: log(pages / pages with the slot's rarest word).

    ``frequencies``: word -> how many searchable pages contain it (the vocabulary's count).
    A slot none of whose words any page contains weighs nothing: it cannot match, so it
    should not make the others have to.
    """
    weights = []
    for slot_words in planned.slot_words:
        found = [frequencies[word] for word in slot_words if frequencies.get(word)]
        weights.append(math.log((pages + 1) / min(found)) if found else 0.0)
    return weights


def plan(query, groups=None, known_words=vocabulary.known_words):
    """The slots of a cleaned query string.

    ``groups``: synonym groups (default: the editors'); ``known_words``: which of some words the
    searchable pages contain (default: the vocabulary, one query).
    """
    if groups is None:
        groups = Synonym.objects.term_groups()
    query_words = content_words(words(query))
    result = Plan()

    lookup = {}
    for group in groups:
        for term in group:
            lookup.setdefault(_stem_key(term), set()).update(group)
    longest = max((len(key) for key in lookup), default=0)
    query_stems = [stem(word) for word in query_words]

    runs, run = [], []  # runs of adjacent plain words (between synonym slots)
    position = 0
    while position < len(query_words):
        for size in range(min(longest, len(query_words) - position), 0, -1):
            group = lookup.get(tuple(query_stems[position : position + size]))
            if group:
                break
        else:
            run.append(query_words[position])
            position += 1
            continue
        if run:
            runs.append(run)
            run = []
        typed = " ".join(query_words[position : position + size])
        others = sorted(term for term in group if _stem_key(term) != _stem_key(typed))
        result.alternatives.extend(others)
        runs.append(
            (Or([phrase_query(term) for term in [typed, *others]]), query_words[position : position + size])
        )
        position += size
    if run:
        runs.append(run)

    plain = [word for item in runs if isinstance(item, list) for word in item]
    known = known_words(_compound_candidates(plain))
    for item in runs:
        if isinstance(item, list):
            for slot, slot_words in _word_slots(item, known, result.compounds):
                result.add(slot, slot_words)
        else:
            result.add(*item)
    return result


def _stem_key(text):
    return tuple(stem(word) for word in words(text))


def _joins(first, second):
    return [first + second] + [first + letter + second for letter in LINKING_LETTERS]


def _compound_candidates(plain_words):
    """Every joined form and every possible part of the words, to look up in one query."""
    candidates = set()
    for first, second in itertools.pairwise(plain_words):
        candidates.update(_joins(first, second))
    for first, second, third in zip(plain_words, plain_words[1:], plain_words[2:], strict=False):
        candidates.add(first + second + third)
    for word in plain_words:
        if len(word) >= MIN_SPLIT_LENGTH and word.isalpha():
            for start in range(len(word)):
                for end in range(start + MIN_PART_LENGTH, len(word) + 1):
                    if end - start < len(word):
                        candidates.add(word[start:end])
    return candidates


def _split(word, known):
    """The fewest known parts that make up ``word`` (with linking letters), or None."""
    best = {0: []}  # position in the word -> the fewest parts that reach it
    for start in range(len(word)):
        if start not in best:
            continue
        for end in range(start + MIN_PART_LENGTH, len(word) + 1):
            part = word[start:end]
            if part == word or part not in known or part in STOP_WORDS:
                continue
            parts = [*best[start], part]
            following = [end]
            if end + 1 < len(word) and word[end] in LINKING_LETTERS:
                following.append(end + 1)
            for position in following:
                if position not in best or len(parts) < len(best[position]):
                    best[position] = parts
    parts = best.get(len(word))
    return parts if parts and len(parts) > 1 else None


def _word_slots(run, known, compounds):
    """Slots for adjacent plain words: each word, with its parts, joined where known."""
    slots = []
    position = 0
    while position < len(run):
        joined = None
        if position + 2 < len(run) and "".join(run[position : position + 3]) in known:
            joined, size = "".join(run[position : position + 3]), 3
        elif position + 1 < len(run):
            joined = next((form for form in _joins(run[position], run[position + 1]) if form in known), None)
            size = 2
        if joined:
            together = And([_single(word, known, compounds)[0] for word in run[position : position + size]])
            slots.append((Or([together, word_query(joined)]), [*run[position : position + size], joined]))
            compounds.update(run[position : position + size])
            position += size
            continue
        slots.append(_single(run[position], known, compounds))
        position += 1
    return slots


def _single(word, known, compounds):
    """The slot of one word, and the words it stands for (the word and any parts)."""
    query = word_query(word)
    pieces = LETTERS_OR_DIGITS_RE.findall(word)
    if len(pieces) > 1:  # "microsoft365" for "Microsoft 365"
        compounds.add(word)
        return Or([query, AnalysedPhrase(" ".join(stem(piece) for piece in pieces))]), [word, *pieces]
    parts = _split(word, known) if len(word) >= MIN_SPLIT_LENGTH and word.isalpha() else None
    if not parts:
        return query, [word]
    compounds.add(word)
    return Or([query, And([word_query(part) for part in parts])]), [word, *parts]
