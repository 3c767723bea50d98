"""The perturbation suite's transforms: each does what it says, and keeps the gold.

Two kinds of test. Snippet tables on an invented letter check what each transform writes.
Then every sample, seed and corpus letter (the shared ones are skipped when absent) is
rewritten by every transform and checked to keep every character its gold record is read
from: the same text once white space, widths and the transform's own additions are set
aside, and every gold string still in it. These tests are about the transforms, not about
the parser's scores (``make eval`` measures those).
"""

from __future__ import annotations

import html
import itertools
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import perturb
from goldsets import ROOT, SETS, SHARED, GoldLetter, all_letters, get_set
from perturb import TRANSFORMS, skeleton

LETTER = """某县交通运输局
类别：B
是否公开：是
签发人：赵某
关于县十九届人大二次会议第12号建议的答复

林岚、王小明代表：
您们提出的《关于修缮村道的建议》收悉，现答复如下：
一、基本情况。我局已组织踏勘，全长1,000米。
二、下步打算。争取列入明年计划。
感谢您们对交通工作的关心和支持。

某县交通运输局
2021年9月3日
联系人：李芳
联系电话：0000-5550123
"""
GOLD: dict[str, Any] = {
    "title": "关于县十九届人大二次会议第12号建议的答复",
    "addressees": [
        {"name": "林岚", "role": "代表"},
        {"name": "王小明", "role": "代表"},
    ],
    "contacts": [{"name": "李芳", "org": None, "phone": "0000-5550123"}],
    "signature": {"issuer": "某县交通运输局", "date": "2021-09-03"},
}
KEY = "test/letter"


def run(name: str, text: str = LETTER, gold: dict[str, Any] | None = None) -> str:
    return perturb.get(name)(text, GOLD if gold is None else gold, KEY)


# --- what each transform writes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "separator"),
    [
        pytest.param("one-line-space", " ", id="space"),
        pytest.param("one-line-glued", "", id="glued"),
    ],
)
def test_one_line(name: str, separator: str) -> None:
    out = run(name)
    assert "\n" not in out
    assert out.startswith(f"某县交通运输局{separator}类别：B{separator}是否公开：是")
    assert out.endswith(f"联系人：李芳{separator}联系电话：0000-5550123")


def test_flat_body_keeps_the_head_and_joins_the_rest() -> None:
    out = run("flat-body").split("\n")
    assert out[:6] == LETTER.split("\n")[:6]
    assert len(out) == 7
    assert out[6].startswith("林岚、王小明代表： 您们提出的")
    assert "关心和支持。 某县交通运输局 2021年9月3日 联系人：李芳" in out[6]


def test_signature_joined_ends_the_last_paragraph() -> None:
    out = run("signature-joined")
    assert re.search(r"关心和支持。 {2,6}某县交通运输局 {2,6}2021年9月3日\n联系人：李芳", out)
    assert "\n某县交通运输局\n" not in out


SIGNATURE_NOT_JOINED = [
    pytest.param("感谢支持。\n联系人：李芳\n某县交通运输局\n2021年9月3日\n", id="contact-between"),
    pytest.param("某县交通运输局\n2021年9月3日\n", id="nothing-above"),
    pytest.param("感谢支持。 某县交通运输局 2021年9月3日\n", id="already-joined"),
]


@pytest.mark.parametrize("text", SIGNATURE_NOT_JOINED)
def test_signature_not_joined(text: str) -> None:
    assert run("signature-joined", text) == text


def test_crlf() -> None:
    out = run("crlf")
    assert out.count("\r\n") == LETTER.count("\n")
    assert "\n" not in out.replace("\r\n", "")


WIDTH_SWAPS = [
    pytest.param("联系人：李芳", "联系人:李芳", id="full-colon"),
    pytest.param("联系人:李芳", "联系人：李芳", id="half-colon"),
    pytest.param("甲，乙", "甲,乙", id="full-comma"),
    pytest.param("甲,乙", "甲，乙", id="half-comma"),
    pytest.param("（此件公开）", "(此件公开)", id="full-parens"),
    pytest.param("(此件公开)", "（此件公开）", id="half-parens"),
    pytest.param("全长1,000米", "全长1,000米", id="thousands-comma-stays"),
    pytest.param("上午8:30", "上午8:30", id="clock-colon-stays"),
    pytest.param("第1，2项", "第1，2项", id="full-comma-between-digits-stays"),
    pytest.param("〔2020〕；《规定》", "〔2020〕；《规定》", id="others-untouched"),
]


@pytest.mark.parametrize(("text", "expected"), WIDTH_SWAPS)
def test_width_swap(text: str, expected: str) -> None:
    assert run("width-swap", text) == expected


BLANK_LINES = [
    pytest.param("no-blank-lines", "甲\n\n乙\n \u3000\n丙", "甲\n乙\n丙", id="removed"),
    pytest.param("double-blank-lines", "甲\n乙\n\n丙", "甲\n\n乙\n\n\n\n丙", id="doubled"),
]


@pytest.mark.parametrize(("name", "text", "expected"), BLANK_LINES)
def test_blank_lines(name: str, text: str, expected: str) -> None:
    assert run(name, text) == expected


def test_padded_names() -> None:
    out = run("padded-names")
    assert re.search(r"林(?:  |\u3000)岚、王 小 明代表：", out)
    assert re.search(r"联系人：李(?:  |\u3000)芳", out)
    assert "林岚" not in out and "李芳" not in out


