"""Entity mentions: gazetteers, registry aliases, rules for unseen names, canonical names, dates."""

from __future__ import annotations

import pytest

from reader.annotate import Registry, RegistryEntry, annotate, load_registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(None)


def mentions(text: str, registry: Registry | None = None) -> list[tuple[str, str, str]]:
    result = annotate(text, registry)
    for m in result.entities:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.label, m.entity) for m in result.entities]


def labels(text: str, registry: Registry | None = None) -> dict[str, str]:
    return {surface: label for surface, label, _ in mentions(text, registry)}


def test_gazetteer_places_nationalities_and_organizations():
    found = labels("Turkish jets struck targets in Syria, NATO said, as talks in Ankara and Moscow continued in the Middle East.")
    assert found == {"Turkish": "NORP", "Syria": "GPE", "NATO": "ORG", "Ankara": "GPE", "Moscow": "GPE", "Middle East": "LOC"}


def test_aliases_of_one_country_share_the_canonical_name():
    found = mentions("The U.S. and the United States and America: the US forces.")
    assert {entity for _, label, entity in found if label == "GPE"} == {"United States"}
    assert len(found) == 4


def test_registry_aliases_are_one_entity_and_anti_prefix_is_a_mention(registry):
    text = "Daesh, also called ISIL or ISIS, is the Islamic State group; anti-Daesh raids hit Islamic State [IS] bases."
    found = mentions(text, registry)
    assert [(s, e) for s, _, e in found] == [
        ("Daesh", "Islamic State"), ("ISIL", "Islamic State"), ("ISIS", "Islamic State"),
        ("Islamic State group", "Islamic State"), ("Daesh", "Islamic State"),
        ("Islamic State", "Islamic State"), ("IS", "Islamic State"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coalition fought against IS in Raqqa.", ["IS"]),
        ("What it is, is unclear.", []),
        ("TURKEY SAYS IS MUST BE DEFEATED IN SYRIA", []),
        ("He said THIS IS NOT OVER before leaving.", []),
        ("IS fighters withdrew from the town.", ["IS"]),
    ],
)
def test_is_counts_only_where_context_supports_it(registry, text, expected):
    assert [s for s, _, e in mentions(text, registry) if e == "Islamic State"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey offered US forces an air base.", ["US"]),
        ("Since 2014, the US has led raids.", ["US"]),
        ("Let us fight together, he told us.", []),
        ("LET US FIGHT TOGETHER, SAYS MINISTER", []),
    ],
)
def test_us_counts_only_as_a_country(text, expected):
    assert [s for s, _, e in mentions(text) if e == "United States"] == expected


def test_all_caps_headline_still_finds_unambiguous_names():
    found = mentions("US-LED COALITION SAYS IS LEADER KILLED IN IRAQ RAID")
    assert found == [("IRAQ", "GPE", "Iraq")]


def test_surname_joins_the_full_name_met_in_the_article():
    text = "Cavusoglu spoke first. Foreign Minister Mevlut Cavusoglu said talks went well. Later Cavusoglu left."
    people = [(s, e) for s, label, e in mentions(text) if label == "PERSON"]
    assert people == [("Cavusoglu", "Mevlut Cavusoglu"), ("Mevlut Cavusoglu", "Mevlut Cavusoglu"),
                      ("Cavusoglu", "Mevlut Cavusoglu")]


def test_same_surname_goes_to_the_nearest_full_name():
    text = ("Bill Clinton spoke on Monday. Clinton said he was tired. "
            "Later Hillary Clinton arrived. Clinton said she was ready.")
    people = [e for s, label, e in mentions(text) if label == "PERSON" and s == "Clinton"]
    assert people == ["Bill Clinton", "Hillary Clinton"]


def test_diacritics_fold_into_one_entity():
    text = "Mevlüt Çavuşoğlu met reporters. Cavusoglu said Türkiye and Turkey are one country."
    found = mentions(text)
    assert ("Cavusoglu", "PERSON", "Mevlut Cavusoglu") in found
    assert ("Mevlüt Çavuşoğlu", "PERSON", "Mevlut Cavusoglu") in found
    assert {e for s, label, e in found if label == "GPE"} == {"Turkey"}


