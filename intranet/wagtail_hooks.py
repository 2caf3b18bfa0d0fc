from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from intranet.dashboard import add_today_panel

hooks.register("construct_homepage_panels", add_today_panel)


@hooks.register("before_serve_document", order=-1)
def refuse_logged_in_readers_without_access(document, request):
    """A logged-in employee outside a private collection's groups gets a clear 403.

    Wagtail's own hook (which runs after this one) would send them to a login form they have
    already passed. The rule itself stays Wagtail's: `restriction.accept_request`. Password
    restrictions are left to Wagtail, which asks for the password.
    """
    if not request.user.is_authenticated:
        return None
    for restriction in document.collection.get_view_restrictions():
        if restriction.restriction_type == BaseViewRestriction.PASSWORD:
            continue
        if not restriction.accept_request(request):
            return TemplateResponse(request, "documents/no_access.html", {"document": document}, status=403)
    return None