PADDING_LEFT_ALONE = [
    pytest.param(
        {"addressees": [{"name": "某县人大", "role": None}]}, "某县人大：", id="body-addressee"
    ),
    pytest.param(
        {"addressees": [{"name": "欧阳小明月", "role": "代表"}]},
        "欧阳小明月代表：",
        id="five-characters",
    ),
    pytest.param(
        {"contacts": [{"name": None, "org": "某局", "phone": "5550123"}]},
        "某局：5550123",
        id="no-name",
    ),
]


@pytest.mark.parametrize(("gold", "text"), PADDING_LEFT_ALONE)
def test_padding_left_alone(gold: dict[str, Any], text: str) -> None:
    assert run("padded-names", text, gold) == text


PADDING_LEFT_ALONE_TOO = [
    pytest.param(
        {"addressees": [{"name": "李班马才", "role": "委员"}]},
        "李班马才委员：",
        id="four-characters",
    ),
    pytest.param(
        {
            "addressees": [
                {"name": "程小安", "role": "委员"},
                {"name": "苏大祥", "role": "委员"},
            ]
        },
        "程小安 苏大祥委员：",
        id="names-parted-by-a-blank",
    ),
]


@pytest.mark.parametrize(("gold", "text"), PADDING_LEFT_ALONE_TOO)
def test_padding_left_alone_where_names_would_run_together(gold: dict[str, Any], text: str) -> None:
    # (four characters spaced apart read as two padded names, decided left60; names only a
    # blank parts, each spaced out, run together: neither is how a form pads a name)
    assert run("padded-names", text, gold) == text


def test_padding_a_name_already_spaced() -> None:
    out = run("padded-names", "联系人：李 芳", GOLD)
    assert re.fullmatch(r"联系人：李(?:  |\u3000)芳", out)


SEALS = [
    pytest.param(
        "感谢。\n某县交通运输局\n2021年9月3日\n",
        r"感谢。\n某县交通运输局\n[（(]盖章[）)]\n2021年9月3日\n",
        GOLD,
        id="own-line",
    ),
    pytest.param(
        "感谢。\n        某县交通运输局\n        2021年9月3日\n",
        r"感谢。\n        某县交通运输局\n        [（(]盖章[）)]\n        2021年9月3日\n",
        GOLD,
        id="indented",
    ),
    pytest.param(
        "感谢。\n某县交通运输局    2021年9月3日\n",
        r"感谢。\n某县交通运输局 [（(]盖章[）)]    2021年9月3日\n",
        GOLD,
        id="same-line",
    ),
    pytest.param(
        "感谢。\n2021年9月3日\n",
        r"感谢。\n[（(]盖章[）)]\n2021年9月3日\n",
        {"signature": {"issuer": None, "date": "2021-09-03"}},
        id="date-only",
    ),
    pytest.param(
        "感谢。\n某县交通运输局\n二〇二一年九月三日\n",
        r"感谢。\n某县交通运输局\n[（(]盖章[）)]\n二〇二一年九月三日\n",
        GOLD,
        id="chinese-numerals",
    ),
    pytest.param(
        "感谢。\n某县交通运输局\n2021年9月3日\n抄送：某县人大。\n某县交通运输局办公室 2021年9月3日印发\n",
        r"感谢。\n某县交通运输局\n[（(]盖章[）)]\n2021年9月3日\n抄送：某县人大。\n某县交通运输局办公室 2021年9月3日印发\n",
        GOLD,
        id="not-at-the-printing-date",
    ),
    pytest.param(
        "感谢。\n某县交通运输局\n2022615\n联系单位：某县交通运输局\n",
        r"感谢。\n某县交通运输局\n[（(]盖章[）)]\n2022615\n联系单位：某县交通运输局\n",
        {"signature": {"issuer": "某县交通运输局", "date": None}},
        id="damaged-date-authority-alone",
    ),
]


@pytest.mark.parametrize(("text", "pattern", "gold"), SEALS)
def test_seal(text: str, pattern: str, gold: dict[str, Any]) -> None:
    assert re.fullmatch(pattern, run("seal", text, gold))


def test_seal_nothing_to_mark() -> None:
    text = "感谢您的关心和支持。\n"
    assert run("seal", text, {"signature": {"issuer": None, "date": None}}) == text


PAGE_NUMBER = re.compile(r"— \d —|- \d -|—\d—")


def test_page_numbers_between_paragraphs() -> None:
    lines = run("page-numbers").split("\n")
    inserted = [i for i, line in enumerate(lines) if PAGE_NUMBER.fullmatch(line)]
    assert 1 <= len(inserted) <= 2
    for i in inserted:
        assert lines[i - 1].endswith("。")
        assert any(line.strip() for line in lines[i + 1 :])
    numbers = [int(re.sub(r"\D", "", lines[i])) for i in inserted]
    assert numbers == list(range(2, 2 + len(inserted)))


def test_page_numbers_need_a_paragraph_end() -> None:
    text = "某县交通运输局\n林岚代表：\n感谢您的关心和支持。"
    assert run("page-numbers", text) == text