def test_saint_and_st_are_one_city():
    found = mentions("They met in St. Petersburg. Saint Petersburg was calm. So was St Petersburg.")
    assert [e for _, _, e in found] == ["Saint Petersburg"] * 3
    assert [s for s, _, _ in found][0] == "St. Petersburg"


def test_title_cues_mark_unseen_people_and_give_roles():
    text = "Chilean Interior Minister Carolina Tohá met spokesman Ignacio Valdivieso and President Gabriel Boric."
    found = mentions(text)
    assert ("Chilean", "NORP", "Chilean") in found
    assert ("Carolina Tohá", "PERSON", "Carolina Toha") in found
    assert ("Ignacio Valdivieso", "PERSON", "Ignacio Valdivieso") in found
    assert ("Gabriel Boric", "PERSON", "Gabriel Boric") in found


def test_unseen_names_from_first_names_and_speech_verbs():
    found = labels("Meanwhile Angela Dorothea Kasner spoke, and Joao Moutinho said nothing. Kwame Mensah said it was late.")
    assert found == {"Angela Dorothea Kasner": "PERSON", "Joao Moutinho": "PERSON", "Kwame Mensah": "PERSON"}


def test_organization_facility_and_place_heads():
    text = ("The Russian Defence Ministry said jets left Incirlik Air Base and the Qayyarah airbase; "
            "the Ministry of Defence in London and the Free Patriotic Movement disagreed near Idlib province "
            "and the Konstantinovsky Palace.")
    found = labels(text)
    assert found["Russian Defence Ministry"] == "ORG"
    assert found["Incirlik Air Base"] == "FAC"
    assert found["Qayyarah"] == "FAC"
    assert found["Ministry of Defence"] == "ORG"
    assert found["Free Patriotic Movement"] == "ORG"
    assert found["Idlib"] == "GPE"
    assert found["Konstantinovsky Palace"] == "FAC"


def test_bracketed_acronym_joins_the_name_it_abbreviates():
    text = "The Kurdistan Democratic Front (KDF) denied it. Later the KDF said so again."
    found = mentions(text)
    assert [(s, e) for s, label, e in found if label == "ORG"] == [
        ("Kurdistan Democratic Front", "Kurdistan Democratic Front"),
        ("KDF", "Kurdistan Democratic Front"), ("KDF", "Kurdistan Democratic Front")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Published 11 August, 2016 in London.", ["11 August, 2016"]),
        ("They met on August 9, 2016.", ["August 9, 2016"]),
        ("It happened on Thursday and last year.", ["Thursday", "last year"]),
        ("Since September 2014, raids went on.", ["September 2014"]),
        ("Sorties since late September 2015 continued.", ["late September 2015"]),
        ("After the 15 July coup attempt.", ["15 July"]),
        ("In May the plan, which May backed, failed.", ["May"]),
        ("It rose by 2,000 in 2016, three years ago.", ["2016", "three years ago"]),
        ("For the past three years, and for a decade before.", ["the past three years", "a decade"]),
        ("It costs 600 reais a year for 5,000 people.", []),
    ],
)
def test_date_expressions(text, dates):
    assert [s for s, label, _ in mentions(text) if label == "DATE"] == dates


def test_sentence_initial_capitals_are_not_names():
    found = mentions("However, the strikes failed. Elsewhere in his comments, nothing. Many countries agreed. Leave a Reply")
    assert found == []


def test_user_registry_entry_is_used():
    registry = Registry((RegistryEntry("Hayat Tahrir al-Sham", "ORG", ("HTS", "Tahrir al-Sham")),))
    found = mentions("HTS fighters, part of Tahrir al-Sham, advanced.", registry)
    assert [(s, e) for s, _, e in found] == [("HTS", "Hayat Tahrir al-Sham"), ("Tahrir al-Sham", "Hayat Tahrir al-Sham")]


def test_markup_looking_text_is_plain_data(registry):
    text = "Islamic State [IS] and [/] and [@click=app.quit]x[/] and [Getty]"
    found = mentions(text, registry)
    assert ("IS", "ORG", "Islamic State") in found
    assert all(text[m.start : m.end] == m.text for m in annotate(text, registry).entities)


