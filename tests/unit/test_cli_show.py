"""`reader show`: entities and quotations in the JSON (offsets into "text") and in the rich view."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from annotation_builders import mention, quote
from article_helpers import write_article
from reader.annotate import LABELS, QUOTE_KINDS, Annotations, Quote
from reader.annotate import render
from cli_helpers import NEW_ARAB_ID, PRESS_TV_ID, run

OPENING, CLOSING = "\"'“‘«", "\"'”’»"


def show_json(capsys, *argv: str) -> dict:
    code, out, _ = run(capsys, "show", *argv, "--json")
    assert code == 0
    return json.loads(out)


# ---- JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize("article_id", [PRESS_TV_ID, NEW_ARAB_ID])
def test_json_offsets_slice_text_exactly(capsys, article_id):
    data = show_json(capsys, article_id)
    text = data["text"]
    assert list(data) == ["id", "title", "outlet", "date", "story", "text", "entities", "quotes"]
    assert len(data["entities"]) > 20 and len(data["quotes"]) >= 5
    for item in data["entities"]:
        assert set(item) == {"start", "end", "text", "label", "entity"}
        assert text[item["start"] : item["end"]] == item["text"] != ""
        assert item["label"] in LABELS and item["entity"]
    for item in data["quotes"]:
        assert set(item) == {"start", "end", "text", "speaker", "kind"}
        assert text[item["start"] : item["end"]] == item["text"] != ""
        assert item["kind"] in QUOTE_KINDS
        # the quoted words without the marks: the marks sit just outside the span
        assert text[item["start"] - 1] in OPENING and text[item["end"]] in CLOSING
        assert item["text"][0] not in OPENING and item["text"][-1] not in CLOSING


def test_json_names_aliases_by_their_entity(capsys):
    press_tv = show_json(capsys, PRESS_TV_ID)
    daesh = [m for m in press_tv["entities"] if m["text"] == "Daesh"]
    assert daesh and all(m["entity"] == "Islamic State" and m["label"] == "ORG" for m in daesh)
    new_arab = show_json(capsys, NEW_ARAB_ID)
    assert {m["entity"] for m in new_arab["entities"] if m["text"] in ("IS", "Daesh")} == {"Islamic State"}
    surnames = [m for m in new_arab["entities"] if m["text"] == "Cavusoglu"]
    assert surnames and {m["entity"] for m in surnames} == {"Mevlut Cavusoglu"}


@pytest.mark.parametrize("article_id", [PRESS_TV_ID, NEW_ARAB_ID])
def test_json_quotes_have_the_foreign_minister_as_speaker(capsys, article_id):
    quotes = show_json(capsys, article_id)["quotes"]
    theirs = [q for q in quotes if q["speaker"] == "Mevlut Cavusoglu"]
    assert theirs and any(q["text"].startswith("Many countries are engaged in Syria") for q in theirs)


def test_json_layers_left_out_are_empty_and_the_shape_stays(capsys):
    keys = ["id", "title", "outlet", "date", "story", "text", "entities", "quotes"]
    data = show_json(capsys, NEW_ARAB_ID, "--no-entities")
    assert list(data) == keys and data["entities"] == [] and data["quotes"]
    data = show_json(capsys, NEW_ARAB_ID, "--no-quotes")
    assert list(data) == keys and data["quotes"] == [] and data["entities"]
    data = show_json(capsys, NEW_ARAB_ID, "--no-quotes", "--no-entities")
    assert list(data) == keys and data["quotes"] == data["entities"] == []


def test_json_uses_the_corpus_registry(capsys, corpus_dir, write_file):
    body = ("The Frobnitz Collective opened a depot. Later FC said it would open another.",)
    write_article(corpus_dir, id="frob", body=body)
    write_file("entities.yaml", "entities:\n  - name: Frobnitz Collective\n    label: ORG\n    aliases: [FC]\n")
    data = show_json(capsys, "frob", "--corpus", str(corpus_dir))
    found = {(m["text"], m["entity"], m["label"]) for m in data["entities"]}
    assert ("FC", "Frobnitz Collective", "ORG") in found


def test_registry_problems_go_to_stderr_and_are_not_fatal(capsys, corpus_dir, write_file):
    write_article(corpus_dir, id="plain", body=("Turkey called on Russia to act, the minister said on Thursday.",))
    write_file("entities.yaml", "entities:\n  - name: Broken\n    label: NOT_A_LABEL\n")
    code, out, err = run(capsys, "show", "plain", "--corpus", str(corpus_dir), "--json")
    assert code == 0
    assert {m["entity"] for m in json.loads(out)["entities"]} >= {"Turkey", "Russia"}
    assert err.startswith("reader: entities.yaml: entity 1: Broken: label must be one of")
    assert len(err.splitlines()) == 1


# ---- the rich view -------------------------------------------------------------------------


def test_plain_show_has_legend_speakers_and_literal_brackets(capsys):
    code, out, _ = run(capsys, "show", NEW_ARAB_ID)
    assert code == 0
    lines = out.splitlines()
    assert lines[2].startswith("Legend: ‹PERSON› person")
    flat = " ".join(out.split())  # undo wrapping
    assert "‹PERSON› person" in flat and "‹ORG› organization" in flat and "— speaker" in flat
    assert "— Mevlut Cavusoglu" in flat
    assert "Islamic State‹ORG› [IS]‹ORG› in Syria‹GPE›" in flat  # "[IS]" literal, its tag after it
    assert "▌ " in out  # speech paragraphs carry the bar
    assert "Quotes: Mevlut Cavusoglu ×" in flat
    assert "‹PERSON› Mevlut Cavusoglu ×" in flat and "(as Cavusoglu)" in flat  # the entity index


def test_plain_show_layers_switch_off(capsys):
    _, out, _ = run(capsys, "show", NEW_ARAB_ID, "--no-quotes")
    assert "‹ORG›" in out and "— Mevlut Cavusoglu" not in out and "▌" not in out and "Quotes:" not in out
    _, out, _ = run(capsys, "show", NEW_ARAB_ID, "--no-entities")
    assert "‹" not in out and "Entities" not in out and "— Mevlut Cavusoglu" in " ".join(out.split())
    _, out, _ = run(capsys, "show", NEW_ARAB_ID, "--no-entities", "--no-quotes")
    assert "Legend: highlights off" in out and "[IS] in Syria" in " ".join(out.split())


# ---- reader.annotate.render, on hand-made annotations ----------------------------------------


def segments(renderable, width: int = 200) -> list:
    console = Console(width=width, force_terminal=True, color_system="truecolor", record=True)
    return list(console.render(renderable))


def plain(renderable, width: int = 200) -> str:
    return "".join(s.text for s in segments(renderable, width))


def test_entities_get_a_background_bold_and_a_tag_quotes_italic():
    text = "“Daesh must go,” Cavusoglu said in Ankara."
    ann = Annotations(
        (mention(text, "Daesh", "ORG", "Islamic State"), mention(text, "Cavusoglu", "PERSON", "Mevlut Cavusoglu"),
         mention(text, "Ankara", "GPE")),
        (quote(text, "Daesh must go,", "Mevlut Cavusoglu"),),
    )
    [block] = render.body(text, ann)
    assert plain(block) == "▌ “Daesh‹ORG› must go,” Cavusoglu‹PERSON› said in Ankara‹GPE›. [— Mevlut Cavusoglu]\n"
    styles = {s.text: s.style for s in segments(block) if s.text.strip()}
    daesh, person = styles["Daesh"], styles["Cavusoglu"]
    assert daesh.bold and daesh.italic and daesh.bgcolor is not None  # entity inside a quote: both layers
    assert person.bold and not person.italic and person.bgcolor != daesh.bgcolor  # a colour per label
    assert styles[" must go,"].italic and not styles[" must go,"].bold
    assert styles["▌ "].color is not None and styles[" [— Mevlut Cavusoglu]"].color is not None
    assert not styles[" [— Mevlut Cavusoglu]"].italic  # upright: apart from the italic speech


def test_each_label_has_its_own_colour_with_dark_text():
    backgrounds = {render.label_style(label).split(" on ")[1] for label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE")}
    assert len(backgrounds) == 7
    assert all("#000000 on" in render.label_style(label) for label in LABELS)
    assert render.label_style("SOMETHING_NEW") == render.OTHER_LABEL_STYLE


def test_speakers_after_each_attributing_sentence_when_a_paragraph_quotes_several_people():
    text = "“We stay,” said Ann Lee. “We go,” Bob Ray replied, calling it a “farce.”\n\nNo quotes here."
    ann = Annotations((), (
        quote(text, "We stay,", "Ann Lee"), quote(text, "We go,", "Bob Ray"), quote(text, "farce.", None, "scare"),
    ))
    first, second = render.body(text, ann)
    assert plain(first) == "▌ “We stay,” said Ann Lee. [— Ann Lee] “We go,” Bob Ray replied, calling it a “farce.” [— Bob Ray]\n"
    assert plain(second) == "No quotes here.\n"  # no bar, no marker


def test_unattributed_speech_and_a_scare_quote_alone():
    text = "“It is over,” a voice said.\n\nThe so-called “deal” was signed."
    ann = Annotations((), (quote(text, "It is over,", None), quote(text, "deal", None, "scare")))
    speech, scare = render.body(text, ann)
    assert plain(speech) == "▌ “It is over,” a voice said. [— speaker not named]\n"
    assert plain(scare) == "The so-called “deal” was signed.\n"
    assert next(s for s in segments(scare) if s.text == "deal").style.italic


def test_a_quote_over_two_paragraphs_bars_both_and_names_the_speaker_once():
    text = "Ann Lee said: “First part.\n\nSecond part.” Then she left."
    start = text.index("First")
    ann = Annotations((), (Quote(start, text.index("”"), text[start : text.index("”")], "Ann Lee", "direct"),))
    first, second = render.body(text, ann)
    assert plain(first) == "▌ Ann Lee said: “First part.\n"
    assert plain(second) == "▌ Second part.” [— Ann Lee] Then she left.\n"  # after the quote's sentence
    styles = {s.text: s.style for s in segments(second) if s.text.strip()}
    assert styles["Second part."].italic and not (styles[" Then she left."] and styles[" Then she left."].italic)


def test_bar_repeats_on_every_wrapped_line():
    text = "“" + "word " * 30 + "end,” she said."
    ann = Annotations((), (quote(text, "word " * 30 + "end,", "Ann Lee"),))
    [block] = render.body(text, ann)
    lines = plain(block, width=40).splitlines()
    assert len(lines) > 3 and all(line.startswith("▌ ") and len(line) <= 40 for line in lines)


def test_untrusted_text_stays_literal_and_controls_are_neutralized():
    text = "Fight [IS] and [@click=app.quit]x[/] now \x1b[31m red."
    ann = Annotations((mention(text, "IS", "ORG", "Islamic State\x1b]52;c;evil\x07"),), ())
    [block] = render.body(text, ann)
    out = plain(block)
    assert out == "Fight [IS]‹ORG› and [@click=app.quit]x[/] now ␛[31m red.\n"
    index = render.entity_index(ann.entities).plain
    assert "\x1b" not in index and "\x07" not in index and "Islamic State␛]52;c;evil␇ ×1 (as IS)" in index


def test_legend_names_only_the_labels_present():
    text = "Ann Lee met NATO."
    ann = Annotations((mention(text, "Ann Lee", "PERSON"), mention(text, "NATO", "ORG")), ())
    line = render.legend(ann).plain
    assert line.startswith("Legend: ‹PERSON› person  ‹ORG› organization  ▌ “speech” [— speaker]")
    assert "GPE" not in line
    assert render.legend(ann, entities=False).plain.startswith("Legend: ▌ “speech”")


def test_indexes_count_mentions_and_speakers():
    text = "Ann Lee and Lee met. Lee left."
    ann = Annotations(
        (mention(text, "Ann Lee", "PERSON"), mention(text, "Lee", "PERSON", "Ann Lee", nth=1),
         mention(text, "Lee", "PERSON", "Ann Lee", nth=2)),
        (Quote(0, 3, "Ann", "Ann Lee", "direct"), Quote(4, 7, "Lee", None, "partial"), Quote(8, 11, "and", None, "scare")),
    )
    assert render.entity_index(ann.entities).plain == "‹PERSON› Ann Lee ×3 (as Lee)"
    assert render.quote_index(ann.quotes).plain == "Quotes: Ann Lee ×1, speaker not named ×1, scare quotes ×1"


def test_legend_explanations_are_plain_text():
    text = "Ann Lee spoke."
    line = render.legend(Annotations((mention(text, "Ann Lee", "PERSON"),), ()))
    styles = {s.text: s.style for s in segments(line) if s.text.strip()}
    assert styles["Legend: "].bold and not (styles[" person  "] and styles[" person  "].bold)
    assert styles["‹PERSON›"].bgcolor is not None
