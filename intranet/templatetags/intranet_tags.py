"""Template tags for the site's frame: main menu, breadcrumbs, messages and form fields.

The frame knows no domain app: the main menu lists whatever live pages sit directly under
the site's root page (the knowledge base today, the academy later).
"""

from django import forms, template
from django.contrib.messages import constants as message_levels
from django.core.cache import cache
from django.utils import translation
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from intranet import routing
from intranet.mail import coordination_point
from intranet.models import ContentVersion
from people.backends import can_access_admin

register = template.Library()

# Django message levels as NL Design System alert types.
ALERT_TYPES = {
    message_levels.DEBUG: "info",
    message_levels.INFO: "info",
    message_levels.SUCCESS: "ok",
    message_levels.WARNING: "warning",
    message_levels.ERROR: "error",
}


@register.simple_tag(takes_context=True)
def userbar(context, position="bottom-right"):
    """Wagtail's userbar, drawn only for users who may edit (no permission queries for the rest)."""
    request = context.get("request")
    if request is None or not can_access_admin(getattr(request, "user", None) or _Anonymous):
        return ""
    return wagtailuserbar(context, position)


class _Anonymous:
    is_authenticated = False


@register.simple_tag
def coordination_point_address():
    """The coordination point's e-mail address: the sender of the intranet's mails
    (DEFAULT_FROM_EMAIL), so the footer and the mails name the same address."""
    return coordination_point()[1]


# Upper bound for the cached main menu; its key changes as soon as a page is published,
# unpublished, moved or renamed (see intranet.models.ContentVersion).
MAIN_MENU_SECONDS = 600


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and its live children, each with its url and whether it is current."""
    request = context.get("request")
    if request is None:
        return []
    site = routing.site_for_request(request)
    if site is None:
        return []
    key = f"intranet:main_menu:{site.pk}:{ContentVersion.for_request(request)}:{translation.get_language()}"
    entries = cache.get(key)
    if entries is None:
        root = site.root_page
        pages = [root, *root.get_children().live().only("id", "title", "url_path", "path", "depth")]
        entries = [(page.pk == root.pk, page.title, page.get_url(request)) for page in pages]
        cache.set(key, entries, MAIN_MENU_SECONDS)
    items = []
    for is_root, title, url in entries:
        if not url:
            continue
        if request.path == url:
            current = "page"
        elif not is_root and request.path.startswith(url):
            current = "true"
        else:
            current = ""
        items.append({"title": title, "url": url, "current": current})
    return items


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Breadcrumbs from the home page down to (not including) `page`."""
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gt=1) if page is not None else []
    return {
        "crumbs": [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors],
        "current": page,
    }


@register.filter
def alert_type(message):
    """The utrecht-alert modifier for a Django message."""
    return ALERT_TYPES.get(getattr(message, "level", None), "info")


def _widget_class(widget):
    if isinstance(widget, forms.Textarea):
        return "utrecht-textarea utrecht-textarea--html-textarea"
    if isinstance(widget, forms.Select | forms.SelectMultiple):
        return "utrecht-select utrecht-select--html-select"
    if isinstance(widget, forms.CheckboxInput):
        return "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return ""
    return "utrecht-textbox utrecht-textbox--html-input"


@register.filter
def nlds_widget(bound_field):
    """Render a form field's widget with NL Design System classes and accessible error links."""
    attrs = {}
    css_class = _widget_class(bound_field.field.widget)
    existing = bound_field.field.widget.attrs.get("class", "")
    if css_class:
        attrs["class"] = f"{existing} {css_class}".strip()
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}-help")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
        attrs["aria-invalid"] = "true"
        if css_class.startswith("utrecht-textbox"):
            attrs["class"] += " utrecht-textbox--invalid"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return bound_field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(bound_field):
    return isinstance(bound_field.field.widget, forms.CheckboxInput)
