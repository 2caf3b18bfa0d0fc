"""Turn what an employee typed into a search query that also finds the editors' synonyms."""

from modelsearch.query import And, Or, Phrase, PlainText

from search.models import Synonym
from search.text import stem, words


def _stem_key(text):
    return tuple(stem(word) for word in words(text))


def expand(query, groups=None):
    """The search query for a cleaned query string, with synonym groups applied.

    Every word or phrase of the query that is one of a group's terms (compared by stem, the
    longest term first) becomes "this term OR any other term of the group"; multi-word terms
    are searched as phrases. Returns ``(search_query, alternatives)`` where ``alternatives``
    lists the synonyms that were added (for the highlight and the page). ``groups`` defaults
    to the editors' synonyms (one query).
    """
    if groups is None:
        groups = Synonym.objects.term_groups()
    query_words = words(query)
    lookup = {}
    for group in groups:
        for term in group:
            lookup.setdefault(_stem_key(term), set()).update(group)
    if not lookup:
        return PlainText(query), []

    longest = max(len(key) for key in lookup)
    query_stems = [stem(word) for word in query_words]
    parts, plain, alternatives = [], [], []
    position = 0
    while position < len(query_words):
        for size in range(min(longest, len(query_words) - position), 0, -1):
            group = lookup.get(tuple(query_stems[position : position + size]))
            if group:
                break
        else:
            plain.append(query_words[position])
            position += 1
            continue
        typed = " ".join(query_words[position : position + size])
        others = sorted(term for term in group if _stem_key(term) != _stem_key(typed))
        alternatives.extend(others)
        parts.append(Or([_term_query(term) for term in [typed, *others]]))
        position += size

    if not parts:
        return PlainText(query), []
    if plain:
        parts.insert(0, PlainText(" ".join(plain)))
    return (parts[0] if len(parts) == 1 else And(parts)), alternatives


def _term_query(term):
    return Phrase(term) if len(term.split()) > 1 else PlainText(term)
