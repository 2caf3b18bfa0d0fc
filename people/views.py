from django.template.response import TemplateResponse


def account(request):
    return TemplateResponse(
        request, "people/account.html", {"profile": getattr(request.user, "profile", None)}
    )
