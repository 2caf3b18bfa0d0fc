"""Snippets show the text around the first matched word form, marked and escaped."""

from search.highlight import snippet, targets_for


def test_word_forms_are_marked():
    text = "Medewerkers volgen trainingen; de training duurt een dag."
    assert str(snippet(text, targets_for(["training"]))) == (
        "Medewerkers volgen <mark>trainingen</mark>; de <mark>training</mark> duurt een dag."
    )


def test_long_text_is_cut_around_the_first_match():
    text = " ".join(f"woord{n}" for n in range(100)) + " over het goede gesprek " + "en verder " * 50
    result = str(snippet(text, targets_for(["gesprekken"])))
    assert result.startswith("… woord97 woord98 woord99 over het goede <mark>gesprek</mark>")
    assert result.endswith(" …")
    assert len(result.split()) < 40


def test_without_a_match_the_start_of_the_text_is_shown():
    assert str(snippet("Een korte tekst.", targets_for(["lean"]))) == "Een korte tekst."


def test_everything_but_the_mark_is_escaped():
    result = str(snippet('Lean & "verspilling" <script>', targets_for(["verspillingen"])))
    assert result == "Lean &amp; &quot;<mark>verspilling</mark>&quot; &lt;script&gt;"


def test_a_later_match_starts_at_its_sentence_when_that_is_near():
    text = " ".join(f"woord{n}" for n in range(40)) + ". Neem je laptop mee naar de training."
    expected = "… Neem je laptop mee naar de <mark>training</mark>."
    assert str(snippet(text, targets_for(["training"]))) == expected


def test_separate_blocks_show_a_divider():
    text = "Drie minuten\nIn de eerste oefening volg je een training."
    assert str(snippet(text, targets_for(["training"]))) == (
        "Drie minuten · In de eerste oefening volg je een <mark>training</mark>."
    )
