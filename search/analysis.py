"""One analysis of Dutch text for the search index and for queries, on every database.

The databases do not decide what a word is: SQLite has no Dutch at all and PostgreSQL's
``dutch`` configuration stems differently from Python's Snowball (and from the vocabulary the
spelling suggestions use). So the index stores, and the queries ask for, the *terms* made here:

- every word's Snowball stem (``search.text.stem``), in the order of the text, so phrases work;
- after the text, the extra terms of words a stemmer alone does not bring together:
  the stem of the word's dictionary form (``simplemma``: "aangevraagd" -> "aanvragen",
  "beoordeeld" -> "beoordelen", "fiets" -> "fietsen") and hyphenated words joined
  ("dienst-auto" also as "dienstauto", its parts being words of their own already).

A query word matches a document when one of its terms (``word_terms``) is one of the
document's terms. Stop words are left out of queries (not of the index, so a title of only
common words can still be found when that is all that is typed).
"""

import functools
import re

import simplemma

from search.text import stem, words

# A word joined to the next by a hyphen: "dienst-auto", "e-mail", "HR-gesprekscyclus".
HYPHENATED_RE = re.compile(r"\w+(?:-\w+)+", re.UNICODE)

# Words that say nothing about what is looked for, as employees type them in questions
# ("hoe vraag ik een nieuwe laptop aan", "wie is mijn aanspreekpunt voor ..."): articles,
# pronouns, prepositions, conjunctions, auxiliary verbs and question words.
STOP_WORDS = frozenset(
    # a paragraph of words reads better than a hundred quoted ones
    """
    aan af al alle alles als altijd ander andere bij ben bent daar daarna dan dat de deze die dit
    doe doen doet door dus een eens en er ga gaan gaat had heb hebben heeft hem het hier hij hoe hun
    ik in is je jij jou jouw kan kun kunnen kunt maar me meer met mij mijn moet moeten na naar niet
    niets nog nu of om omdat ons onze ook op over te tegen toch tot u uit uw van veel voor waar
    waarom wanneer wat we wel welk welke werd wie wij wil willen word worden wordt zal ze zich zij
    zijn zo zonder zou zullen mag mogen iets iemand even graag eigenlijk
    """.split()  # noqa: SIM905
)

# simplemma guesses a form for words it does not know (names, abbreviations, compounds);
# below this length its guesses are more often wrong than helpful.
MIN_LEMMA_LENGTH = 4


def load_dictionary():
    """Load simplemma's Dutch data now (about 1–2 s) rather than in a visitor's first search."""
    lemma.cache_clear()
    lemma("woorden")


@functools.lru_cache(maxsize=100_000)
def lemma(word):
    """The dictionary form of a (lower-cased) Dutch word, or the word itself."""
    if len(word) < MIN_LEMMA_LENGTH or not word.isalpha():
        return word
    return simplemma.lemmatize(word, lang="nl").lower()


@functools.lru_cache(maxsize=100_000)
def word_terms(word):
    """The index terms of one lower-cased word: its stem first, then its dictionary form's stem."""
    primary = stem(word)
    alternative = stem(lemma(word))
    return (primary,) if alternative == primary else (primary, alternative)


def index_text(text):
    """Text as the index stores it: the terms of its words separated by spaces.

    The stems come in the order of the text (phrase queries match adjacent stems), the extra
    terms follow at the end, each once.
    """
    text = text or ""
    primary, extra = [], {}
    for word in words(text):
        terms = word_terms(word)
        primary.append(terms[0])
        for term in terms[1:]:
            extra.setdefault(term)
    for match in HYPHENATED_RE.finditer(text):
        joined = "".join(words(match.group()))
        for term in word_terms(joined):
            extra.setdefault(term)
    return " ".join(primary + list(extra))


def content_words(query_words):
    """The query words that say what is looked for: stop words out, unless nothing would be left."""
    kept = [word for word in query_words if word not in STOP_WORDS]
    return kept or list(query_words)
