"""Wagtail admin hooks of onboarding: its menu."""

from wagtail import hooks

from onboarding.admin.viewsets import OnboardingViewSetGroup


@hooks.register("register_admin_viewset")
def register_onboarding_viewsets():
    return OnboardingViewSetGroup()
