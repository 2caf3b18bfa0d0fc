"""Template tags of the Academy: money and dates the Dutch way, and the home page's block.

The home page composes `{% my_registrations %}` without knowing the Academy's models.
"""

from django import template
from django.db.models import Min
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone

from academy_pages.models import Registration, SessionStatus

register = template.Library()

HOME_PAGE_LIMIT = 3


@register.filter
def euro(value):
    """1234.5 -> "€ 1.234,50" (grouping and decimal comma of the active language)."""
    if value in (None, ""):
        return ""
    return f"€ {formats.number_format(value, decimal_pos=2, use_l10n=True, force_grouping=True)}"


@register.simple_tag
def academy_url(name, *args):
    """Reverse a URL of the Academy, or "" when that part is not installed (yet)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def next_registrations(user, limit=HOME_PAGE_LIMIT, today=None):
    """The employee's next active registrations (place, waiting list or awaiting approval)."""
    today = today or timezone.localdate()
    return list(
        Registration.objects.active()
        .filter(user=user, session__status=SessionStatus.PLANNED)
        .annotate(first_day=Min("session__days__date"))
        .filter(first_day__gte=today)
        .select_related("session__course", "session__event")
        .prefetch_related("session__days")
        .order_by("first_day", "pk")[:limit]
    )


@register.inclusion_tag("academy_pages/my_registrations_block.html", takes_context=True)
def my_registrations(context, limit=HOME_PAGE_LIMIT):
    """The logged-in employee's next registrations, for the home page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    registrations = next_registrations(user, limit) if user is not None and user.is_authenticated else []
    return {"request": request, "registrations": registrations}
