"""Scoring of the search evaluation: pure functions, no database.

`evaluate(queries, search)` runs every query through `search` (a function from the query to the
URLs of the results, best first) and records the rank of the first expected article;
`summarise(results)` turns that into top-3 hit rate and mean reciprocal rank per kind and in total.
"""

from dataclasses import dataclass

TOP = 3
TOTAL = "total"


def slug_of(url):
    """The page slug at the end of a result URL ("/kennisbank/fietsplan/" -> "fietsplan")."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class QueryResult:
    query: str
    kind: str
    expected: tuple
    urls: tuple  # the first page of results, best first
    titles: tuple = ()
    suggestion: str = ""  # the search's "Did you mean", if it made one

    @property
    def rank(self):
        """1-based rank of the first expected article on the first page; 0 when absent."""
        for position, url in enumerate(self.urls, start=1):
            if slug_of(url) in self.expected:
                return position
        return 0

    @property
    def hit(self):
        return 0 < self.rank <= TOP

    @property
    def reciprocal_rank(self):
        return 1 / self.rank if self.rank else 0.0


@dataclass(frozen=True)
class KindScore:
    kind: str
    n: int
    hits: int
    mrr: float

    @property
    def top3(self):
        return self.hits / self.n if self.n else 0.0


def evaluate(queries, search):
    """Run `(query, expected_slugs, kind)` entries through `search`.

    `search(query)` returns the result URLs of the first page, best first, or a tuple
    `(urls, titles)` or `(urls, titles, suggestion)`.
    """
    results = []
    for query, expected, kind in queries:
        answer = search(query)
        urls, titles, suggestion = (*answer, "")[:3] if isinstance(answer, tuple) else (answer, (), "")
        results.append(
            QueryResult(query, kind, tuple(expected), tuple(urls), tuple(titles), suggestion or "")
        )
    return results


def summarise(results, kinds=None):
    """A KindScore per kind (in the order of `kinds`, else first seen) and a last one for the total."""
    if kinds is None:
        kinds = list(dict.fromkeys(result.kind for result in results))
    rows = [_score(kind, [result for result in results if result.kind == kind]) for kind in kinds]
    rows.append(_score(TOTAL, results))
    return rows


def _score(kind, results):
    n = len(results)
    hits = sum(result.hit for result in results)
    mrr = sum(result.reciprocal_rank for result in results) / n if n else 0.0
    return KindScore(kind, n, hits, mrr)


def table(rows):
    """The scores as a Markdown table."""
    lines = ["| Kind | n | Top-3 | MRR |", "|---|---:|---:|---:|"]
    for row in rows:
        kind = f"**{row.kind}**" if row.kind == TOTAL else row.kind
        lines.append(f"| {kind} | {row.n} | {row.top3:.0%} | {row.mrr:.2f} |")
    return "\n".join(lines)
