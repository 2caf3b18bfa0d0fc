"""Properties of the Academy's forms on arbitrary input (hypothesis): the catalogue's month
filter and the registration form with the course's extra questions."""

import datetime
import json

import pytest
from django.http import QueryDict
from hypothesis import example, given
from hypothesis import strategies as st

from academy_pages.forms import CatalogueFilterForm, RegistrationForm, month_choices
from academy_pages.models import CourseQuestion
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 15)
any_text = st.text(alphabet=st.characters(codec=None), max_size=60)
month_like = st.one_of(
    any_text,
    st.sampled_from([value for value, _label in month_choices(TODAY)]),
    st.builds(lambda y, m: f"{y}-{m}", st.integers(-10, 10_000), st.integers(-2, 14)),
)


@given(
    st.fixed_dictionaries(
        {},
        optional={"maand": month_like, "categorie": any_text, "aanbieder": any_text, "vorm": any_text},
    )
)
@example({"maand": "2026-13"})
@example({"maand": "2027-10", "aanbieder": "99999999999999999999"})
@example({"maand": "-1"})
def test_the_month_filter_is_a_month_from_the_list_or_nothing(data):
    form = CatalogueFilterForm(data, today=TODAY)

    form.is_valid()
    month = form.month_range
    offered = {value for value, _label in month_choices(TODAY)}
    if data.get("maand") in offered:
        start, end = month
        assert f"{start:%Y-%m}" == data["maand"]
        assert start.day == 1 and end.day == 1 and 28 <= (end - start).days <= 31
    else:
        assert month is None


@pytest.fixture
def questions(db, home_page):
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=home_page))
    kinds = [
        ("singleline", ""),
        ("multiline", ""),
        ("email", ""),
        ("number", ""),
        ("url", ""),
        ("date", ""),
        ("datetime", ""),
        ("dropdown", "Ja\nNee"),
        ("multiselect", "Ochtend\nMiddag"),
        ("checkboxes", "Ochtend\nMiddag"),
        ("radio", "Ja\nNee"),
        ("checkbox", ""),
    ]
    return [
        CourseQuestion.objects.create(
            page=course,
            sort_order=number,
            label=f"Vraag {number} ({kind})",
            field_type=kind,
            choices=choices,
            required=number % 2 == 0,
        )
        for number, (kind, choices) in enumerate(kinds)
    ]


answers = st.one_of(
    any_text,
    st.sampled_from(["Ja", "Nee", "Ochtend", "on", "2026-02-30", "31-12-2026", "12", "1e400", "²"]),
)


@given(data=st.data())
def test_any_answers_give_a_valid_form_or_field_errors_and_json_safe_answers(questions, data):
    form = RegistrationForm(questions=questions)  # the field names
    posted = {
        "name": data.draw(st.one_of(any_text, st.just("Anna Bakker"))),
        "email": data.draw(st.one_of(any_text, st.just("a.bakker@westbetuwe.nl"))),
        "team": data.draw(any_text),
    }
    for name, _label in form.question_names:
        posted[name] = data.draw(st.one_of(answers, st.lists(answers, max_size=3)))
    bound = RegistrationForm(_as_querydict(posted), questions=questions)

    if bound.is_valid():
        stored = bound.registration_data
        json.dumps(stored)  # stored in a JSONField
        assert set(stored["answers"]) == {label for _name, label in bound.question_names}
    else:
        assert bound.errors


def _as_querydict(values):
    data = QueryDict(mutable=True)
    for key, value in values.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return data
