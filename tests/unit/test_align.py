"""Alignment: units, scoring, assignment with splits, moved rows and right-only placement."""

from __future__ import annotations

from compare_helpers import annotate, pair

from reader.annotate.model import Annotations
from reader.compare import compare
from reader.compare.assign import Match, assign
from reader.compare.features import MentionIndex, features
from reader.compare.layout import in_order_chain, layout
from reader.compare.score import Scorer
from reader.compare.units import units
from reader.compare.words import stem, term

EMPTY = Annotations((), ())


def scorer_for(left: str, right: str, left_ann=EMPTY, right_ann=EMPTY) -> Scorer:
    lu, ru = units(left), units(right)
    return Scorer(
        [features(left, u, MentionIndex(left_ann.entities), left_ann) for u in lu],
        [features(right, u, MentionIndex(right_ann.entities), right_ann) for u in ru],
    )


# --- units (segmentation use) ---


def test_units_follow_sentences_with_offsets():
    text = "Turkey asked Russia for help. Moscow said no.\n\nTalks go on."
    found = units(text)
    assert [u.text for u in found] == ["Turkey asked Russia for help.", "Moscow said no.", "Talks go on."]
    assert all(text[u.start : u.end] == u.text for u in found)
    assert [u.index for u in found] == [0, 1, 2]


def test_quoted_passage_stays_one_unit_with_its_attribution():
    text = "“We will discuss all the details. We have always called on Russia,” Cavusoglu said. He left."
    merged = units(text)
    assert [u.text for u in merged] == [
        "“We will discuss all the details. We have always called on Russia,” Cavusoglu said.",
        "He left.",
    ]
    assert len(units(text, merge_quotes=False)) == 3


def test_unclosed_quote_never_crosses_a_paragraph():
    text = '"This quote never closes. It runs on.\n\nA new paragraph starts here.'
    found = units(text)
    assert found[-1].text == "A new paragraph starts here."
    assert found[0].text == '"This quote never closes. It runs on.'


# --- scoring ---


def test_stemming_and_paraphrase_groups_meet_reworded_forms():
    assert stem("operations") == stem("operation")
    assert stem("urged") == stem("urge")
    assert stem("Çavuşoğlu") == stem("Cavusoglu")
    assert term("raids") == term("strikes")
    assert term("ties") == term("relations")
    assert stem("plane") != stem("plan")


def test_entity_aliases_make_daesh_meet_is():
    left = "Jets struck Daesh positions near Raqqa."
    right = "Aircraft hit IS targets close to Raqqa."
    plain = scorer_for(left, right).pair(0, 0)
    with_entities = scorer_for(left, right, annotate(left), annotate(right)).pair(0, 0)
    assert with_entities > plain


def test_reworded_pair_outscores_unrelated_sentence():
    s = scorer_for(
        "Dock workers in Rotterdam went on strike on Monday over automation. The weather was mild.",
        "A strike over automation by Rotterdam dockers began on Monday.",
    )
    assert s.pair(0, 0) > 0.4
    assert s.pair(1, 0) == 0.0


def test_shared_quotation_words_add_a_bonus():
    s = scorer_for(
        'He said: "Many countries are engaged in Syria actively."',
        'The minister added, "Many countries are engaged in Syria actively."',
    )
    quoted = s.left[0].quoted
    assert quoted == ("many", "countries", "are", "engaged", "in", "syria", "actively")
    assert s.pair(0, 0) > s.cosine(s.left_vectors[0], s.right_vectors[0])


def test_candidates_agree_with_pair_scores():
    s = scorer_for(
        "Turkey urged joint operations. Russia agreed to talks. Markets rose.",
        "Russia accepted talks. Turkey called for joint operations.",
    )
    for (i, j), value in s.candidates(0.0).items():
        assert abs(value - s.pair(i, j)) < 1e-9


# --- assignment ---


def test_assignment_does_not_assume_order():
    s = scorer_for(
        "Floods hit Valencia on Tuesday. Rail services were suspended across the region. Schools stay shut.",
        "Schools will stay shut. Trains across the region were suspended. Valencia was hit by floods on Tuesday.",
    )
    pairs = {(m.left, m.right) for m in assign(s)}
    assert pairs == {((0,), (2,)), ((1,), (1,)), ((2,), (0,))}


def test_unrelated_sentences_stay_unmatched():
    s = scorer_for(
        "The central bank raised interest rates by half a point.",
        "A storm flooded the coastal town overnight.",
    )
    assert assign(s) == []


def test_one_sentence_can_match_two_when_the_other_account_splits_it():
    s = scorer_for(
        "Erdogan visited Saint Petersburg on Tuesday, his first meeting with Putin since the jet was downed.",
        "Erdogan visited Saint Petersburg on Tuesday. It was his first meeting with Putin since the jet was downed.",
    )
    matches = assign(s)
    assert [(m.left, m.right) for m in matches] == [((0,), (0, 1))]


def test_split_on_the_left_side_too():
    s = scorer_for(
        "Erdogan visited Saint Petersburg on Tuesday. It was his first meeting with Putin since the jet was downed.",
        "Erdogan visited Saint Petersburg on Tuesday, his first meeting with Putin since the jet was downed.",
    )
    assert [(m.left, m.right) for m in assign(s)] == [((0, 1), (0,))]


