"""Word-level differences inside a pair: ops, offsets, editorial glosses, naming swaps."""

from __future__ import annotations

from compare_helpers import annotate

from reader.annotate.model import Annotations, Mention
from reader.compare.features import MentionIndex
from reader.compare.worddiff import word_diff
from reader.compare.words import tokens


def diff(left: str, right: str, left_ann: Annotations | None = None, right_ann: Annotations | None = None):
    left_ann = left_ann or annotate(left)
    right_ann = right_ann or annotate(right)
    return word_diff(
        left, [(0, len(left))], right, [(0, len(right))],
        MentionIndex(left_ann.entities), MentionIndex(right_ann.entities),
    )


def changes(ops):
    return [(op.kind, op.left_text, op.right_text, op.note) for op in ops if op.kind != "equal"]


def test_tokens_keep_short_brackets_whole_and_offsets_exact():
    text = "anti-Daesh [IS] operations (mechanism) … done."
    toks = tokens(text)
    assert [t.text for t in toks] == ["anti-Daesh", "[IS]", "operations", "(mechanism)", "…", "done", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_insert_delete_substitute_with_offsets():
    left = "The minister said the talks failed."
    right = "The minister said today the negotiations failed badly."
    ops = diff(left, right)
    assert changes(ops) == [
        ("insert", "", "today", None),
        ("replace", "talks", "negotiations", None),
        ("insert", "", "badly", None),
    ]
    for op in ops:
        assert left[op.left_start : op.left_end] == op.left_text
        assert right[op.right_start : op.right_end] == op.right_text


def test_identical_text_up_to_quote_style_and_case_is_all_equal():
    ops = diff("“Let’s go,” he said.", '"let\'s go," he said.')
    assert [op.kind for op in ops] == ["equal"]


def test_punctuation_only_change_is_not_a_difference():
    ops = diff("He said, they left.", "He said they left.")
    assert changes(ops) == [("delete", ",", "", "punctuation")]
    assert not any(op.is_difference for op in ops)


def test_editorial_insertion_is_reported_as_such():
    ops = diff(
        "We have always called on Russia to carry out anti-Daesh operations together.",
        "We have always called on Russia to carry out anti-Daesh [IS] operations together.",
    )
    assert changes(ops) == [("insert", "", "[IS]", "editorial")]


def test_gloss_is_split_from_a_substitution_next_to_it():
    ops = diff("against Takfiri terrorists in Syria", "against Islamic State [IS] in Syria")
    assert changes(ops) == [
        ("replace", "Takfiri terrorists", "Islamic State", "naming"),
        ("insert", "", "[IS]", "editorial"),
    ]
    naming = [op for op in ops if op.note == "naming"][0]
    assert naming.entity == "Islamic State"


def test_bracket_swap_is_reported_as_such():
    ops = diff("solidarity and cooperation (mechanism) between us", "solidarity and cooperation [mechanism] between us")
    assert changes(ops) == [("replace", "(mechanism)", "[mechanism]", "bracket")]


def test_naming_swap_between_aliases_of_one_entity():
    ops = diff("warning that Daesh could expand", "warning that IS could expand")
    assert changes(ops) == [("replace", "Daesh", "IS", "naming")]
    assert ops[1].entity == "Islamic State"


def test_name_with_group_noun_against_another_name():
    ops = diff("the common enemy of Daesh in Syria", "the common enemy of Islamic State militants in Syria")
    assert changes(ops) == [("replace", "Daesh", "Islamic State militants", "naming")]


def test_two_different_entities_are_not_a_naming_swap():
    ops = diff("talks in Moscow ended", "talks in Ankara ended")
    assert changes(ops) == [("replace", "Moscow", "Ankara", None)]


def test_long_rewording_is_not_called_a_naming_swap():
    ops = diff(
        "The top Turkish diplomat further described Daesh as a common enemy.",
        "Cavusoglu urged Russia to fight against Islamic State militants as a common enemy.",
    )
    assert all(op.note != "naming" for op in ops if len(op.left_text.split()) > 4 or len(op.right_text.split()) > 4)


def test_description_without_any_entity_on_either_side_is_plain():
    ops = diff("clashes with the rebels", "clashes with the insurgents")
    assert changes(ops) == [("replace", "rebels", "insurgents", None)]


def test_diff_over_two_units_on_one_side():
    right = "Erdogan visited Saint Petersburg. It was his first trip abroad."
    left = "Erdogan visited Saint Petersburg, his first trip abroad."
    split = right.index("It")
    empty = MentionIndex(())
    ops = word_diff(left, [(0, len(left))], right, [(0, split - 1), (split, len(right))], empty, empty)
    assert ("replace", ",", ". It was", None) in changes(ops)
    for op in ops:
        assert right[op.right_start : op.right_end] == op.right_text


def test_mentions_outside_the_pair_are_ignored():
    # A mention index holding a far-away mention must not affect the classification.
    far = MentionIndex((Mention(500, 505, "Daesh", "ORG", "Islamic State"),))
    ops = word_diff("Daesh spread", [(0, 12)], "IS spread", [(0, 9)], far, far)
    assert changes(ops) == [("replace", "Daesh", "IS", None)]


def test_nationality_modifier_with_group_noun_is_a_description():
    left = "against Takfiri terrorists in Syria"
    right = "against Islamic State militants in Syria"
    takfiri = Annotations((Mention(8, 15, "Takfiri", "NORP", "Takfiri"),), ())
    ops = diff(left, right, takfiri, annotate(right))
    assert changes(ops) == [("replace", "Takfiri terrorists", "Islamic State militants", "naming")]


def test_bracket_swap_next_to_other_changes_is_reported_apart():
    ops = diff(
        "solidarity and cooperation (mechanism) … including sharing",
        "solidarity and cooperation [mechanism] between us including sharing",
    )
    assert changes(ops) == [
        ("replace", "(mechanism)", "[mechanism]", "bracket"),
        ("replace", "…", "between us", "ellipsis"),
    ]