def test_labels_reordered() -> None:
    before, after = LETTER.split("\n"), run("labels-reordered").split("\n")
    assert after[1:4] != before[1:4]
    assert sorted(after[1:4]) == sorted(before[1:4])
    assert [after[0], *after[4:]] == [before[0], *before[4:]]


LABELS_LEFT_ALONE = [
    pytest.param(
        "类别：B\n关于某事的答复\n林岚代表：\n您的建议收悉，现答复如下：\n", id="one-label"
    ),
    pytest.param(
        "关于某事的答复\n林岚代表：\n您的建议收悉，现答复如下：\n联系人：李芳\n联系电话：0000-5550123\n",
        id="closing-labels",
    ),
    pytest.param(
        "类别：B\n是否公开：是\n关于某事的答复\n林岚代表：\n正文没有开头语。\n", id="no-opening"
    ),
]


@pytest.mark.parametrize("text", LABELS_LEFT_ALONE)
def test_labels_left_alone(text: str) -> None:
    assert run("labels-reordered", text) == text


CHROME_LINE = re.compile(
    r"首页|字体|字号|打印|关闭|分享到|扫一扫|纠错|上一篇|下一篇|相关链接|索引号|发布机构|生成日期"
    r"|发布日期|主题分类|文号|公开方式|来源|时间|网站|政务网|ICP|版权|主办单位|地址|门户"
)


@pytest.mark.parametrize("key", [f"chrome/{n}" for n in range(8)])
def test_page_chrome_wraps_the_letter(key: str) -> None:
    out = perturb.get("page-chrome")(LETTER, GOLD, key)
    assert LETTER.strip("\n") in out
    top, _, bottom = out.partition(LETTER.strip("\n"))
    assert top.strip() and bottom.strip()
    heading = GOLD["title"]
    for line in (*top.split("\n"), *bottom.split("\n")):
        if line.strip() and line != heading:
            assert CHROME_LINE.search(line) or len(line) <= 24, line
    assert "文号" not in out or re.search(r"文\s*号[：:]?\s*(?:\||\n|$)", out)


def test_page_chrome_varies_with_the_key() -> None:
    outs = {perturb.get("page-chrome")(LETTER, GOLD, f"chrome/{n}") for n in range(8)}
    assert len(outs) == 8
    tops = {out.partition(LETTER.strip("\n"))[0].split("\n")[0] for out in outs}
    assert len(tops) > 2  # several families and orders open the page


def test_page_chrome_public_cell_only_when_public() -> None:
    for n in range(12):
        assert "公开方式" not in perturb.get("page-chrome")(LETTER, GOLD, f"chrome/{n}")
    public = {**GOLD, "public": True}
    assert any(
        "公开方式" in perturb.get("page-chrome")(LETTER, public, f"chrome/{n}") for n in range(12)
    )


# --- the damage classes of real web copies ------------------------------------------------------

NUMBERED = LETTER.replace("签发人：赵某\n", "签发人：赵某\n某交函〔2021〕7号\n").replace(
    "争取列入", "预计10月8日开工，争取列入"
)
NUMBERED_GOLD: dict[str, Any] = {
    **GOLD,
    "handling_type": "B",
    "doc_number": {"text": "某交函〔2021〕7号"},
}
KEYS = [f"damage/{n}" for n in range(10)]


def damaged(name: str, key: str, text: str = NUMBERED, gold: dict[str, Any] | None = None) -> str:
    return perturb.get(name)(text, NUMBERED_GOLD if gold is None else gold, key)


@pytest.mark.parametrize("key", KEYS)
def test_title_broken_over_lines(key: str) -> None:
    lines = damaged("title-broken", key).split("\n")
    at = lines.index("某交函〔2021〕7号") + 1
    end = lines.index("", at)
    assert 2 <= end - at <= 3
    assert skeleton("".join(lines[at:end])) == skeleton(GOLD["title"])
    assert lines[end - 1] in {"答    复"} or len(lines[end - 1]) > 2


def test_title_broken_never_splits_a_figure() -> None:
    title = "关于第AB12号建议的答复"
    text = f"{title}\n王某代表：\n您的建议收悉，现答复如下：\n"
    for key in KEYS:
        out = perturb.get("title-broken")(text, {"title": title}, key)
        assert "AB12号" in out.replace("\n", "")
        assert not re.search(r"[A-Z0-9]\n[A-Z0-9]", out)


def test_title_broken_keeps_the_authority_on_the_titles_first_line() -> None:
    title = "某市某某事务局关于市政协五届一次会议第63号提案的回复"
    text = f"{title}\n王某委员：\n您的提案收悉，现答复如下：\n"
    for key in KEYS:
        first = perturb.get("title-broken")(text, {"title": title}, key).split("\n")[0]
        assert first.startswith("某市某某事务局关于"), first


