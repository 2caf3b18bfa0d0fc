"""Search result snippets with the matched words in <mark>, stem aware, everything else escaped."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import WORD_RE, stem

SNIPPET_WORDS = 30
WORDS_BEFORE_MATCH = 6


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


def snippet(text, targets, length=SNIPPET_WORDS):
    """About ``length`` words of ``text`` around the first match, as safe HTML."""
    matches = list(WORD_RE.finditer(text or ""))
    if not matches:
        return mark_safe("")
    first = next((i for i, m in enumerate(matches) if is_match(m.group(), targets)), 0)
    start_index = max(0, first - WORDS_BEFORE_MATCH) if first >= length - WORDS_BEFORE_MATCH else 0
    end_index = min(len(matches), start_index + length)
    start = matches[start_index].start()
    end = matches[end_index - 1].end() if end_index < len(matches) else len(text)

    html, cursor = [], start
    for match in matches[start_index:end_index]:
        html.append(escape(text[cursor : match.start()]))
        word = escape(match.group())
        html.append(f"<mark>{word}</mark>" if is_match(match.group(), targets) else word)
        cursor = match.end()
    html.append(escape(text[cursor:end]))
    prefix = "… " if start_index > 0 else ""
    suffix = " …" if end_index < len(matches) else ""
    return mark_safe(prefix + "".join(html).strip() + suffix)
