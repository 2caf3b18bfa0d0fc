""" "Mijn gegevens downloaden": an employee downloads everything the intranet holds about them."""

import datetime
import json

import pytest
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import Evaluation
from knowledge_base.models import ArticleFeedback
from people.models import EmployeeProfile
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

DOWNLOAD_URL = "/account/mijn-gegevens/"


def employee(first_name, last_name, team, leader):
    user = UserFactory(first_name=first_name, last_name=last_name)
    EmployeeProfileFactory(
        user=user,
        team=TeamFactory(name=team),
        job_title=f"Functie van {first_name}",
        team_leader=leader,
        start_date=datetime.date(2021, 3, 1),
    )
    return user


@pytest.fixture
def two_employees(home_page, make_article):
    """Anna and Bram, each with a profile, a registration with answers, an evaluation and a vote."""
    leader = UserFactory(first_name="Lotte", last_name="Leidinga")
    anna = employee("Anna", "Aalders", "Team Burgerzaken", leader)
    bram = employee("Bram", "Bosman", "Team Wegen", leader)
    academy = AcademyIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=academy, title="Omgaan met agressie")
    session = SessionFactory(course=course, days=[10])
    article = make_article("Verlof aanvragen")
    for user, team, answer, learned, comment in [
        (
            anna,
            "Team Burgerzaken",
            "Anna wil de-escaleren",
            "Anna leerde rustig blijven",
            "Anna mist de link",
        ),
        (bram, "Team Wegen", "Bram wil grenzen stellen", "Bram leerde nee zeggen", "Bram vond het helder"),
    ]:
        EmployeeProfile.objects.filter(user=user).update(team=TeamFactory(name=team))
        registration = workflow.register(session, user, answers={"Wat wil je leren?": answer}).registration
        Evaluation.objects.create(registration=registration, rating=8, learned=learned, remarks="")
        ArticleFeedback.objects.record(article, user, useful=user is bram, comment=comment)
    return anna, bram


def download(client, user):
    client.force_login(user)
    return client.get(DOWNLOAD_URL)


def test_the_download_is_a_private_json_file(two_employees, client):
    anna, _bram = two_employees
    response = download(client, anna)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="mijn-gegevens-{today}.json"'
    assert response["Cache-Control"] == "private, no-store"
    assert json.loads(response.content)["user"] == anna.username


def test_the_download_holds_all_of_annas_data(two_employees, client):
    anna, _bram = two_employees
    kinds = download(client, anna).json()["kinds"]

    [profile] = kinds["people.profile"]["records"]
    assert kinds["people.profile"]["label"] == "Medewerkersprofiel en account"
    assert profile["user_name"] == anna.username
    assert (profile["first_name"], profile["last_name"], profile["email"]) == ("Anna", "Aalders", anna.email)
    assert (profile["team"], profile["job_title"]) == ("Team Burgerzaken", "Functie van Anna")
    assert (profile["team_leader"], profile["start_date"]) == ("Lotte Leidinga", "2021-03-01")
    assert profile["date_joined"].startswith(str(anna.date_joined.year))

    [registration] = kinds["academy_pages.registrations"]["records"]
    assert registration["session"] == "Omgaan met agressie"
    assert registration["answers"] == {"Wat wil je leren?": "Anna wil de-escaleren"}
    assert (registration["status"], registration["team"]) == ("Ingeschreven", "Team Burgerzaken")
    assert [change["to"] for change in registration["history"]] == ["Ingeschreven"]

    [evaluation] = kinds["academy_pages.evaluations"]["records"]
    assert (evaluation["rating"], evaluation["learned"]) == (8, "Anna leerde rustig blijven")

    [vote] = kinds["knowledge_base.feedback"]["records"]
    assert (vote["article"], vote["useful"], vote["comment"]) == (
        "Verlof aanvragen",
        False,
        "Anna mist de link",
    )

    assert "search.statistics" not in kinds  # nothing in it can be tied to Anna


def test_the_download_holds_nothing_of_a_colleague(two_employees, client):
    anna, bram = two_employees
    text = download(client, anna).content.decode()

    for trace in [
        f'"{bram.username}"',
        bram.email,
        "Bosman",
        "Team Wegen",
        "Bram wil",
        "Bram leerde",
        "Bram vond",
    ]:
        assert trace not in text


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login_page(client):
    response = client.get(DOWNLOAD_URL)

    assert response.status_code == 302
    assert response["Location"] == f"/account/inloggen/?next={DOWNLOAD_URL}"


def test_the_account_page_offers_the_download(employee_client):
    html = employee_client.get("/account/").content.decode()

    assert f'href="{DOWNLOAD_URL}"' in html
    assert "Mijn gegevens downloaden" in html
    assert "Academie-inschrijvingen" in html