SALUTATIONS_BROKEN = [
    pytest.param(
        "关于某事的答复\n林岚代表：\n您提出的建议收悉，现答复如下：\n",
        {
            "关于某事的答复\n林岚代表\n您提出的建议收悉，现答复如下：\n",
            "关于某事的答复\n林岚代表\n提出的建议收悉，现答复如下：\n",
        },
        id="own-line",
    ),
    pytest.param(
        "关于某事的答复\n林岚等代表：你们提出的建议收悉，现答复如下：\n",
        {
            "关于某事的答复\n林岚等代表\n你们提出的建议收悉，现答复如下：\n",
            "关于某事的答复\n林岚等代表\n提出的建议收悉，现答复如下：\n",
        },
        id="on-the-opening",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SALUTATIONS_BROKEN)
def test_salutation_broken(text: str, expected: set[str]) -> None:
    outs = {damaged("salutation-broken", key, text) for key in KEYS}
    assert outs == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "代表姓名：林岚\n办理结果：\n您提出的建议收悉，现答复如下：\n", id="form-label"
        ),
        pytest.param("青禾县文旅局：\n现将建议办理情况函告如下：\n", id="body-named"),
    ],
)
def test_salutation_broken_leaves_what_no_role_word_ends(text: str) -> None:
    # a form's label over the reply is no salutation; a body's name without its colon is
    # an authority's name alone on a line, as a head prints its issuer (pert66)
    assert {damaged("salutation-broken", key, text) for key in KEYS} == {text}


def test_salutation_broken_needs_an_opening() -> None:
    text = "林岚代表：\n感谢您的关心。\n"
    assert damaged("salutation-broken", "damage/0", text) == text


@pytest.mark.parametrize("key", KEYS)
def test_signature_indented(key: str) -> None:
    lines = damaged("signature-indented", key).split("\n")
    for value in ("某县交通运输局", "2021年9月3日"):
        line = next(line for line in lines[6:] if line.endswith(value) and line != value)
        run = line[: -len(value)]
        assert sum(2 if ch == "\u3000" else 1 for ch in run) >= 12 and not run.strip(), repr(run)
    assert "联系人：李芳" in lines and lines[0] == "某县交通运输局"


def test_space_lines_fill_the_blank_lines() -> None:
    for key in KEYS:
        out = damaged("space-lines", key)
        assert [line for line in out.split("\n") if line.strip()] == [
            line for line in NUMBERED.split("\n") if line.strip()
        ]
        assert "\n\n" not in out


@pytest.mark.parametrize("key", KEYS)
def test_printed_twice(key: str) -> None:
    out = damaged("printed-twice", key)
    top, _, bottom = out.partition(NUMBERED.strip("\n"))
    assert bottom.strip()
    lines = [line for line in top.split("\n") if line.strip()]
    twice = [line for line in lines if lines.count(line) == 2]
    assert len(twice) >= 2 and any(CHROME_LINE.search(line) for line in twice)


DATES_DAMAGED = [
    pytest.param("于10月8日开工", "于108日开工", id="yearless"),
    pytest.param("于今年3月17日开工", "于今年317日开工", id="this-year"),
    pytest.param("于2021年10月8日开工", "于2021年10月8日开工", id="dated-stays"),
    pytest.param("3月1日至4月2日", "31日至4月2日", id="range-end-stays"),
    pytest.param("于10月开工", "于10月开工", id="month-alone-stays"),
]


@pytest.mark.parametrize(("text", "expected"), DATES_DAMAGED)
def test_dates_lost_marks(text: str, expected: str) -> None:
    assert damaged("dates-lost-marks", "damage/0", text) == expected


def test_dates_lost_marks_keeps_a_gold_string() -> None:
    gold = {**NUMBERED_GOLD, "sections": [{"heading": "10月8日开工"}]}
    assert damaged("dates-lost-marks", "damage/0", NUMBERED, gold) == NUMBERED


@pytest.mark.parametrize("key", KEYS)
def test_spam_injected_between_hanzi(key: str) -> None:
    out = damaged("spam-injected", key)
    spam = [piece for piece in perturb._SPAM if piece in out]
    assert spam
    cleaned = out
    for piece in spam:
        cleaned = cleaned.replace(piece, "")
    assert cleaned == NUMBERED
    head = NUMBERED.split("现答复如下：")[0]
    assert out.startswith(head)


def test_spam_stays_out_of_the_signature_and_footer() -> None:
    text = NUMBERED + "主办单位：某县人民政府办公室，技术支持：某某网络科技有限公司\n"
    for key in KEYS:
        out = damaged("spam-injected", key, text)
        tail = out.split("某县交通运输局\n2021年9月3日")[1]
        assert tail == text.split("某县交通运输局\n2021年9月3日")[1]


@pytest.mark.parametrize("key", KEYS)
def test_title_spaced(key: str) -> None:
    lines = damaged("title-spaced", key).split("\n")
    title = lines[5]
    assert re.fullmatch(r"关于县十九届人大二次会议[ \u3000]{1,2}第12号建议的答复", title)


def test_stops_lost_at_the_thanks() -> None:
    for key in KEYS:
        out = damaged("stops-lost", key)
        assert "关心和支持\n" in out
        assert out.replace("。", "") == NUMBERED.replace("。", "")
        assert NUMBERED.count("。") - out.count("。") in {1, 2}


@pytest.mark.parametrize("key", KEYS)
def test_class_glued_to_the_number(key: str) -> None:
    out = damaged("class-glued", key)
    assert "类别" not in out
    assert re.search(r"\n某交函〔2021〕7号(?:B类|\[B\]类|（B类）)\n", out)


def test_class_glued_from_a_shared_line() -> None:
    text = "类 别:B 某交函〔2021〕7号\n关于某事的答复\n林岚代表：\n您的建议收悉，现答复如下：\n"
    out = damaged("class-glued", "damage/1", text)
    assert out.split("\n")[0] in {
        "某交函〔2021〕7号B类",
        "某交函〔2021〕7号[B]类",
        "某交函〔2021〕7号（B类）",
    }


