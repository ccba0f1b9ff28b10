"""Alignment on accounts it was not tuned on: figures, imperfect entity annotation,
far splits, mutual best pairs, and the same-story test. All text invented here."""

from __future__ import annotations

from annotation_builders import mention
from compare_helpers import article

from reader.annotate.model import Annotations
from reader.compare import compare
from reader.compare.assign import DIFFERENT_STORY_THRESHOLD, assign
from reader.compare.extend import MUTUAL_FLOOR
from reader.compare.features import MentionIndex, features
from reader.compare.numbers import TOKEN, read_token
from reader.compare.score import Scorer
from reader.compare.story import name_share, names, same_story
from reader.compare.units import units

EMPTY = Annotations((), ())


def scoring_words(text: str) -> list[str]:
    return [word for token in TOKEN.findall(text) for word in read_token(token)]


def scorer_for(left: str, right: str, left_ann=EMPTY, right_ann=EMPTY) -> Scorer:
    return Scorer(
        [features(left, u, MentionIndex(left_ann.entities), left_ann) for u in units(left)],
        [features(right, u, MentionIndex(right_ann.entities), right_ann) for u in units(right)],
    )


def pairs_of(left: str, right: str, left_ann=EMPTY, right_ann=EMPTY) -> set[tuple]:
    a, b = article([left], "Left Post", "a"), article([right], "Right Times", "b")
    result = compare(a, b, left_ann, right_ann)
    rows = [r for r in result.rows if r.left and r.right]
    return {(tuple(u.index for u in r.left), tuple(u.index for u in r.right)) for r in rows}


# --- figures ---


def test_figures_are_read_in_one_form():
    assert scoring_words("Forty-two boats, 1,250 crew, the seventh day") == [
        "42", "boats", "1250", "crew", "the", "7th", "day"
    ]
    assert scoring_words("up 3.5% or 3.5 per cent or 3.5 percent") == [
        "up", "3.5", "%", "or", "3.5", "%", "or", "3.5", "%"
    ]
    assert read_token("12th") == ("12th",) and read_token("twelfth") == ("12th",)
    assert read_token("ninety-nine") == ("99",) and read_token("half-built") == ("half", "built")
    # A decimal comma is not a thousands separator; words holding digits stay words.
    assert read_token("1,5") == ("1,5",) and read_token("A380") == ("A380",)
    # "one" and "two" stay words: "one of the", "the two sides" are rarely figures.
    assert scoring_words("one of the two") == ["one", "of", "the", "two"]


def test_a_figure_written_in_words_meets_the_same_figure_in_digits():
    left = "Seventeen fishermen were rescued off Skerry Point. The lighthouse keeper raised the alarm."
    right = "Coastguards said 17 fishermen had been pulled from the sea. A storm is due tonight."
    s = scorer_for(left, right)
    assert s.pair(0, 0) > s.pair(0, 1) and s.pair(0, 0) > s.pair(1, 0)
    plain = scorer_for(left.replace("Seventeen", "Many"), right)
    assert s.pair(0, 0) > plain.pair(0, 0)


# --- entity annotation that is wrong or uneven ---


def test_a_name_delimited_differently_on_each_side_still_meets_by_its_words():
    left = "Tin prices on the Kuala Lumpur Tin Market fell 3% on Monday."
    right = "Tin slid 3% in Kuala Lumpur."
    # The annotator sees a market on one side and a city on the other.
    la = Annotations((mention(left, "Kuala Lumpur Tin Market", "ORG"), mention(left, "Monday", "DATE")), ())
    ra = Annotations((mention(right, "Kuala Lumpur", "GPE"),), ())
    with_entities = scorer_for(left, right, la, ra).pair(0, 0)
    without = scorer_for(left, right).pair(0, 0)
    assert with_entities >= 0.8 * without > 0.2


def test_a_date_typed_on_one_side_only_meets_by_its_words():
    left = "A 51-day stoppage at the Orla smelter in 2019 cost the owners dearly."
    right = "The 2019 stoppage at Orla lasted 51 days."
    la = Annotations((mention(left, "2019", "DATE"),), ())
    ra = Annotations((mention(right, "51 days", "DATE"),), ())
    assert scorer_for(left, right, la, ra).pair(0, 0) >= scorer_for(left, right).pair(0, 0) > 0.3


def test_an_alias_still_meets_its_canonical_name():
    left = "Fighters of the Harbour Front seized the customs post."
    right = "HF fighters took the customs post."
    la = Annotations((mention(left, "Harbour Front", "ORG"),), ())
    ra = Annotations((mention(right, "HF", "ORG", "Harbour Front"),), ())
    assert scorer_for(left, right, la, ra).pair(0, 0) > scorer_for(left, right).pair(0, 0)


def test_a_long_name_weighs_no_more_than_one_word():
    text = "Gerda Maria Lindqvist Holm opened the bridge."
    ann = Annotations((mention(text, "Gerda Maria Lindqvist Holm", "PERSON"),), ())
    terms = features(text, units(text)[0], MentionIndex(ann.entities), ann).terms
    assert sum(terms[t] for t in ("gerda", "maria", "lindqvis", "holm")) == 1.0
    assert terms["bridg"] == 1.0


# --- far splits and mutual best pairs ---


