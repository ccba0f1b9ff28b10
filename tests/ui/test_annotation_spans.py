"""annotation_spans: spans, tags and speaker markers; wrapped lines keep Article.text offsets."""

from __future__ import annotations

from reader.annotate.model import Annotations, Mention, Quote
from reader.ui.annotation_spans import annotation_highlights, decorate, legend
from reader.ui.reading_document import Block, LineIndex, insert_markers, body_content, wrap_blocks

TEXT = "Daesh [IS] hit Aleppo. Aleppo held.\n\n“We stay,” Ali Veli said. “We fight,” Ayse Kaya said.\n\nA “safe zone” was named."


def mention(text: str, label: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention(start, start + len(text), text, label, entity)


def quote(words: str, speaker: str | None, kind: str) -> Quote:
    start = TEXT.index(words)
    return Quote(start, start + len(words), words, speaker, kind)


ANNOTATIONS = Annotations(
    (
        mention("Daesh", "ORG", "Islamic State"),
        mention("IS", "ORG", "Islamic State"),
        mention("Aleppo", "GPE", "Aleppo"),
        mention("Aleppo", "GPE", "Aleppo", 1),
        mention("Ali Veli", "PERSON", "Ali Veli"),
        mention("Ayse Kaya", "PERSON", "Ayse Kaya"),
    ),
    (quote("We stay,", "Ali Veli", "direct"), quote("We fight,", "Ayse Kaya", "direct"), quote("safe zone", None, "scare")),
)


def test_highlights_in_drawing_order_with_the_selected_entity_last():
    spans = annotation_highlights(ANNOTATIONS, selected=("GPE", "Aleppo"))
    styles = [style for _, _, style in spans]
    assert styles[:3] == [".quote--speech", ".quote--speech", ".quote--scare"]
    assert styles[3:9] == [".entity--org", ".entity--org", ".entity--gpe", ".entity--gpe", ".entity--person", ".entity--person"]
    assert styles[9:] == [".entity--selected", ".entity--selected"]
    assert annotation_highlights(ANNOTATIONS, entities=False, quotes=False) == []


def test_tags_once_per_entity_per_paragraph_after_brackets_and_speakers_after_each_attribution():
    decoration = decorate(TEXT, ANNOTATIONS)
    placed = [(TEXT[:at], marker.plain) for at, marker in decoration.markers]
    assert [marker for _, marker in placed] == ["‹ORG›", "‹GPE›", "‹PERSON›", " [— Ali Veli]", "‹PERSON›", " [— Ayse Kaya]"]
    assert placed[0][0] == "Daesh"  # one tag for Daesh and [IS]: one entity, one paragraph
    assert placed[1][0].endswith("hit Aleppo")  # the second Aleppo in the paragraph is untagged
    assert placed[2][0].endswith("Ali Veli")
    assert placed[3][0].endswith("“We stay,” Ali Veli said.")  # two speakers: each named after its sentence
    assert placed[5][0].endswith("“We fight,” Ayse Kaya said.")
    speech = TEXT.index("“We stay")
    assert set(decoration.gutters) == {speech}  # a bar on speech only, none for the scare quote
    assert decoration.gutters[speech].plain == "▌ "


def test_a_tag_follows_the_bracket_closing_a_gloss():
    gloss = Annotations((mention("IS", "ORG", "Islamic State"),), ())
    ((at, marker),) = decorate(TEXT, gloss).markers
    assert TEXT[:at].endswith("[IS]") and marker.plain == "‹ORG›"


def test_one_speaker_per_paragraph_is_named_once_at_its_end():
    one = Annotations((), (quote("We stay,", "Ali Veli", "direct"), quote("We fight,", "Ali Veli", "direct")))
    markers = decorate(TEXT, one).markers
    assert [m.plain for _, m in markers] == [" [— Ali Veli]"]
    assert TEXT[: markers[0][0]].endswith("Ayse Kaya said.")
    unattributed = Annotations((), (quote("We stay,", None, "partial"),))
    assert [m.plain for _, m in decorate(TEXT, unattributed).markers] == [" [— speaker not named]"]


def test_wrapped_lines_map_back_to_text_offsets_past_inserted_markers():
    decoration = decorate(TEXT, ANNOTATIONS)
    end = TEXT.index("\n\n")
    content, inserts = insert_markers(
        body_content(TEXT, decoration.highlights), 0, end, [m for m in decoration.markers if m[0] <= end]
    )
    assert content.plain == "Daesh‹ORG› [IS] hit Aleppo‹GPE›. Aleppo held."
    lines = wrap_blocks([Block(content, 0, inserts=inserts)], 12)
    assert len(lines) > 3
    for line in lines:  # each line starts at the text it shows
        word = line.content.plain.split()[0].split("‹")[0]
        assert TEXT[line.text_start : line.text_start + len(word)] == word
    index = LineIndex(lines)
    assert "held" in lines[index.row_of(TEXT.index("held"))].content.plain


def test_a_speech_paragraph_wraps_with_the_bar_on_every_line():
    decoration = decorate(TEXT, ANNOTATIONS)
    start = TEXT.index("“We stay")
    block = Block(body_content(TEXT)[start : start + 20], start, gutter=decoration.gutters[start])
    lines = wrap_blocks([block], 14)
    assert len(lines) > 1 and all(line.content.plain.startswith("▌ ") for line in lines)
    assert all(line.content.cell_length <= 14 for line in lines)
    second = lines[1].content.plain[2:]  # after the bar
    assert TEXT[lines[1].text_start : lines[1].text_start + len(second)] == second


def test_legend_names_only_labels_present():
    plain = legend(ANNOTATIONS).plain
    assert "‹ORG›organization" in plain and "‹GPE›" in plain and "‹PERSON›person" in plain
    assert "‹DATE›" not in plain and "‹NORP›" not in plain
    assert "“speech” [— speaker]" in plain and "scare quote" in plain
    assert legend(ANNOTATIONS, entities=False, quotes=False).plain == "Legend: entities hidden (e)  quotes hidden (t)"
    no_entities = legend(ANNOTATIONS, entities=False).plain
    assert no_entities.startswith("Legend: entities hidden (e)  ▌ “speech”") and "‹" not in no_entities
    no_quotes = legend(ANNOTATIONS, quotes=False).plain
    assert "‹ORG›organization" in no_quotes and no_quotes.endswith("quotes hidden (t)")
    assert "no entities or quotes found" not in no_entities + no_quotes