def test_empty_and_whitespace_text():
    assert annotate("").entities == () and annotate("").quotes == ()
    assert annotate(" \n\n \t").entities == ()


def test_sanitized_control_characters_do_not_break_offsets():
    text = "Erdogan\u241b[31m visited Ankara \ufffd on Monday.\u2400"
    for m in annotate(text).entities:
        assert text[m.start : m.end] == m.text
    assert ("Ankara", "GPE", "Ankara") in mentions(text)


def test_very_long_text_keeps_offsets_and_finishes(registry):
    paragraph = ("Turkish Foreign Minister Mevlut Cavusoglu said on Thursday that \"Russia and Turkey will fight "
                 "Daesh together,\" adding that IS was a \"common enemy\". ")
    text = "\n\n".join([paragraph] * 800)  # about 25,000 words
    result = annotate(text, registry)
    assert len([m for m in result.entities if m.label == "PERSON"]) == 800
    assert len(result.quotes) == 1600
    assert all(text[q.start : q.end] == q.text for q in result.quotes)


def test_deterministic(registry):
    text = "On Tuesday, Russian President Vladimir Putin met Recep Tayyip Erdogan in St. Petersburg."
    assert annotate(text, registry) == annotate(text, registry)


def test_dateline_in_capitals_is_a_place():
    found = mentions("AUSTIN, Texas (AP) — A judge ruled.\n\nSAO PAULO — Rain fell.")
    assert found[:2] == [("AUSTIN", "GPE", "Austin"), ("Texas", "GPE", "Texas")]
    assert ("SAO PAULO", "GPE", "Sao Paulo") in found


def test_hyphenated_given_names_and_family_names_written_first():
    text = "President Lee Jae-myung met Xi Jinping. Lee said Xi agreed. Russia-backed forces left."
    people = [(s, e) for s, label, e in mentions(text) if label == "PERSON"]
    assert people == [("Lee Jae-myung", "Lee Jae-myung"), ("Xi Jinping", "Xi Jinping"),
                      ("Lee", "Lee Jae-myung"), ("Xi", "Xi Jinping")]
    assert ("Russia", "GPE", "Russia") in mentions(text)


def test_middle_name_and_particle_surnames_join_the_full_name():
    text = ("Prime Minister Mohammed Shia al-Sudani spoke. Later al-Sudani left. "
            "President Luiz Inácio Lula da Silva arrived; Lula waved.")
    people = [(s, e) for s, label, e in mentions(text) if label == "PERSON"]
    assert ("al-Sudani", "Mohammed Shia al-Sudani") in people
    assert ("Lula", "Luiz Inacio Lula da Silva") in people


def test_unseen_single_names_by_context():
    text = ("Rescuers reached Antakya at dawn. Officials in Kahramanmaraş said AFAD teams "
            "and the Amaq news agency were there, as was Ofgem.")
    found = labels(text)
    assert found["Kahramanmaraş"] == "GPE"
    assert found["Amaq"] == "ORG" and found["AFAD"] == "ORG"
    assert "Antakya" not in found  # no cue: "reached" says nothing


def test_known_names_inside_longer_unknown_names_are_organizations():
    found = labels("Age UK and the U.S. Geological Survey and the Liberal Democratic Party replied.")
    assert found == {"Age UK": "ORG", "U.S. Geological Survey": "ORG", "Liberal Democratic Party": "ORG"}


def test_a_label_found_by_context_applies_to_every_use():
    text = "Rivals such as Spotify complained. Spotify chief executive Daniel Ek said so. Spotify grew."
    assert [label for s, label, _ in mentions(text) if s == "Spotify"] == ["ORG", "ORG", "ORG"]


def test_the_commission_after_the_european_commission():
    text = "The European Commission fined Apple. Apple criticised the Commission's ruling."
    assert ("Commission", "ORG", "European Commission") in mentions(text)


def test_both_written_shapes_of_an_acronym_match():
    found = mentions("According to Unicef and UNICEF, Nato and NATO agreed; nato did not.")
    assert [(s, e) for s, _, e in found] == [("Unicef", "UNICEF"), ("UNICEF", "UNICEF"),
                                             ("Nato", "North Atlantic Treaty Organization"),
                                             ("NATO", "North Atlantic Treaty Organization")]


