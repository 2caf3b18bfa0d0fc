"""The team leader approves or declines through the signed link in the mail."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse
from django.utils.html import escape

from academy_pages import approval
from academy_pages.models import ActorRole, RegistrationStatus
from people.groups import EDITORS
from tests.factories.academy import SessionFactory, register
from tests.factories.people import EmployeeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(db):
    return UserFactory(first_name="Henk", last_name="de Boer")


@pytest.fixture
def pending(course, leader):
    course.requires_approval = True
    course.save()
    employee = EmployeeProfileFactory(team_leader=leader).user
    return register(SessionFactory(course=course), employee)


def approve_url(registration):
    return reverse("academy_approval:approve", args=[approval.make_token(registration)])


def decline_url(registration):
    return reverse("academy_approval:decline", args=[approval.make_token(registration)])


def test_the_mail_links_point_at_these_pages(pending):
    assert approval.approve_url(pending).startswith("http://testserver/academie/akkoord/")
    assert approval.approve_url(pending).endswith("/goedkeuren/")
    assert approval.decline_url(pending).endswith("/afwijzen/")


def test_opening_the_link_asks_for_confirmation_and_changes_nothing(client, leader, pending, mailoutbox):
    client.force_login(leader)

    response = client.get(approve_url(pending))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Aanmelding goedkeuren" in content
    assert escape(pending.name) in content  # names such as "van 't Hof" are HTML-escaped
    assert "Ja, goedkeuren" in content
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL
    assert mailoutbox == []


def test_the_team_leader_approves(client, leader, pending, django_capture_on_commit_callbacks, mailoutbox):
    client.force_login(leader)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url(pending), follow=True)

    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.CONFIRMED
    change = pending.changes.last()
    assert (change.actor, change.actor_role) == (leader, ActorRole.TEAM_LEADER)
    content = response.content.decode()
    assert f"Je hebt de aanmelding van {escape(pending.name)} goedgekeurd." in content
    assert "Aanmelding al afgehandeld" in content
    (message,) = mailoutbox
    assert message.to == [pending.email]
    assert message.subject.startswith("Je aanmelding is goedgekeurd")


def test_the_team_leader_declines_with_a_reason(
    client, leader, pending, django_capture_on_commit_callbacks, mailoutbox
):
    client.force_login(leader)
    page = client.get(decline_url(pending)).content.decode()
    assert 'name="reason"' in page
    assert "Reden" in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(decline_url(pending), {"reason": "Niet dit kwartaal."})

    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.DECLINED
    assert pending.changes.last().reason == "Niet dit kwartaal."
    (message,) = mailoutbox
    assert "Reden: Niet dit kwartaal." in message.body


def test_a_too_long_reason_is_refused_at_the_field(client, leader, pending):
    client.force_login(leader)

    response = client.post(decline_url(pending), {"reason": "x" * 1001})

    assert response.status_code == 200
    assert "utrecht-form-field--invalid" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL


@pytest.mark.parametrize("who", ["colleague", "employee", "editor"])
def test_only_the_team_leader_may_decide(client, pending, who):
    if who == "employee":
        user = pending.user
    else:
        user = UserFactory()
        if who == "editor":
            # The coordination point only decides for employees without a team leader.
            user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)

    for response in (client.get(approve_url(pending)), client.post(approve_url(pending))):
        assert response.status_code == 403
        assert "Alleen de teamleider van de medewerker kan deze aanmelding" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL


def test_without_a_team_leader_the_coordination_point_decides(client, course, editor):
    course.requires_approval = True
    course.save()
    registration = register(SessionFactory(course=course), EmployeeProfileFactory(team_leader=None).user)
    client.force_login(editor)

    client.post(approve_url(registration))

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_anonymous_visitors_log_in_first_and_come_back(client, pending):
    url = approve_url(pending)

    response = client.get(url)

    assert response.status_code == 302
    assert "next=" in response["Location"]
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL


def test_a_tampered_link_gets_a_clear_message(client, leader, pending):
    client.force_login(leader)
    token = approval.make_token(pending)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")

    for method in (client.get, client.post):
        response = method(reverse("academy_approval:approve", args=[tampered]))
        assert response.status_code == 400
        assert "Deze akkoordlink is niet geldig." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL


def test_a_link_for_another_registration_id_cannot_be_made_by_hand(client, leader, pending):
    client.force_login(leader)
    token = approval.make_token(pending)
    forged = f"{pending.pk + 1}:{token.split(':', 1)[1]}"

    response = client.post(reverse("academy_approval:approve", args=[forged]))

    assert response.status_code == 400


class OldSigner(signing.TimestampSigner):
    """Signs as if it were fifteen days ago."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 15 * 24 * 3600)


def test_an_expired_link_gets_a_clear_message(client, leader, pending):
    client.force_login(leader)
    token = OldSigner(salt=approval.SALT).sign(str(pending.pk))

    response = client.post(reverse("academy_approval:approve", args=[token]))

    assert response.status_code == 400
    assert "Deze akkoordlink is verlopen." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.PENDING_APPROVAL


def test_a_link_signed_for_something_else_is_not_accepted(client, leader, pending):
    client.force_login(leader)
    token = signing.TimestampSigner(salt="something.else").sign(str(pending.pk))

    assert client.get(reverse("academy_approval:approve", args=[token])).status_code == 400


def test_a_deleted_registration_gets_a_clear_message(client, leader, pending):
    client.force_login(leader)
    url = approve_url(pending)
    pending.changes.all().delete()
    pending.delete()

    response = client.get(url)

    assert response.status_code == 400
    assert "Deze aanmelding bestaat niet meer." in response.content.decode()


def test_a_handled_registration_is_not_handled_twice(client, leader, pending, mailoutbox):
    client.force_login(leader)
    client.post(decline_url(pending), {"reason": ""})

    response = client.post(approve_url(pending))
    page = client.get(approve_url(pending))

    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.DECLINED
    assert response.status_code == 200
    assert "Aanmelding al afgehandeld" in page.content.decode()
    assert "Afgewezen door teamleider" in page.content.decode()


def test_decide_refuses_someone_else_in_code_too(pending):
    from academy_pages.registration import RegistrationError

    with pytest.raises(RegistrationError) as error:
        approval.decide(pending, UserFactory(), approved=True)
    assert error.value.code == "not_allowed"
