"""Courses and event days are found by the site search, with the course category as a facet."""

import pytest

from tests.factories.academy import CourseCategoryFactory, CoursePageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def test_a_course_is_found_by_a_word_form_and_filtered_by_category(employee_client, academy):
    leadership = CourseCategoryFactory(name="Persoonlijk leiderschap", slug="persoonlijk-leiderschap")
    CoursePageFactory(
        parent=academy,
        title="Kracht in verandering",
        summary="Je onderzoekt hoe je reageert op veranderingen in je werk.",
        category=leadership,
    )
    answer = employee_client.get("/zoeken/", {"q": "verandering", "format": "json"}).json()
    titles = {result["title"]: result["type"] for result in answer["results"]}
    assert titles["Kracht in verandering"] == "Training"
    categories = {value["label"]: value["count"] for value in answer["facets"]["category"]}
    assert categories == {"Persoonlijk leiderschap": 1}


def test_an_event_day_is_found(employee_client, academy):
    EventPageFactory(parent=academy, title="Leercafé 2026", summary="Workshops over samenwerken en leren.")
    answer = employee_client.get("/zoeken/", {"q": "workshops", "format": "json"}).json()
    assert "Leercafé 2026" in [result["title"] for result in answer["results"]]
