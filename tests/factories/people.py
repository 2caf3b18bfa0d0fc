import factory
from django.contrib.auth import get_user_model

from people.models import EmployeeProfile, Team


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@westbetuwe.nl")
    password = factory.django.Password("geheim-wachtwoord")


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")


class EmployeeProfileFactory(factory.django.DjangoModelFactory):
    """Fills in the profile every user already gets from the post_save signal."""

    class Meta:
        model = EmployeeProfile

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    job_title = "Beleidsmedewerker"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        profile, _created = model_class.objects.get_or_create(user=kwargs.pop("user"))
        for name, value in kwargs.items():
            setattr(profile, name, value)
        profile.save()
        return profile
