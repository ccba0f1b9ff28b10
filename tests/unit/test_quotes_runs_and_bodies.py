"""A quote run over several paragraphs takes the speaker its attribution names, wherever in
the run it stands; an unnamed spokesperson or official of a named body is that body.
Texts invented for these tests."""

from __future__ import annotations

from reader.annotate import annotate


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in annotate(text).quotes]


def test_an_open_paragraph_takes_the_speaker_named_at_the_end_of_the_run():
    text = ('Ana Petrova, who leads the dockworkers, arrived late. Samuel Okafor opened the meeting.\n\n'
            '"We will reopen on Monday," Okafor said.\n\n'
            '"This is the first part of a long statement that goes on.\n\n'
            '"And this paragraph continues the same statement," Petrova told reporters.')
    assert speakers(text) == [
        ("We will reopen on Monday,", "Samuel Okafor"),
        ("This is the first part of a long statement that goes on.", "Ana Petrova"),
        ("And this paragraph continues the same statement,", "Ana Petrova"),
    ]


def test_every_open_paragraph_of_a_long_run_shares_the_final_attribution():
    text = ('Lena Brandt chairs the inquiry. Tomas Weller gave evidence on Tuesday.\n\n'
            '"The valves were never checked," said Weller.\n\n'
            '"Nobody asked for the records.\n\n'
            '"Nobody read the reports either.\n\n'
            '"That is what we will change," Brandt said.')
    assert [who for _, who in speakers(text)] == ["Tomas Weller", "Lena Brandt", "Lena Brandt", "Lena Brandt"]


def test_a_run_with_no_attribution_still_continues_the_previous_speaker():
    text = ('"We will reopen on Monday," said Samuel Okafor.\n\n'
            '"The first ships are due at dawn.\n\n'
            '"The rest will follow."')
    assert [who for _, who in speakers(text)] == ["Samuel Okafor"] * 3


def test_a_run_introduced_in_its_first_paragraph_keeps_that_speaker():
    text = ('Ana Petrova spoke after Samuel Okafor. Petrova said: "We are ready to talk.\n\n'
            '"But not at any price."')
    assert [who for _, who in speakers(text)] == ["Ana Petrova", "Ana Petrova"]


def test_an_unnamed_spokesperson_of_a_named_body_is_the_body():
    assert speakers('"Delays of up to a week are likely," a Maersk spokesperson said.') == [
        ("Delays of up to a week are likely,", "Maersk")]
    assert speakers('"No comment," a Foreign Ministry official said.') == [("No comment,", "Foreign Ministry")]
    assert speakers('"The line is closed," said a spokeswoman for Eurostar.') == [("The line is closed,", "Eurostar")]
    assert speakers('A Maersk spokesperson said: "Ships are waiting."') == [("Ships are waiting.", "Maersk")]


def test_the_body_named_by_a_common_noun_is_the_last_one_named():
    text = ('The Interior Ministry ordered the border closed on Friday. Traders protested.\n\n'
            '"We are looking into it," a spokesman for the ministry said.')
    assert speakers(text) == [("We are looking into it,", "Interior Ministry")]


def test_unnamed_speakers_with_no_body_stay_unnamed():
    assert speakers('"We are looking into it," a spokesman for the ministry said.') == [("We are looking into it,", None)]
    assert speakers('"It was chaos," a senior official said.') == [("It was chaos,", None)]
    # a person's spokesman or aide is not a body
    text = 'Mayor Dana Whitlock left early. "She is tired," a spokesman for Whitlock said.'
    assert speakers(text) == [("She is tired,", None)]
