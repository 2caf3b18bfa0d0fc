"""The output of `make search-eval`: the tables it writes into docs/search.md and the misses it lists."""

from bench.search_eval import run
from bench.search_eval.scoring import QueryResult, summarise


def results():
    return [
        QueryResult("fietsplan", "title", ("fietsplan",), ("/kennisbank/fietsplan/",), ("Fietsplan",)),
        QueryResult("pensoen", "typo", ("pensioen-abp",), (), (), "pensioen"),
    ]


def test_write_docs_replaces_only_the_section_between_the_markers(tmp_path, monkeypatch):
    doc = tmp_path / "search.md"
    doc.write_text(f"# Search\n\nIntro.\n\n{run.START}\nold figures\n{run.END}\n\nAfter.\n", encoding="utf-8")
    monkeypatch.setattr(run, "DOC", doc)
    monkeypatch.setattr(run, "ROOT", tmp_path)

    run.write_docs([("SQLite 3.40", summarise(results(), ["title", "typo"]), 12.3)])

    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Search\n\nIntro.\n\n")
    assert text.endswith(f"{run.END}\n\nAfter.\n")
    assert "old figures" not in text
    assert "**SQLite 3.40** (12 s wall time)" in text
    assert "| title | 1 | 100% | 1.00 |" in text
    assert "| typo | 1 | 0% | 0.00 |" in text
    assert "| **total** | 2 | 50% | 0.50 |" in text


def test_misses_name_the_query_the_expected_article_and_the_suggestion():
    (line,) = run.misses(results())
    assert "[typo] 'pensoen' -> expected pensioen-abp (not on page 1)" in line
    assert "top 3: (nothing); suggestion 'pensioen'" in line