def test_class_glued_needs_the_gold_class() -> None:
    gold = {**NUMBERED_GOLD, "handling_type": "A"}
    assert damaged("class-glued", "damage/0", NUMBERED, gold) == NUMBERED


# --- damage56: a mirror's 繁體, a reprint's trailer, page lines in the head, spaced labels,
# respelled dates ---------------------------------------------------------------------------------

_FOLD = {
    **{pair[1]: pair[0] for pair in perturb._PAIRS.split()},
    **{form: simplified for simplified, forms in perturb._AMBIGUOUS.items() for form in forms},
}
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _folded(text: str) -> str:
    """``text`` without its glosses, its 繁體 characters read back as simplified ones."""
    return "".join(_FOLD.get(ch, ch) for ch in _GLOSS.sub("", text))


@pytest.mark.parametrize("key", KEYS)
def test_traditional_keeps_the_gold_places(key: str) -> None:
    out = damaged("traditional", key)
    assert "類別：B" in out and "聯" in out and "電話" in out
    assert "\n关于县十九届人大二次会议第12号建议的答复\n" in out  # the gold's title
    assert "\n某县交通运输局\n2021年9月3日\n" in out  # the signature
    assert "林岚、王小明代表：" in out and "某交函〔2021〕7号" in out
    assert _folded(out) == NUMBERED


def test_traditional_glosses_some_letters() -> None:
    outs = [damaged("traditional", f"damage/{n}") for n in range(20)]
    assert any(_GLOSS.search(out) for out in outs)
    assert any(not _GLOSS.search(out) for out in outs)


def test_traditional_leaves_a_letter_the_gold_holds() -> None:
    text = "某县交通运输局\n关于某某的答复\n"
    gold = {"issuer": "某县交通运输局", "title": "关于某某的答复"}
    assert damaged("traditional", "damage/0", text, gold) == text


def test_reprint_trailer_under_the_letter() -> None:
    for key in KEYS:
        out = damaged("reprint-trailer", key)
        assert out.startswith(NUMBERED.rstrip("\n"))
        trailer = [line for line in out[len(NUMBERED) :].split("\n") if line.strip()]
        assert trailer[0].startswith(("原标题：", "原标题:"))
        assert "关于县十九届人大二次会议第12号建议的答复" in trailer[0]
        assert trailer[-1].startswith("免责声明")
        assert any(line.startswith("文章网址") for line in trailer)


def test_chrome_inside_the_head() -> None:
    for key in KEYS:
        lines = damaged("chrome-inside", key).split("\n")
        added = [line for line in lines if line not in NUMBERED.split("\n")]
        assert added and all(re.search("日期|索引号|发布机构|文号|来源", line) for line in added)
        assert [line for line in lines if line not in added] == NUMBERED.split("\n")
        first = lines.index(added[0])
        assert lines.index("某交函〔2021〕7号") < first < lines.index("林岚、王小明代表：")


LABELS_SPACED = [
    pytest.param("联系人：李芳\n", r"联([ \u3000]{1,2})系\1人：李芳\n", id="line-start"),
    pytest.param("某局  承办人:王某\n", r"某局  承([ \u3000]{1,2})办\1人:王某\n", id="after-gap"),
    pytest.param("名称：某答复 文号：无\n", r"名称：某答复 文号：无\n", id="single-spaced-row"),
    pytest.param("抄送单位：某局\n", r"抄送单位：某局\n", id="longer-label"),
]


@pytest.mark.parametrize(("text", "pattern"), LABELS_SPACED)
def test_labels_spaced(text: str, pattern: str) -> None:
    for key in KEYS:
        assert re.fullmatch(pattern, damaged("labels-spaced", key, text, {}))


DATES_RESPELLED = [
    pytest.param(
        "2021年9月3日\n",
        {"2021 年 9 月 3 日\n", "2021年 9月3日\n", "２０２１年９月３日\n"},
        id="figures",
    ),
    pytest.param(
        "二〇二一年九月三日\n",
        {
            "二〇二一年九月三日\n",
            "二○二一年九月三日\n",
            "二0二一年九月三日\n",
            "二O二一年九月三日\n",
        }
        | {"二零二一年九月三日\n"},
        id="numerals",
    ),
    pytest.param("于2021年9月开工\n", {"于2021年9月开工\n"}, id="no-day-stays"),
]


@pytest.mark.parametrize(("text", "expected"), DATES_RESPELLED)
def test_dates_respelled(text: str, expected: set[str]) -> None:
    outs = {damaged("dates-respelled", f"damage/{n}", text, {}) for n in range(30)}
    assert outs <= expected
    assert len(outs) > 1 or len(expected) == 1


def test_dates_respelled_keeps_a_gold_string() -> None:
    gold = {"title": "关于2021年9月3日会议的答复"}
    text = "关于2021年9月3日会议的答复\n"
    assert all(damaged("dates-respelled", key, text, gold) == text for key in KEYS)


KEYS_58 = [f"title58/{n}" for n in range(24)]


def test_title_run_on_glues_after_the_title() -> None:
    title = GOLD["title"]
    outs = {run_keyed("title-run-on", key) for key in KEYS_58}
    assert len(outs) > 5  # (a run-on drawn a letter)
    for out in outs:
        line = next(line for line in out.split("\n") if line.startswith(title))
        assert line != title
        assert out.replace(line, title, 1) == LETTER


