"""Speakers found by salience: "it said" is the body just named, "the federation said" the body with
that word in its name, a quote-only paragraph after a portrait is its subject's, "He calls X 'Y'".
Texts invented for these tests."""

from __future__ import annotations

from reader.annotate import annotate


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in annotate(text).quotes]


def test_it_said_is_the_organization_named_just_before():
    text = ("The Danish Handball Federation did not answer calls on Friday. In a statement last week, "
            'it said the new rules would bring "a fairer season" for every club.')
    assert speakers(text) == [("a fairer season", "Danish Handball Federation", "partial")]


def test_it_said_far_from_any_organization_finds_no_speaker():
    text = ("The Danish Handball Federation met on Monday. The weather was mild. Crowds gathered. "
            "Trains ran late. Shops opened early. "
            'It said the season would be "a fresh start".')
    assert speakers(text)[0][1] is None


def test_the_federation_said_prefers_the_body_with_that_word():
    text = ("The Malian Football Federation and the ticket agency Tixora disagreed on prices. "
            '"We will not accept this," the federation said.')
    assert speakers(text) == [("We will not accept this,", "Malian Football Federation", "direct")]


def test_quote_only_paragraphs_after_a_portrait_are_its_subjects():
    text = ("In a quiet street of Tartu, Maarika Oolo runs a bakery that opens at four.\n\n"
            "The bread is sold out by nine. Oolo, who is 52 and once worked as a chemist, "
            "does not plan to hire anyone.\n\n"
            "“I learned to bake from my grandmother. She never measured anything.\n\n"
            "“Now I weigh every gram.”")
    assert [s for _, s, _ in speakers(text)] == ["Maarika Oolo", "Maarika Oolo"]


def test_a_quote_only_paragraph_after_a_paragraph_about_no_one_stays_unattributed():
    text = ("The bakery opens at four. The bread is sold out by nine.\n\n"
            "“Nobody expected the queue.”")
    assert speakers(text) == [("Nobody expected the queue.", None, "direct")]


def test_he_calls_is_a_partial_quote_of_that_person():
    text = ("Tomas Reyes, an economist at a bank in Lima, is less sure. "
            "He calls the forecast “wishful thinking” and expects slower growth.")
    assert speakers(text) == [("wishful thinking", "Tomas Reyes", "partial")]


def test_critics_call_stays_a_scare_quote():
    text = "The plan, which critics call 'a land grab', was approved on Monday."
    assert speakers(text) == [("a land grab", None, "scare")]


def test_so_called_marks_a_scare_quote_even_after_a_body():
    text = ("The central bank of Norvania held rates. The bank's so-called “double shield” "
            "of reserves has calmed markets, the central bank said.")
    assert speakers(text) == [("double shield", None, "scare")]


def test_a_plural_role_noun_as_subject_is_an_unnamed_group():
    text = ("President Amara Kone has promised growth of 8%, a goal many economists have called “ambitious”.")
    assert speakers(text) == [("ambitious", None, "partial")]


def test_a_person_inside_a_relative_clause_is_not_the_subject():
    text = 'Maria Lopez, who met Carlos Ruiz last week, said: "We agree on the plan."'
    assert speakers(text) == [("We agree on the plan.", "Maria Lopez", "direct")]


def test_a_colon_after_a_clause_a_person_opens_introduces_their_words():
    text = ('Finance Minister Lars Holm met Ms Berg on Monday.\n\nHolm said: "Yes, we will."\n\n'
            'Berg disagreed: "No, we will not."')
    assert [s for _, s, _ in speakers(text)] == ["Lars Holm", "Berg"]


def test_he_skips_a_person_the_article_calls_ms():
    text = 'Mr Holm met Ms Berg in Oslo. Berg left early. "We agree on the plan," he said.'
    assert speakers(text) == [("We agree on the plan,", "Holm", "direct")]


def test_she_skips_a_person_named_by_a_male_noun_in_apposition():
    text = ('Tomas Riva, the father of two, met Elena Sorin. Riva left early. Elena Sorin stayed.\n\n'
            'Riva waved. "We agree on the plan," she said.')
    assert speakers(text) == [("We agree on the plan,", "Elena Sorin", "direct")]


def test_a_role_named_in_apposition_resolves_the_role_noun():
    text = 'Tom Reed, the mayor, met Jane Doe. "We will build it," the mayor told reporters.'
    assert speakers(text) == [("We will build it,", "Tom Reed", "direct")]


def test_a_possessive_person_inside_an_apposition_does_not_hide_the_subject():
    text = 'Jane Roe, Tom Smith\'s lawyer, said: "He is innocent."'
    assert speakers(text) == [("He is innocent.", "Jane Roe", "direct")]


def test_a_quote_only_paragraph_after_a_person_introduced_by_role():
    text = ('The river rose overnight.\n\nAnother resident, Amina Diallo, 62, lost her house.\n\n'
            '"We had nothing left."')
    assert speakers(text) == [("We had nothing left.", "Amina Diallo", "direct")]


def test_a_group_met_on_the_way_to_the_verb_is_not_its_subject():
    text = 'Maria Lopez, speaking to reporters, said: "We are ready."'
    assert speakers(text) == [("We are ready.", "Maria Lopez", "direct")]


def test_a_present_naming_verb_with_no_one_named_marks_a_scare_quote():
    text = 'The ministry wants all aid to pass through the capital, a demand donors call "a recipe for theft".'
    assert speakers(text) == [("a recipe for theft", None, "scare")]
    text = 'Ruiz took office in May, a move many lawyers have called "reckless".'
    assert speakers(text) == [("reckless", None, "partial")]


def test_a_body_named_in_apposition_after_its_noun_speaks_and_an_indefinite_one_is_unnamed():
    text = ('The lawyers spoke to France Info. A police union, Alliance, called the decision "a slap in the face".')
    assert speakers(text) == [("a slap in the face", "Alliance", "partial")]
    text = 'The lawyers spoke to France Info. A police union called the decision "a slap in the face".'
    assert speakers(text) == [("a slap in the face", None, "partial")]
