"""The search evaluation (bench/search_eval, docs/search.md): the set is sound, and the real search
keeps at least the top-3 hit rate it had when the evaluation was added.

Unlike the rest of the suite this builds the demo content: the evaluation is about the articles
employees actually read, and the corpus links to them. Everything happens inside this test's
transaction, so nothing leaks into other tests.
"""

from collections import Counter

import pytest

from bench.search_eval import FLOOR, MRR_FLOOR, content, corpus
from bench.search_eval.holdout import QUERIES as HOLDOUT
from bench.search_eval.queries import KINDS, QUERIES
from bench.search_eval.scoring import TOTAL, QueryResult, evaluate, slug_of, summarise
from demo.content import ARTICLES as DEMO_ARTICLES

MIN_QUERIES = 120
MIN_PER_KIND = 14
MIN_CORPUS = 40


def test_the_evaluation_set_is_complete():
    assert len(QUERIES) >= MIN_QUERIES
    per_kind = Counter(kind for _query, _expected, kind in QUERIES)
    assert set(per_kind) == set(KINDS)
    assert min(per_kind.values()) >= MIN_PER_KIND, per_kind
    queries = [query for query, _expected, _kind in QUERIES]
    assert len(queries) == len(set(queries)), [q for q, n in Counter(queries).items() if n > 1]


def test_every_expected_article_exists():
    demo_slugs = {article.slug for article in DEMO_ARTICLES}
    corpus_slugs = {article.slug for article in corpus.ARTICLES}
    assert len(corpus.ARTICLES) >= MIN_CORPUS
    assert len(corpus_slugs) == len(corpus.ARTICLES)
    assert not demo_slugs & corpus_slugs
    for queries in (QUERIES, HOLDOUT):
        missing = {slug for _q, expected, _k in queries for slug in expected} - demo_slugs - corpus_slugs
        assert not missing


def test_the_held_out_queries_are_new_and_cover_every_kind():
    assert not {query for query, _e, _k in HOLDOUT} & {query for query, _e, _k in QUERIES}
    assert {kind for _q, _e, kind in HOLDOUT} == set(KINDS)


def test_scoring():
    results = evaluate(
        [("a", ("x",), "k1"), ("b", ("y", "z"), "k1"), ("c", ("x",), "k2")],
        {"a": ["/kb/x/"], "b": ["/kb/q/", "/kb/q2/", "/kb/z/"], "c": ["/kb/1/"] * 3 + ["/kb/x/"]}.get,
    )
    assert [result.rank for result in results] == [1, 3, 4]
    rows = {row.kind: row for row in summarise(results)}
    assert (rows["k1"].hits, rows["k1"].mrr) == (2, pytest.approx((1 + 1 / 3) / 2))
    assert (rows["k2"].hits, rows["k2"].mrr) == (0, pytest.approx(1 / 4))
    assert (rows[TOTAL].n, rows[TOTAL].hits) == (3, 2)
    assert slug_of("/kennisbank/fietsplan/?q=1") == "fietsplan"
    assert QueryResult("q", "k", ("x",), ()).rank == 0


@pytest.mark.django_db
def test_the_search_keeps_its_top_3_rate(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    content.load_content()
    client.force_login(content.employee())

    results = evaluate(QUERIES, content.json_search(client))

    total = summarise(results, KINDS)[-1]
    misses = [(result.query, result.expected, result.titles[:3]) for result in results if not result.hit]
    assert total.top3 >= FLOOR, f"top-3 {total.top3:.0%} below the floor {FLOOR:.0%}; misses: {misses}"
    assert total.mrr >= MRR_FLOOR, f"MRR {total.mrr:.2f} below the floor {MRR_FLOOR:.2f}"
