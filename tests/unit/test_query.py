"""Search queries: every term must occur, anywhere and in any order; quoted phrases as written."""

from __future__ import annotations

from article_helpers import write_article

from reader.articles.corpus import Corpus
from reader.articles.query import Query, fold, may_hold


def test_terms_are_words_and_quoted_phrases_folded_and_deduplicated():
    assert Query.parse('  Putin   ERDOGAN "live   Interview" putin').terms == ("putin", "erdogan", "live interview")
    assert Query.parse('"still typing').terms == ("still typing",)  # an unclosed quote is a phrase so far
    assert Query.parse('"" ').terms == ()
    assert not Query.parse("   ")


def test_every_term_must_occur_in_any_order():
    query = Query.parse("erdogan putin")
    assert query.matches("putin met erdogan")
    assert not query.matches("putin met the prime minister")
    phrase = Query.parse('"joint operations"')
    assert phrase.matches("called for joint operations against")
    assert not phrase.matches("operations were joint")


def test_spans_cover_each_term_ignoring_case_and_runs_of_spaces():
    text = "Putin and Erdogan met.\nERDOGAN spoke;  live\n interview with putin."
    spans = Query.parse('erdogan putin "live interview"').spans(text)
    assert [text[s:e] for s, e in spans] == ["Putin", "Erdogan", "ERDOGAN", "live\n interview", "putin"]


def test_corpus_search_needs_every_term_across_title_outlet_and_body(corpus_dir):
    write_article(corpus_dir, id="both", title="Leaders meet", outlet="Harbour Times", body=("Putin met Erdogan.",))
    write_article(corpus_dir, id="one", title="Putin speaks", outlet="Harbour Times", body=("Nothing else.",))
    write_article(corpus_dir, id="split", title="Erdogan travels", outlet="Valley Radio", body=("He met Putin.",))
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.search("erdogan putin")] == ["both", "split"]  # title + body together count
    assert [e.id for e in corpus.search("harbour times putin")] == ["both", "one"]  # the outlet counts
    assert [e.id for e in corpus.search('"met erdogan"')] == ["both"]
    assert corpus.search("putin zeppelin") == []


def test_apostrophes_quote_marks_and_accents_are_one_style():
    query = Query.parse("Russia's Cavusoglu")
    assert query.matches(fold("Russia’s Foreign Minister Mevlüt Çavuşoğlu"))
    assert query.matches(fold("RUSSIA'S … CAVUSOGLU"))
    assert Query.parse('“common enemy”').terms == ("common enemy",)  # curly quotes make a phrase too


def test_spans_map_folded_hits_back_onto_the_text_shown():
    text = "Mevlüt Çavuşoğlu said Russia’s  offer stands; Russia's too."
    spans = Query.parse("cavusoglu russia's").spans(text)
    assert [text[s:e] for s, e in spans] == ["Çavuşoğlu", "Russia’s", "Russia's"]
    decomposed = "Cavus\u0327og\u0306lu"  # accents as combining marks
    assert [decomposed[s:e] for s, e in Query.parse("cavusoglu").spans(decomposed)] == [decomposed]


def test_corpus_search_ignores_apostrophe_style_and_accents_even_in_the_prefilter(corpus_dir):
    write_article(corpus_dir, id="curly", body=("Russia’s envoy met Çavuşoğlu.",))
    write_article(corpus_dir, id="straight", body=("Russia's envoy stayed home.",))
    write_article(corpus_dir, id="escaped", name="escaped.yaml", body=("Plain text.",))
    path = corpus_dir / "escaped.yaml"  # a hand-written file spelling the name with YAML escapes
    path.write_text(path.read_text().replace("- Plain text.", '- "Met \\u00c7avu\\u015fo\\u011flu."'), encoding="utf-8")
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.search("russia's envoy")] == ["curly", "straight"]
    assert [e.id for e in corpus.search("cavusoglu")] == ["curly", "escaped"]


def test_the_raw_file_test_folds_only_where_an_accent_could_hide_a_word():
    curly = "Russia’s envoy said “no” — twice.".encode()
    assert may_hold(curly, [b"russia", b"envoy"])
    assert not may_hold(curly, [b"zeppelin"])  # curly quotes and dashes hide no letter
    accented = "Mevlüt Çavuşoğlu spoke.".encode()
    assert may_hold(accented, [b"cavusoglu", b"mevlut"])
    assert not may_hold(accented, [b"erdogan"])
