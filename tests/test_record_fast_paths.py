"""The shortcuts of issue #9's sixth round (the view, the title, the issuer, the keywords,
the checks) give what the plain readings give: each plain reading is kept here and the two
are compared over every gold letter and invented text. A difference fails the test: the
shortcut is then no longer exact."""

from __future__ import annotations

import random

import pytest

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
