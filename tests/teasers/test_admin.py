"""Editors manage teasers, campaigns and feed tokens in the admin."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from teasers import stats
from teasers.models import Audience, FeedToken, Teaser, hash_token
from tests.factories.people import TeamFactory
from tests.factories.teasers import CampaignFactory, TeaserFactory, make_token

pytestmark = pytest.mark.django_db

TEASERS = "wagtailsnippets_teasers_teaser"


def teaser_post(campaign, **overrides):
    data = {
        "title": "Presenteren met lef",
        "text": "Leer in twee dagdelen presenteren zonder zenuwen.",
        "link_url": "https://www.westbetuwe.nl/",
        "cta_label": "Schrijf je in",
        "campaign": campaign.pk,
        "audience": Audience.EVERYONE,
        "new_within_months": "3",
        "display_from": "2026-12-07 09:00",
        "display_until": "2026-12-14 09:00",
    }
    data.update(overrides)
    return data


def test_an_editor_creates_a_draft_teaser(editor_client):
    campaign = CampaignFactory(name="Academie")
    response = editor_client.post(reverse(f"{TEASERS}:add"), teaser_post(campaign))

    assert response.status_code == 302
    teaser = Teaser.objects.get()
    assert not teaser.live
    assert teaser.latest_revision is not None
    # Entered as Dutch time: 09:00 in December is 08:00 UTC.
    assert teaser.display_from == datetime.datetime(2026, 12, 7, 8, 0, tzinfo=datetime.UTC)


def test_an_editor_publishes_a_teaser(editor_client):
    campaign = CampaignFactory(name="Academie")
    editor_client.post(reverse(f"{TEASERS}:add"), {**teaser_post(campaign), "action-publish": "publish"})

    assert Teaser.objects.get().live


def test_the_text_limit_is_checked_and_shown(editor_client):
    campaign = CampaignFactory(name="Academie")
    form_page = editor_client.get(reverse(f"{TEASERS}:add")).content.decode()
    assert 'maxlength="280"' in form_page
    assert "data-char-count-for" in form_page
    assert "teasers/admin/char_count.js" in form_page

    response = editor_client.post(reverse(f"{TEASERS}:add"), teaser_post(campaign, text="x" * 281))

    assert response.status_code == 200
    assert "Maximaal 280 tekens; je hebt er 281 getypt." in response.content.decode()
    assert not Teaser.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"link_url": ""}, "Kies een pagina of geef een externe link."),
        ({"display_until": "2026-12-07 09:00"}, "moet na"),
        ({"audience": Audience.TEAMS}, "Kies ten minste één team"),
        ({"display_from": "morgen"}, "Voer een geldige datum/tijd in"),
        ({"display_from": "0001-01-01 00:00"}, "Kies een datum tussen 1950 en 2100."),
        ({"display_until": "9999-12-31 23:59"}, "Kies een datum tussen 1950 en 2100."),
    ],
)
def test_bad_input_gets_a_dutch_message(editor_client, overrides, message):
    campaign = CampaignFactory(name="Academie")
    response = editor_client.post(reverse(f"{TEASERS}:add"), teaser_post(campaign, **overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Teaser.objects.exists()


def test_a_teaser_for_chosen_teams_saves_the_teams(editor_client):
    campaign = CampaignFactory(name="Academie")
    team = TeamFactory(name="Team Burgerzaken")
    editor_client.post(
        reverse(f"{TEASERS}:add"), teaser_post(campaign, audience=Audience.TEAMS, teams=[team.pk])
    )

    assert list(Teaser.objects.get().teams.all()) == [team]


def test_duplicating_a_teaser_is_one_action(editor_client):
    teaser = TeaserFactory(title="Leercafé december")
    listing = editor_client.get(reverse(f"{TEASERS}:edit", args=[teaser.pk])).content.decode()
    copy_url = reverse(f"{TEASERS}:copy", args=[teaser.pk])
    assert copy_url in listing

    form = editor_client.get(copy_url).content.decode()
    assert "Leercafé december" in form


def test_the_preview_shows_the_feed_card(editor_client):
    campaign = CampaignFactory(name="Leercafé")
    preview_url = reverse(f"{TEASERS}:preview_on_add")
    data = teaser_post(campaign, title="Koffie en kennis")
    assert editor_client.post(preview_url, data).json()["is_valid"]

    page = editor_client.get(preview_url).content.decode()
    assert "teaser-card" in page
    assert "Koffie en kennis" in page
    assert "Leercafé" in page


def test_listings_show_views_clicks_and_click_rate(editor_client):
    campaign = CampaignFactory(name="Academie")
    shown = TeaserFactory(title="Veel bekeken", campaign=campaign)
    other = TeaserFactory(title="Ander", campaign=campaign)
    today = timezone.localdate()
    for _ in range(8):
        stats.record_views([shown.pk, other.pk], today=today)
    stats.record_views([shown.pk], today=today - datetime.timedelta(days=1))
    stats.record_views([shown.pk], today=today - datetime.timedelta(days=1))
    stats.record_click(shown.pk, today=today)

    teasers = editor_client.get(reverse(f"{TEASERS}:list")).content.decode()
    campaigns = editor_client.get(reverse("wagtailsnippets_teasers_campaign:list")).content.decode()

    assert re.search(r">\s*10\s*<", teasers)  # views of "Veel bekeken"
    assert "10,0%" in teasers  # 1 click in 10 views
    assert "5,6%" in campaigns  # 1 click in 18 views


def test_an_employee_has_no_teaser_admin(employee_client):
    response = employee_client.get(reverse(f"{TEASERS}:list"))
    assert response.status_code in (302, 403)


# --- Feed tokens --------------------------------------------------------------------------------


def test_an_editor_makes_a_token_and_sees_it_once(editor_client):
    response = editor_client.post(
        reverse("teasers_feedtoken:add"), {"name": "Teams Academie", "audience": "everyone"}
    )

    assert response.status_code == 200
    raw = re.search(r"<code data-feed-token>([^<]+)</code>", response.content.decode()).group(1)
    token = FeedToken.objects.get()
    assert token.token_hash == hash_token(raw)
    assert raw not in token.token_hash
    listing = editor_client.get(reverse("teasers_feedtoken:index")).content.decode()
    assert "Teams Academie" in listing
    assert raw not in listing
    assert token.token_hint in listing


def test_a_team_token_needs_its_team(editor_client):
    response = editor_client.post(reverse("teasers_feedtoken:add"), {"name": "Team", "audience": "team"})

    assert response.status_code == 200
    assert "Kies het team." in response.content.decode()
    assert not FeedToken.objects.exists()


def test_an_editor_revokes_a_token(editor_client):
    token, _raw = make_token(name="Oud intranet")
    editor_client.post(
        reverse("teasers_feedtoken:edit", args=[token.pk]),
        {"name": "Oud intranet", "audience": "everyone", "revoke": "on"},
    )

    token.refresh_from_db()
    assert token.is_revoked


def test_a_review_by_a_second_editor_can_be_required(editor_client, editor):
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

    from people.groups import EDITORS

    workflow = Workflow.objects.create(name="Tweede redacteur")
    task = GroupApprovalTask.objects.create(name="Controle")
    task.groups.set([Group.objects.get(name=EDITORS)])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(
        content_type=ContentType.objects.get_for_model(Teaser), workflow=workflow
    )
    campaign = CampaignFactory(name="Academie")

    editor_client.post(reverse(f"{TEASERS}:add"), {**teaser_post(campaign), "action-submit": "submit"})

    teaser = Teaser.objects.get()
    assert teaser.workflow_in_progress
    assert not teaser.live
    assert not Teaser.objects.live_for(editor, at=teaser.display_from).exists()