def test_title_run_on_repeats_only_the_gold_number() -> None:
    # (no 发文字号 in the gold: none is glued, and the title again stands after nothing)
    for key in KEYS_58:
        assert "〔" not in run_keyed("title-run-on", key)


def test_title_junk_before_glues_before_the_title() -> None:
    title = GOLD["title"]
    outs = {run_keyed("title-junk-before", key) for key in KEYS_58}
    assert len(outs) > 5
    for out in outs:
        line = next(line for line in out.split("\n") if line.endswith(title))
        assert line != title
        assert out.replace(line, title, 1) == LETTER


def test_title_transforms_leave_a_letter_without_its_title_line() -> None:
    for name in ("title-run-on", "title-junk-before"):
        assert perturb.get(name)(LETTER, {"title": "关于别的事项的答复"}, KEY) == LETTER


KEYS_59 = [f"issuer59/{n}" for n in range(24)]
_HEADED = "某县交通运输局\n" + LETTER.split("\n", 4)[4]
_HEADED_GOLD = {**GOLD, "issuer": "某县交通运输局"}


def test_issuer_junk_before_the_head_and_the_signer() -> None:
    outs = {perturb.get("issuer-junk-before")(_HEADED, _HEADED_GOLD, k) for k in KEYS_59}
    assert len(outs) > 5
    for out in outs:
        lines = out.split("\n")
        assert lines[0] != "某县交通运输局" and lines[0].endswith("某县交通运输局")
        signer = next(line for line in lines[5:] if line.endswith("某县交通运输局"))
        assert signer != "某县交通运输局"


def test_issuer_head_lost_only_where_the_signer_names_it() -> None:
    out = perturb.get("issuer-head-lost")(_HEADED, _HEADED_GOLD, KEY)
    assert out == _HEADED.split("\n", 1)[1]
    other = {**_HEADED_GOLD, "signature": {"issuer": "某县财政局", "date": "2021-09-03"}}
    assert perturb.get("issuer-head-lost")(_HEADED, other, KEY) == _HEADED


def test_issuer_transforms_take_no_signer_for_a_head() -> None:
    # (a letter with no opening sentence the transforms know, its head naming no authority:
    # the signer's own line is no head's mark, neither lost nor given a page cell's label)
    text = (
        "关于修缮村道的答复\n林岚代表：\n    村道已列入明年计划。\n\n某县交通运输局\n2021年9月3日\n"
    )
    assert perturb.get("issuer-head-lost")(text, _HEADED_GOLD, KEY) == text
    for key in KEYS_59:
        out = perturb.get("issuer-junk-before")(text, _HEADED_GOLD, key).split("\n")
        assert not out[4].startswith(("发布机构", "来源", "信息来源"))
        assert out[4].endswith(" 某县交通运输局") and out[:4] == text.split("\n")[:4]


def test_signer_glued_to_its_date() -> None:
    outs = {run_keyed("signer-glued", key) for key in KEYS_59}
    assert outs <= {
        LETTER.replace("某县交通运输局\n2021", "某县交通运输局2021"),
        LETTER.replace("某县交通运输局\n2021", "某县交通运输局 2021"),
    }
    assert len(outs) == 2


def run_keyed(name: str, key: str) -> str:
    return perturb.get(name)(LETTER, GOLD, key)


@pytest.mark.parametrize("transform", TRANSFORMS, ids=lambda t: t.name)
def test_deterministic(transform: perturb.Transform) -> None:
    assert transform(LETTER, GOLD, KEY) == transform(LETTER, GOLD, KEY)


def test_names_are_unique() -> None:
    assert len({t.name for t in TRANSFORMS}) == len(TRANSFORMS)


# --- every letter with a gold record keeps it -----------------------------------------------------

LETTERS = all_letters()
_SEAL = skeleton("（盖章）")
_ZEROS = str.maketrans(dict.fromkeys("〇○O零", "0"))


