"""Control characters become visible placeholders, one for one; ordinary text is untouched."""

from __future__ import annotations

import pytest

from reader.text.sanitize import clean, has_unsafe, sanitize


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("a\x1bb", "a␛b"),  # ESC
        ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),  # CSI colour
        ("\x1b[2J\x1b[H", "␛[2J␛[H"),  # CSI clear screen
        ("\x1b]52;c;aGVsbG8=\x07", "␛]52;c;aGVsbG8=␇"),  # OSC 52: write the clipboard
        ("\x1b]0;title\x1b\\", "␛]0;title␛\\"),  # OSC window title, ST terminator
        ("\x9b31m", "\ufffd31m"),  # C1 CSI
        ("\x9d0;t\x9c", "\ufffd0;t\ufffd"),  # C1 OSC / ST
        ("\x85", "\ufffd"),  # C1 next line
        ("nul\x00byte", "nul␀byte"),
        ("del\x7f", "del␡"),
        ("bell\x07", "bell␇"),
        ("\u202eevil\u202c", "\ufffdevil\ufffd"),  # bidi override (Trojan Source)
        ("\u2066iso\u2069", "\ufffdiso\ufffd"),  # bidi isolates
        ("\u200fmark", "\ufffdmark"),
        ("line\u2028sep", "line\ufffdsep"),
    ],
)
def test_unsafe_characters_are_replaced(raw, shown):
    assert sanitize(raw) == shown
    assert len(sanitize(raw)) == len(raw)  # one for one: offsets stay valid
    assert has_unsafe(raw) and not has_unsafe(shown)


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII, with [IS] and [/] and [@click=app.quit]x[/]",
        "tab\tand\nnewline",
        "ZWJ family 👨\u200d👩\u200d👧 and ZWNJ می\u200cخواهم",  # joiners are kept
        "Çavuşoğlu, São Paulo, Москва, 東京, العربية",
        "curly “quotes” and ‘single’ and a dash – and …",
    ],
)
def test_ordinary_text_is_kept(text):
    assert sanitize(text) == text and not has_unsafe(text)


def test_sanitize_is_idempotent():
    raw = "\x1b[31m\u202e\x00\x9b"
    assert sanitize(sanitize(raw)) == sanitize(raw)


def test_clean_normalizes_newlines_and_bom():
    assert clean("\ufeffa\r\nb\rc\x1b") == "a\nb\nc␛"
    assert clean("no bom here\ufeff") == "no bom here\ufeff"  # only a leading BOM goes
