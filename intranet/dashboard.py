"""The coordination point's dashboard panel: what needs them today, from every app.

Each app contributes its own figures through the `register_today_item` hook: a function taking
the request and returning a `TodayItem`, or None when the user may not act on it. This module
knows no domain app; every item costs its app one query (a count), however many objects it covers.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

HOOK_NAME = "register_today_item"


@dataclass(frozen=True)
class TodayItem:
    label: str
    count: int
    url: str
    # Lower comes first.
    order: int = 100


def today_items(request):
    """The items the apps offer this user, in their order (items without a permission left out)."""
    items = [item for hook in hooks.get_hooks(HOOK_NAME) if (item := hook(request)) is not None]
    return sorted(items, key=lambda item: item.order)


class TodayPanel(Component):
    name = "today"
    order = 50
    template_name = "intranet/admin/today_panel.html"

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {"items": self.items, "heading": _("Needs you today")}


def add_today_panel(request, panels):
    """`construct_homepage_panels`: the panel first, for users with at least one item."""
    items = today_items(request)
    if items:
        panels.insert(0, TodayPanel(items))
