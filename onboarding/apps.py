from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnboardingConfig(AppConfig):
    name = "onboarding"
    verbose_name = _("Onboarding")

    def ready(self):
        # Attendance recorded in the Academy completes "follow a course" steps; the Academy
        # only sends the signal and knows nothing of onboarding.
        from onboarding import privacy, signals  # noqa: F401 (privacy registers personal data)

        signals.connect_signals()
