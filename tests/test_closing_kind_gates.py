""":func:`closing.kind` asks its date, seal, authority and marker patterns only of texts
that end or open as their matches must, or hold a character every match holds: each gate
is let through here and the answers compared over every gold letter and lines in my
words."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least
from replyparse import closing, vocab
from replyparse.closing import Kind
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView


class _Every:
    """A gate that lets every character through (and every text: it holds them all)."""

    def __contains__(self, _: object) -> bool:
        return True

    def isdisjoint(self, _: object) -> bool:
        return False


# Closing lines in my words: dates ended every way a date line may end, seal notes,
# authorities with and without a marker or a label before them, and look-alikes.
_LINES = [
    "2021年9月3日",
    "2021年9月3号",
    "2021年9月3日。",
    "2021年9月3号。",
    "2021年9月3日．",
    "2021年9月3日.",
    "2021年9月3日（印章）",
    "2021年9月3日(盖章)",
    "2021年9月3日（印章）。",
    "2021年9月3日(盖章)。",
    "二〇二一年九月三日",
    "二〇二一年九月三日。",
    "答复日期：2021年9月3日",
    "答复日期：2021年9月3日。",
    "2021.9.3",
    "2021-09-03。",
    "2021/9/3．",
    "2024年5月",
    "2024年5月。",
    "2024年5月.",
    "2024年5月．",
    "二〇二四年五月（盖章）",
    "二〇二四年十二月(盖章)。",
    "成文日期：2024年5月",
    "2021830",
    "2025 915",
    "2022年7",
    "2021年9月3",
    "某某局2021年9月3日",
    "某某镇人民政府  二〇二四年五月",
    "（盖章）",
    "(单位盖章)",
    "【印章】",
    "签字",
    "领导签名",
    "负责人签字：",
    "某某局",
    "某某县人民政府（盖章）",
    "一、某某局",
    "（二）某某县水利局",
    "(三)某某镇",
    "十是某某局",
    "联系单位：某县交通运输局",
    "一、联系地址：某路1号  邮编：555000",
    "（一）邮寄地址：某路1号",
    "邮寄地址：某路1号  邮编：555000",
    "感谢您对我们工作的关心和支持。",
    "我局将于2021年9月完成。",
    "今年共投入资金2000万元。",
    "现将2021年9月3日。",
]


def _texts() -> list[str]:
    texts = [line.text for g in all_letters() for line in resegment(TextView(g.text())).lines]
    texts += _LINES
    texts += [text + "\n" for text in _LINES]  # ($ matches before a last line break)
    return texts


def _views() -> list[TextView]:
    views = [resegment(TextView(g.text())) for g in all_letters()]
    views.append(resegment(TextView("\n".join(["现答复如下。", *_LINES]))))
    views += [resegment(TextView(f"现答复如下。\n{text}\n某某局")) for text in _LINES]
    return views


def _read(views: list[TextView], texts: list[str]) -> list[object]:
    kinds = [closing.kind(view, line) for view in views for line in view.content_lines]
    # each line as written, half-width brackets and all (a view writes them full-width)
    kinds += [closing.kind(TextView(text), Line(0, 0, len(text), text)) for text in _LINES]
    dates = [closing._date_kind(text) for text in texts]
    damaged = [closing.damaged_date(text) for text in texts]
    labelled = [closing._labels_and_values(text) for text in texts]
    return [kinds, dates, damaged, labelled]


_GATES = {
    "_DATE_LINE_LAST": _Every(),
    "_MONTH_LINE_LAST": _Every(),
    "_STOPPED_DATE_LAST": _Every(),
    "_SEAL_MARKS": ("", ""),  # (the empty text is in every text)
    "_MARKED_FIRST": _Every(),
    "_NOT_IN_AUTHORITY": "\x00",  # (no text holds it: the gate lets every text through)
}


@pytest.mark.parametrize("gate", sorted(_GATES))
def test_kind_gate_reads_as_every_text(gate: str, monkeypatch: pytest.MonkeyPatch) -> None:
    views, texts = _views(), _texts()
    fast = _read(views, texts)
    monkeypatch.setattr(closing, gate, _GATES[gate])
    assert _read(views, texts) == fast


def test_kind_gates_read_as_no_gate_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    views, texts = _views(), _texts()
    fast = _read(views, texts)
    for gate, through in _GATES.items():
        monkeypatch.setattr(closing, gate, through)
    assert _read(views, texts) == fast
    # not vacuous: the kinds the gated patterns give are met, many times
    kinds, dates, damaged, labelled = fast
    assert kinds.count(Kind.DATE) > at_least(40, 30)
    assert kinds.count(Kind.SEAL) >= 5
    assert kinds.count(Kind.AUTHORITY) > at_least(40, 20)
    assert dates.count(Kind.DATE) > at_least(80, 60)
    assert sum(map(bool, damaged)) >= 6
    assert sum(map(bool, labelled)) >= 2


def test_gates_hold_for_the_vocabulary() -> None:
    # every seal word holds a seal mark; no office's suffix or signer's place a colon
    assert all(any(m in word for m in closing._SEAL_MARKS) for word in vocab.words("seal_words"))
    endings = (*vocab.words("org_suffixes"), *vocab.words("signer_places"))
    assert all(closing._NOT_IN_AUTHORITY not in word for word in endings)
    assert not closing.AUTHORITY_LINE.match("某某局：某某局")