def test_one_sentence_pairs_with_two_that_are_not_neighbours():
    left = (
        "Nine guards were hurt when inmates set fire to mattresses at Varden prison. "
        "The governor said the fire was put out within an hour. "
        "Fourteen inmates were moved to other jails after the riot."
    )
    right = (
        "Prison officials said nine guards were hurt and fourteen inmates moved to other jails after the Varden riot."
    )
    matches = assign(scorer_for(left, right))
    assert [(m.left, m.right) for m in matches] == [((0, 2), (0,))]


def test_a_far_unit_that_only_repeats_a_word_or_two_does_not_join():
    left = (
        "Workers at the Kessel brewery walked out on Friday over pay, the union said. "
        "The strike is the first at the site. "
        "Kessel is the largest brewery in the region, and beer accounts for a tenth of its exports."
    )
    right = "Workers at Kessel, the region's largest brewery, walked out on Friday in a row over pay."
    matches = assign(scorer_for(left, right))
    assert [(m.left, m.right) for m in matches] == [((0,), (0,))]


def test_mutual_best_partners_pair_below_the_threshold_only_in_the_same_story():
    left = (
        "Flooding closed the Marren bridge at Oldcastle on Tuesday. "
        "The mayor, Ida Brenner, blamed years of underinvestment in drains. "
        "Engineers from Oldcastle council will inspect the Marren bridge on Thursday."
    )
    right = (
        "The Marren bridge at Oldcastle was shut by floodwater on Tuesday. "
        "Oldcastle council engineers will check the Marren bridge on Thursday. "
        "Residents said the drains had been neglected."  # out of order: no gap to fill
    )
    s = scorer_for(left, right)
    weak = s.pair(1, 2)
    assert MUTUAL_FLOOR <= weak < 0.2  # too weak for the greedy pass
    assert {(m.left, m.right) for m in assign(s)} == {((0,), (0,)), ((1,), (2,)), ((2,), (1,))}
    # Told that the accounts are of different stories, only pairs above 0.5 are made.
    assert s.pair(0, 0) < DIFFERENT_STORY_THRESHOLD <= s.pair(2, 1)
    assert {(m.left, m.right) for m in assign(s, same_story=False)} == {((2,), (1,))}


def test_a_left_over_unit_pairs_only_with_a_partner_that_prefers_it():
    left = "Snow closed the Vell pass on Sunday. Ski lifts stayed shut all day. Hotels reported cancellations."
    right = "The Vell pass was closed by snow on Sunday. Hotels said bookings fell as lifts stood idle."
    s = scorer_for(left, right)
    assert 0 < s.pair(1, 1) < s.pair(2, 1) < 0.2  # both weak; right 1 prefers left 2
    assert {(m.left, m.right) for m in assign(s)} == {((0,), (0,)), ((2,), (1,))}


# --- same story or not ---


def test_names_are_capitalized_words_that_do_not_open_a_sentence():
    found = names('Police cleared the Arden Road camp on Monday. "We left," said Tom Reyes of the FCA.\n\nAnd then.')
    assert found == {"arden", "road", "monday", "tom", "reyes", "fca"}


def test_accounts_of_different_events_are_told_apart_by_their_names():
    one = "Fire crews in Lisbon fought a blaze at the Alcantara docks. Mayor Carlos Moedas visited the Alcantara site."
    same = "A fire at Lisbon's Alcantara docks was fought through the night, and Carlos Moedas came to see it."
    other = "Fire crews in Porto fought a blaze at the Leixoes docks. Mayor Rui Moreira visited the Leixoes terminal."
    assert same_story(one, same)
    assert not same_story(one, other)
    assert name_share("it rained.", one) is None and same_story("it rained.", one)  # too few names to tell


def test_different_stories_keep_only_very_strong_pairs():
    left = (
        "Dockers in Valdor walked out on Monday over automation, the Harbour Union said. "
        "The port of Valdor handles about 9 million containers a year. "
        "Minister Anke Roos urged both sides to talk."
    )
    right = (
        "Crane drivers at Brisk port stopped work on Friday in a row over shifts. "
        "Brisk handles about 2 million containers a year. "
        "The Brisk Dock Company said it would not negotiate under pressure."
    )
    assert not same_story(left, right)
    s = scorer_for(left, right)
    # Left 0 and right 2 share a word and are each other's best: between accounts
    # of one story they would pair; here they do not.
    assert MUTUAL_FLOOR <= s.pair(0, 2) < DIFFERENT_STORY_THRESHOLD
    assert ((0,), (2,)) in {(m.left, m.right) for m in assign(s, same_story=True)}
    made = pairs_of(left, right)
    assert ((0,), (2,)) not in made
    # A template sentence both share nearly word for word still pairs (a known limit).
    assert made <= {((1,), (1,))}


def test_a_far_split_shows_in_the_row_of_its_first_unit_and_every_unit_once():
    left = [
        "Nine guards were hurt when inmates set fire to mattresses at Varden prison.",
        "The governor said the fire was put out within an hour.",
        "Fourteen inmates were moved to other jails after the riot.",
    ]
    right = [
        "Prison officials said nine guards were hurt and fourteen inmates moved to other jails after the Varden riot."
    ]
    result = compare(article(left, "Left Post", "a"), article(right, "Right Times", "b"), EMPTY, EMPTY)
    shape = [(tuple(u.index for u in r.left), tuple(u.index for u in r.right), r.kind) for r in result.rows]
    assert shape[0][:2] == ((0, 2), (0,)) and shape[0][2] in ("changed", "same")
    assert shape[1:] == [((1,), (), "left-only")]
    assert result.rows[0].left_text == left[0] + " " + left[2]
    assert result.summary.left.sentences_matched == 2 and result.summary.right.sentences_matched == 1
