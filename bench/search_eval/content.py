"""Database side of the search evaluation: the content to search and the search to ask.

Runs inside Django (the evaluation's worker process, or a test)."""

import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from bench.search_eval import corpus

EMPLOYEE = "medewerker"  # the demo's ordinary employee (demo/content/organisation.py)


def load_content(timings=None):
    """Load the demo content and the evaluation corpus, then rebuild the search index and vocabulary.

    With a dict as `timings`, the seconds of each step are added to it."""
    from demo.loading import load_demo_content, load_more_articles

    timings = {} if timings is None else timings
    started = time.monotonic()
    load_demo_content()
    timings["demo"] = time.monotonic() - started
    started = time.monotonic()
    load_more_articles(corpus.ARTICLES, topics=corpus.TOPICS, synonyms=corpus.SYNONYMS)
    timings["corpus"] = time.monotonic() - started
    started = time.monotonic()
    # Wagtail's update_index followed by search.vocabulary.rebuild() (search/management/commands).
    call_command("update_index", verbosity=0)
    timings["index"] = time.monotonic() - started


def employee():
    return get_user_model().objects.get(username=EMPLOYEE)


def json_search(client):
    """A `search(query) -> (urls, titles, suggestion)` that asks the JSON endpoint, as the search box does.

    `client` is a Django test client with a logged-in employee."""
    url = reverse("search:search")

    def search(query):
        response = client.get(url, {"format": "json", "q": query})
        assert response.status_code == 200, (query, response.status_code)
        answer = response.json()
        results = answer["results"]
        urls, titles = [result["url"] for result in results], [result["title"] for result in results]
        return urls, titles, answer["suggestion"]

    return search
