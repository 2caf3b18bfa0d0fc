"""What the results list shows of each page: title, address, type, snippet and date.

Reading the specific pages and their StreamField text costs more than the rest of a search, so
what a result shows of a page except its snippet is kept per process and content version
(``intranet.memo.VersionedMemo``); the snippet depends on the query and is made every time.
"""

from dataclasses import dataclass

from intranet import routing
from intranet.memo import VersionedMemo
from intranet.models import ContentVersion
from search import registry
from search.analysis import content_words
from search.highlight import snippet, snippet_source, targets_for
from search.text import words

# (page id, site id) -> what the result shows of the page, per content version.
_cards = VersionedMemo(max_entries=1_000)


@dataclass
class Result:
    pk: int
    title: str
    url: str
    type: str
    snippet: str
    date: object


def result_list(listed, types, query, alternatives, request=None):
    """The results of the listed pages, in the given order.

    ``listed`` holds ``(page id, content type id)`` of live, public pages. The pages not
    remembered yet are read as their specific type, one query per type on the list
    (``specific()`` would read every base page first).
    """
    if not listed:
        return []
    version = ContentVersion.for_request(request)
    site = routing.site_for_request(request) if request is not None else None
    site_id = site.pk if site is not None else None
    cards = {pk: _cards.get(version, (pk, site_id)) for pk, _content_type_id in listed}
    missing = {}
    for pk, content_type_id in listed:
        if cards[pk] is None and content_type_id in types:
            missing.setdefault(content_type_id, []).append(pk)
    for content_type_id, ids in missing.items():
        for page in types[content_type_id].model._default_manager.filter(pk__in=ids):
            entry = registry.get(type(page))
            if entry is None:
                continue
            cards[page.pk] = card = {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(entry.label),
                "text": snippet_source(entry.text(page)),
                "date": page.last_published_at,
            }
            _cards.set(version, (page.pk, site_id), card)

    # the words searched for: stop words of a question ("hoe", "een") are not marked
    searched = content_words(words(query)) + [word for term in alternatives for word in words(term)]
    targets = targets_for(searched)
    results = []
    for pk, _content_type_id in listed:
        card = cards.get(pk)
        if card is None:
            continue
        results.append(
            Result(
                pk=pk,
                title=card["title"],
                url=card["url"],
                type=card["type"],
                snippet=snippet(card["text"], targets),
                date=card["date"],
            )
        )
    return results
