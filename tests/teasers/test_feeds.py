"""RSS 2.0 and JSON Feed 1.1 for other systems, opened with a feed token or a login."""

import datetime
import json

import feedparser
import jsonfeed
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from teasers.models import Audience, FeedToken, TokenAudience
from teasers.tokens import revoke
from tests.factories.people import EmployeeProfileFactory, TeamFactory
from tests.factories.teasers import CampaignFactory, TeaserFactory, make_token

pytestmark = pytest.mark.django_db

RSS = "/feed/rss/"
JSON = "/feed/json/"
FEEDS = [RSS, JSON]


@pytest.fixture
def teasers():
    now = timezone.now()
    team = TeamFactory(name="Team Burgerzaken")
    group = Group.objects.create(name="Leidinggevenden")
    TeaserFactory(
        title="Leercafé: feedback geven",
        text="Praat mee over feedback.",
        campaign=CampaignFactory(name="Leercafé"),
        display_from=now - datetime.timedelta(hours=2),
    )
    TeaserFactory(title="Vastgepind", pinned=True, display_from=now - datetime.timedelta(days=2))
    TeaserFactory(title="Voor Burgerzaken", audience=Audience.TEAMS, teams=[team])
    TeaserFactory(title="Voor leidinggevenden", audience=Audience.GROUPS, groups=[group])
    TeaserFactory(title="Volgende week", display_from=now + datetime.timedelta(days=7))
    TeaserFactory(title="Concept", live=False)
    return {"team": team, "group": group}


def rss_titles(response):
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    return [entry.title for entry in parsed.entries]


def assert_valid_json_feed(data):
    """The rules of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for what we send, beyond
    the required fields jsonfeed-util's parser checks (feedparser reads RSS and Atom only)."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    for key in ("home_page_url", "feed_url"):
        assert data[key].startswith("http://testserver/")
    assert isinstance(data["items"], list)
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids))
    for item in data["items"]:
        assert isinstance(item["id"], str)
        assert "content_text" in item or "content_html" in item
        for key in ("date_published", "date_modified"):
            # RFC 3339, with the offset.
            assert datetime.datetime.fromisoformat(item[key]).tzinfo is not None
        assert all(isinstance(tag, str) for tag in item.get("tags", []))
        assert all(key.startswith("_") for key in item if key not in JSON_FEED_ITEM_KEYS)


JSON_FEED_ITEM_KEYS = {
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "authors",
    "tags",
    "language",
    "attachments",
}


def json_titles(response):
    assert_valid_json_feed(json.loads(response.content))
    parsed = jsonfeed.Feed.parse_string(response.content.decode())
    return [item.title for item in parsed.items]


# --- Refused --------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", FEEDS)
def test_without_a_token_or_login_the_answer_is_401_and_no_content(client, teasers, url):
    response = client.get(url)

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert b"Leercaf" not in response.content
    assert b"Vastgepind" not in response.content


@pytest.mark.parametrize("url", FEEDS)
def test_a_wrong_token_is_refused(client, teasers, url):
    make_token()
    for response in (
        client.get(url, {"token": "verkeerd"}),
        client.get(url, headers={"Authorization": "Bearer verkeerd"}),
    ):
        assert response.status_code == 401
        assert b"Vastgepind" not in response.content


@pytest.mark.parametrize("url", FEEDS)
def test_a_revoked_token_is_refused(client, teasers, url):
    token, raw = make_token()
    revoke(token)

    response = client.get(url, {"token": raw})

    assert response.status_code == 403
    assert b"Vastgepind" not in response.content
    assert "ingetrokken" in response.content.decode()


@pytest.mark.parametrize("url", FEEDS)
def test_post_is_refused(client, url):
    _token, raw = make_token()
    assert client.post(f"{url}?token={raw}").status_code == 405


# --- Served -------------------------------------------------------------------------------------


def test_rss_with_a_token_for_everyone(client, teasers):
    token, raw = make_token()

    response = client.get(RSS, {"token": raw})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert response["Cache-Control"] == "private, no-store"
    assert rss_titles(response) == ["Vastgepind", "Leercafé: feedback geven"]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_rss_items_carry_link_text_date_and_campaign(client, teasers):
    _token, raw = make_token()

    parsed = feedparser.parse(client.get(RSS, headers={"Authorization": f"Bearer {raw}"}).content)
    entry = parsed.entries[1]

    assert parsed.feed.language == "nl"
    assert entry.summary == "Praat mee over feedback."
    assert entry.link.startswith("http://testserver/feed/klik/")
    assert entry.tags[0].term == "Leercafé"
    assert entry.published_parsed is not None


def test_json_feed_with_a_token(client, teasers):
    _token, raw = make_token()

    response = client.get(JSON, {"token": raw})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/feed+json"
    assert json_titles(response) == ["Vastgepind", "Leercafé: feedback geven"]
    data = json.loads(response.content)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    item = data["items"][1]
    assert item["content_text"] == "Praat mee over feedback."
    assert item["url"].startswith("http://testserver/feed/klik/")
    assert item["tags"] == ["Leercafé"]
    assert datetime.datetime.fromisoformat(item["date_published"]).tzinfo is not None


@pytest.mark.parametrize("url", FEEDS)
def test_a_team_token_sees_the_teams_teasers(client, teasers, url):
    _token, raw = make_token(audience=TokenAudience.TEAM, team=teasers["team"])

    titles = (rss_titles if url == RSS else json_titles)(client.get(url, {"token": raw}))

    assert "Voor Burgerzaken" in titles
    assert "Voor leidinggevenden" not in titles


@pytest.mark.parametrize("url", FEEDS)
def test_a_group_token_sees_the_groups_teasers(client, teasers, url):
    _token, raw = make_token(audience=TokenAudience.GROUP, group=teasers["group"])

    titles = (rss_titles if url == RSS else json_titles)(client.get(url, {"token": raw}))

    assert "Voor leidinggevenden" in titles
    assert "Voor Burgerzaken" not in titles


@pytest.mark.parametrize("url", FEEDS)
def test_a_logged_in_employee_needs_no_token_and_sees_their_own_feed(client, teasers, url):
    user = EmployeeProfileFactory(team=teasers["team"]).user
    client.force_login(user)

    titles = (rss_titles if url == RSS else json_titles)(client.get(url))

    assert titles == ["Vastgepind", "Voor Burgerzaken", "Leercafé: feedback geven"]


def test_only_the_hash_of_a_token_is_stored():
    token, raw = make_token()

    stored = FeedToken.objects.filter(pk=token.pk).values().get()
    assert raw not in json.dumps(stored, default=str)
