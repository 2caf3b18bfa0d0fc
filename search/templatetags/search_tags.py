from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def corrected_query_notice(outcome):
    """ "Showing results for <corrected>. Search instead for <typed>", the typed query a link
    that searches for it as typed (``exact=1``)."""
    if not outcome.corrected_query:
        return ""
    url = f"{reverse('search:search')}?{urlencode({'q': outcome.query, 'exact': 1})}"
    values = {
        "corrected": format_html("<strong>{}</strong>", outcome.corrected_query),
        "typed": format_html('<a class="utrecht-link" href="{}">{}</a>', url, outcome.query),
    }
    message = _("Showing results for %(corrected)s. Search instead for %(typed)s")
    return mark_safe(conditional_escape(message) % values)
