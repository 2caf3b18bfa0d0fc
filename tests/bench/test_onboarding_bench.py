"""The onboarding benchmark's report: the target and the query count are judged, the section is
written between its markers and the rest of docs/benchmarks.md is kept."""

import argparse

from bench import onboarding


def result(p95_ms, rps=100):
    return {"rps": rps, "p50_us": p95_ms * 500, "p95_us": p95_ms * 1000, "errors": 0}


OPTIONS = argparse.Namespace(colleagues=500, steps=30, duration=10, warmup=5, quick=False)


def test_the_report_judges_the_target_and_the_query_count():
    text = onboarding.render(
        "sqlite", "SQLite 3", {"ping": result(2), "overview": result(120)}, {"50": 13, "500": 13}, OPTIONS
    )
    assert "Target p95 ≤ 300 ms: met (120 ms)." in text
    assert "13 with 50 colleagues, 13 with 500 colleagues (the same" in text

    text = onboarding.render(
        "sqlite", "SQLite 3", {"ping": result(2), "overview": result(400)}, {"50": 13, "500": 14}, OPTIONS
    )
    assert "NOT met (400 ms)" in text
    assert "it grows" in text


def test_the_section_goes_above_the_general_results_and_is_replaced_later(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Benchmarks\n\nIntro.\n\n{onboarding.RESULTS_MARKER}\nold results\n", encoding="utf-8")

    onboarding.write(f"{onboarding.START}\nfirst\n{onboarding.END}\n", doc)
    onboarding.write(f"{onboarding.START}\nsecond\n{onboarding.END}\n", doc)

    text = doc.read_text(encoding="utf-8")
    assert "first" not in text
    assert text.index("Intro.") < text.index("second") < text.index(onboarding.RESULTS_MARKER)
    assert text.endswith("old results\n")
