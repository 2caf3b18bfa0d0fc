from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from people import privacy  # noqa: F401 (registers the profile as personal data)
        from people.signals import create_profile

        user_model = get_user_model()
        post_save.connect(create_profile, sender=user_model, dispatch_uid="people.create_profile")