def test_an_acronym_defined_in_the_article_wins_over_the_gazetteer():
    text = "The Rapid Support Forces (RSF) shelled the city. The RSF denied it."
    assert [(s, e) for s, _, e in mentions(text) if s == "RSF"] == [
        ("RSF", "Rapid Support Forces"), ("RSF", "Rapid Support Forces")]


def test_place_role_and_list_contexts_for_unseen_names():
    text = ("Shelling hit the besieged city of El Fasher. Gil Luria, an analyst at D.A. Davidson, spoke. "
            "It works with Microsoft, Amazon and Oracle. The envoy for Sudan, Ramtane Lamamra, left.")
    found = labels(text)
    assert found["El Fasher"] == "GPE"
    assert found["D.A. Davidson"] == "ORG"
    assert found["Oracle"] == "ORG"
    assert found["Ramtane Lamamra"] == "PERSON"


def test_group_names_written_together_are_one_group():
    found = labels("The Christian Democrats and the Social Democrats met Bosnian Serbs and Alternative for Germany.")
    assert found == {"Christian Democrats": "NORP", "Social Democrats": "NORP", "Bosnian Serbs": "NORP",
                     "Alternative for Germany": "ORG"}


def test_a_speech_verb_in_the_previous_paragraph_is_no_cue():
    found = labels('"No," the coach said.\n\nCity host Liverpool on Sunday.')
    assert "City" not in found


def test_random_text_never_breaks_offsets_or_raises(registry):
    import random

    rng = random.Random(20160811)
    pieces = ["Turkey", "IS", "US", "us", "“", "”", '"', "'", "‘", "’", "[IS]", "(", ")", ",", ".", ":", "—",
              "\n\n", "\n", " ", "  ", "Çavuşoğlu", "St.", "Petersburg", "said", "he", "the minister",
              "Foreign Minister", "Mevlut", "August", "9,", "2016", "last", "year", "ALL CAPS", "D.A.",
              "al-", "-", "Jae-", "myung", "\u241b", "\ufffd", "\u200d", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "٣", "مرحبا", "\t"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60)))
        result = annotate(text, registry)
        for m in result.entities:
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        for q in result.quotes:
            assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
            assert q.kind in ("direct", "partial", "scare")
        spans = sorted((m.start, m.end) for m in result.entities)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # mentions never overlap


def test_a_name_whose_surname_recurs_alone_is_a_person():
    text = "Rima Haddad still keeps the clock. Years later, Haddad waits. Cornwall Insight expects a fall."
    found = mentions(text)
    assert ("Rima Haddad", "PERSON", "Rima Haddad") in found
    assert ("Haddad", "PERSON", "Rima Haddad") in found
    assert ("Cornwall Insight", "ORG", "Cornwall Insight") in found  # its last word recurs nowhere alone


def test_organization_names_with_and_and_foreign_short_forms():
    text = ("The ruling Law and Justice party (PiS) lost. PiS leader Jaroslaw Kaczynski spoke. "
            "Devon and Cornwall Police closed roads in Cornwall and Devon.")
    found = mentions(text)
    assert ("Law and Justice", "ORG", "Law and Justice") in found
    assert [e for s, _, e in found if s == "PiS"] == ["Law and Justice", "Law and Justice"]
    assert ("Devon and Cornwall Police", "ORG", "Devon and Cornwall Police") in found
    assert [(s, label) for s, label, _ in found[-2:]] == [("Cornwall", "GPE"), ("Devon", "GPE")]


def test_bodies_named_by_an_adjective_or_a_trade_word_are_organizations():
    found = labels("National Grid said supplies were back. Vaccine makers Bavarian Nordic said so too.")
    assert found == {"National Grid": "ORG", "Bavarian Nordic": "ORG"}


def test_an_acronym_after_a_paragraph_ending_in_another_is_still_an_acronym():
    text = "It was confirmed by the Africa CDC.\n\nWHO Director-General Tedros Adhanom Ghebreyesus spoke."
    assert ("WHO", "ORG", "World Health Organization") in mentions(text)


def test_end_of_period_dates():
    assert [s for s, label, _ in mentions("Doses arrive by the end of the year.") if label == "DATE"] == [
        "the end of the year"]