def test_a_statement_made_twice_pairs_with_both_tellings():
    # A standfirst and a lede both carry the claim: each would pair on its own, so the
    # pair made with the closer one grows to take the other, though reading the two
    # together dilutes the score.
    s = scorer_for(
        "Turkey urged Russia to carry out joint operations in Syria amid efforts to mend relations damaged "
        "by the downing of a jet.",
        "Turkey has called on Russia to carry out joint operations in Syria. On Thursday Turkey urged joint "
        "operations in Syria after crucial talks aimed at ending a crisis in relations between the two presidents.",
    )
    assert s.group((0,), (0, 1)) < s.pair(0, 0) and s.pair(0, 1) >= 0.2
    assert [(m.left, m.right) for m in assign(s)] == [((0,), (0, 1))]


def test_a_weak_second_telling_does_not_steal_a_better_partner():
    s = scorer_for(
        "Turkey called for joint operations against Islamic State in Syria on Thursday. "
        "We have always called on Russia to carry out operations together, he said.",
        "Turkey called for joint operations against Islamic State in Syria on Thursday. "
        "We have always called on Russia to carry out operations together, the minister said.",
    )
    assert [(m.left, m.right) for m in assign(s)] == [((0,), (0,)), ((1,), (1,))]


def test_a_lone_sentence_between_in_order_pairs_meets_its_lone_counterpart():
    left = ("Nordwerk and Vela agreed a merger worth 38 billion euros on Monday. "
            "Shareholders of both firms must still approve the merger next year. "
            "Anna Falk will lead the combined group from Frankfurt.")
    right = ("Nordwerk and Vela agreed a 38 billion euro merger on Monday. "
             "The tie-up needs investors to approve it. "
             "Anna Falk is to lead the combined group from Frankfurt.")
    s = scorer_for(left, right)
    assert 0.1 <= s.pair(1, 1) < 0.2  # too weak to pair on its own
    assert [(m.left, m.right) for m in assign(s)] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    # Without the in-order pairs around it, the weak pair is not made.
    alone = scorer_for(left.split(". ")[1] + ".", right.split(". ")[1] + ".")
    assert alone.pair(0, 0) < 0.2 and assign(alone) == []


def test_each_unit_is_used_once():
    s = scorer_for(
        "Turkey asked Russia for joint operations. Turkey asked Russia for joint operations again.",
        "Turkey asked Russia for joint operations.",
    )
    matches = assign(s)
    used_right = [j for m in matches for j in m.right]
    assert len(used_right) == len(set(used_right))


# --- moved detection and layout ---


def test_longest_in_order_chain_prefers_higher_scores_on_ties():
    matches = [Match((0,), (1,), 0.9), Match((1,), (0,), 0.3)]
    assert in_order_chain(matches) == {0}
    matches = [Match((0,), (1,), 0.3), Match((1,), (0,), 0.9)]
    assert in_order_chain(matches) == {1}
    chain = in_order_chain([Match((i,), (j,), 0.5) for i, j in enumerate([0, 5, 1, 2, 3])])
    assert chain == {0, 2, 3, 4}


def test_layout_marks_out_of_order_matches_as_moved():
    matches = [Match((0,), (0,), 0.9), Match((1,), (3,), 0.8), Match((2,), (1,), 0.9), Match((3,), (2,), 0.9)]
    slots = layout(matches, 4, 4)
    assert [(s.left, s.right, s.moved) for s in slots] == [
        ((0,), (0,), False),
        ((1,), (3,), True),
        ((2,), (1,), False),
        ((3,), (2,), False),
    ]


def test_right_only_sits_after_its_predecessor_in_its_own_article():
    # right 1 has no partner: it follows right 0's row; right 0 is matched with left 1.
    matches = [Match((1,), (0,), 0.9), Match((2,), (2,), 0.9)]
    slots = layout(matches, 3, 4)
    assert [(s.left, s.right) for s in slots] == [
        ((0,), ()),
        ((1,), (0,)),
        ((), (1,)),
        ((2,), (2,)),
        ((), (3,)),
    ]


def test_right_only_run_at_the_start_goes_before_the_next_matched_row():
    matches = [Match((1,), (2,), 0.9)]
    slots = layout(matches, 2, 3)
    assert [(s.left, s.right) for s in slots] == [((0,), ()), ((), (0,)), ((), (1,)), ((1,), (2,))]


def test_every_unit_appears_exactly_once_in_the_rows():
    a, b, la, lb = pair(
        ["Turkey asked Russia for joint operations against Daesh. Markets were calm.",
         "Cavusoglu spoke on Thursday. A storm hit Ankara."],
        ["Cavusoglu spoke to NTV on Thursday. Turkey asked Russia to carry out joint operations against IS.",
         "Oil prices fell."],
    )
    result = compare(a, b, la, lb)
    left_seen = [u.index for row in result.rows for u in row.left]
    right_seen = [u.index for row in result.rows for u in row.right]
    assert sorted(left_seen) == list(range(len(units(a.text))))
    assert sorted(right_seen) == list(range(len(units(b.text))))
    assert left_seen == sorted(left_seen)  # rows follow the left article


def test_moved_row_reports_the_right_sentence_position():
    a, b, la, lb = pair(
        ["Floods hit Valencia on Tuesday.", "Rail services were suspended across the region.",
         "Schools will stay shut until Friday."],
        ["Schools will stay shut until Friday.", "Valencia was hit by floods on Tuesday.",
         "Trains across the region were suspended."],
    )
    result = compare(a, b, la, lb)
    moved = [row for row in result.rows if row.kind == "moved"]
    assert len(moved) == 1
    assert result.right_place(moved[0]) == (1, 1) and "Schools" in moved[0].right_text
    assert result.summary.moved == 1
