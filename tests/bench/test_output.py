"""`python -m bench.run --output FILE` writes its results wherever FILE is and ends cleanly."""

import datetime

import pytest

from bench.run import MARKER, finish


@pytest.mark.parametrize("where", ["relative", "outside the repository"])
def test_results_are_written_to_a_relative_or_outside_path(where, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    target = "results.md" if where == "relative" else tmp_path / "elsewhere" / "results.md"
    started = datetime.datetime.now(datetime.UTC)

    written = finish(target, f"{MARKER}\n| ping | 1900 req/s |", started)

    assert written == (tmp_path / "results.md" if where == "relative" else target)
    assert "| ping | 1900 req/s |" in written.read_text(encoding="utf-8")
    assert f"wrote {written}" in capsys.readouterr().out
