from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from intranet import routing
from intranet.mail import coordination_point
from intranet.memo import VersionedMemo
from intranet.models import ContentVersion
from search import engine, insights, registry
from search.forms import SearchForm
from search.text import clean_query

# A facet shows this many values; the rest sit behind "Show n more" (a <details>, no JavaScript).
FACET_VALUES_SHOWN = 5
POPULAR_QUERIES = 5
# (browse links key, site id, language) -> the links, per content version.
_browse_links = VersionedMemo(max_entries=100)


def _url(params, search_url=None, **changes):
    """The search URL with some parameters changed (None removes one); page resets to 1."""
    merged = {key: value for key, value in params.items() if value not in (None, "") and key != "page"}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return f"{search_url or reverse('search:search')}?{urlencode(merged)}"


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.query
    filters = {"q": query, "type": form.cleaned_data.get("type", ""), **form.facet_filters}
    outcome = engine.search(
        query,
        type_key=filters["type"],
        facet_filters=form.facet_filters,
        page_number=form.cleaned_data.get("page", 1),
        request=request,
        exact=form.cleaned_data.get("exact", False),
    )
    notices = list(form.notices)
    if outcome.page is not None and form.cleaned_data.get("page", 1) > outcome.page.paginator.num_pages > 0:
        notices.append(_("That results page does not exist; showing the last page."))
    if query and outcome.page is not None and outcome.page.number == 1:
        insights.record_search(query, outcome.total)

    if request.GET.get("format") == "json":
        return JsonResponse(_json(outcome), json_dumps_params={"ensure_ascii": False})

    search_url = reverse("search:search")  # once for the dozens of filter links
    facets = []
    for key, values in outcome.facets.items():
        if not values:
            continue
        current = str(filters.get(key) or "")
        links = [_facet_link(item, key, current, filters, search_url) for item in values]
        facets.append(
            {
                "key": key,
                "label": outcome.facet_labels.get(key, key),
                "values": links[:FACET_VALUES_SHOWN],
                "more": links[FACET_VALUES_SHOWN:],
                # A chosen value among the rest keeps them open, so it is seen.
                "more_open": any(link["selected"] for link in links[FACET_VALUES_SHOWN:]),
                "clear_url": _url(filters, search_url, **{key: None}) if current else None,
            }
        )
    page = outcome.page
    context = {
        "page_has_search_form": True,
        "form": form,
        "query": query,
        "outcome": outcome,
        "facets": facets,
        "active_filters": sum(1 for key, value in filters.items() if key != "q" and value not in (None, "")),
        "notices": notices,
        "results": [
            {"result": result, "click_url": _click_url(result.pk, query)} for result in outcome.results
        ],
        "suggestion_url": _url({"q": outcome.suggestion}) if outcome.suggestion else None,
        "previous_url": _page_url(filters, page.previous_page_number())
        if page is not None and page.has_previous()
        else None,
        "next_url": _page_url(filters, page.next_page_number())
        if page is not None and page.has_next()
        else None,
    }
    if query and not outcome.total:
        context.update(_ways_on(request, query))
    return TemplateResponse(request, "search/search.html", context)


def _ways_on(request, query):
    """What an empty results page offers instead: popular searches, links to browse, a contact."""
    version = ContentVersion.for_request(request)
    site = routing.site_for_request(request)
    browse = []
    for entry in registry.browse_links():
        key = (entry.key, site.pk if site is not None else None, get_language())
        links = _browse_links.get_or_set(version, key, lambda entry=entry: list(entry.links(request)))
        if links:
            browse.append({"label": entry.label, "links": links})
    name, address = coordination_point()
    return {
        "popular_searches": [
            {"query": popular, "url": _url({"q": popular})}
            for popular in insights.popular_queries(POPULAR_QUERIES, exclude=query)
        ],
        "browse": browse,
        # The intranet's mails come from the coordination point: its address is the contact.
        "contact": {"name": name or _("Coördinatiepunt Lerende Organisatie"), "email": address}
        if address
        else None,
    }


def _facet_link(item, key, current, filters, search_url):
    """One value of a facet as a filter link: choosing it again removes the filter."""
    selected = item.value == current
    count_label = ""  # a very large result's facets are not counted (search.engine.MAX_MATCHES)
    if item.count is not None:
        label = ngettext("%(counter)s result", "%(counter)s results", item.count)
        count_label = label % {"counter": item.count}
    return {
        "label": item.label,
        "count": item.count,
        "count_label": count_label,
        "selected": selected,
        "url": _url(filters, search_url, **{key: None if selected else item.value}),
    }


def _page_url(filters, number):
    return _url(filters) + f"&page={number}"


def _click_url(page_id, query):
    return f"{reverse('search:click', args=[page_id])}?{urlencode({'q': query})}"


def _json(outcome):
    return {
        "query": outcome.query,
        "total": outcome.total,
        # True when there are more than `total` results (search.engine.MAX_MATCHES); the facet
        # counts are then null.
        "total_capped": outcome.total_capped,
        "results": [
            {"title": result.title, "url": result.url, "type": result.type, "snippet": str(result.snippet)}
            for result in outcome.results
        ],
        "facets": {
            key: [{"value": item.value, "label": item.label, "count": item.count} for item in values]
            for key, values in outcome.facets.items()
        },
        "suggestion": outcome.suggestion,
        "corrected_query": outcome.corrected_query,
    }


@require_GET
def autocomplete(request):
    query = clean_query(request.GET.get("q", ""))
    pages = engine.autocomplete(query)
    return JsonResponse(
        {"query": query, "results": [{"title": page.title, "url": page.get_url(request)} for page in pages]},
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def click(request, page_id):
    """Count a followed result for the query (no user identity) and send the visitor on."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or registry.get(type(page)) is None:
        raise Http404
    insights.record_click(clean_query(request.GET.get("q", "")))
    return redirect(page.get_url(request))
