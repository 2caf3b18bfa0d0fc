"""Admin views of the teasers app: making and revoking feed tokens."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic

from teasers import tokens


class FeedTokenCreateView(generic.CreateView):
    """Makes the token and shows its secret once, on the page that answers the form."""

    def save_instance(self):
        self.raw_token = tokens.new_raw_token()
        self.form.instance.set_token(self.raw_token)
        return super().save_instance()

    def save_action(self):
        return TemplateResponse(
            self.request,
            "teasers/admin/token_created.html",
            {
                "token": self.object,
                "raw_token": self.raw_token,
                "index_url": self.get_success_url(),
                "header_title": _("Feed token made"),
                "header_icon": "key",
            },
        )


class FeedTokenEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("revoke"):
            tokens.revoke(instance)
        return instance
