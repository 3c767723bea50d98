"""A letter written in traditional characters reads as its simplified form does, its
strings given back as the letter writes them (replyparse.traditional)."""

from __future__ import annotations

from typing import Any

import pytest

from goldsets import all_letters, at_least
from replyparse import parse_text, traditional, vocab
from replyparse.letter_parts import compose
from replyparse.model import Letter
from snippets import spaced

_TABLE = {ord(t): ord(s) for t, s in vocab.mapping("traditional").items()}
# simplified → one traditional character that folds back to it (the first in the table)
_BACK: dict[int, int] = {}
for _t, _s in _TABLE.items():
    _BACK.setdefault(_s, _t)


def to_traditional(text: str) -> str:
    return text.translate(_BACK)


def folded_strings(value: Any) -> Any:
    """``value`` (a record as JSON) with every string in simplified characters."""
    if isinstance(value, str):
        return value.translate(_TABLE)
    if isinstance(value, list):
        return [folded_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: folded_strings(v) for k, v in value.items()}
    return value


def record(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_text(text).model_dump(mode="json", exclude={"text", "source"})
    return out


def as_written(letter: Letter) -> list[str]:
    """The items whose string is not the letter's text at their span, and the strings the
    letter does not hold at all: none, when every string is given back as written."""
    text = letter.text or ""
    flat = "".join(text.split())
    wrong = []
    items = [
        letter.doc_number,
        *letter.sections,
        *letter.amounts,
        *letter.dates,
        *letter.references,
    ]
    for item in items:
        if item is not None and text[item.span[0] : item.span[1]] != item.text:
            wrong.append(item.text)
    for value, span in [
        *zip(letter.cc, letter.cc_spans, strict=True),
        *zip(letter.keywords, letter.keyword_spans, strict=True),
    ]:
        if "".join(text[span[0] : span[1]].split()) != value:  # (a body wrapped over lines)
            wrong.append(value)
    names: list[str | None] = [a.name for a in letter.addressees]
    names += [c.name for c in letter.contacts]
    names += [s.heading for s in letter.sections]
    # (joined values: a title over lines, signers the parser joins with 、)
    for value in [letter.title, letter.issuer, letter.signature.issuer, *names]:
        if value and not _in_order("".join(value.split()).replace("、", ""), flat):
            wrong.append(value)
    return wrong


def _in_order(chars: str, text: str) -> bool:
    at = 0
    for ch in chars:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


LETTER = """某市民政局

某民函〔2024〕12號

關於加強社區養老服務的
建議的答覆

王某代表：
    您提出的關於加強社區養老服務的建議收悉。現答覆如下：
    一、加大投入。今年安排資金300萬元，2024年6月底前完成。
    二、完善設施。新建日間照料中心5個。
    感謝您對民政工作的關心和支持。

某市民政局
2024年6月1日
（聯繫人：李某，電話：0000-5550000）
抄送：市人大常委會選舉聯絡工作委員會，市政府辦公室。
"""


def test_a_traditional_letter_is_read_and_written_as_it_stands() -> None:
    letter = parse_text(LETTER)
    assert letter.doc_number is not None and letter.doc_number.text == "某民函〔2024〕12號"
    assert letter.title == "關於加強社區養老服務的建議的答覆"
    # a kind is a class of item: in simplified characters, as a query names it
    assert letter.proposal is not None and letter.proposal.kind == "建议"
    assert [(a.text, float(a.value)) for a in letter.amounts] == [("300萬元", 3_000_000.0)]
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550000")]
    assert letter.cc == ["市人大常委會選舉聯絡工作委員會", "市政府辦公室"]
    assert [s.heading for s in letter.sections] == ["加大投入", "完善設施"]
    # the closing formula is no part of the last section, as in a simplified letter
    assert "感謝" not in letter.sections[-1].text
    assert letter.text == LETTER
    assert as_written(letter) == []


def test_the_fold_keeps_every_offset() -> None:
    folded = traditional.fold(LETTER)
    assert folded is not None and len(folded) == len(LETTER)
    assert "关于加强社区养老服务" in folded and "联系人" in folded


@pytest.mark.parametrize(
    "text",
    [
        "关于加强社区养老服务的建议的答复\n王某代表：\n    您提出的建议收悉。\n",
        # a simplified letter quoting a body's name as its own site writes it
        "关于建议的答复\n王某代表：\n    经与香港某某聯會协商，现答复如下：加大投入，完善设施，"
        "加强监管，做好服务，落实责任，推进工作，提高质量。\n某市民政局\n2024年6月1日\n",
        # a short one quoting 對 and a name in traditional characters: their share is a
        # tenth of its Han characters, but its simplified forms outnumber them
        "王某代表：\n    您提出的关于“對外聯絡處”的建议收悉，现答复如下：加大投入，"
        "经与该处协调，将于近期启动。\n某局\n2024年6月1日\n",
        "",
    ],
)
def test_a_simplified_letter_is_not_folded(text: str) -> None:
    assert traditional.fold(text) is None
    if "聯會" in text:  # read as written, the quoted name unchanged
        assert "聯會" in (parse_text(text).text or "")


SHORT_REPLY = (
    "趙某委員：\n    你們提出的提案收悉，現答復如下：對此，我局已組織人員實地查看，將積極協調解決，"
    "爭取年內完成。\n某縣水務局\n2024年6月1日\n聯繫人：錢某某\n聯繫電話：0000-5550000\n"
)
"""A short traditional reply cut to its body (no title, a 提案 not named 建議): none of 關, 會,
為, 議, only 你們 and 對 (damage56's traditional transform, its title left as written)."""


def test_a_short_reply_without_guan_or_hui_is_folded() -> None:
    assert traditional.fold(SHORT_REPLY) is not None
    letter = parse_text(SHORT_REPLY)
    assert [(c.name, c.phone) for c in letter.contacts] == [("錢某某", "0000-5550000")]
    assert letter.signature.issuer == "某縣水務局"
    assert [(a.name, a.role) for a in letter.addressees] == [("趙某", "委员")]


def test_a_simplified_letter_quoting_men_once_is_not_folded() -> None:
    text = (
        "王某代表：\n    您提出的建议收悉，经与“爷們”茶社协商，现答复如下：加大投入，完善设施。\n"
    )
    assert traditional.fold(text) is None


def test_a_joined_title_keeps_the_letters_characters() -> None:
    # the title runs over two lines: its string is no slice of the text, yet each of its
    # characters is the letter's own
    title = parse_text(LETTER).title
    assert title is not None and "關於" in title and "覆" in title


def test_the_typeset_parts_are_the_letters_own_text() -> None:
    # laid out as the parse read it: each line in its part, as written
    parts = compose(parse_text(LETTER))
    assert parts.doc_number == ("某民函〔2024〕12號",)
    assert parts.title == ("關於加強社區養老服務的", "建議的答覆")
    assert parts.salutation == "王某代表："
    assert [line.level for line in parts.body] == [None, 1, 1, None]
    assert parts.notes == ("（聯繫人：李某，電話：0000-5550000）",)
    assert parts.imprint == ("抄送：市人大常委會選舉聯絡工作委員會，市政府辦公室。",)


GOLD = all_letters()


@pytest.mark.parametrize("gold", GOLD, ids=[g.key for g in GOLD])
def test_every_gold_letter_in_traditional_characters_reads_as_in_simplified(gold: Any) -> None:
    text = gold.text()
    written = to_traditional(text)
    assert written != text
    # the simplified form the fold reads (a character of the letter that is itself in the
    # table, rare in a simplified letter, reads folded)
    plain = written.translate(_TABLE)
    letter = parse_text(written)
    assert letter.text == written
    assert folded_strings(record(written)) == record(plain)
    assert as_written(letter) == []


def test_the_gold_comparison_is_not_vacuous() -> None:
    assert len(GOLD) >= at_least(67, 21)


def test_a_reply_written_da_fu_with_its_traditional_fu_ends_as_da_fu_does() -> None:
    # 特此答覆 is the closing formula 特此答复: it closes the last section
    letter = parse_text(
        "關於加強社區養老服務的建議的答覆\n\n王某代表：\n    您提出的建議收悉。現答覆如下：\n"
        "    一、加大投入。\n    二、完善設施。\n    特此答覆。\n\n某市民政局\n2024年6月1日\n"
    )
    assert [s.text for s in letter.sections] == ["加大投入。", "完善設施。"]


# A site's page around a letter its mirror turned into 繁體 but whose chrome it kept
# simplified: banner, menu, crumbs, metadata, footer, their lines longer than the letter.
_SIMPLIFIED_PAGE_TOP = (
    "某县人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流 | 走进某县 | 专题专栏\n"
    "当前位置：首页 > 互动交流 > 代表建议答复 > 正文\n"
    "发布时间：2024-06-03  来源：某县水务局  浏览次数：128  【字体：大 中 小】\n"
)
_SIMPLIFIED_PAGE_FOOT = (
    "【打印本页】 【关闭窗口】 【我要纠错】\n上一篇：关于进一步加强农村饮水安全工程管理的建议答复\n"
    "下一篇：关于加快推进乡镇污水处理设施建设的提案答复\n"
    "主办单位：某县人民政府办公室  承办单位：某县信息中心  网站标识码：0000000000\n"
    "地址：某县某镇为民路1号  邮编：000000  联系我们 | 网站地图 | 隐私声明 | 使用帮助\n"
    "为确保最佳浏览效果，建议使用谷歌浏览器或者分辨率为1920×1080的显示器访问本站\n"
)


def test_a_short_traditional_reply_in_a_simplified_page_is_folded() -> None:
    # (the chrome's simplified forms outnumber the letter's traditional characters three
    # times, but no line of it holds one: the letter's own lines are counted, and fold)
    page = _SIMPLIFIED_PAGE_TOP + SHORT_REPLY + _SIMPLIFIED_PAGE_FOOT
    assert traditional.fold(page) is not None
    letter = parse_text(page)
    assert [(c.name, c.phone) for c in letter.contacts] == [("錢某某", "0000-5550000")]
    assert [(a.name, a.role) for a in letter.addressees] == [("趙某", "委员")]


def test_a_short_traditional_reply_in_a_flattened_simplified_page_is_folded() -> None:
    # (the page flattened onto one line, its lines joined by blanks: counted a piece at a
    # time, as its lines were; the chrome's pieces hold no traditional character)
    page = spaced(_SIMPLIFIED_PAGE_TOP + SHORT_REPLY + _SIMPLIFIED_PAGE_FOOT)
    assert "\n" not in page
    assert traditional.fold(page) is not None
    letter = parse_text(page)
    assert letter.signature.issuer == "某縣水務局"
    assert [(a.name, a.role) for a in letter.addressees] == [("趙某", "委员")]


def test_a_flattened_simplified_letter_quoting_a_name_is_not_folded() -> None:
    # (its pieces are its lines: the quote's piece holds the letter's simplified words)
    text = spaced(
        "王某代表：\n    您提出的关于“對外聯絡處”的建议收悉，现答复如下：加大投入，"
        "经与该处协调，将于近期启动。\n" + _SIMPLIFIED_PAGE_FOOT + "某局\n2024年6月1日\n"
    )
    assert traditional.fold(text) is None
