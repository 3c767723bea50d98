"""The shortcuts of issue #9's sixth round (the view, the title, the issuer, the keywords,
the checks) give what the plain readings give: each plain reading is kept here and the two
are compared over every gold letter and invented text. A difference fails the test: the
shortcut is then no longer exact."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivegen import invented_letter
from goldsets import all_letters
from helpers import contexts_before
from replyparse import chrome
from replyparse.fields import issuer, keywords, title
from replyparse.layout import title_issuer

_INVENTED = [
    "某某县教育局关于某某的答复\n张代表：\n您好！",
    "2019年某县某局对某某建议的函\n王委员：",
    "某县某局 关于某某的答复",
    "关于某某的答复",
    "对某某的答复",
    "某市某某执法局对某某\n的答复",
    "某某局（某某办公室）关于\n某某",
    "您好！",
    "某局\u200b关\u200b于某某",
    "ＡＢＣ某局关于某某",
    "",
    "abc",
    "\n\n某某局关于",
]


def _texts() -> list[str]:
    rng = random.Random(6)
    return [
        *(g.text() for g in all_letters()),
        *(invented_letter(rng) for _ in range(30)),
        *_INVENTED,
    ]


def test_issuer_reads_as_without_the_first_line_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = contexts_before(_texts(), "issuer")
    fast = [issuer.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(issuer, "_may_open_with_issuer", lambda text: True)
    assert [issuer.extract(ctx) for ctx in contexts] == fast


def test_issuer_gate_holds_what_a_title_issuer_needs() -> None:
    for ctx in contexts_before(_texts(), "issuer"):
        for line in ctx.view.content_lines:
            written = ctx.flat((line.start, line.end), drop=" \n", written=True).text
            if not issuer._may_open_with_issuer(line.text):
                assert title_issuer(written) is None, line


def test_title_without_lines_is_no_title() -> None:
    for ctx in contexts_before(_texts(), "title"):
        if not ctx.layout.title:
            flat = title.written_flat(ctx.view, ())
            assert flat.text[: title.without_notes(flat.text)] == ""
            assert title.extract(ctx) == []


def _plain_texts(lines: list[str]) -> list[str]:
    """:func:`chrome._texts` read line by line, each against the length limit."""
    normal = [chrome._norm(line) for line in lines]
    return [
        t if len(line) <= 4 * chrome._LONGEST else "" for line, t in zip(lines, normal, strict=True)
    ]


def test_chrome_texts_read_as_line_by_line() -> None:
    long = "某" * (4 * chrome._LONGEST) + "，"
    for text in [*_texts(), f"来源：某局\n{long}\n发布时间：2024-06-01", long]:
        lines = text.split("\n")
        assert chrome._texts(lines) == _plain_texts(lines), text[:40]


def test_keyword_spans_are_the_views_spans() -> None:
    for ctx in contexts_before(_texts(), "keywords"):
        start, end = ctx.layout.body_range
        words = keywords.find_keywords(ctx.view.norm[start:end])
        plain = []
        for word in words:
            at = ctx.view.norm.find(word, start, end)
            plain.append(ctx.span(at, at + len(word)))
        found = keywords.extract(ctx)
        assert [list(k.spans) for k in found if isinstance(k, keywords.Keywords)] == (
            [plain] if words else []
        )


def _plain_runs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each run pattern written as one character and any more, and as first written."""
    from replyparse import layout, textview

    width = f"[{re.escape(''.join(textview._WIDTH))}]"
    return [
        (textview._WIDTH_RUN, re.compile(f"{width}+")),
        *(
            (blanks.run, re.compile(f"[{re.escape(chars)}]+"))
            for blanks, chars in [
                (textview._ANY_BLANKS, textview._BLANK),
                (textview._BMP_BLANKS, "".join(ch for ch in textview._BLANK if ch <= "\uffff")),
            ]
        ),
        (keywords._HAN_RUN, re.compile(r"[\u4e00-\u9fff]{2,}")),  # (runs of two or more)
        (chrome._SEPS, re.compile(rf"[{chrome._SEP}]+")),
        (chrome._BLANKS, re.compile(r"\s+")),
        (layout._PROSE, re.compile(r"[。！？]|收悉|如下：")),
    ]


_RUN_TEXTS = [
    "２０２１年（试行）;ＡＢＣ  abc\u3000\u3000某某\u200b局\t\f\v|│•·●",
    "。！？收悉如下：收如下。。",
    "",
    " ",
]


def _assert_runs_alike(text: str) -> None:
    for fast, plain in _plain_runs():
        found = [(m.span(), m.group()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)], plain.pattern
        assert fast.sub("_", text) == plain.sub("_", text), plain.pattern


def test_runs_find_what_the_plain_runs_find() -> None:
    for text in [*_texts(), *_RUN_TEXTS]:
        _assert_runs_alike(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("某局2０Ａa ,;(\u3000\u200b\t|│。！？收悉如下：\n")))
def test_runs_on_any_text(text: str) -> None:
    _assert_runs_alike(text)
