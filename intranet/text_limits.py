"""Limits on free text in forms, with the Dutch message at the field when a text is too long.

Each app chooses its own limits (next to the field, with the reason); this module only makes a
form field keep to one: on the server, and as `maxlength` in the HTML so the browser stops typing
at the limit.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

TOO_LONG = _("At most %(limit_value)d characters; you typed %(show_value)d.")


class MaxTextLengthValidator(MaxLengthValidator):
    """Counts a line break as one character, as the browser's `maxlength` does.

    A textarea posts its line breaks as CR LF; counting those as two characters would refuse a
    text the browser just let the employee type.
    """

    message = TOO_LONG

    def clean(self, x):
        return len(x.replace("\r\n", "\n"))


def limit_length(field, limit):
    """Let the form field accept at most `limit` characters; returns the field.

    Replaces a length check the field already has (Django's, or Wagtail's form builder's), so
    there is one limit and one message.
    """
    field.max_length = limit
    field.validators = [
        validator for validator in field.validators if not isinstance(validator, MaxLengthValidator)
    ]
    field.validators.append(MaxTextLengthValidator(limit))
    field.error_messages["max_length"] = TOO_LONG
    if not field.widget.is_hidden:
        field.widget.attrs["maxlength"] = str(limit)
    return field


class LimitedCharField(forms.CharField):
    """A `CharField` that keeps to `max_length` the way `limit_length` does."""

    def __init__(self, *, max_length, **kwargs):
        super().__init__(**kwargs)
        limit_length(self, max_length)
