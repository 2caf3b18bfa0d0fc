"""Who may see and tick off whose onboarding: a table over roles and URLs, GET and POST.

The new colleague sees their own programme; their buddy and team leader see it and tick off
their own steps; the coordination point (a model permission) sees and ticks everything;
anyone else gets a 404 on someone else's URL and changes nothing.
"""

import pytest
from django.contrib.auth.models import Group

from onboarding.models import Performer, StepProgress
from people.groups import EDITORS, EMPLOYEES
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["colleague", "buddy", "leader", "coordinator", "stranger", "other_leader"]


@pytest.fixture
def people(newcomer, buddy, leader):
    employees = Group.objects.get(name=EMPLOYEES)
    coordinator = UserFactory(username="coordinatiepunt")
    coordinator.groups.add(Group.objects.get(name=EDITORS))
    stranger = UserFactory(username="vreemde", first_name="Vera", last_name="Vreemd")
    other_leader = UserFactory(username="andere-leider")
    users = {
        "colleague": newcomer,
        "buddy": buddy,
        "leader": leader,
        "coordinator": coordinator,
        "stranger": stranger,
        "other_leader": other_leader,
    }
    for user in users.values():
        user.groups.add(employees)
    return users


@pytest.fixture
def other_enrolment(programme, people):
    """A colleague of another team leader, so "other_leader" follows someone: not Nina."""
    from tests.factories.onboarding import EnrolmentFactory

    return EnrolmentFactory(
        colleague=UserFactory(username="ander"), programme=programme, team_leader=people["other_leader"]
    )


def step_of(enrolment, performer):
    return enrolment.programme.steps.get(performer=performer)


# Who may tick off a step done by each performer.
MAY_TICK = {
    Performer.NEW_COLLEAGUE: {"colleague", "coordinator"},
    Performer.BUDDY: {"buddy", "coordinator"},
    Performer.TEAM_LEADER: {"leader", "coordinator"},
}
MAY_SEE = {"buddy", "leader", "coordinator"}  # the detail page and the overview row


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("performer", list(Performer))
@pytest.mark.parametrize("action", ["done", "undone"])
def test_ticking_off(client, people, enrolment, other_enrolment, role, performer, action):
    step = step_of(enrolment, performer)
    if action == "undone":
        StepProgress.objects.create(
            enrolment=enrolment, step=step, step_title=step.title, step_phase=step.phase
        )
    client.force_login(people[role])
    url = f"/inwerkprogramma/{enrolment.pk}/stappen/{step.pk}/{'gedaan' if action == 'done' else 'ongedaan'}/"

    assert client.get(url).status_code == 405
    response = client.post(url)

    allowed = role in MAY_TICK[performer]
    assert response.status_code == (302 if allowed else 404)
    is_done = StepProgress.objects.filter(enrolment=enrolment, step=step).exists()
    assert is_done == ((action == "done") == allowed)


@pytest.mark.parametrize("role", ROLES)
def test_the_detail_page(client, people, enrolment, other_enrolment, role):
    client.force_login(people[role])
    url = f"/inwerkprogramma/{enrolment.pk}/"

    response = client.get(url)

    if role == "colleague":
        assert response.status_code == 302
        assert response["Location"] == "/inwerkprogramma/"
    elif role in MAY_SEE:
        assert response.status_code == 200
        assert "Nina Nieuw" in response.content.decode()
    else:
        assert response.status_code == 404
        assert "Nina" not in response.content.decode()
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "url", ["/inwerkprogramma/nieuwe-collegas/", "/inwerkprogramma/nieuwe-collegas/export/csv/"]
)
def test_the_overview_and_its_export(client, people, enrolment, other_enrolment, role, url):
    client.force_login(people[role])
    assert client.post(url).status_code == 405

    response = client.get(url)

    if "export" in url and role in {"colleague", "stranger"}:  # they follow nobody
        assert response.status_code == 404
        return
    assert response.status_code == 200
    content = response.content.decode("utf-8-sig")
    # The page links the colleague's progress; the export has their e-mail address.
    marker = "nieuw@westbetuwe.nl" if "export" in url else f'href="/inwerkprogramma/{enrolment.pk}/"'
    assert (marker in content) == (role in MAY_SEE)


@pytest.mark.parametrize("role", ROLES)
def test_my_programme_shows_only_my_own(client, people, enrolment, role):
    client.force_login(people[role])

    response = client.get("/inwerkprogramma/")

    assert response.status_code == 200
    assert ("Laptop ophalen" in response.content.decode()) == (role == "colleague")
    assert client.post("/inwerkprogramma/").status_code == 405


def test_a_step_of_another_programme_is_404(client, people, enrolment):
    from tests.factories.onboarding import ProgrammeStepFactory

    other = ProgrammeStepFactory()
    client.force_login(people["coordinator"])

    response = client.post(f"/inwerkprogramma/{enrolment.pk}/stappen/{other.pk}/gedaan/")

    assert response.status_code == 404
    assert not StepProgress.objects.exists()


def test_anonymous_visitors_go_to_the_login_page(client, enrolment):
    for url in [
        "/inwerkprogramma/",
        f"/inwerkprogramma/{enrolment.pk}/",
        "/inwerkprogramma/nieuwe-collegas/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/inloggen/")
