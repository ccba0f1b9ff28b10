"""Short forms that are English words ("IS", "US") count only where the context supports the
name; unknown acronyms need evidence. Texts invented for these tests."""

from __future__ import annotations

import pytest

from reader.annotate import Registry, annotate, load_registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(None)


def named(text: str, entity: str, registry: Registry | None = None) -> list[tuple[int, str]]:
    """(offset, words) of each mention of ``entity``."""
    found = []
    for m in annotate(text, registry).entities:
        assert text[m.start : m.end] == m.text
        if m.entity == entity:
            found.append((m.start, m.text))
    return found


def org_surfaces(text: str) -> list[str]:
    return [m.text for m in annotate(text).entities if m.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English verb after a subject, or before a complement
        ("We saw IS fighters, and it IS true.", ["IS"]),
        ("It IS a big day, says Reuters.", []),
        ("There IS no doubt about the result.", []),
        ("The answer IS no, the mayor insisted.", []),
        ("That IS what the farmers wanted all along.", []),
        ("The vote IS not over yet, she said.", []),
        ("Where IS the money going, critics asked.", []),
        ("IS it true that the bridge will close?", []),
        # the group: after prepositions and determiners, before group nouns and verbs, in brackets
        ("Kurdish units advanced against IS near the dam.", ["IS"]),
        ("The town was seized by IS in 2015.", ["IS"]),
        ("Villagers fled the IS group's patrols.", ["IS group"]),  # a registry alias as a whole
        ("IS militants blew up the bridge.", ["IS"]),
        ("IS claimed the bombing in a statement.", ["IS"]),
        ("The anti-IS coalition met in Rome.", ["IS"]),
        ("Aid reached the IS-held district on Monday.", ["IS"]),
        ("Officials said IS had lost the city.", ["IS"]),
        ("The group known as IS is weaker now.", ["IS"]),
        ("Raqqa, the IS capital, fell in 2017.", ["IS"]),
    ],
)
def test_is_is_read_by_its_context(registry, text, expected):
    assert [s for _, s in named(text, "Islamic State", registry)] == expected


def test_an_open_context_counts_only_when_the_article_names_the_group(registry):
    open_use = "IS, which once held a third of the country, has regrouped."
    assert named(open_use, "Islamic State", registry) == []
    article = "Islamic State fighters returned at night.\n\n" + open_use
    assert [s for _, s in named(article, "Islamic State", registry)] == ["Islamic State", "IS"]
    # the clause after a reporting verb: "showed that IS ..."
    text = 'Daesh lost ground. The report showed that IS "remains a threat" in the desert.'
    assert [s for _, s in named(text, "Islamic State", registry)] == ["Daesh", "IS"]


def test_the_english_is_never_counts_even_in_an_article_about_the_group(registry):
    text = "Islamic State fighters withdrew. It IS a victory, the governor said, and this IS only the start."
    assert [s for _, s in named(text, "Islamic State", registry)] == ["Islamic State"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let US know what you think, the organisers wrote.", []),
        ("Join US on Friday at the town hall.", []),
        ("They told US nothing about the plan.", []),
        ("That was a great win for US.", []),
        ("Protesters gathered outside the US embassy.", ["US"]),
        ("The deal was signed by US and Iraqi officials.", ["US"]),
        ("US diplomats left Kabul on Tuesday.", ["US"]),
        ("The U.S. said no personnel were hurt.", ["U.S."]),
        ("Ankara told US officials it would act alone.", ["US"]),
        ("The US-led coalition struck again.", ["US"]),
    ],
)
def test_us_is_read_by_its_context(text, expected):
    assert [s for _, s in named(text, "United States")] == expected


@pytest.mark.parametrize("text", ["Cases rose, according to WHO, in March.", "WHO said cases rose."])
def test_other_short_forms_keep_their_plain_readings(text):
    assert [s for _, s in named(text, "World Health Organization")] == ["WHO"]


def test_an_unknown_acronym_without_evidence_is_no_organization():
    assert org_surfaces("The parser needs a NUL-free end of input.") == []
    assert org_surfaces("Please READ the manual before you start.") == []


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The National Union of Lawyers (NUL) called a strike.", "NUL"),
        ("Delegates were told the NUL would strike on Monday.", "NUL"),
        ("The strike was backed by KWU, and KWU leaders met the mayor.", "KWU"),
        ("The strike was backed by the dockers. KWU said it would join.", "KWU"),
        ("The strike, KWU's third this year, closed the port.", "KWU"),
        ("The port stayed shut, according to KWU.", "KWU"),
        ("Stones were thrown at KWU members outside the gate.", "KWU"),
        ("KWU organised the march through the port.", "KWU"),
        ("A KWU-backed candidate won the seat.", "KWU"),
        ("Funds came from the bloc's relief authority, HERSA, in March.", "HERSA"),
    ],
)
def test_an_unknown_acronym_with_evidence_is_an_organization(text, acronym):
    assert acronym in org_surfaces(text)
