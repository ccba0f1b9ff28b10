"""Quotations: pairing the marks, kinds (direct/partial/scare) and speakers."""

from __future__ import annotations

from reader.annotate import annotate


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    result = annotate(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.kind, q.speaker) for q in result.quotes]


def test_curly_quote_with_speaker_after_and_partial_in_reported_speech():
    text = ("Foreign Minister Mevlut Cavusoglu spoke on Thursday.\n\n"
            "“We will discuss all the details. We have always called on Russia to act,” Cavusoglu said, "
            "adding that the proposal was still “on the table.”")
    assert quotes(text) == [
        ("We will discuss all the details. We have always called on Russia to act,", "direct", "Mevlut Cavusoglu"),
        ("on the table.", "partial", "Mevlut Cavusoglu"),
    ]


def test_straight_quotes_and_inverted_attribution():
    text = 'Chancellor Olaf Scholz visited Kyiv. "We stand with Ukraine for as long as it takes," said Scholz.'
    assert quotes(text) == [("We stand with Ukraine for as long as it takes,", "direct", "Olaf Scholz")]


def test_speaker_before_the_quote_with_colon():
    text = 'Prime Minister Kaito Sugimura said: "The budget will pass this week, whatever the opposition does."'
    assert quotes(text) == [("The budget will pass this week, whatever the opposition does.", "direct", "Kaito Sugimura")]


def test_according_to():
    text = 'The plan was "dead on arrival", according to Senator Maria Delgado.'
    assert quotes(text) == [("dead on arrival", "partial", "Maria Delgado")]


def test_pronoun_resolves_to_the_recent_person_and_not_to_a_passing_mention():
    text = ("Paul Novak, whose daughter Alexandra was hurt, leads the campaign. He spoke to reporters.\n\n"
            '"We want the truth, not revenge," he said.')
    assert quotes(text) == [("We want the truth, not revenge,", "direct", "Paul Novak")]


def test_the_minister_resolves_by_role():
    text = ("President Ana Duarte and Defence Minister Rui Tavares met on Monday.\n\n"
            '"The army is ready to help with the floods," the minister said.\n\n'
            '"We will rebuild every bridge," the president said.')
    assert [q[2] for q in quotes(text)] == ["Rui Tavares", "Ana Duarte"]


def test_the_top_diplomat_is_the_foreign_minister():
    text = ("Turkish Foreign Minister Mevlut Cavusoglu met Russian President Vladimir Putin.\n\n"
            "The top Turkish diplomat described Daesh as a “common enemy,” calling on Russia to join Turkey.")
    assert quotes(text) == [("common enemy,", "partial", "Mevlut Cavusoglu")]


def test_quote_only_paragraph_continues_the_previous_speaker():
    text = ('"Many countries are engaged in Syria. There could be mistakes," Defence Minister Lena Berg said.\n\n'
            '"In order to prevent that, we need to share real time intelligence."')
    assert [q[1:] for q in quotes(text)] == [("direct", "Lena Berg"), ("direct", "Lena Berg")]


def test_quote_over_two_paragraphs_reopens_with_a_mark():
    text = ("Residents described the night. Angela Ruiz lost her home.\n\n"
            '"I heard the water first. Then the wall came down.\n\n'
            '"We had nothing left by morning," she said.')
    found = quotes(text)
    assert found == [
        ("I heard the water first. Then the wall came down.", "direct", "Angela Ruiz"),
        ("We had nothing left by morning,", "direct", "Angela Ruiz"),
    ]


def test_speaker_named_before_a_multi_paragraph_quote():
    text = ('Spokesman Tomas Lind said:\n\n"The talks failed.\n\n"We will try again next week."')
    assert [q[2] for q in quotes(text)] == ["Tomas Lind", "Tomas Lind"]


def test_scare_quotes_have_no_speaker():
    text = 'Officials in Brussels have spoken of a "peace plan" as though the phrase settled the matter.'
    assert quotes(text) == [("peace plan", "scare", None)]


