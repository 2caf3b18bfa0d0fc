from django import forms
from django.utils.translation import gettext_lazy as _

from search import registry
from search.text import MAX_QUERY_LENGTH, MAX_QUERY_WORDS, clean_query, words


class SearchForm(forms.Form):
    """The search box and filters. Lenient: bad filters are dropped with a message, never an error page."""

    q = forms.CharField(label=_("Search term"), required=False, strip=True)
    type = forms.CharField(required=False)
    page = forms.CharField(required=False)
    # "Search instead for ...": the query as typed, without spelling correction.
    exact = forms.BooleanField(required=False)

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.notices = []
        self.facet_filters = {}
        self.is_valid()

    def clean_q(self):
        raw = self.cleaned_data["q"]
        cleaned = clean_query(raw)
        if raw and not cleaned:
            self.notices.append(_("Type a search term with letters or digits."))
        elif len(raw) > MAX_QUERY_LENGTH or len(words(raw)) > MAX_QUERY_WORDS:
            self.notices.append(_("Your search was too long and has been shortened."))
        return cleaned

    def clean_type(self):
        value = self.cleaned_data["type"]
        if value and not registry.by_key(value):
            self.notices.append(_("Unknown content type; showing all types."))
            return ""
        return value

    def clean_page(self):
        value = (self.cleaned_data["page"] or "1").lstrip("0")
        # isdecimal(), not isdigit(): "²" is a digit that int() cannot read. "" was only zeros.
        if not value.isdecimal():
            self.notices.append(_("That results page does not exist; showing the first page."))
            return 1
        # A longer number is past the last page anyway (and int() refuses thousands of digits).
        return int(value) if len(value) <= 18 else 10**18

    def clean(self):
        cleaned = super().clean()
        for key in registry.facets():
            value = (self.data.get(key) or "").strip()
            if not value:
                continue
            if value.isdecimal() and len(value) < 12:
                self.facet_filters[key] = int(value)
            else:
                self.notices.append(_("Unknown filter value; the filter is ignored."))
        return cleaned

    @property
    def query(self):
        return self.cleaned_data.get("q", "")
