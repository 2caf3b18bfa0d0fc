"""Properties of the search's query handling on arbitrary text (hypothesis).

Whatever an employee types, cleaning, stemming, synonym expansion, highlighting, the search form
and the spelling suggestion never raise, and keep the promises their docstrings make.
"""

import html
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from modelsearch.query import SearchQuery

from search import vocabulary
from search.analysis import index_text, word_terms
from search.forms import SearchForm
from search.highlight import BLOCK_DIVIDER, snippet, targets_for
from search.models import IndexedWord
from search.queries import plan
from search.text import MAX_QUERY_LENGTH, MAX_QUERY_WORDS, WORD_RE, clean_query, stem, words

# Any text, including NUL bytes, lone surrogates, combining marks and right-to-left letters.
any_text = st.text(alphabet=st.characters(codec=None), max_size=400)
# Text that looks like a query: Dutch words, digits, operators and quotes.
query_like = st.lists(
    st.one_of(
        st.sampled_from(["gesprek", "gesprekken", "M365", "één", "AND", "OR", "NOT", '"', "*", "-", "()"]),
        st.text(min_size=1, max_size=12),
    ),
    max_size=30,
).map(" ".join)
queries = st.one_of(any_text, query_like)


@given(queries)
@example("İstanbul")  # lower-cases into two characters, the second not a word character
@example("x" * 10_000)
@example("\x00a\ud800b")
def test_a_cleaned_query_is_short_and_has_only_words(raw):
    cleaned = clean_query(raw)

    assert isinstance(cleaned, str)
    assert len(cleaned.split()) <= MAX_QUERY_WORDS
    assert len(cleaned) <= MAX_QUERY_LENGTH * 2  # lower-casing may lengthen a few letters
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    # No operators, quotes or punctuation reach the search engine.
    assert not re.search(r'["*()\-:^~]', cleaned)
    assert all(WORD_RE.search(part) for part in cleaned.split())


@given(queries)
def test_cleaning_twice_finds_the_same_words(raw):
    once = clean_query(raw)

    assert words(clean_query(once)) == words(once)


@given(queries)
def test_words_and_stems_never_raise_and_stay_in_step(text):
    found = words(text)

    assert all(word == word.lower() for word in found)
    terms = index_text(text).split()
    assert terms[: len(found)] == [stem(word) for word in found]
    # after the words' stems: only their other terms, and those of hyphenated words joined
    joined = ["".join(words(match.group())) for match in re.finditer(r"\w+(?:-\w+)+", text)]
    assert set(terms[len(found) :]) <= {term for word in found + joined for term in word_terms(word)}


@given(text=any_text, query=queries)
@example(text="<mark>gesprek</mark> & <b>", query="gesprek")
@example(text="a" * 30_000 + " gesprek", query="gesprek")
def test_a_snippet_is_escaped_text_from_the_source_with_marks_only_on_matches(text, query):
    targets = targets_for(words(query))

    result = str(snippet(text, targets))

    plain = re.sub(r"</?mark>", "", result)
    assert "<" not in plain and ">" not in plain  # everything but the marks is escaped
    body = html.unescape(plain).removeprefix("… ").removesuffix(" …")
    assert body in text.replace("\n", BLOCK_DIVIDER)  # a line break between blocks shows as " · "
    for marked in re.findall(r"<mark>(.*?)</mark>", result):
        word = html.unescape(marked)
        assert word.lower() in targets or stem(word.lower()) in targets


synonym_groups = st.lists(st.lists(st.one_of(any_text, query_like), min_size=1, max_size=4), max_size=5)


@given(query=queries, groups=synonym_groups)
@example(query="m365 teams", groups=[["M365", "Microsoft 365"], ["teams", ""]])
def test_query_planning_never_raises_and_only_adds_the_editors_terms(query, groups):
    planned = plan(clean_query(query), groups=groups, known_words=lambda candidates: set(candidates))

    weights = [1.0 + index for index in range(len(planned.slots))]
    relaxed = [planned.relaxed(weights, share) for share in (2 / 3, 1 / 2, 1 / 3)]
    for search_query in (planned.strict(), *relaxed):
        assert search_query is None or isinstance(search_query, SearchQuery)
    all_terms = {term for group in groups for term in group}
    assert set(planned.alternatives) <= all_terms


form_data = st.dictionaries(
    st.sampled_from(["q", "type", "page", "topic", "category", "format", "x"]),
    st.one_of(
        queries, st.integers().map(str), st.sampled_from(["²", "١٢", "0", "-1", "1e3", "0" * 30 + "2"])
    ),
)


@given(form_data)
@example({"page": "9" * 5000})
@example({"page": "²", "topic": "²"})
@example({"q": "0\x00", "page": "\x00"})
def test_the_search_form_never_raises_and_always_has_a_page(data):
    form = SearchForm(data)

    raw = (data.get("q") or "").strip()
    # A NUL byte makes the field invalid (Django refuses them in text): then nothing is searched.
    assert form.query == ("" if "\x00" in raw else clean_query(raw))
    page = form.cleaned_data.get("page", 1)  # as the view reads it
    assert isinstance(page, int) and page >= 1
    assert all(isinstance(value, int) for value in form.facet_filters.values())


@pytest.mark.django_db
@given(queries)
@example("gesprekk mindfulnes")
def test_the_spelling_suggestion_never_raises(db_vocabulary, query):
    suggestion = vocabulary.suggest(clean_query(query))

    assert suggestion is None or isinstance(suggestion, str)
    if suggestion is not None:
        assert len(words(suggestion)) == len(words(clean_query(query)))


@pytest.fixture
def db_vocabulary(db):
    IndexedWord.objects.bulk_create(
        [IndexedWord.build(word, frequency) for word, frequency in [("gesprek", 5), ("mindfulness", 2)]]
    )
