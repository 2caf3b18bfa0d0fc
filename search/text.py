"""Words, stems and query clean-up shared by the backend, the view and the vocabulary.

Kept free of database access so the SQLite backend can use it while indexing.
"""

import functools
import re

import snowballstemmer

# A word: letters and digits (Unicode aware), so "M365", "Belbin" and "één" are words and
# FTS operators, quotes and punctuation never reach the search engine.
WORD_RE = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12

_stemmer = snowballstemmer.stemmer("dutch")


def words(text):
    """The lower-cased words of a text, in order."""
    return [word.lower() for word in WORD_RE.findall(text or "") if word.strip("_")]


@functools.lru_cache(maxsize=50_000)
def stem(word):
    """The Dutch Snowball stem of one (lower-cased) word."""
    return _stemmer.stemWord(word.lower())


def clean_query(raw):
    """The query as the site searches for it: at most MAX_QUERY_WORDS words, no operators.

    Returns an empty string when nothing searchable is left (only punctuation, quotes ...).
    """
    return " ".join(words((raw or "")[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS])
