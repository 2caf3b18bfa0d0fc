""" "Was dit nuttig?": one vote per employee per article, which they can change."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge_base.models import ArticleFeedback

pytestmark = pytest.mark.django_db


def feedback_url(article):
    return article.url + article.reverse_subpage("feedback")


def test_article_page_offers_the_question(make_article, employee_client):
    article = make_article()
    html = employee_client.get(article.url).content.decode()
    assert "Was dit nuttig?" in html
    assert f'action="{feedback_url(article)}"' in html
    assert "csrfmiddlewaretoken" in html


def test_employee_votes_once_and_gets_a_dutch_confirmation(make_article, employee_client, employee):
    article = make_article()
    response = employee_client.post(feedback_url(article), {"useful": "yes", "comment": "Helder uitgelegd"})
    assert response.status_code == 302
    assert response["Location"] == article.url + "#nuttig"
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Bedankt voor je reactie."]
    feedback = ArticleFeedback.objects.get()
    assert (feedback.article_id, feedback.user, feedback.useful, feedback.comment) == (
        article.pk,
        employee,
        True,
        "Helder uitgelegd",
    )


def test_employee_can_change_their_vote(make_article, employee_client):
    article = make_article()
    employee_client.post(feedback_url(article), {"useful": "yes"})
    response = employee_client.post(
        feedback_url(article), {"useful": "no", "comment": "Mist een voorbeeld"}, follow=True
    )
    feedback = ArticleFeedback.objects.get()
    assert ArticleFeedback.objects.count() == 1
    assert (feedback.useful, feedback.comment) == (False, "Mist een voorbeeld")
    html = response.content.decode()
    assert "Je reactie is bijgewerkt." in html
    assert "Je vond dit artikel niet nuttig" in html


def test_two_employees_each_have_their_own_vote(make_article, employee_client, editor):
    article = make_article()
    employee_client.post(feedback_url(article), {"useful": "yes"})
    employee_client.force_login(editor)
    employee_client.post(feedback_url(article), {"useful": "no"})
    assert sorted(ArticleFeedback.objects.values_list("useful", flat=True)) == [False, True]


def answer_shown(client, article):
    html = client.get(article.url).content.decode()
    if "Je vond dit artikel nuttig" in html:
        return "yes"
    if "Je vond dit artikel niet nuttig" in html:
        return "no"
    return None


def test_the_own_answer_is_one_query_on_the_article_and_reader(make_article, employee_client, employee):
    answered, unanswered = make_article(title="Artikel 1"), make_article(title="Artikel 2")
    ArticleFeedback.objects.create(article=answered, user=employee, useful=True)

    def feedback_queries(article):
        with CaptureQueriesContext(connection) as captured:
            html = employee_client.get(article.url).content.decode()
        return html, [query["sql"] for query in captured if "knowledge_base_articlefeedback" in query["sql"]]

    html, queries = feedback_queries(answered)
    assert "Je vond dit artikel nuttig" in html
    sql = queries[0].replace('"', "") if queries else ""
    assert len(queries) == 1 and "article_id =" in sql and "user_id =" in sql
    html, queries = feedback_queries(unanswered)
    assert "Je vond dit artikel" not in html
    assert len(queries) == 1


def test_a_changed_or_deleted_answer_shows_at_once(make_article, employee_client, employee):
    """Also when the answer changes elsewhere: in another browser of the reader, or in the admin."""
    article = make_article()
    assert answer_shown(employee_client, article) is None
    answer = ArticleFeedback.objects.create(article=article, user=employee, useful=True)
    assert answer_shown(employee_client, article) == "yes"
    answer.useful = False
    answer.save()
    assert answer_shown(employee_client, article) == "no"
    answer.delete()
    assert answer_shown(employee_client, article) is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"useful": "misschien"},
        {"useful": "yes", "comment": "x" * 1001},
        {"useful": "no", "comment": "x" * 100_000},
    ],
    ids=["no-answer", "unknown-answer", "comment-too-long", "comment-of-100000"],
)
def test_bad_input_shows_a_dutch_message_and_changes_nothing(make_article, employee_client, data):
    article = make_article()
    employee_client.post(feedback_url(article), {"useful": "yes", "comment": "Eerste"})
    response = employee_client.post(feedback_url(article), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Je reactie is niet opgeslagen" in html
    assert "utrecht-form-field-error-message" in html
    too_long = f"Maximaal 1000 tekens; je hebt er {len(data.get('comment', ''))} getypt."
    assert "Kies ja of nee." in html or too_long in html
    feedback = ArticleFeedback.objects.get()
    assert (feedback.useful, feedback.comment) == (True, "Eerste")


def test_a_comment_of_exactly_1000_characters_is_accepted(make_article, employee_client):
    article = make_article()
    html = employee_client.get(article.url).content.decode()
    assert 'maxlength="1000"' in html

    # Line breaks arrive as CR LF but count as one character, as in the browser.
    comment = ("c" * 99 + "\r\n") * 9 + "c" * 100
    response = employee_client.post(feedback_url(article), {"useful": "yes", "comment": comment})

    assert response.status_code == 302
    assert ArticleFeedback.objects.get().comment == comment


def test_anonymous_visitor_cannot_vote(client, make_article):
    article = make_article()
    response = client.post(feedback_url(article), {"useful": "yes"})
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]
    assert not ArticleFeedback.objects.exists()


def test_vote_needs_a_csrf_token(make_article, employee):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    article = make_article()
    response = client.post(feedback_url(article), {"useful": "yes"})
    assert response.status_code == 403
    assert not ArticleFeedback.objects.exists()


def test_get_on_the_feedback_address_goes_back_to_the_article(make_article, employee_client):
    article = make_article()
    response = employee_client.get(feedback_url(article))
    assert response.status_code == 302
    assert response["Location"] == article.url


def test_confirmation_is_shown_once_when_the_site_header_shows_messages(
    make_article, employee_client, settings, tmp_path
):
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "site_messages.html").write_text(
        "{% for message in messages %}<p class=site-message>{{ message }}</p>{% endfor %}"
    )
    (tmp_path / "base.html").write_text(
        '{% include "includes/site_messages.html" %}<main>{% block content %}{% endblock %}</main>'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    article = make_article()
    response = employee_client.post(feedback_url(article), {"useful": "yes"}, follow=True)
    assert response.content.decode().count("Bedankt voor je reactie.") == 1