def _kept(name: str, before: str, after: str) -> None:
    """``after`` holds exactly ``before``'s characters, apart from what ``name`` adds."""
    if after == before:
        return  # nothing to do for this transform in this letter
    if name == "labels-reordered":
        assert Counter(after.split("\n")) == Counter(before.split("\n"))
        return
    if name == "page-numbers":
        pages_before = [line for line in before.split("\n") if PAGE_NUMBER.fullmatch(line)]
        pages_after = [line for line in after.split("\n") if PAGE_NUMBER.fullmatch(line)]
        assert len(pages_before) < len(pages_after) <= len(pages_before) + 2
        kept = [line for line in after.split("\n") if not PAGE_NUMBER.fullmatch(line)]
        assert kept == [line for line in before.split("\n") if not PAGE_NUMBER.fullmatch(line)]
        return
    if name == "page-chrome":
        assert before.strip("\n") in after
        return
    if name == "invisible-chars":
        assert perturb.without_invisible(after) == before
        return
    if name == "html-fragment":
        assert skeleton(perturb.fragment_text(after)) == skeleton(before)
        return
    if name == "html-references":
        assert skeleton(html.unescape(after)) == skeleton(before)
        return
    if name == "period-stops":
        assert after == before.replace("。", ".")
        return
    if name == "printed-twice":
        assert before.strip("\n") in after
        return
    if name == "spam-injected":
        for piece in perturb._SPAM:
            after = after.replace(piece, "")
        assert after == before
        return
    if name == "stops-lost":
        assert after.replace("。", "") == before.replace("。", "")
        assert 1 <= before.count("。") - after.count("。") <= 2
        return
    if name == "dates-lost-marks":
        assert re.sub(r"(\d)月(\d)", r"\1\2", before) == re.sub(r"(\d)月(\d)", r"\1\2", after)
        return
    if name == "salutation-broken":  # its colon gone, and a 您/你们 the opening spoke with
        a, b = skeleton(after), skeleton(before)
        at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
        assert b[at] == ":"
        rest = b[at + 1 :]
        assert a[at:] in {
            rest,
            *(rest[len(you) :] for you in ("您们", "你们", "您", "你") if rest.startswith(you)),
        }
        return
    if name == "class-glued":  # the label and its letter gone, the letter after the number
        label = re.compile(r"(?:类别|分类|办理类别|办复类别|答复类别):[A-D]类?")
        mark = re.compile(r"\[[A-D]\]类|\([A-D]类\)|[A-D]类")
        assert mark.sub("", skeleton(after)) == mark.sub(
            "", label.sub("", skeleton(before), count=1)
        )
        return
    if name == "traditional":  # its glosses aside, its characters read back
        assert _folded(after) == _folded(before)
        return
    if name in ("reprint-trailer",):
        assert after.startswith(before.rstrip("\n"))
        return
    if name == "chrome-inside":  # the letter's lines in their order, page lines among them
        lines = before.split("\n")
        added = list((Counter(after.split("\n")) - Counter(lines)).elements())
        assert 1 <= len(added) <= 6
        kept = iter(after.split("\n"))
        assert all(any(line == seen for seen in kept) for line in lines)
        return
    if name in ("title-run-on", "title-junk-before"):  # one line, a piece glued to it
        changed = [
            (x, y) for x, y in zip(before.split("\n"), after.split("\n"), strict=True) if x != y
        ]
        assert len(changed) == 1
        line, glued = changed[0]
        if name == "title-run-on":
            assert glued.startswith(line.rstrip()) and len(glued) > len(line.rstrip())
        else:
            assert glued.endswith(line.lstrip()) and len(glued) > len(line)
        return
    if name == "issuer-junk-before":  # one or two lines, junk before what they held
        changed = [
            (x, y) for x, y in zip(before.split("\n"), after.split("\n"), strict=True) if x != y
        ]
        assert 1 <= len(changed) <= 2
        assert all(y.endswith(x.lstrip(" \t\u3000")) and len(y) > len(x) for x, y in changed)
        return
    if name == "issuer-head-lost":  # one line of the head gone, the rest as it was
        lines, kept = before.split("\n"), after.split("\n")
        assert len(kept) == len(lines) - 1
        at = next(i for i, (x, y) in enumerate(zip(lines, kept, strict=False)) if x != y)
        assert lines[:at] + lines[at + 1 :] == kept
        return
    a, b = skeleton(after), skeleton(before)
    if name == "dates-respelled":  # a numeral date's zero written another way
        a, b = a.translate(_ZEROS), b.translate(_ZEROS)
    if name == "seal" and a != b:
        at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
        assert a[at : at + len(_SEAL)] == _SEAL
        a = a[:at] + a[at + len(_SEAL) :]
    assert a == b


# The transforms of stop 56 on are checked one test a transform, every letter inside it:
# the suite's count grows by one a transform there, not by one a letter (each perturbed text
# is a case of test_resegment_runs already).
_GROUPED = frozenset(
    {
        "traditional",
        "reprint-trailer",
        "chrome-inside",
        "labels-spaced",
        "dates-respelled",
        "title-run-on",
        "title-junk-before",
        "issuer-junk-before",
        "issuer-head-lost",
        "signer-glued",
    }
)


def _letter_cases() -> list[Any]:
    return [
        pytest.param(t, letter, id=f"{t.name}-{letter.key}")
        for t in TRANSFORMS
        if t.name not in _GROUPED
        for letter in LETTERS
    ]


def _keeps_its_gold(transform: perturb.Transform, letter: GoldLetter) -> None:
    text, gold = letter.text(), letter.gold()
    out = transform(text, gold, letter.key)
    _kept(transform.name, text, out)
    # (what a reader sees: the invisible characters, a fragment's tags and escapes aside)
    seen = {
        "invisible-chars": perturb.without_invisible,
        "html-fragment": perturb.fragment_text,
        "html-references": html.unescape,
    }
    before, after = skeleton(text), skeleton(seen.get(transform.name, str)(out))
    zeros = _ZEROS if transform.name == "dates-respelled" else {}
    for value in perturb.gold_strings(gold):
        if skeleton(value) in before:
            assert skeleton(value).translate(zeros) in after.translate(zeros), (letter.key, value)


@pytest.mark.parametrize(("transform", "letter"), _letter_cases())
def test_letter_keeps_its_gold(transform: perturb.Transform, letter: GoldLetter) -> None:
    _keeps_its_gold(transform, letter)


