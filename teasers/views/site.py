"""The feed page and the click redirect."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from intranet import routing
from teasers import stats
from teasers.models import Teaser

TEASERS_PER_PAGE = 12
# SQLite compares an id above this with an overflow error instead of finding nothing.
MAX_ID = 2**63 - 1


@require_safe
def feed(request):
    """All live teasers for the employee, pinned first, a page at a time."""
    paginator = Paginator(Teaser.objects.live_for(request.user).for_cards(), TEASERS_PER_PAGE)
    page = paginator.get_page(request.GET.get("pagina"))
    stats.record_views_once(request.session, [teaser.pk for teaser in page.object_list])
    site = routing.site_for_request(request)
    crumbs = []
    if site is not None:
        crumbs.append({"title": site.root_page.title, "url": site.root_page.get_url(request)})
    return render(
        request,
        "teasers/feed.html",
        {
            "teasers": page,
            "crumbs": crumbs,
            "current": {"title": _("News and offers"), "url": request.path},
        },
    )


@require_safe
def click(request, pk):
    """Count a click on a live teaser and send the employee on to where it leads."""
    if pk > MAX_ID:
        raise Http404
    teaser = Teaser.objects.filter(pk=pk, live=True).select_related("link_page").first()
    target = teaser.target_url(request) if teaser is not None else None
    if target is None:
        raise Http404
    stats.record_click(teaser.pk)
    return redirect(target)
