"""Search queries: every term must occur, anywhere and in any order; quoted phrases as written."""

from __future__ import annotations

from article_helpers import write_article

from reader.articles.corpus import Corpus
from reader.articles.query import Query


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