def test_partial_quote_without_a_named_speaker():
    text = 'Supporters of the plan insist it is "realistic".'
    assert quotes(text) == [("realistic", "partial", None)]


def test_passive_reporting_verb_gives_the_agent_not_the_subject():
    text = 'The commander, Abu Salim, was described by the coalition as "one of the most dangerous men alive".'
    assert quotes(text) == [("one of the most dangerous men alive", "partial", None)]


def test_indefinite_speaker_stays_unattributed():
    text = 'Nadia Haddad left. "It is time for them to go home," one lawmaker said.'
    assert quotes(text) == [("It is time for them to go home,", "direct", None)]


def test_organization_as_speaker_via_the_company_said():
    text = 'Apple said it would appeal. In a statement, the company said the ruling ignored "any credible evidence".'
    assert quotes(text) == [("any credible evidence", "partial", "Apple")]


def test_inner_single_quotes_stay_inside_the_outer_quote():
    text = "“They called it a ‘technical pause’ and left,” Senator Ruth Okafor said."
    assert quotes(text) == [("They called it a ‘technical pause’ and left,", "direct", "Ruth Okafor")]


def test_british_single_quotes_and_apostrophes():
    text = "Let's be clear: Russia's plan, which critics call 'a land grab', dates from the '90s."
    assert quotes(text) == [("a land grab", "scare", None)]


def test_unclosed_quote_at_end_of_text():
    text = 'Mayor Hugo Ferrer said: "We will not give up on this city'
    assert quotes(text) == [("We will not give up on this city", "direct", "Hugo Ferrer")]


def test_empty_quotes_and_stray_marks_are_ignored():
    assert quotes('He wrote "" and then ” alone.') == []


def test_markup_like_text_inside_quotes_is_kept_verbatim():
    text = 'Cavusoglu said: "We fight [IS] and [/] and [@click=app.quit]x[/] together."'
    assert quotes(text)[0][0] == "We fight [IS] and [/] and [@click=app.quit]x[/] together."


def test_an_aide_to_a_named_person_is_not_that_person():
    text = 'President Lee Jae-myung was away. A senior aide to Lee said the launches were "a reminder".'
    assert quotes(text) == [("a reminder", "partial", None)]


def test_scare_quote_before_a_passive_verb_has_no_speaker():
    text = 'It is the same "realism" that was urged on Georgia in 2008.'
    assert quotes(text) == [("realism", "scare", None)]


def test_second_quote_in_a_paragraph_keeps_the_speaker():
    text = '"Iraq will not be a haven," Prime Minister Ali Karimi said in a statement. "We will hunt them down."'
    assert [q[1:] for q in quotes(text)] == [("direct", "Ali Karimi"), ("direct", "Ali Karimi")]


def test_speaker_after_the_quote_with_an_apposition():
    text = '"Most of them are not making money yet," Gil Luria, an analyst at D.A. Davidson, told reporters.'
    assert quotes(text) == [("Most of them are not making money yet,", "direct", "Gil Luria")]


def test_the_nationality_noun_is_the_person_last_met():
    text = ('Arsenal boss Mikel Arteta was angry.\n\n"For me it is not a penalty. I am not the referee," '
            'the Spaniard said.')
    assert [q[2] for q in quotes(text)] == ["Mikel Arteta"]


def test_an_unnamed_member_of_a_named_party_is_unattributed():
    text = 'A senior CDU figure, speaking on condition of anonymity, said the party was "relieved, not happy".'
    assert quotes(text) == [("relieved, not happy", "partial", None)]


def test_british_single_quotes_with_double_quotes_inside():
    text = ("‘The roof just lifted off. My neighbour said it was “like a train going past”, and she was "
            "right,’ said Sarah Pengelly, 67. Council leader Tudor Evans described it as ‘one of the worst’.")
    assert quotes(text) == [
        ("The roof just lifted off. My neighbour said it was “like a train going past”, and she was right,",
         "direct", "Sarah Pengelly"),
        ("one of the worst", "partial", "Tudor Evans"),
    ]
