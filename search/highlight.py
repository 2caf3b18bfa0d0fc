"""Search result snippets with the matched words in <mark>, stem aware, everything else escaped."""

import re
from collections import deque
from html import escape
from itertools import islice

from django.utils.safestring import mark_safe

from search.text import WORD_RE, stem

SNIPPET_WORDS = 30
WORDS_BEFORE_MATCH = 6
# A snippet may start this many words before the match when a sentence (or a block) starts there.
WORDS_BEFORE_MATCH_IN_SENTENCE = 12
# The end of a sentence, or the boundary between two blocks of a page (search.registry).
SENTENCE_END_RE = re.compile(r"[.!?…:;]\s|\n")
# How a boundary between blocks (a heading and its text) shows in a snippet.
BLOCK_DIVIDER = " · "
# Look for a hit in this much text at most; beyond it the snippet shows the start.
MAX_SCAN_CHARACTERS = 20_000
# A snippet ends at most this far after the scanned text (SNIPPET_WORDS words and one more).
MAX_TAIL_CHARACTERS = 2_000


def is_match(word, targets):
    lowered = word.lower()
    return lowered in targets or stem(lowered) in targets


def targets_for(query_words):
    """The word forms and stems a snippet highlights for these query words."""
    targets = set()
    for word in query_words:
        targets.add(word)
        targets.add(stem(word))
    return targets


def snippet_source(text):
    """The part of ``text`` a snippet can show: what is worth keeping of a long text."""
    return (text or "")[: MAX_SCAN_CHARACTERS + MAX_TAIL_CHARACTERS]


def _window(text, targets, length):
    """About ``length`` word matches around the first hit (or from the start), reading no further."""
    words = WORD_RE.finditer(text, 0, MAX_SCAN_CHARACTERS)
    before = deque(maxlen=WORDS_BEFORE_MATCH_IN_SENTENCE)
    head = []
    for match in words:
        if is_match(match.group(), targets):
            # A hit near the start keeps the start; a later one gets a few words of context,
            # from the start of its sentence when that is near.
            if len(head) < length - WORDS_BEFORE_MATCH:
                window = [*head, match]
            else:
                window = [*_sentence_start(text, before, match), match]
            window.extend(islice(words, length - len(window)))
            return window, bool(head) and head[0].start() < window[0].start()
        before.append(match)
        if len(head) < length:
            head.append(match)
    return head, False


def _sentence_start(text, before, match):
    """The words of ``before`` from the last sentence start before ``match``, or the last few."""
    words = list(before)
    if not words:
        return words
    boundaries = list(SENTENCE_END_RE.finditer(text, words[0].start(), match.start()))
    if not boundaries:
        return words[-WORDS_BEFORE_MATCH:]
    return [word for word in words if word.start() >= boundaries[-1].end()]


def snippet(text, targets, length=SNIPPET_WORDS):
    """About ``length`` words of ``text`` around the first match, as safe HTML."""
    text = text or ""
    window, cut_before = _window(text, targets, length)
    if not window:
        return mark_safe("")
    start = window[0].start()
    following = WORD_RE.search(text, window[-1].end())
    end = window[-1].end() if following else len(text.rstrip())

    # Escape the text between marked words in one piece (html.escape is what Django's
    # escape() calls, without its lazy-string wrapper).
    html, cursor = [], start
    for match in window:
        if is_match(match.group(), targets):
            html.append(_between(text[cursor : match.start()]))
            html.append(f"<mark>{escape(match.group())}</mark>")
            cursor = match.end()
    html.append(_between(text[cursor:end]))
    prefix = "… " if cut_before else ""
    suffix = " …" if following else ""
    return mark_safe(prefix + "".join(html).strip() + suffix)


def _between(text):
    return escape(text).replace("\n", BLOCK_DIVIDER)
