"""The shared text limit: one check, counted as the browser counts, with a Dutch message."""

import pytest
from django import forms
from django.utils import translation

from intranet.text_limits import LimitedCharField, limit_length


class NoteForm(forms.Form):
    note = LimitedCharField(max_length=10, required=False, widget=forms.Textarea)


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


def test_the_limit_itself_is_accepted_and_one_more_is_not():
    assert NoteForm({"note": "x" * 10}).is_valid()

    form = NoteForm({"note": "x" * 11})

    assert not form.is_valid()
    assert form.errors["note"] == ["Maximaal 10 tekens; je hebt er 11 getypt."]


def test_a_line_break_counts_as_one_character_like_in_the_browser():
    assert NoteForm({"note": "abcd\r\nefgh\r\n"}).is_valid()  # 10 in the browser, 12 posted


def test_the_html_tells_the_browser_the_limit():
    assert 'maxlength="10"' in str(NoteForm()["note"])


def test_a_fields_own_longer_limit_is_replaced():
    field = limit_length(forms.CharField(max_length=255), 5)

    with pytest.raises(forms.ValidationError) as error:
        field.clean("x" * 6)

    assert error.value.messages == ["Maximaal 5 tekens; je hebt er 6 getypt."]
    assert field.widget.attrs["maxlength"] == "5"