@pytest.mark.parametrize(
    "transform", [t for t in TRANSFORMS if t.name in _GROUPED], ids=lambda t: t.name
)
def test_every_letter_keeps_its_gold(transform: perturb.Transform) -> None:
    assert LETTERS
    for letter in LETTERS:
        try:
            _keeps_its_gold(transform, letter)
        except AssertionError as failed:
            raise AssertionError(f"{letter.key}: {failed}") from failed


def _changed_when(letter: GoldLetter, name: str) -> bool:
    gold = letter.gold()
    if name == "padded-names":
        return bool(perturb.person_names(gold))
    if name == "seal":
        signature = gold.get("signature") or {}
        return bool(signature.get("issuer") or signature.get("date"))
    return True


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        pytest.param(name, letter, id=f"{name}-{letter.key}")
        for name in (
            "padded-names",
            "seal",
            "one-line-space",
            "crlf",
            "width-swap",
            "page-chrome",
            "printed-twice",
        )
        for letter in LETTERS
        if _changed_when(letter, name)
    ],
)
def test_transform_changes_the_letter(name: str, letter: GoldLetter) -> None:
    assert perturb.get(name)(letter.text(), letter.gold(), letter.key) != letter.text()


def test_samples_are_present() -> None:
    assert get_set("samples").present()
    assert len([letter for letter in LETTERS if letter.set == "samples"]) >= 8


@pytest.mark.parametrize("name", [s.name for s in SETS if s.name != "samples"])
def test_shared_set_present(name: str) -> None:
    gold_set = get_set(name)
    if not gold_set.present():
        pytest.skip(
            f"{gold_set.letters} not found (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
    assert any(letter.set == name for letter in LETTERS)


# --- the suite through scripts/eval.py --------------------------------------------------------------


@pytest.mark.slow
def test_eval_summary_counts_the_transformed_letters(tmp_path: Path) -> None:
    """``make eval``'s JSON: every sample scored as itself and under a transform."""
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.skip(
            f"{SHARED / 'tools' / 'score.py'} not found (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
    command = [sys.executable, str(ROOT / "scripts" / "eval.py"), "--json", "--sets", "samples"]
    command += ["--transforms", "crlf", "seal", "--keep", str(tmp_path / "eval")]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    summary = json.loads(done.stdout)
    samples = len([letter for letter in LETTERS if letter.set == "samples"])
    assert summary["sets"]["samples"]["letters"] == samples
    assert summary["sets"]["samples"]["missing"] == []
    assert set(summary["perturbation"]) == {"crlf", "seal", "all"}
    assert summary["perturbation"]["crlf"]["changed"] == samples
    assert summary["perturbation"]["all"]["letters"] == 2 * samples
    records = list((tmp_path / "eval" / "out" / "crlf" / "samples").glob("*.json"))
    assert len(records) == samples


def test_hard_wrapped_leaves_a_signature_set_to_the_right() -> None:
    # (a signature indented past the page's width is printed at the right margin, whole;
    # a paragraph longer than the page is broken, its lines within the width)
    signature = " " * 70 + "某某自治州某某县交通运输局"
    paragraph = "    " + "路面已于今年完成改造，" * 8
    out = run("hard-wrapped", f"{paragraph}\n\n{signature}\n")
    assert f"\n{signature}\n" in out
    assert out.count("\n") > 3


def _printed_lines(paragraph: str) -> list[str]:
    """The printed lines the hard-wrapped transform makes of ``paragraph`` (one long line)."""
    return [line for line in run("hard-wrapped", f"{paragraph}\n").split("\n") if line]


def test_hard_wrapped_keeps_a_figure_or_a_latin_word_whole() -> None:
    # (a print moves a number, a code or an address written in ASCII to the next line
    # whole: it breaks no word of Latin letters or figures in two)
    words = ("甲函〔2031〕107号", "2031-09-14", "15:07", "13800000000", "box@example.com")
    paragraph = "".join(f"乙镇回复编号{word}，" for word in words) * 4
    lines = _printed_lines(paragraph)
    assert "".join(lines) == paragraph
    assert len(lines) > 3
    for line, below in itertools.pairwise(lines):
        assert not re.search(r"[!-~]$", line) or not re.match(r"[!-~]", below), (line, below)


def test_hard_wrapped_opens_no_line_with_a_closing_mark() -> None:
    # (a print never opens a line with a comma, a full stop, a colon or a closing bracket,
    # nor ends one with an opening bracket or quote: 避头尾)
    paragraph = "丙村的道路（含桥梁）已经修好，“丁路”尚在设计：请放心。" * 12
    lines = _printed_lines(paragraph)
    assert "".join(lines) == paragraph
    assert len(lines) > 3
    for line in lines[1:]:
        assert line[0] not in "，。：、；）”》"
    for line in lines:
        assert line[-1] not in "（“《"


def test_hard_wrapped_breaks_a_gloss_as_a_print_view_does() -> None:
    # (a mirror's pinyin gloss is broken anywhere, as record.md's tail46b reads a print view;
    # no rule of 避头尾 holds its brackets, so it never goes down whole from its character)
    paragraph = "某縣第十屆人民代表大會(huì)第四次會(huì)議期間提出的建議(yì)收悉，" * 8
    lines = _printed_lines(paragraph)
    assert "".join(lines) == paragraph
    for line in lines[1:]:
        assert not re.match(r"[(（][a-zü\u00c0-\u024f]+[)）]", line), line
