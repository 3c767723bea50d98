"""Real letters as archives hold them (#7): one table per pattern, in our own words.

Every snippet here is invented in the manner of published reply letters: web copies that
lost their line breaks and widths, 办理单 forms, class marks and notes in many spellings,
signature blocks with seals or damaged dates, contacts and addressees written every way
clerks write them. Names, places and numbers are made up; phones use 555 and 0000 blocks.

Each case calls only the public ``parse_text`` and checks one field of the record as the
project's scorer compares it (white space, widths and trailing punctuation aside). A case
the parser gets wrong today is a strict xfail whose reason names the rule it waits for,
so the fix that teaches the rule flips it. Each group ends with what must *not* be read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from replyparse import parse_text

_SPACE = re.compile(r"\s+")
_TRAIL = "。；;，,：:、！!？? "


def _norm(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(value))).rstrip(_TRAIL)


def _phone(value: str | None) -> str | None:
    return re.sub(r"\D", "", value or "") or None


def read(text: str, field: str) -> Any:
    """One field of ``parse_text(text)``, compared the way the scorer compares it."""
    record = parse_text(text).model_dump(mode="json")
    if field == "doc_number":
        return _norm((record["doc_number"] or {}).get("text"))
    if field == "addressees":
        return [(_norm(a["name"]), _norm(a["role"])) for a in record["addressees"]]
    if field == "contacts":
        return [(_norm(c["name"]), _norm(c["org"]), _phone(c["phone"])) for c in record["contacts"]]
    if field == "references":
        return [(r["kind"], _norm(r["text"])) for r in record["references"]]
    if field == "cc":
        return [_norm(c) for c in record["cc"]]
    if field == "sections":
        return [(s["level"], s["number"]) for s in _walk(record["sections"])]
    if field == "dates":
        return [(d["value"], d["end"]) for d in record["dates"] if not d.get("inferred")]
    value: Any = record
    for key in field.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return _norm(value)


def _walk(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in sections:
        if s["level"] <= 2:
            out.append(s)
            out.extend(_walk(s["children"]))
    return out


def case(
    id: str, text: str, field: str, expected: Any, *, gap: str | None = None
) -> Any:  # pytest's ParameterSet
    """A table row; ``gap`` names the #7 rule a failing case waits for (a strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=f"#7: {gap}")] if gap else []
    return pytest.param(text, field, expected, id=id, marks=marks)


def _check(text: str, field: str, expected: Any) -> None:
    assert read(text, field) == expected


# Pieces of an invented letter, put together differently by each case.
OPENING = "您提出的《关于改善村道照明条件的建议》收悉，现答复如下："
BODY = (
    "一、加装路灯。今年已在村道沿线加装路灯40盏。\n"
    "二、加强维护。我局将定期巡查，及时更换损坏灯具。\n"
    "感谢您对交通工作的关心和支持。"
)
TITLE = "关于县十九届人大二次会议第12号建议的答复"
SIGN = "某县交通运输局\n2021年9月3日"


def letter(
    head: str = "",
    title: str = TITLE,
    salutation: str = "林岚代表：",
    opening: str = OPENING,
    body: str = BODY,
    closing: str = SIGN,
) -> str:
    parts = [head, title, salutation, opening, body, closing]
    return "\n".join(p for p in parts if p) + "\n"


def flat(text: str, sep: str = " ") -> str:
    """The letter as a web copy that lost its line breaks keeps it."""
    return sep.join(line.strip() for line in text.split("\n") if line.strip())


# --- 1. Flattened copies -----------------------------------------------------------------------

# A letter on a 办理单 with no salutation, every line glued: the form's last row left empty
# (办理结果：) ends the head, the opening after it (an earlier round read no head at all)
FORM_NO_SALUTATION = (
    "类别：B\n某退函〔2099〕7号\n某区某局关于区九届人大二次会议第15号代表建议办理情况的复函\n"
    "代表姓名：韦青\n建议内容：关于加强某某公园管理的建议\n办理结果：\n"
    "您好，您提出的关于加强某某公园管理意见建议收悉，现将办理情况答复如下：\n"
    "一、加强巡查。我局已安排专人每日巡查。\n某区某局\n2099年3月1日\n"
)
FLATTENED = [
    *(
        case(f"form-no-salutation-glued-{name}-{field}", flat(text, ""), field, want)
        for name, text in [
            ("marks-first", FORM_NO_SALUTATION),
            # the title first, the form's rows glued right after its 复函, a blank the
            # copy kept after a row's colon
            ("title-first", FORM_NO_SALUTATION.split("\n", 2)[2].replace("内容：", "内容： ")),
            # the row's value an opening with no words spoken to the asker: the item in its
            # marks, or the deputy named
            (
                "quoted-opening",
                FORM_NO_SALUTATION.replace(
                    "您好，您提出的关于加强某某公园管理意见", "《关于加强某某公园管理的"
                ).replace("建议收悉", "建议》收悉"),
            ),
            ("deputy-opening", FORM_NO_SALUTATION.replace("您好，您提出的", "韦青代表提出的")),
        ]
        for field, want in [
            ("proposal.number", "15"),
            ("addressees", [("韦青", "代表")]),
            ("proposal.title", "关于加强某某公园管理的建议"),
        ]
    ),
    case(
        "form-no-salutation-glued-marks-first-handling_type",
        flat(FORM_NO_SALUTATION, ""),
        "handling_type",
        "B",
    ),
    # …not a number's label in the opening's own brackets (（建议号：88）收悉), which ends no
    # head: the opening whole
    case(
        "no-salutation-number-label-in-the-opening-brackets",
        "您提出的《关于加强某某公园管理的建议》（建议号：88）收悉，现答复如下：",
        "proposal.number",
        "88",
    ),
    # a signature dated to the month at the end of a flattened letter
    *(
        case(
            f"month-date-signature-{name}-{field}",
            flat(letter(closing="某某镇人民政府\n" + date)),
            field,
            expected,
        )
        for name, date in [
            ("chinese", "二〇二四年五月"),
            ("figures", "2024年5月"),
            ("circle-zero", "二○二四年十二月"),
        ]
        for field, expected in [
            ("signature.issuer", "某某镇人民政府"),
            # read to the month: no day, so no signature date (dev21, the contract's type)
            ("signature.date", None),
            ("dates", [("2024-12" if "十二" in date else "2024-05", None)]),
        ]
    ),
    # the 印发 line after the 抄送 list, its date damaged or written to the month: no part
    # of the list in a flattened letter
    *(
        case(
            f"printing-line-after-cc-{name}",
            flat(letter(closing=SIGN + f"\n抄送：县政协提案委\n某县交通运输局办公室  {date}印发")),
            "cc",
            ["县政协提案委"],
        )
        for name, date in [
            ("whole", "2021年9月5日"),
            ("lost-marks", "202195日"),
            ("eight-digits", "20210905"),
            ("month", "2021年9月"),
        ]
    ),
    # under the title of a flattened copy, the 发文字号 then an authority's name alone (the
    # issuer's, over its labels; or the lead unit a 会办意见 answers): the name is a line
    # of its own, no part of the title
    *(
        case(f"authority-after-the-number-under-the-title-{field}", text, field, want)
        for text in [
            flat(
                letter(title=TITLE + "\n某交函〔2023〕60号\n某县交通运输局\n类别：B\n签发人：郑航")
            )
        ]
        for field, want in [
            ("title", _norm(TITLE)),
            ("doc_number", "某交函〔2023〕60号"),
            ("handling_type", "B"),
            ("issuer", "某县交通运输局"),
            ("addressees", [("林岚", "代表")]),
        ]
    ),
    *(
        case(f"lead-unit-after-the-number-under-the-title-{field}", text, field, want)
        for text in [
            flat(
                letter(
                    title="某县交通运输局关于县政协十届二次会议第31号提案会办意见的函\n"
                    "某交函〔2023〕60号\n某县教育局",
                    salutation="",
                    opening="县政协转来的《关于改善村道照明条件的提案》收悉，现提出会办意见如下：",
                )
            )
        ]
        for field, want in [
            ("title", "某县交通运输局关于县政协十届二次会议第31号提案会办意见的函"),
            ("doc_number", "某交函〔2023〕60号"),
            ("addressees", [("某县教育局", None)]),
        ]
    ),
    # labels under the title in a flattened copy, a blank after a colon before its value
    # (签发人： 王某), the 发文字号 after them: the value is the name, no 发文字号's code,
    # and the title ends at its 文种
    *(
        case(
            f"label-value-after-a-blank-under-the-title-{name}-{field}",
            flat(letter(title=TITLE + "\n" + labels + "\n某交函〔2023〕60号")),
            field,
            want,
        )
        for name, labels in [
            ("after-the-class", "类别：B\n签发人： 郑航"),
            ("spread-label-half-width", "类  别:B\n签发人: 郑航"),
            ("leader-alone", "签发人： 郑航"),
        ]
        for field, want in [
            ("title", _norm(TITLE)),
            ("doc_number", "某交函〔2023〕60号"),
        ]
    ),
    # …while a label left empty, a blank then the next label (spread or not), stays empty
    *(
        case(
            f"empty-label-value-before-the-next-label-{name}",
            flat(letter(head=head, salutation="林岚代表：")),
            "title",
            _norm(TITLE),
        )
        for name, head in [
            ("plain", "协办单位：  事由：关于改善村道照明条件的建议"),
            ("spread", "协办单位：  事    由：关于改善村道照明条件的建议"),
        ]
    ),
    # a title line that names only the proposal (…第48号提案) ends before the names
    *(
        case(
            f"title-naming-only-the-proposal-then-names-{field}",
            flat(
                letter(
                    title="某县政协十届二次会议第48号提案",
                    salutation="林岚委员：",
                    opening="您提出的《关于安装路灯的提案》收悉，现复如下：",
                )
            ),
            field,
            expected,
        )
        for field, expected in [
            ("addressees", [("林岚", "委员")]),
            ("title", "某县政协十届二次会议第48号提案"),
            ("proposal.number", "48"),
        ]
    ),
    case(
        "month-date-signature-then-cc",
        flat(letter(closing="某某镇人民政府\n二〇二四年五月\n抄送：县人大常委会")),
        "cc",
        ["县人大常委会"],
    ),
    case(
        "salutation-and-opening-share-a-line",
        letter(salutation="", opening="林岚代表：" + OPENING),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "salutation-and-opening-share-a-line-title",
        letter(salutation="", opening="林岚代表：" + OPENING),
        "title",
        _norm(TITLE),
    ),
    case(
        "signature-after-spaces-at-paragraph-end",
        letter(closing="", body=BODY + "    某县交通运输局    2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "signature-date-after-spaces-at-paragraph-end",
        letter(closing="", body=BODY + "    某县交通运输局    2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "date-alone-after-the-last-sentence",
        letter(closing="", body=BODY + "  2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "title-runs-into-salutation",
        letter(title="", salutation=TITLE + " 林岚代表："),
        "title",
        _norm(TITLE),
    ),
    case(
        "title-runs-into-salutation-addressee",
        letter(title="", salutation=TITLE + " 林岚代表："),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "labels-docno-title-on-one-line-type",
        letter(title="类别：B  某交复〔2021〕7号  " + TITLE),
        "handling_type",
        "B",
    ),
    case(
        "labels-docno-title-on-one-line-docno",
        letter(title="类别：B  某交复〔2021〕7号  " + TITLE),
        "doc_number",
        "某交复〔2021〕7号",
    ),
    case(
        "labels-docno-title-on-one-line-title",
        letter(title="类别：B  某交复〔2021〕7号  " + TITLE),
        "title",
        _norm(TITLE),
    ),
    case(
        "whole-letter-on-one-line-title",
        flat(letter()),
        "title",
        _norm(TITLE),
    ),
    case(
        "whole-letter-on-one-line-addressees",
        flat(letter()),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "whole-letter-on-one-line-sections",
        flat(letter()),
        "sections",
        [(1, 1), (1, 2)],
    ),
    case(
        "whole-letter-on-one-line-signature",
        flat(letter()),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "whole-letter-glued-signature-date",
        flat(letter(), ""),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "whole-letter-on-one-line-proposal-title",
        flat(letter()),
        "proposal.title",
        "关于改善村道照明条件的建议",
    ),
    case(
        "closing-on-one-line-contacts",
        letter(
            closing=SIGN
            + "\n联系人：王明  联系电话：0000-5550123  抄送：县人大常委会，县政府办公室。"
        ),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "flat-closing-contact-stops-at-cc",
        flat(
            letter(
                closing=SIGN
                + "\n联系人及电话：严某、13900000123\n抄送：县人大常委会，县政府办公室。"
            )
        ),
        "contacts",
        [("严某", None, "13900000123")],
    ),
    case(
        "flat-closing-contact-stops-at-date",
        flat(letter(closing="联系人：王明\n" + SIGN)),
        "contacts",
        [("王明", None, None)],
    ),
    case(
        "flat-closing-cc",
        flat(letter(closing=SIGN + "\n抄送：县人大常委会，县政府办公室。")),
        "cc",
        ["县人大常委会", "县政府办公室"],
    ),
    case(
        "class-mark-inside-a-flat-header",
        flat(letter(head="某交复〔2021〕7号 B类\n同意公开")),
        "handling_type",
        "B",
    ),
    *(
        case(
            f"bracketed-letter-then-lei-inside-a-flat-header-{field}",
            flat(letter(head="某交复〔2021〕7号(B)类"), sep=sep),
            field,
            want,
        )
        for sep in ("", " ")
        for field, want in [("handling_type", "B"), ("title", _norm(TITLE))]
    ),
]
NOT_FLATTENED = [
    # a date written to the month counts only under its signer, ending the paragraph
    *(
        case(f"month-date-{name}", flat(letter(closing="", body=BODY + tail)), field, None)
        for name, tail, field in [
            (
                "opening-a-sentence-is-no-signature",
                "\n2024年5月，我局再次组织了现场踏勘。",
                "signature.date",
            ),
            (
                "inside-a-sentence-after-an-office",
                "\n工程已报某县人民政府 2024年5月开工。",
                "signature.date",
            ),
        ]
    ),
    case(
        "date-opening-last-sentence-is-no-signature",
        letter(closing="", body=BODY + "\n2021年9月3日，我局再次组织了现场踏勘。"),
        "signature.date",
        None,
    ),
    case(
        "printing-date-is-no-signature",
        letter(closing="某县交通运输局办公室   2021年9月5日印发"),
        "signature.date",
        None,
    ),
    case(
        "opening-colon-is-no-salutation",
        letter(salutation="", opening="您提出的建议收悉。经认真研究，现答复如下："),
        "addressees",
        [],
    ),
    case(
        "flat-letter-without-sections",
        flat(
            letter(body="该桥全长1.5公里，八、九十年代修建，已列入改造计划。\n感谢您的关心和支持。")
        ),
        "sections",
        [],
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), FLATTENED + NOT_FLATTENED)
def test_flattened(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 2. Labels, class marks and notes around the title -------------------------------------------

FORM_HEAD = (
    "某旗第七届人民代表大会第三次会议第15号建议办理单\n"
    "新编号：第15号\n"
    "代表姓名：巴特尔、苏日娜、王小红\n"
    "主办单位：某旗交通运输局\n"
    "协办单位：\n"
    "事    由：关于改善村道照明条件的建议\n"
    "办理情况：\n"
)
FORM = letter(title=FORM_HEAD.rstrip("\n"), salutation="巴特尔等代表：")
# A 办理单 whose item line, labels and summary stand above the reply's own title.
FORM_ITEM = (
    "第35号 关于修缮镇东小学围墙的建议\n"
    "建议号：第35号\n"
    "领衔代表：林岚\n"
    "内容：\n"
    "镇东小学围墙年久失修，雨季存在安全隐患。建议尽快修缮。\n"
    "承办单位：某县教育局\n"
    "责任领导：钱某\n"
    "政府督办领导：孙某\n"
    "交办日期：2020年3月2日\n"
    "办理情况："
)
# A 办理单 form above the letter with rows no label of ours names, one left empty, the
# proposal's text under an empty 内容 row, and the form's last label alone over the title.
FORM_ROWS = (
    "建议号：58号\n"
    "提案人：林岚\n"
    "内 容：\n"
    "镇西中学校舍老旧，学生增多后教室不足。建议尽快扩建。\n"
    "承办单位：教育局\n"
    "责任领导：钱某\n"
    "交办日期：2016年3月2日\n"
    "{empty}\n"
    "办理情况"
)
FORM_ROWS_TITLE = "某县教育局关于某县十七届人大二次会议第58号建议的答复函"
# A web page's table of labels and values, one cell to a line, kept above the reply.
CELLS = (
    "提出人\n林岚\n届次\n某县十九届人大二次会议\n建议编号\n12\n承办部门\n某县交通运输局\n"
    "办理方式\n主办\n办理类型\nB\n是否公开\n是\n正文"
)
CELLS_LETTER = letter(title=TITLE + "\n" + CELLS)
LABELS_AND_NOTES = [
    # a form's mark cell with a sub-grade digit (A1): the class is the letter
    case(
        "handling-mark-cell-with-a-sub-grade",
        letter(
            head="[办理结果标注(B2)]\n[是否同意公开(是)]\n某办复〔2022〕闭15号 签发人：郑航",
            title="",
        ),
        "handling_type",
        "B",
    ),
    case(
        "handling-label-with-a-sub-grade",
        letter(head="办理类型：A1"),
        "handling_type",
        "A",
    ),
    case(
        "banlidan-title",
        FORM,
        "title",
        "某旗第七届人民代表大会第三次会议第15号建议办理单",
    ),
    case(
        "banlidan-addressees",
        FORM,
        "addressees",
        [("巴特尔", "代表")],
    ),
    # the signing authority's name alone above the title in words the issuer's mark does
    # not know (its last one or two characters lost in copying), over a title line opening
    # with 关于 or 对: the issuer as the header writes it, no part of the title
    *(
        case(
            f"signer-above-the-title-{name}-{field}",
            letter(head=head, title=title, closing=signer + "\n2021年9月3日"),
            field,
            want,
        )
        for name, head, title, signer in [
            (
                "lost-last",
                "北江县城市管理综合行政执法",
                "关于对县十九届人大二次会议\n第12号建议的答复",
                "北江县城市管理综合行政执法局",
            ),
            ("lost-two", "北江县发展和改革委员", TITLE, "北江县发展和改革委员会"),
            (
                "dui",
                "北江县林业和草原",
                "对县十九届人大二次会议第12号建议的答复",
                "北江县林业和草原局",
            ),
        ]
        for field, want in [
            ("issuer", head),
            ("title", title.replace("\n", "")),
            ("signature.issuer", signer),
        ]
    ),
    # must not: a name that lost more, another authority's name, or a name over a line that
    # opens no title stays in the title
    *(
        case(f"no-signer-above-the-title-{name}", letter(head=head, title=title), "title", want)
        for name, head, title, want in [
            (
                "lost-three",
                "某县交通",
                TITLE,
                "某县交通" + TITLE,
            ),
            (
                "another-authority",
                "南山县城市管理综合行政执法",
                TITLE,
                "南山县城市管理综合行政执法" + TITLE,
            ),
            (
                "no-title-opening",
                "某县交通运输",
                "县十九届人大二次会议第12号建议的答复",
                "某县交通运输县十九届人大二次会议第12号建议的答复",
            ),
        ]
    ),
    case("banlidan-proposal-number", FORM, "proposal.number", "15"),
    # a form flattened into lines: each label alone over its value, labels the table does not
    # know (届次, 办理方式, 正文) read by their place among those it knows
    case("cells-keep-the-title-above-them", CELLS_LETTER, "title", _norm(TITLE)),
    case("cells-let-the-salutation-be-found", CELLS_LETTER, "addressees", [("林岚", "代表")]),
    case("cells-handling-value-under-its-label", CELLS_LETTER, "handling_type", "B"),
    case("cells-public-value-under-its-label", CELLS_LETTER, "public", True),
    case("cells-unit-is-no-issuer", CELLS_LETTER, "issuer", "某县交通运输局"),
    case(
        "cells-unit-is-no-issuer-when-another-signs",
        letter(title=TITLE + "\n" + CELLS, closing="某县公路管理站\n2021年9月3日"),
        "issuer",
        "某县公路管理站",
    ),
    case(
        "cells-above-the-title",
        letter(head=CELLS.replace("\n正文", "")),
        "title",
        _norm(TITLE),
    ),
    case(
        "cells-handling-in-words-under-its-label",
        letter(head="代表姓名\n林岚\n办复类别\n解决采纳\n交办日期\n2021-03-02"),
        "handling_type",
        "A",
    ),
    case(
        "cell-with-no-value-between-two-labels",
        letter(head="主办单位\n某县交通运输局\n协办单位\n办理类型\nC"),
        "handling_type",
        "C",
    ),
    # what the web page says of itself (its date, 来源, 浏览次数), kept by a copy
    case(
        "page-data-line-above-the-title",
        letter(head="发布时间： 2023-05-06    来源： 某县人民政府    浏览次数： 35"),
        "title",
        _norm(TITLE),
    ),
    case(
        "page-date-and-source-above-the-title",
        letter(head="2023年05月06日 来源: 某县人民政府"),
        "title",
        _norm(TITLE),
    ),
    case(
        "page-date-alone-above-the-title",
        letter(head="2023年05月06日"),
        "title",
        _norm(TITLE),
    ),
    case(
        "page-date-and-source-glued-to-the-salutation",
        letter(salutation="2023年05月06日 来源: 某县人民政府网 林岚代表:"),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "page-date-and-source-glued-to-a-body-addressed",
        letter(salutation="2023年05月06日 来源: 某某湖街道:"),
        "addressees",
        [("某某湖街道", None)],
    ),
    case(
        "leader-label-with-its-value-after-a-gap-beside-the-number",
        letter(head="某交复〔2021〕7号    签发人：  王某"),
        "title",
        _norm(TITLE),
    ),
    case(
        "banlidan-form-labels-in-another-spelling",
        letter(
            head="建议编号：第15号\n领衔代表：巴特尔\n承办单位：某旗交通运输局\n案由：关于改善村道照明条件的建议",
            salutation="巴特尔代表：",
        ),
        "title",
        _norm(TITLE),
    ),
    case(
        "qianfaren-on-the-docno-line-docno",
        letter(head="某交复〔2021〕7号        签发人：王某"),
        "doc_number",
        "某交复〔2021〕7号",
    ),
    case(
        "qianfaren-on-the-docno-line-title",
        letter(head="某交复〔2021〕7号        签发人：王某"),
        "title",
        _norm(TITLE),
    ),
    case(
        "damaged-docno-with-qianfaren-title",
        letter(head="某交政发〔202131        签发人：王某"),
        "title",
        _norm(TITLE),
    ),
    case(
        "public-value-in-brackets", letter(head="是否同意公开:(是)\n办理结果:(A类)"), "public", True
    ),
    case("public-value-in-brackets-false", letter(head="是否公开：【否】"), "public", False),
    case("mark-a-lei", letter(head="A类"), "handling_type", "A"),
    case("mark-a-lei-parens", letter(head="（A类）"), "handling_type", "A"),
    case("mark-a-lei-half-parens", letter(head="(C类)"), "handling_type", "C"),
    case(
        "mark-lenticular-letter",
        letter(head="【B】"),
        "handling_type",
        "B",
    ),
    case("mark-damaged-open-bracket", letter(head="A类)"), "handling_type", "A"),
    case("mark-leibie-jia-yi", letter(head="类别：乙"), "handling_type", "B"),
    case("mark-leibie-jia-lei", letter(head="类别：甲类"), "handling_type", "A"),
    case("mark-bracketed-b-lei", letter(head="〔B类〕"), "handling_type", "B"),
    case("mark-banfu-leixing", letter(head="办复类型：A"), "handling_type", "A"),
    case("mark-dafu-leibie", letter(closing=SIGN + "\n答复类别：C"), "handling_type", "C"),
    case("mark-leibie-spaced", letter(head="类  别：C  类"), "handling_type", "C"),
    case("mark-banli-jieguo", letter(head="办理结果：留作参考"), "handling_type", "C"),
    case("mark-dafu-leixing", letter(head="答复类型：B"), "handling_type", "B"),
    case(
        "mark-banfu-leibie-at-end", letter(closing=SIGN + "\n办复类别：A类"), "handling_type", "A"
    ),
    case("mark-after-docno", letter(head="某交复〔2021〕7号B类"), "handling_type", "B"),
    case(
        "mark-with-explanation",
        letter(head="办理类型：A类（已解决或采纳）"),
        "handling_type",
        "A",
    ),
    case(
        "mark-banfu-jieguo-value",
        letter(head="办复结果：列入计划解决"),
        "handling_type",
        "B",
    ),
    case(
        "note-tongyi-gongkai-above-title-public",
        letter(head="某字〔2021〕3号 B类\n同意公开"),
        "public",
        True,
    ),
    case(
        "note-tongyi-gongkai-above-title-title",
        letter(head="某字〔2021〕3号 B类\n同意公开"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-glued-to-title-public",
        letter(title=TITLE + "（同意公开）"),
        "public",
        True,
    ),
    case(
        "note-glued-to-title-title",
        letter(title=TITLE + "（同意公开）"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-under-title-reply-copy-public",
        letter(title=TITLE + "\n(此答复件公开)"),
        "public",
        True,
    ),
    case(
        "note-under-title-reply-copy-title",
        letter(title=TITLE + "\n(此答复件公开)"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-under-title-benjian-ke-gongkai",
        letter(title=TITLE + "\n（本答复可公开）"),
        "public",
        True,
    ),
    case(
        "note-ci-jian-zhudong-gongkai", letter(closing=SIGN + "\n（此件主动公开）"), "public", True
    ),
    case(
        "note-yishenqing",
        letter(closing=SIGN + "\n(依申请公开)"),
        "public",
        False,
    ),
    case(
        "note-zhu-quoted",
        letter(closing=SIGN + "\n注：“主动公开”。"),
        "public",
        True,
    ),
    case("note-gongkai-fangshi", letter(head="公开方式：主动公开"), "public", True),
    case("note-gongkai-shuxing-no", letter(head="公开属性：不予公开"), "public", False),
    case("note-shifou-gongkai-fou", letter(head="是否公开：否"), "public", False),
    case("note-gongkai-xuanxiang", letter(head="公开选项：依申请公开"), "public", False),
    case(
        "note-bianhao-glued-title",
        letter(title=TITLE + "(编号:某〔2021〕062号)"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-bianhao-glued-docno",
        letter(title=TITLE + "(编号:某〔2021〕062号)"),
        "doc_number",
        "某〔2021〕062号",
    ),
    # more spellings and places of the same rules
    case(
        "banlidan-lead-and-seconders-title",
        letter(head="领衔代表：巴特尔\n附议代表：苏日娜、王小红\n会办单位：某旗财政局"),
        "title",
        _norm(TITLE),
    ),
    case(
        "unit-head-label-is-no-salutation",
        letter(title=TITLE + "\n单位负责人："),
        "addressees",
        [("林岚", "代表")],
    ),
    case("qianfaren-glued-above-title", letter(head="签发人王某"), "title", _norm(TITLE)),
    case("urgency-above-title", letter(head="特急\n某交复〔2021〕7号"), "title", _norm(TITLE)),
    case(
        "note-glued-square-docno-title",
        letter(title=TITLE + "[某水函〔2021〕12号]"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-glued-square-docno",
        letter(title=TITLE + "[某水函〔2021〕12号]"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case("note-glued-class-mark", letter(title=TITLE + "（A类）"), "handling_type", "A"),
    case("note-glued-class-mark-title", letter(title=TITLE + "（A类）"), "title", _norm(TITLE)),
    case(
        "two-notes-glued-title",
        letter(title=TITLE + "（编号：某〔2021〕3号）（同意公开）"),
        "title",
        _norm(TITLE),
    ),
    case(
        "two-notes-glued-public",
        letter(title=TITLE + "（编号：某〔2021〕3号）（同意公开）"),
        "public",
        True,
    ),
    case(
        "public-after-gap-on-docno-line",
        letter(head="某字〔2021〕3号    同意公开"),
        "public",
        True,
    ),
    case(
        "public-value-with-reason",
        letter(closing=SIGN + "\n不予公开（涉及个人信息）"),
        "public",
        False,
    ),
    case("public-benjian-ke", letter(closing=SIGN + "\n(本件可公开)"), "public", True),
    case("public-zhu-cijian", letter(closing=SIGN + "\n注：此件主动公开。"), "public", True),
    case("public-xinxi-xuanxiang", letter(head="信息公开选项：依申请公开"), "public", False),
    case("public-xingshi", letter(head="公开形式：全文公开"), "public", True),
    case("mark-jia-lei-alone", letter(head="甲类"), "handling_type", "A"),
    case("mark-explained", letter(head="B类（正在解决或列入计划）"), "handling_type", "B"),
    case(
        "mark-label-glued-after-docno",
        letter(head="某交复〔2021〕7号类别：C"),
        "handling_type",
        "C",
    ),
    case("mark-banjie-leibie", letter(closing=SIGN + "\n办结类别：B"), "handling_type", "B"),
    # the letter alone in its brackets, 类 after them: glued to the 发文字号, after a gap,
    # alone on a line, at the end, in any bracket pair; the number stays whole
    *(
        case(f"bracketed-letter-then-lei-{name}", letter(head=head, closing=tail), field, want)
        for name, head, tail, field, want in [
            ("glued-to-number", "某水字〔2019〕4号(B)类", SIGN, "handling_type", "B"),
            (
                "glued-number-whole",
                "某水字〔2019〕4号(B)类",
                SIGN,
                "doc_number",
                "某水字〔2019〕4号",
            ),
            ("glued-title-stays", "某水字〔2019〕4号（C）类", SIGN, "title", _norm(TITLE)),
            ("after-a-gap", "某水字〔2019〕4号    【A】类", SIGN, "handling_type", "A"),
            ("alone", "［D］类", SIGN, "handling_type", "D"),
            ("alone-title-stays", "（B）类", SIGN, "title", _norm(TITLE)),
            ("at-the-end", "", SIGN + "\n(C)类", "handling_type", "C"),
        ]
    ),
    *(
        case(f"bracketed-letter-then-lei-glued-to-the-title-{field}", text, field, want)
        for text in [letter(title=TITLE + "(B)类"), letter(title=TITLE + "    （B）类")]
        for field, want in [("handling_type", "B"), ("title", _norm(TITLE))]
    ),
    case(
        "form-summary-above-the-title",
        letter(head="领衔代表：巴特尔\n村道夜间无照明，群众出行不便，建议加装路灯。"),
        "title",
        _norm(TITLE),
    ),
    case(
        "issuer-opening-a-flat-copy",
        flat(letter(title="某县交通运输局关于县十九届人大二次会议第12号建议的答复", closing="")),
        "issuer",
        "某县交通运输局",
    ),
    case(
        "note-wrapped-over-a-line-break-title",
        letter(title=TITLE + "(编\n号:某〔2021〕062号)"),
        "title",
        _norm(TITLE),
    ),
    case(
        "note-wrapped-over-a-line-break-docno",
        letter(title=TITLE + "(编\n号:某〔2021〕062号)"),
        "doc_number",
        "某〔2021〕062号",
    ),
    # A note after the title's 文种 ending: the proposal's own title, the office replying.
    case(
        "proposal-title-in-brackets-after-the-title",
        letter(title=TITLE + "（关于在镇中心路口增设信号灯的建议）"),
        "title",
        _norm(TITLE),
    ),
    case(
        "proposal-title-in-book-marks-after-the-title",
        letter(
            title="区政协五届三次会议第41号提案的答复函《关于扩建城西农贸市场的建议》",
            opening="您的提案收悉，现答复如下：",
        ),
        "title",
        "区政协五届三次会议第41号提案的答复函",
    ),
    case(
        "proposal-title-in-book-marks-after-the-title-is-the-proposal-title",
        letter(
            title="区政协五届三次会议第41号提案的答复函《关于扩建城西农贸市场的建议》",
            opening="您的提案收悉，现答复如下：",
        ),
        "proposal.title",
        "关于扩建城西农贸市场的建议",
    ),
    case(
        "office-note-after-the-title",
        letter(title="对县十六届人大二次会议第7号建议的答复(交通运输局)"),
        "title",
        "对县十六届人大二次会议第7号建议的答复",
    ),
    case(
        "proposal-title-without-guanyu-after-the-title",
        letter(title=TITLE + "(加快老旧小区改造的提案)"),
        "title",
        _norm(TITLE),
    ),
    # The title is the last run of title lines above the salutation: a form's item line,
    # a class's explanation or a page heading that labels or a sentence part from it is
    # no part of it; neither is the issuer's banner a page put under it.
    case(
        "form-item-line-above-the-reply-title",
        letter(head=FORM_ITEM, title="某县教育局关于某县十届人大三次会议\n第35号建议的答复"),
        "title",
        "某县教育局关于某县十届人大三次会议第35号建议的答复",
    ),
    case(
        "form-item-line-above-the-reply-salutation-past-the-form",
        letter(head=FORM_ITEM, title="某县教育局关于某县十届人大三次会议\n第35号建议的答复"),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "form-item-line-above-the-reply-number",
        letter(head=FORM_ITEM, title="某县教育局关于某县十届人大三次会议\n第35号建议的答复"),
        "proposal.number",
        "35",
    ),
    case(
        "class-explanation-above-the-labels",
        letter(
            head="C.留作参考\n分类：C\n某农函〔2020〕41号",
            title="对政协某县第九届委员会\n第三次会议第0417号提案的答复",
        ),
        "title",
        "对政协某县第九届委员会第三次会议第0417号提案的答复",
    ),
    case(
        "page-heading-above-a-form-table",
        letter(
            head="关于增设村级便民服务点的建议\n提案人：韩某\n所属类别：委员提案\n审查结果：已立案\n牵头领导：赵某",
            title="关于政协某区五届二次会议第8号提案的回复",
        ),
        "title",
        "关于政协某区五届二次会议第8号提案的回复",
    ),
    case(
        "issuer-banner-under-the-title",
        letter(
            title="某县民政局\n关于对政协十届二次会议第31号提案的答复\n\n类别：A\n某县民政局文件\n签发人：周某\n某民发〔2022〕88号"
        ),
        "title",
        "关于对政协十届二次会议第31号提案的答复",
    ),
    case(
        "issuer-banner-under-the-title-docno",
        letter(
            title="某县民政局\n关于对政协十届二次会议第31号提案的答复\n\n类别：A\n某县民政局文件\n签发人：周某\n某民发〔2022〕88号"
        ),
        "doc_number",
        "某民发〔2022〕88号",
    ),
    case(
        "authority-alone-under-a-title-ending-in-huifu",
        letter(title="关于政协某区五届二次会议第8号提案的回复\n某区体育中心"),
        "title",
        "关于政协某区五届二次会议第8号提案的回复",
    ),
    case(
        "authority-alone-under-an-ended-title",
        letter(title="关于县十九届人大二次会议第12号建议的答复\n某县交通运输局"),
        "title",
        _norm(TITLE),
    ),
    # the heading of the form the reply was written on stands above the title
    case(
        "form-heading-above-the-title",
        letter(
            head="2020年县政协八届三次会议委员提案承办单",
            title="对县八届政协三次会议第9号提案的答复",
        ),
        "title",
        "对县八届政协三次会议第9号提案的答复",
    ),
    case(
        "form-heading-above-the-title-session",
        letter(
            head="2020年县政协八届三次会议委员提案承办单",
            title="对县八届政协三次会议第9号提案的答复",
        ),
        "proposal.session",
        "县八届政协三次会议",
    ),
    case(
        "form-heading-above-the-title-year-is-a-date",
        letter(
            head="2020年某区人大代表建议办理单",
            title="关于区五届人大二次会议第3号建议的答复",
            body="感谢您的关心。",
        ),
        "dates",
        [("2020", None), ("2021-09-03", None)],
    ),
    case(
        "flattened-form-heading-above-the-title",
        flat(
            letter(head="某县人大代表建议交办单", title="关于县十九届人大二次会议第12号建议的答复")
        ),
        "title",
        _norm(TITLE),
        gap="resegment: a form's heading glued to the title in a flattened copy",
    ),
    # a title line the page gave twice in a row is read once
    case(
        "title-line-repeated",
        letter(
            title="对某市第十届人民代表大会\n第三次会议第88号建议的答复\n第三次会议第88号建议的答复"
        ),
        "title",
        "对某市第十届人民代表大会第三次会议第88号建议的答复",
    ),
    case(
        "one-line-title-repeated",
        letter(title=TITLE + "\n" + TITLE),
        "title",
        _norm(TITLE),
    ),
    # the proposal's title appended after the 文种 with a colon or a dash
    case(
        "proposal-title-after-a-colon",
        letter(title=TITLE + "：关于改善村道照明条件的建议"),
        "title",
        _norm(TITLE),
    ),
    case(
        "proposal-title-after-a-half-width-colon-quoted",
        letter(title=TITLE + ":“关于改善村道照明条件的提案”"),
        "title",
        _norm(TITLE),
    ),
    case(
        "proposal-title-after-a-dash",
        letter(title=TITLE + "——关于改善村道照明条件的建议"),
        "title",
        _norm(TITLE),
    ),
    # the rows of a form above the letter are header: never title, salutation or addressee
    *(
        case(
            f"form-rows-above-the-title-{name}-{field}-{form.count(chr(10))}-lines",
            letter(
                title=form.format(empty=empty) + "\n" + FORM_ROWS_TITLE,
                opening="你们提出的“关于扩建镇西中学的建议”，已交我们研究办理，现答复如下：",
            ),
            field,
            want,
        )
        for name, empty in [
            ("feedback-time", "反馈时间："),
            ("leader-opinion", "主管领导意见："),
            ("closing-date", "办结日期："),
            ("blank-date-template", "办结时间：    年   月   日"),
        ]
        for form in [FORM_ROWS, FORM_ROWS.replace("学生增多后", "学生增多后\n")]
        for field, want in [
            ("title", FORM_ROWS_TITLE),
            ("salutation", "林岚代表"),
            ("addressees", [("林岚", "代表")]),
            ("proposal.title", "关于扩建镇西中学的建议"),
        ]
    ),
]
NOT_LABELS = [
    # a salutation right under label lines is no empty form row; nor is a title that
    # holds no sentence taken for a row's value
    *(
        case(f"not-a-form-row-{name}", text, "salutation", want)
        for name, text, want in [
            ("role-word", "类别：A\n签发人：王某\n张某代表：\n您提出的建议收悉。\n", "张某代表"),
            (
                "office",
                "类别：A\n签发人：王某\n某县人大常委会：\n你们提出的建议收悉。\n",
                "某县人大常委会",
            ),
            (
                "units",
                "类别：A\n签发人：王某\n各承办单位：\n现将有关建议答复如下。\n",
                "各承办单位",
            ),
        ]
    ),
    case(
        "title-between-label-rows-is-no-value",
        "签发人：\n关于某县十届人大二次会议第5号建议的答复\n类别：A\n张某代表：\n您提出的建议收悉。\n",
        "title",
        "关于某县十届人大二次会议第5号建议的答复",
    ),
    # a bracketed letter then 类 glued to a word, or a letter no scheme uses, is no class
    *(
        case(f"bracketed-letter-then-lei-{name}", letter(head=head), "handling_type", None)
        for name, head in [
            ("glued-to-a-word", "出水达到地表水（B）类"),
            ("no-such-class", "某水字〔2019〕4号(E)类"),
            ("two-letters", "某水字〔2019〕4号(AB)类"),
        ]
    ),
    case(
        "bracketed-letter-then-lei-in-a-sentence",
        letter(body=BODY + "\n河段水质由（C）类提升为（B）类标准。"),
        "handling_type",
        None,
    ),
    # a longer run of letters or digits after the letter is no class
    case(
        "handling-label-with-two-digits-is-no-class",
        letter(head="办理类型：A12"),
        "handling_type",
        None,
    ),
    case(
        "handling-label-with-two-letters-is-no-class",
        letter(head="办理类型：AB"),
        "handling_type",
        None,
    ),
    case(
        "a-colon-title-that-is-no-note-stays",
        letter(title="关于县十九届人大二次会议第12号建议的答复：第二次"),
        "title",
        _norm("关于县十九届人大二次会议第12号建议的答复：第二次"),
    ),
    case(
        "a-title-ending-in-a-form-word-that-is-the-reply",
        letter(title="关于县十九届人大二次会议第12号建议办理情况的答复"),
        "title",
        "关于县十九届人大二次会议第12号建议办理情况的答复",
    ),
    case(
        "two-different-title-lines-both-stay",
        letter(title="关于县十九届人大二次会议\n第12号建议的答复"),
        "title",
        _norm(TITLE),
    ),
    case(
        "label-with-its-colon-alone-holds-no-title-under-it",
        letter(
            head="建议号：第12号\n领衔代表：林岚\n办理情况：",
            title="某县交通运输局关于县十九届\n人大二次会议第12号建议的答复",
        ),
        "title",
        "某县交通运输局关于县十九届人大二次会议第12号建议的答复",
    ),
    case(
        "heading-alone-over-a-paragraph-is-no-form",
        letter(
            salutation="",
            opening="办理情况\n您提出的《关于改善村道照明条件的建议》收悉，现答复如下：",
        ),
        "proposal.title",
        "关于改善村道照明条件的建议",
    ),
    case(
        "class-word-ending-a-line-reads-nothing-below",
        letter(body="二、类别\nA级景区周边道路已完成提升。\n" + BODY),
        "handling_type",
        None,
    ),
    case(
        "date-inside-the-title-stays",
        letter(title="关于2021年7月20日暴雨后修复村道建议的答复"),
        "title",
        "关于2021年7月20日暴雨后修复村道建议的答复",
    ),
    case(
        "source-of-funds-in-the-body-is-no-page-data",
        letter(body="资金来源：县级财政统筹解决。\n" + BODY),
        "sections",
        [(1, 1), (1, 2)],
    ),
    case(
        "bracket-after-the-title-that-is-no-note",
        letter(title=TITLE + "（第三批）"),
        "title",
        _norm(TITLE + "(第三批)"),
    ),
    case(
        "book-title-inside-the-title-stays",
        letter(title="关于《某某河道管理办法》修订建议的答复"),
        "title",
        "关于《某某河道管理办法》修订建议的答复",
    ),
    case(
        "bracket-before-the-ending-stays",
        letter(title="关于（某路口）增设信号灯建议的答复"),
        "title",
        "关于(某路口)增设信号灯建议的答复",
    ),
    case(
        "title-line-ending-with-a-body-name-is-title",
        letter(title="关于对政协某县第八届委员会\n第二次会议第31号提案的答复"),
        "title",
        "关于对政协某县第八届委员会第二次会议第31号提案的答复",
    ),
    case(
        "title-line-opening-with-dui-is-no-issuer-mark",
        letter(
            head="某农函〔2021〕25号", title="对政协某县第八届委员会\n第二次会议第31号提案的答复"
        ),
        "title",
        "对政协某县第八届委员会第二次会议第31号提案的答复",
    ),
    case(
        "title-line-opening-with-dui-is-no-issuer",
        letter(
            head="某农函〔2021〕25号",
            title="对政协某县第八届委员会\n第二次会议第31号提案的答复",
            closing="2021年9月3日",
        ),
        "issuer",
        None,
    ),
    case(
        "issuer-opening-the-title-after-a-year",
        letter(
            title="2019年县人社局对县人大第十八届三次会议第115号建议答复的函",
            closing="2019年7月1日",
        ),
        "issuer",
        "县人社局",
    ),
    case(
        "year-opening-the-title-is-no-issuer",
        letter(title="2019年度关于县人大第十八届三次会议第115号建议的答复", closing="2019年7月1日"),
        "issuer",
        None,
    ),
    case(
        "title-with-its-number-under-it-stays-whole",
        letter(title="关于县十九届人大二次会议\n第12号建议的答复\n某交函〔2021〕9号"),
        "title",
        _norm(TITLE),
    ),
    case(
        "bare-leibie-in-a-sentence",
        letter(body=BODY + "\n项目按类别A级标准建设。"),
        "handling_type",
        None,
    ),
    case(
        "leixing-in-a-sentence",
        letter(body=BODY + "\n驾驶证类型C1的考生可报名。"),
        "handling_type",
        None,
    ),
    case(
        "classes-listed-in-body",
        letter(body=BODY + "\n全县共收到A类建议12件、B类建议30件。"),
        "handling_type",
        None,
    ),
    case(
        "water-class-in-body",
        letter(body=BODY + "\n出境断面水质稳定在II类。"),
        "handling_type",
        None,
    ),
    case(
        "gongkai-in-a-sentence",
        letter(body=BODY + "\n我局将依法主动公开项目进展。"),
        "public",
        None,
    ),
    case("zhengwu-gongkai", letter(body=BODY + "\n政务公开工作持续推进。"), "public", None),
    case(
        "tongyi-gongkai-in-prose", letter(body="经代表同意公开答复内容。\n" + BODY), "public", None
    ),
    case(
        "shifou-gongkai-in-prose",
        letter(body=BODY + "\n至于是否公开招标，将按规定办理。"),
        "public",
        None,
    ),
    case(
        "cijian-gongkai-in-prose",
        letter(body=BODY + "\n此件公开后如有疑问，请与我局联系。"),
        "public",
        None,
    ),
    case(
        "title-about-village-affairs-openness",
        letter(title="关于推进村务公开的建议的答复"),
        "public",
        None,
    ),
    case(
        "title-brackets-that-are-no-note",
        letter(title="关于修订《某某条例（草案）》的建议的答复（第二次）"),
        "title",
        "关于修订《某某条例(草案)》的建议的答复(第二次)",
    ),
    case(
        "class-word-in-title",
        letter(title="关于将某路列为A类路段的建议的答复"),
        "handling_type",
        None,
    ),
    case(
        "label-word-opens-second-title-line",
        letter(title="关于县十九届人大二次会议第12号建议\n办理情况的答复"),
        "title",
        "关于县十九届人大二次会议第12号建议办理情况的答复",
    ),
    case(
        "phone-word-opens-a-sentence",
        letter(
            closing="", body=BODY + "\n电话沟通后，我局已派员查看。\n某县交通运输局\n2021年9月3日"
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "opening-sentence-is-no-title",
        letter(title="", salutation=""),
        "title",
        None,
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), LABELS_AND_NOTES + NOT_LABELS)
def test_labels_and_notes(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 3. Document numbers near the title, any brackets, damaged ones kept ------------------------

YEAR_FIRST_TITLE = "北江县人民政府关于对市五届人大二次会议第031号建议的答复"

DOC_NUMBERS = [
    # the year written first, in any brackets, the serial after a space or not: the number
    # as written, never glued into the title, whose authority is then the issuer
    *(
        case(
            f"year-first-{name}-{field}",
            letter(head=head, title=YEAR_FIRST_TITLE, closing="2016年6月6日"),
            field,
            expected,
        )
        for name, head in [
            ("ascii-square-spaced-class", "[2016]北政复函 3号(A类)"),
            ("lenticular", "【2016】北政复函3号"),
            ("round-with-di", "（2016）北政复函第3号"),
            ("full-width-square-public", "［2016］北政复函 3号  同意公开"),
        ]
        for field, expected in [
            ("doc_number", _norm(head.split("(")[0].split("  ")[0])),
            ("doc_number.prefix", "北政复函"),
            ("doc_number.year", 2016),
            ("title", YEAR_FIRST_TITLE),
            ("issuer", "北江县人民政府"),
        ]
    ),
    # the class mark and the publication note after it read as after any 发文字号
    *(
        case(
            f"year-first-then-{name}-{field}",
            letter(head=head, title=YEAR_FIRST_TITLE),
            field,
            expected,
        )
        for name, head, marks in [
            ("class-in-brackets", "[2016]北政复函 3号(A类)", {"handling_type": "A"}),
            (
                "class-and-public-apart",
                "[2016]北政复函3号（B类）  同意公开",
                {"handling_type": "B", "public": True},
            ),
            (
                "class-and-public-glued",
                "【2016】北政复函3号C类同意公开",
                {"handling_type": "C", "public": True},
            ),
        ]
        for field, expected in marks.items()
    ),
    # a class mark glued before a title that opens with its authority: the mark is no
    # part of the title (as before a 关于 or 对)
    *(
        case(
            f"class-mark-glued-before-the-authority-title-{name}-{field}",
            letter(head=head + YEAR_FIRST_TITLE, title="", closing="2016年6月6日"),
            field,
            expected,
        )
        for name, head in [
            ("after-a-number", "北政复函〔2016〕3号(A类)"),
            ("after-a-year-first-number", "[2016]北政复函 3号(A类)"),
            ("alone", "A类"),
        ]
        for field, expected in [
            ("title", YEAR_FIRST_TITLE),
            ("handling_type", "A"),
            ("issuer", "北江县人民政府"),
        ]
    ),
    case(
        "year-first-after-the-title-and-a-gap",
        letter(title=YEAR_FIRST_TITLE + "    [2016]北政复函 3号"),
        "doc_number",
        _norm("[2016]北政复函 3号"),
    ),
    case(
        "year-first-after-the-title-and-a-gap-title",
        letter(title=YEAR_FIRST_TITLE + "    [2016]北政复函 3号"),
        "title",
        YEAR_FIRST_TITLE,
    ),
    # a name glued before the title: split as a 发文字号's code is, the place two characters
    # before its level (王某 | 北江县…, not 王某北 | 江县…)
    case(
        "glued-name-before-the-authority-title-issuer",
        letter(head="签发人：王某" + YEAR_FIRST_TITLE, title="", closing="2016年6月6日"),
        "issuer",
        "北江县人民政府",
    ),
    case(
        "glued-name-before-the-authority-title",
        letter(head="签发人：王某" + YEAR_FIRST_TITLE, title="", closing="2016年6月6日"),
        "title",
        YEAR_FIRST_TITLE,
    ),
    case(
        "public-note-glued-before-the-authority-title",
        letter(head="同意公开" + YEAR_FIRST_TITLE, title="", closing="2016年6月6日"),
        "title",
        YEAR_FIRST_TITLE,
    ),
    case(
        "year-first-glued-before-the-authority-title",
        letter(head="[2016]北政复函3号" + YEAR_FIRST_TITLE, title=""),
        "title",
        YEAR_FIRST_TITLE,
    ),
    case(
        "year-first-in-a-flattened-letter",
        flat(letter(head="[2016]北政复函 3号(A类)", title=YEAR_FIRST_TITLE)),
        "doc_number",
        _norm("[2016]北政复函 3号"),
    ),
    case(
        "year-first-in-a-flattened-letter-title",
        flat(letter(head="[2016]北政复函 3号(A类)", title=YEAR_FIRST_TITLE)),
        "title",
        YEAR_FIRST_TITLE,
    ),
    # a local scheme writes a letter inside the serial (闭 for the recess's items): the
    # whole number as written, never the title
    case(
        "serial-with-a-word-in-it",
        letter(head="建议主办[2022]闭15号 签发人：郑航", title=""),
        "doc_number",
        "建议主办[2022]闭15号",
    ),
    case(
        "serial-with-a-word-in-it-is-no-title",
        letter(head="建议主办[2022]闭15号 签发人：郑航", title=""),
        "title",
        None,
    ),
    case(
        "serial-with-a-latin-letter",
        letter(head="某交复〔2022〕B12号", title="关于修缮老街的建议的答复"),
        "doc_number",
        "某交复〔2022〕B12号",
    ),
    case(
        "under-title-hexagonal",
        letter(title=TITLE + "\n某水函〔2021〕12号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case("above-title-square", letter(head="某水函[2021]12号"), "doc_number", "某水函[2021]12号"),
    case(
        "zi-code-set-off-by-a-colon",
        letter(head="建议字:〔2022〕9号"),
        "doc_number",
        "建议字:〔2022〕9号",
    ),
    case(
        "zi-code-with-a-body-before-it",
        letter(head="某人大建议字：〔2022〕9号"),
        "doc_number",
        "某人大建议字:〔2022〕9号",
    ),
    case("above-title-round", letter(head="某水函（2021）12号"), "doc_number", "某水函(2021)12号"),
    case(
        "above-title-lenticular",
        letter(head="某水函【2021】12号"),
        "doc_number",
        "某水函【2021】12号",
    ),
    case(
        "above-title-small-brackets",
        letter(head="某水函﹝2021﹞12号"),
        "doc_number",
        _norm("某水函﹝2021﹞12号"),
    ),
    case(
        "above-title-di", letter(head="某水函〔2021〕第12号"), "doc_number", "某水函〔2021〕第12号"
    ),
    case(
        "with-class-mark-after",
        letter(head="某水函〔2021〕12号  A类"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "at-the-end",
        letter(closing=SIGN + "\n某水函〔2021〕12号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "damaged-kept-as-written",
        letter(head="某交政发〔202131"),
        "doc_number",
        "某交政发〔202131",
    ),
    case(
        "labelled-wenhao",
        letter(head="文号：某水函〔2021〕12号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "right-of-the-title",
        letter(title=TITLE + "    某水函〔2021〕12号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    # more brackets, widths, labels and damage
    case(
        "ornamental-brackets",
        letter(head="某水函〖2021〗12号"),
        "doc_number",
        _norm("某水函〖2021〗12号"),
    ),
    case(
        "full-width-square",
        letter(head="某水函［2021］12号"),
        "doc_number",
        _norm("某水函［2021］12号"),
    ),
    case(
        "full-width-digits",
        letter(head="某水函〔２０２１〕１２号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "space-before-hao", letter(head="某水函〔2021〕12 号"), "doc_number", "某水函〔2021〕12号"
    ),
    case(
        "labelled-fawenzihao",
        letter(head="发文字号：某水函〔2021〕12号"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case("damaged-hao-lost", letter(head="某水函〔2021〕12"), "doc_number", "某水函〔2021〕12"),
    # the opening bracket lost, the closing one kept: a header's own number, not the title's
    *(
        case(f"damaged-open-bracket-lost-{field}", letter(head="某水函2021〕12号"), field, want)
        for field, want in [
            ("doc_number", "某水函2021〕12号"),
            ("title", TITLE),
            ("references", []),
        ]
    ),
    # both brackets and 号 lost: a code ending in 字 is a 发文字号's all the same, not the title's
    *(
        case(f"damaged-字-code-no-brackets-{field}", letter(head="某机编议字20182"), field, want)
        for field, want in [("doc_number", "某机编议字20182"), ("title", TITLE)]
    ),
    case(
        "damaged-with-signer-after-a-gap",
        letter(head="某交政发〔202131        签发人：王某"),
        "doc_number",
        "某交政发〔202131",
    ),
    case(
        "under-title-when-the-salutation-shares-the-body-line",
        letter(title=TITLE + "\n某水函〔2021〕12号", salutation="", opening="林岚代表：" + OPENING),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "glued-to-a-short-title",
        letter(title="关于第12号建议的答复（某水函〔2021〕12号）"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "glued-to-a-short-title-title",
        letter(title="关于第12号建议的答复（某水函〔2021〕12号）"),
        "title",
        "关于第12号建议的答复",
    ),
    case(
        "labelled-note-under-title",
        letter(title=TITLE + "\n（文号：某水函〔2021〕12号）"),
        "doc_number",
        "某水函〔2021〕12号",
    ),
    case(
        "serial-of-two-numbers",
        letter(head="某政字〔2012〕30-17号\n签发人：周某"),
        "doc_number",
        "某政字〔2012〕30-17号",
    ),
    case(
        "serial-of-two-numbers-title",
        letter(head="某政字〔2012〕30-17号\n签发人：周某"),
        "title",
        _norm(TITLE),
    ),
    # a page that glues the 发文字号 before the title with a dash (a hyphen, a double dash
    # with blanks, a full-width one): the number alone, the title from its first word
    *(
        case(f"dash-joined-before-the-title-{name}-{field}", letter(title=head), field, want)
        for name, head in [
            ("hyphen", "某镇政发〔2017〕46号-" + TITLE),
            ("double-dash-with-blanks", "某镇政发〔2017〕46号 —— " + TITLE),
            ("full-width", "某镇政发〔2017〕46号－" + TITLE),
            ("en-dash-before-dui", "某镇政发〔2017〕46号–对县十九届人大二次会议第12号建议的答复"),
        ]
        for field, want in [
            ("doc_number", "某镇政发〔2017〕46号"),
            ("title", _norm(head.split("号", 1)[1].lstrip(" -—－–"))),
        ]
    ),
    # must not: a dash inside a serial, or after a number a title cites, parts nothing
    case(
        "dash-inside-a-serial-before-the-title",
        letter(title="某镇政发〔2017〕46-2号" + TITLE),
        "doc_number",
        "某镇政发〔2017〕46-2号",
    ),
    case(
        "dash-after-a-number-the-title-cites",
        letter(title="关于落实某政发〔2020〕3号-加快修路的建议的答复"),
        "title",
        "关于落实某政发〔2020〕3号-加快修路的建议的答复",
    ),
    case(
        "at-the-end-glued-to-its-authority",
        letter(
            closing=SIGN + "\n（联系人：周某，联系电话：5550123）\n某交函〔2022〕60号某县交通运输局"
        ),
        "doc_number",
        "某交函〔2022〕60号",
    ),
    case(
        "at-the-end-glued-to-its-authority-signature",
        letter(
            closing=SIGN + "\n（联系人：周某，联系电话：5550123）\n某交函〔2022〕60号某县交通运输局"
        ),
        "signature.date",
        "2021-09-03",
    ),
    # the year in angle brackets, as a scan's OCR reads 〔〕 or a typist without them writes
    *(
        case(f"angle-brackets-{name}-{field}", letter(head=head), field, want)
        for name, head in [("cjk", "某交函〈2021〉7号"), ("ascii", "某交函<2021>7号")]
        for field, want in [
            ("doc_number", head),
            ("doc_number.prefix", "某交函"),
            ("doc_number.year", 2021),
            ("doc_number.serial", 7),
        ]
    ),
    # the bracketed year typed with a letter for an inner digit, as 20l6年 is
    *(
        case(f"letter-in-the-bracketed-year-{name}-{field}", letter(head=head), field, want)
        for name, head in [("capital-o", "某交函〔2O21〕7号"), ("small-l", "某交函[20l9]7号")]
        for field, want in [
            ("doc_number", head),
            ("doc_number.year", int(head[4:8].translate(str.maketrans("lO", "10")))),
        ]
    ),
    case(
        "angle-brackets-cited-in-the-body",
        letter(body="按照某政办发〈2018〉10号文件精神，我局已落实。\n" + BODY),
        "references",
        [("doc_number", "某政办发〈2018〉10号")],
    ),
    # a code that holds a title's ending (函, 复函) before more code ending in 字: one code,
    # alone on its line, indented, with a class mark glued after it, or in a flattened copy
    *(
        case(f"code-holding-han-before-zi-{name}-{field}", text, field, want)
        for name, text, code in [
            ("alone", letter(head="某县交函议复字〔2019〕6号"), "某县交函议复字"),
            ("indented", letter(head="      某县交函议复字〔2019〕6号(A)类"), "某县交函议复字"),
            ("fuhan", letter(head="某政复函字〔2019〕6号"), "某政复函字"),
            ("flat", flat(letter(head="某县交函议复字〔2019〕6号")), "某县交函议复字"),
        ]
        for field, want in [
            ("doc_number", code + "〔2019〕6号"),
            ("doc_number.prefix", code),
            ("title", _norm(TITLE)),
        ]
    ),
]
NOT_DOC_NUMBERS = [
    # a year first is the letter's own number only in the header: not a title that opens
    # with its year, not a proposal's number, not a number cited in the body
    case(
        "year-first-title-opening-guanyu",
        letter(title="（2021）关于第3号建议的答复"),
        "doc_number",
        None,
    ),
    case(
        "year-first-proposal-number",
        letter(head="（2021）县人大3号建议", title="关于修路的答复"),
        "doc_number",
        None,
    ),
    case(
        "year-first-cited-in-the-body",
        letter(body="依照（2016）某民终3号判决书执行。\n" + BODY),
        "doc_number",
        None,
    ),
    case(
        "year-first-cited-is-no-reference",
        letter(body="依照（2016）某民终3号判决书执行。\n" + BODY),
        "references",
        [],
    ),
    # two letters before the digits are words, no serial
    case(
        "two-words-before-the-digits-are-no-serial",
        letter(head="某交复〔2022〕闭会15号", title="关于修缮老街的建议的答复"),
        "doc_number",
        None,
    ),
    case(
        "cited-number-before-an-authority-in-a-sentence",
        letter(body="按照某政发〔2020〕3号某县人民政府的要求落实。\n" + BODY),
        "doc_number",
        None,
    ),
    case("proposal-number", letter(title="关于第094号建议的答复"), "doc_number", None),
    case(
        "cited-in-body",
        letter(body="按照某政办发〔2018〕10号文件精神，我局已落实。\n" + BODY),
        "doc_number",
        None,
    ),
    case(
        "incoming-number-label",
        letter(head="来文编号：某人大〔2021〕5号"),
        "doc_number",
        None,
    ),
    case(
        "proposal-form-number",
        letter(head="新编号：某〔2021〕15号"),
        "doc_number",
        None,
    ),
    # a code glued to a year with no bracket at all is no number (a header's 某局2021年)
    case("code-and-year-without-brackets", letter(head="某水利局2021"), "doc_number", None),
    case(
        "damaged-in-body",
        letter(body="按照某政发〔201810精神，我局已落实。\n" + BODY),
        "doc_number",
        None,
    ),
    case(
        "cited-in-title",
        letter(title="关于落实某政发〔2020〕3号文件的建议的答复"),
        "doc_number",
        None,
    ),
    # a letter at the bracketed year's end, or two letters in it: no year, no number
    case("letter-at-the-bracketed-year-end", letter(head="某交函〔202l〕7号"), "doc_number", None),
    case("two-letters-in-the-bracketed-year", letter(head="某交函〔2OlO〕7号"), "doc_number", None),
    # angle brackets hold a year of a 发文字号 only with its code, serial and 号
    case("angle-year-of-an-edition", letter(head="〈2021〉版"), "doc_number", None),
    case(
        "angle-brackets-nested-title",
        letter(body="按照《关于转发〈某省道路管理办法〉的通知》执行。\n" + BODY),
        "references",
        [("title", "关于转发〈某省道路管理办法〉的通知")],
    ),
    # a title ending in its 文种 with a short code glued after it: the code is the number's,
    # the 文种 the title's
    *(
        case(f"title-glued-before-a-zi-code-{field}", text, field, want)
        for text in [letter(title="第3号建议的复函议复字〔2019〕6号")]
        for field, want in [
            ("doc_number", "议复字〔2019〕6号"),
            ("title", "第3号建议的复函"),
        ]
    ),
    case(
        "angle-brackets-around-an-attachment",
        letter(body="详见<附件2>。\n" + BODY),
        "references",
        [],
    ),
]

# A sub-serial after the serial's dash, whatever dash the typist's IME gave (12—1号); the
# serial's value is null, as for 30-17号.
SUB_SERIALS = [
    *(
        case(f"sub-serial-{name}-{field}", letter(head=head), field, want)
        for name, head in [
            ("em-dash", "某林函〔2023〕12—1号"),
            ("en-dash", "某林函〔2023〕12–1号"),
            ("full-width", "某林函〔2023〕12－1号"),
            ("yi", "某林函〔2023〕12一1号"),
            ("hyphen", "某林函〔2023〕12‐1号"),
        ]
        for field, want in [
            ("doc_number", _norm(head)),
            ("doc_number.prefix", "某林函"),
            ("doc_number.year", 2023),
            ("doc_number.serial", None),
        ]
    ),
    case(
        "sub-serial-cited-in-the-body",
        letter(body="按照某政办发〔2019〕7—2号文件要求，已完成整改。\n" + BODY),
        "references",
        [("doc_number", "某政办发〔2019〕7—2号")],
    ),
]
# Must not: a dash that leads to no number before 号, or two dashes, makes no sub-serial.
NOT_SUB_SERIALS = [
    case("sub-serial-not-a-double-dash", letter(head="某林函〔2023〕12——1号"), "doc_number", None),
    case("sub-serial-not-without-a-number", letter(head="某林函〔2023〕12—号"), "doc_number", None),
    case(
        "sub-serial-not-a-range-of-serials",
        letter(body="见某政发〔2019〕7号—9号文件。\n" + BODY),
        "references",
        [("doc_number", "某政发〔2019〕7号")],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"), DOC_NUMBERS + NOT_DOC_NUMBERS + SUB_SERIALS + NOT_SUB_SERIALS
)
def test_doc_numbers(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A proposal's number alone in brackets before its kind word, as some offices title their
# replies (关于市八届政协二次会议（第35号）提案的答复): the number and the kind word are read as
# from 第35号提案.
BRACKETED_NUMBERS = [
    *(
        case(f"bracketed-number-{name}-{field}", letter(title=title), field, want)
        for name, title, number, kind in [
            ("full-width", "关于县十九届人大二次会议（第12号）建议的答复", "12", "建议"),
            ("half-width", "关于市八届政协二次会议(第35号)提案的答复", "35", "提案"),
            ("whose", "关于县十九届人大二次会议（第7号）代表建议的答复", "7", "建议"),
            ("numerals", "关于县十九届人大二次会议（第十二号）建议的答复", "十二", "建议"),
            ("no-session", "关于（第48号）议案的答复", "48", "议案"),
        ]
        for field, want in [("proposal.number", number), ("proposal.kind", kind)]
    ),
    case(
        "bracketed-number-session",
        letter(title="关于县十九届人大二次会议（第12号）建议的答复"),
        "proposal.session",
        "县十九届人大二次会议",
    ),
]
# Must not: brackets that hold no proposal's number alone before a kind word.
NOT_BRACKETED_NUMBERS = [
    case(
        "bracketed-not-a-decree",
        letter(title="关于落实（第12号令）建议的答复", opening="您的建议收悉，现答复如下："),
        "proposal.number",
        None,
    ),
    case(
        "bracketed-not-a-building",
        letter(title="关于（第3号楼）建议的答复", opening="您的建议收悉，现答复如下："),
        "proposal.number",
        None,
    ),
    case(
        "bracketed-not-without-di",
        letter(title="关于（12号）建议的答复", opening="您的建议收悉，现答复如下："),
        "proposal.number",
        None,
    ),
    case(
        "bracketed-not-a-closing-bracket-alone",
        letter(title="关于第12号）建议的答复", opening="您的建议收悉，现答复如下："),
        "proposal.number",
        None,  # a stray closing bracket is no note: the brackets come in pairs
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), BRACKETED_NUMBERS + NOT_BRACKETED_NUMBERS)
def test_bracketed_proposal_numbers(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 4. Signature blocks -----------------------------------------------------------------------

INDENT = " " * 100
SIGNATURES = [
    # a few short lines the closing knows nothing of under the date (a page's editor line,
    # read count, download link; a 印发 line with a colon): the signature above stands
    *(
        case(
            f"short-lines-under-the-date-{name}-{field}",
            letter(closing=SIGN + "\n" + tail),
            field,
            want,
        )
        for name, tail in [
            ("editor", "（责任编辑：王某）"),
            ("printed-with-a-colon", "印发：县交通运输局办公室"),
            ("page-furniture", "文件下载\n阅读：100次"),
        ]
        for field, want in [
            ("signature.issuer", "某县交通运输局"),
            ("signature.date", "2021-09-03"),
        ]
    ),
    # a flattened closing's last line gives the office, then its contact's labels: the
    # closing above it stands (signature and date), and the contact is read
    *(
        case(f"office-then-contact-labels-{name}-{field}", letter(closing=closing), field, want)
        for name, closing in [
            (
                "under-the-signature",
                "某县教育体育局\n2022年7月26日\n某县教育体育局    联系电话：5550606  联系人：刘某",
            ),
            ("under-the-date", "2022年7月26日\n某县教育体育局    联系人：刘某  联系电话：5550606"),
        ]
        for field, want in [
            ("signature.date", "2022-07-26"),
            ("contacts", [("刘某", "某县教育体育局", "5550606")]),
        ]
    ),
    case(
        "office-then-contact-labels-signer-kept",
        letter(
            closing="某县教育体育局\n2022年7月26日\n某县教育体育局    联系电话：5550606  联系人：刘某"
        ),
        "signature.issuer",
        "某县教育体育局",
    ),
    # no authority line at all: the office the contact line beside the date opens with
    # signs, its name alone (the labels are the contact's)
    *(
        case(f"office-then-contact-labels-signs-{name}", letter(closing=closing), field, want)
        for name, closing, field, want in [
            (
                "under-the-date",
                "2022年7月26日\n某县教育体育局    联系人：刘某  联系电话：5550606",
                "signature.issuer",
                "某县教育体育局",
            ),
            (
                "under-a-damaged-date",
                "2022726\n某县教育体育局    联系电话：5550606  联系人：刘某",
                "signature.issuer",
                "某县教育体育局",
            ),
            (
                "over-the-date",
                "某县教育体育局    联系人：刘某  联系电话：5550606\n2022年7月26日",
                "signature.issuer",
                "某县教育体育局",
            ),
            (
                "over-the-date-date",
                "某县教育体育局    联系人：刘某  联系电话：5550606\n2022年7月26日",
                "signature.date",
                "2022-07-26",
            ),
            (
                # a signer above the date stays the signer: the contact's office is another
                "a-signer-above-stays",
                "某县人民政府办公室\n2022年7月26日\n某县教育体育局    联系人：刘某  联系电话：5550606",
                "signature.issuer",
                "某县人民政府办公室",
            ),
            (
                # a person's name before the labels is a form's row, never a signer
                "a-person-never-signs",
                "2022年7月26日\n刘某    联系电话：5550606",
                "signature.issuer",
                None,
            ),
        ]
    ),
    # a wiki-style mirror glues its citation marks to the closing lines
    case(
        "citation-mark-after-the-date-issuer",
        letter(closing="某县住房和城乡建设局\n\n二〇一九年三月八日[1]"),
        "signature.issuer",
        "某县住房和城乡建设局",
    ),
    case(
        "citation-mark-after-the-date-date",
        letter(closing="某县住房和城乡建设局\n\n二〇一九年三月八日[1]"),
        "signature.date",
        "2019-03-08",
    ),
    case(
        "citation-marks-after-the-authority",
        letter(closing="某县住房和城乡建设局[2][3]\n2019年3月8日"),
        "signature.issuer",
        "某县住房和城乡建设局",
    ),
    # a date whose 年 and 月 were lost, its 日 kept: the authority above still signs
    case(
        "authority-over-a-date-that-kept-only-its-ri",
        letter(closing="     某县交通运输局        \n2021716日    "),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "authority-over-a-date-that-lost-its-nian",
        letter(closing="某县交通运输局\n20217月16日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    # the authority the head names (its mark, or the name the title opens with) signs with
    # its last one or two characters lost in copying, right above the date (whole or
    # damaged): the signature as written
    *(
        case(f"head-authority-cut-in-the-signature-{name}", text, "signature.issuer", want)
        for name, text, want in [
            (
                "title-opens-with-it",
                letter(
                    title="北江县住房和城乡建设局对县十届三次会议第16号建议的答复",
                    closing="北江县住房和城乡建设\n2024年6月14日",
                ),
                "北江县住房和城乡建设",
            ),
            (
                "header-mark-over-a-damaged-date",
                letter(head="北江县住房和城乡建设局", closing="北江县住房和城乡建设\n20246月14"),
                "北江县住房和城乡建设",
            ),
            (
                "two-characters-lost",
                letter(head="北江县交通运输局", closing="北江县交通运\n20246月14"),
                "北江县交通运",
            ),
        ]
    ),
    # …while the issuer, with no header mark, is the name the title opens with whole: the
    # letter names it so there (decided, fix65; an earlier round gave the cut signer)
    case(
        "head-authority-cut-in-the-signature-title-gives-the-issuer",
        letter(
            title="北江县住房和城乡建设局对县十届三次会议第16号建议的答复",
            closing="北江县住房和城乡建设\n2024年6月14日",
        ),
        "issuer",
        "北江县住房和城乡建设局",
    ),
    # a publication note in brackets with the signing authority glued after it, the line
    # kept or the letter flattened: the note gives public, the authority signs
    *(
        case(f"public-note-glued-before-the-signer-{name}-{field}", text, field, want)
        for name, text in [
            ("lines", letter(closing="（此件主动公开）某县交通运输局\n2021年9月3日")),
            ("half-width", letter(closing="(本答复公开发布)某县交通运输局\n2021年9月3日")),
            (
                "glued-flat",
                flat(letter(closing="（此件主动公开）某县交通运输局\n2021年9月3日"), ""),
            ),
        ]
        for field, want in [
            ("public", True),
            ("signature.issuer", "某县交通运输局"),
            ("signature.date", "2021-09-03"),
        ]
    ),
    # must not: a sentence after the note is no signer
    case(
        "public-note-before-a-sentence-is-no-signer",
        letter(closing="（此件主动公开）我局将继续关注此事。\n某县交通运输局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case("authority-then-date", letter(), "signature.issuer", "某县交通运输局"),
    case(
        "authority-without-date",
        letter(closing="\n\n" + " " * 40 + "某县交通运输局"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "authority-over-a-damaged-date",
        letter(closing="某县交通运输局\n          2021903"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "damaged-date-is-no-date",
        letter(closing="某县交通运输局\n          2021903"),
        "signature.date",
        None,
    ),
    case(
        # (a day no figure can follow, its 日 lost; 9月3 ending the text is cut: fix108)
        "date-without-ri",
        letter(closing="某县交通运输局\n2021年9月8"),
        "signature.date",
        "2021-09-08",
    ),
    case(
        "date-without-ri-issuer",
        letter(closing="某县交通运输局\n2021年9月8"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "indented-by-100-spaces",
        letter(closing=INDENT + "某县交通运输局\n" + INDENT + "2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "seal-note-after-the-date-on-its-line",
        letter(closing="某县交通运输局\n2021年9月3日（印章）"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "seal-note-after-the-date-keeps-the-authority",
        letter(closing="某县交通运输局\n2021年9月3日(盖章)"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "seal-line-between",
        letter(closing="某县交通运输局\n（盖章）\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "seal-line-between-date",
        letter(closing="某县交通运输局\n（盖章）\n2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "seal-after-authority",
        letter(closing="某县交通运输局（盖章）\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "seal-yinzhang",
        letter(closing="某县交通运输局\n(印章)\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "joint-two-lines",
        letter(closing="某县交通运输局\n某县财政局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局、某县财政局",
    ),
    case(
        "joint-one-line",
        letter(closing="某县交通运输局        某县财政局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局、某县财政局",
    ),
    case(
        "date-only-block",
        letter(closing="2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    case("date-only-block-no-issuer", letter(closing="2021年9月3日"), "signature.issuer", None),
    case(
        "chinese-numeral-date",
        letter(closing="某县交通运输局\n二〇二一年九月三日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "tece-hangao-indented-above",
        letter(closing="  特此函告。\n          某县交通运输局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "attachment-label-after-date",
        letter(
            closing="          2021年9月3日\n领导签发：赵某\n联系人及电话：王明 5550123\n附件："
        ),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "signing-leader-label-after-date",
        letter(
            closing=SIGN + "\n主要签发领导：赵  刚\n承   办   人：乌  兰\n联  系 电 话：13900000123"
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "printing-line-after-signature",
        letter(
            closing=SIGN + "\n抄送：县人大常委会。\n某县交通运输局办公室          2021年9月5日印发"
        ),
        "signature.date",
        "2021-09-03",
    ),
    # more spellings and orders of the same closing block
    case(
        "seal-danwei-gaizhang",
        letter(closing="某县交通运输局\n（单位盖章）\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "seal-square-brackets",
        letter(closing="某县交通运输局\n[盖章]\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "joint-two-lines-each-sealed",
        letter(closing="某县交通运输局\n（盖章）\n某县财政局\n（盖章）\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局、某县财政局",
    ),
    case(
        "damaged-date-spaced",
        letter(closing="某县交通运输局\n2021 9 3"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "damaged-date-eight-digits",
        letter(closing="某县交通运输局\n20211103"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "damaged-date-glued-day",
        letter(closing="某县交通运输局\n2021年903日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "damaged-date-glued-day-no-date",
        letter(closing="某县交通运输局\n2021年903日"),
        "signature.date",
        None,
    ),
    case(
        "issuer-from-a-signature-over-a-damaged-date",
        letter(closing="某县交通运输局\n2021903"),
        "issuer",
        "某县交通运输局",
    ),
    case(
        "chinese-date-with-ascii-zero",
        letter(closing="某县交通运输局\n二0二一年九月三日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "contact-between-authority-and-date",
        letter(closing="某县交通运输局\n联系人：王明 5550123\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "cizhi-jingli-before-signature",
        letter(closing="此致\n敬礼！\n某县交通运输局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "authority-without-date-then-contact",
        letter(closing="某县交通运输局\n联系人：王明，电话：0000-5550123"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "attachment-list-at-the-end",
        letter(closing=SIGN + "\n附件：1.某某情况表\n2.某某项目清单"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "no-date-and-a-split-printing-line",
        letter(
            closing="某县交通运输局\n抄送：县人大常委会。\n某县交通运输局办公室\n2021年9月5日印发"
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "second-name-in-brackets",
        letter(closing="某县住房和城乡建设局（某县人民防空办公室）\n2021年9月3日"),
        "signature.issuer",
        _norm("某县住房和城乡建设局（某县人民防空办公室）"),
    ),
    case(
        "attached-form-after-the-date",
        letter(
            closing=SIGN
            + "\n附件：建议办理情况征询意见表\n建议内容：村道夜间无照明，群众出行不便。\n代表意见：满意"
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "markup-left-by-the-web-page",
        letter(closing=SIGN + "\n<!--EndFragment-->"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "contact-label-wrapped-below-a-damaged-date",
        letter(
            closing="某县交通运输局\n2021 903\n(联系单位:某县交通运输局,联系人:李某,联系电\n话:13900000123"
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    # a web page's table bars around the date
    case(
        "date-between-table-bars",
        letter(closing="某县交通运输局 |\n2021年9月3日 |"),
        "signature.date",
        "2021-09-03",
    ),
    # a date that lost its 月 and day still marks the date's place; so does 年 written 月
    case(
        "authority-over-a-year-and-month-digit",
        letter(closing="某县交通运输局\n2021年9"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "authority-over-a-date-whose-year-mark-is-wrong",
        letter(closing="某县交通运输局\n2021月9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "date-whose-year-mark-is-wrong-is-still-the-date",
        letter(closing="某县交通运输局\n2021月9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "date-in-figures",
        letter(closing="某县交通运输局\n2021.9.3"),
        "signature.date",
        "2021-09-03",
    ),
    # a date with a label of its own (答复日期：) is the 成文日期
    case(
        "labelled-reply-date",
        letter(closing="单位名称：某县农牧局\n答复日期：2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    # decided: the unit a form's 单位名称 row names over the reply's date signs (an earlier
    # round read none, as it still does for a person in a signing slot)
    case(
        "labelled-reply-date-unit-name-signs",
        letter(closing="单位名称：某县农牧局\n答复日期：2021年9月3日"),
        "signature.issuer",
        "某县农牧局",
    ),
    case(
        "labelled-unit-name-of-a-person-signs-nothing",
        letter(closing="单位名称：王某\n答复日期：2021年9月3日"),
        "signature.issuer",
        None,
    ),
    # a unit numbered in figures (兵团 units) is one name with its number
    case(
        "unit-number-opens-the-authority",
        letter(closing="102团某某镇农业服务中心\n2021年9月3日"),
        "signature.issuer",
        "102团某某镇农业服务中心",
    ),
    # a town, a township or a street office signs in its own name
    case(
        "town-signs-in-its-own-name",
        letter(closing="某某镇\n2021年9月3日"),
        "signature.issuer",
        "某某镇",
    ),
    case(
        "street-office-written-short",
        letter(closing="某某街道\n2021年9月3日"),
        "signature.issuer",
        "某某街道",
    ),
    case(
        "date-after-a-plain-date-label",
        letter(closing="某县交通运输局\n日期：2021年9月3日"),
        "signature.date",
        "2021-09-03",
    ),
    # a page cut short inside the signature: what is left of it, as far as it goes
    case(
        "signature-cut-by-the-page",
        letter(closing="某某县农业农"),
        "signature.issuer",
        "某某县农业农",
    ),
    # the contact's line set between the body and the signer the page cut short
    case(
        "signature-cut-by-the-page-under-a-contact-line",
        letter(closing="联系人：韦青  联系电话：0000-5550178\n某某县农业农"),
        "signature.issuer",
        "某某县农业农",
    ),
    # the signer run on after the closing formula on its line, over a date that lost its 年
    # alone (20219月3日): the signer still signs, the date null, as over a date whole
    *(
        case(f"signer-after-formula-over-a-date-that-lost-its-nian-{field}", text, field, want)
        for text in [letter(closing="此复。   某县交通运输局\n20219月3日")]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", None)]
    ),
    case(
        "signer-over-a-date-that-lost-its-nian-glued",
        flat(letter(closing="此复。\n某县交通运输局\n20219月3日"), ""),
        "signature.issuer",
        "某县交通运输局",
    ),
    # …and with its seal's note under it (the name damaged, the seal kept)
    case(
        "signature-cut-over-its-seal-note",
        letter(closing="联系人：韦青  联系电话：0000-5550178\n某某县农业农\n（盖章）"),
        "signature.issuer",
        "某某县农业农",
    ),
    # …also where the copy lost its line breaks, the name after the phone past a blank or
    # glued to its figures
    *(
        case(
            f"signature-cut-by-the-page-after-a-flattened-phone-{name}",
            flat(letter(closing="联系人：韦青  联系电话：0000-5550178\n某某县农业农"), sep),
            "signature.issuer",
            "某某县农业农",
        )
        for name, sep in [("spaced", " "), ("glued", "")]
    ),
    case(
        "signature-cut-by-the-page-under-two-contact-lines",
        letter(closing="联系人：韦青\n联系电话：0000-5550178\n南川乡人民政"),
        "signature.issuer",
        "南川乡人民政",
    ),
    # the title names the signer whole: the issuer is that name, not the cut one
    case(
        "issuer-whole-in-the-title-over-a-cut-signer",
        letter(
            title="南川乡人民政府对县九届人大二次会议第12号建议的答复",
            closing="联系人：韦青  联系电话：0000-5550178\n南川乡人民政",
        ),
        "issuer",
        "南川乡人民政府",
    ),
    # …not a signer whole under a title of one of its own offices (the office's suffix comes
    # whole after the signer's name): the signer is the issuer
    *(
        case(
            f"issuer-whole-signer-under-its-{name}-title",
            letter(
                title=f"南川乡人民政府{office}对县九届人大二次会议第12号建议的答复",
                closing="南川乡人民政府\n2024年6月14日",
            ),
            "issuer",
            "南川乡人民政府",
        )
        for name, office in [("office's", "办公室"), ("party-group's", "党组")]
    ),
    case(
        "issuer-cut-signer-with-no-title-authority",
        letter(closing="南川乡人民政"),
        "issuer",
        "南川乡人民政",
    ),
    case(
        "signature-cut-after-a-formula-on-its-line",
        flat(letter(closing="特此函复\n某某市")),
        "signature.issuer",
        "某某市",
    ),
    case(
        "formula-glued-before-the-signer",
        letter(closing="特此函复某县水利局\n2021年9月3日"),
        "signature.issuer",
        "某县水利局",
    ),
    # 版记 after the 抄送 list: 印发 lines, 印数, a page cut inside them
    case(
        "cut-printing-line-after-the-cc-list",
        letter(closing="某县交通运输局\n2021年9月3日\n抄送：县人大常委会\n某县交通运"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "subject-words-cc-and-print-run",
        letter(
            closing="某镇人民政府\n二〇一二年六月十四日\n主题词：建议 答复\n送：县人大常委会"
            "\n校对：莫远 共印20份"
        ),
        "signature.issuer",
        "某镇人民政府",
    ),
    case(
        "doc-number-glued-to-the-authority-at-the-end",
        letter(closing=SIGN + "\n（联系人：何川，电话：5550123）\n某政函〔2021〕6号某镇人民政府"),
        "signature.date",
        "2021-09-03",
    ),
    # units that sign in their own name: a library, a state farm, a road section, a station
    case(
        "library-signs",
        letter(closing="某县图书馆\n2021年9月3日"),
        "signature.issuer",
        "某县图书馆",
    ),
    case(
        "state-farm-signs",
        letter(closing="某县国有林场\n2021年9月3日"),
        "signature.issuer",
        "某县国有林场",
    ),
    case(
        "road-section-signs",
        letter(closing="某县公路管理段\n2021年9月3日"),
        "signature.issuer",
        "某县公路管理段",
    ),
    case(
        "weather-station-signs",
        letter(closing="某县气象台\n2021年9月3日"),
        "signature.issuer",
        "某县气象台",
    ),
    # the date written above its authority
    case(
        "date-above-its-authority",
        letter(closing="2021年9月3日\n某县交通运输局"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "date-above-a-seal-and-its-authority",
        letter(closing="2021年9月3日\n（盖章）\n某县交通运输局\n联系人：苗禾"),
        "signature.issuer",
        "某县交通运输局",
    ),
    # a form a web copy gives after the letter, under its own heading
    case(
        "opinion-form-after-the-date",
        letter(
            closing=SIGN + "\n某县人大代表建议办理情况征询意见表\n代表姓名\n林岚\n"
            "对办理工作的意见\n满意  基本满意  不满意\n代表签名："
        ),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "receipt-after-the-date",
        letter(closing=SIGN + "\n办理结果回执\n请于收到后十日内寄回。"),
        "signature.date",
        "2021-09-03",
    ),
    # labels no table lists, with short values, under the signature: the closing goes on
    case(
        "own-phone-label-under-the-signature",
        letter(closing=SIGN + "\n监督电话：0000-5550123"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "two-own-labels-on-one-line-under-the-signature",
        letter(closing=SIGN + "\n邮寄地址：某县某路1号  邮编：555000"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "own-signing-label-under-the-signature",
        letter(closing=SIGN + "\n领导署名：梁 墨\n审核：田原"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "own-post-label-under-the-signature",
        letter(closing=SIGN + "\n分管副局长：梁墨\n办结时限：2021年9月30日前"),
        "signature.date",
        "2021-09-03",
    ),
    # who answers for the reply, under the date, labelled in words no table lists
    case(
        "person-label-of-its-own-under-a-date-only-block",
        letter(closing="2021年9月3日\n承办责任人：梁墨\n承办人及联系电话：秦筝 0000-5550123"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "checker-label-under-the-signature",
        letter(closing=SIGN + "\n复核人：田原\n经办人：苗禾"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "leader-on-duty-label-under-the-signature",
        letter(closing=SIGN + "\n（带班领导：韦岭）"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "person-label-wider-than-four-words-with-its-own-words",
        letter(closing=SIGN + "\n具体经办人：苗禾  0000-5550123"),
        "signature.issuer",
        "某县交通运输局",
    ),
    # a note a page appended after the signed letter, under a marked heading
    case(
        "note-under-a-marked-heading-after-the-date",
        letter(
            closing="2021年9月3日\n联系人：韩露\n※办理结果※\n我局已完成路灯加装，群众反映良好。"
        ),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "note-under-a-bracketed-heading-after-the-signature",
        letter(closing=SIGN + "\n【落实情况】\n路灯已全部加装到位。"),
        "signature.issuer",
        "某县交通运输局",
    ),
]
NOT_SIGNATURES = [
    # more short lines under the date than a page's furniture takes, or a sentence: the
    # closing is not looked for above them
    case(
        "many-short-lines-under-the-date",
        # (who compiled the page, 整理: no label the chrome knows; 编辑 and 责任编辑 are a
        # page's labels, whose note chrome drops; a view count, 阅读：100次, is chrome too:
        # test_chrome_footer_without_mark)
        letter(closing=SIGN + "\n文件下载\n阅读全文\n（整理：王某）\n返回"),
        "signature.date",
        None,
    ),
    # the head's authority with three characters lost, another authority cut short, or a
    # cut name with no date under it signs nothing
    *(
        case(
            f"no-head-authority-cut-in-the-signature-{name}",
            letter(head="北江县交通运输局", closing=closing),
            "signature.issuer",
            None,
        )
        for name, closing in [
            ("three-lost", "北江县交通\n2024年6月14日"),
            ("another-authority", "南山县交通运输\n20246月14"),
            ("no-date-under-it", "北江县交通运输\n联系人：王某  联系电话：5550123"),
            # a contact line over a line of prose at the end: no signer cut short
            ("prose-under-a-contact-line", "联系人：王某  联系电话：5550123\n欢迎您继续关心"),
            # a contact line whose phone a word of no name follows past a blank
            ("word-after-the-phone", "联系人：王某  联系电话：0000-5550123 传真同号"),
            # a sentence the page cut inside an office's name, under a contact line, over a
            # seal note or after the phone: a sentence's words before the place
            (
                "sentence-cut-under-a-contact-line",
                "联系人：王某  联系电话：5550123\n下一步将积极争取县财政",
            ),
            ("sentence-cut-over-a-seal-note", "下一步将会同县人民政\n（盖章）"),
            # a cut name glued to the phone of a contact line of its own (no flattened
            # copy: no sentence on the line), as a whole name there is no signer either
            (
                "glued-to-a-contact-lines-phone",
                "联系人：王某  联系电话：0000-5550123北江县交通运输",
            ),
            (
                "sentence-after-the-phone",
                "联系人：王某  联系电话：0000-5550123 下一步将积极争取县财政",
            ),
        ]
    ),
    # a date that kept only its 日 is no date to sign with
    case(
        "date-that-kept-only-its-ri-has-no-value",
        letter(closing="某县交通运输局\n2021716日"),
        "signature.date",
        None,
    ),
    # a bracketed number that is no citation mark keeps the line out of the closing
    case(
        "bracketed-word-after-the-last-line-is-no-citation-mark",
        letter(closing="", body=BODY + "\n某县交通运输局[盖章处]"),
        "signature.issuer",
        None,
    ),
    case(
        "a-marked-heading-in-the-body-leaves-the-signature",
        letter(body=BODY + "\n【下步打算】\n我局将继续加强巡查。"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "market-square-in-the-last-line-is-no-signature",
        letter(closing="", body=BODY + "\n新建文化广场"),
        "signature.issuer",
        None,
    ),
    case(
        "road-stretch-in-the-last-line-is-no-signature",
        letter(closing="", body=BODY + "\n整修坑洼路段"),
        "signature.issuer",
        None,
    ),
    case(
        "authority-two-lines-under-the-date-is-none",
        letter(closing="2021年9月3日\n联系人：苗禾\n某县交通运输局"),
        "signature.issuer",
        None,
    ),
    case(
        "form-heading-in-the-body-before-any-date-is-no-attachment",
        letter(
            body="我局印发了满意度调查表\n" + BODY,
            closing="某县交通运输局\n2021年9月3日",
        ),
        "sections",
        [(1, 1), (1, 2)],
    ),
    case(
        "date-with-words-after-it-is-no-date-line",
        letter(closing="", body=BODY + "\n某县交通运输局\n2021年9月3日（星期五）开工"),
        "signature.date",
        None,
    ),
    case(
        "marked-heading-with-a-colon-stays-in-the-body",
        letter(body=BODY.replace("感谢您对交通工作的关心和支持。", "三、下步打算：继续巡查")),
        "sections",
        [(1, 1), (1, 2), (1, 3)],
    ),
    case(
        "sentence-with-a-colon-stays-in-the-body",
        letter(body=BODY + "\n我局认为：此事应当办理，将尽快落实。", closing=""),
        "signature.issuer",
        None,
    ),
    case(
        "contact-office-is-no-signature",
        letter(closing="2021年9月3日\n联系单位：某县交通运输局"),
        "signature.issuer",
        None,
    ),
    case(
        "authority-in-last-sentence",
        letter(closing="", body=BODY + "\n此事已转某县财政局办理。"),
        "signature.issuer",
        None,
    ),
    case(
        "contact-office-alone-is-no-signature",
        letter(closing="联系单位：某县交通运输局"),
        "signature.issuer",
        None,
    ),
    case(
        "cc-continuation-is-no-signature",
        letter(closing=SIGN + "\n抄送：县人大常委会，\n县政府办公室"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "numbered-authority-in-body-is-no-signature",
        letter(closing="", body=BODY + "\n3.某县财政局"),
        "signature.issuer",
        None,
    ),
    case(
        "place-in-the-last-sentence-is-no-signature",
        letter(closing="", body=BODY + "\n欢迎到某某县来。"),
        "signature.issuer",
        None,
    ),
    case(
        "short-last-line-with-prose-words-is-no-signature",
        letter(closing="", body=BODY + "\n某县的工作"),
        "signature.issuer",
        None,
    ),
    case(
        "cut-line-after-an-unfinished-sentence-is-no-signature",
        letter(closing="", body=BODY + "\n今后我们将与某县\n某某县农业农"),
        "signature.issuer",
        None,
    ),
    case(
        "heading-ending-in-a-town-is-no-signature",
        letter(closing="", body=BODY + "\n三、建设特色小镇"),
        "signature.issuer",
        None,
    ),
    case(
        "printing-office-is-no-signature",
        letter(
            closing="2021年9月3日\n抄送：县人大常委会。\n某县交通运输局办公室\n2021年9月5日印发"
        ),
        "signature.issuer",
        None,
    ),
    case(
        "person-label-in-the-last-sentence-is-no-closing",
        letter(closing="", body=BODY + "\n具体负责人：由某县财政局牵头办理"),
        "signature.issuer",
        None,
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), SIGNATURES + NOT_SIGNATURES)
def test_signatures(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A year typed with a letter for one of its digits (20l6年, 2O19年): the view reads the digit,
# so the date, the signature's date and its authority are read as in a clean copy.
LETTER_YEARS = [
    *(
        case(f"letter-year-{name}-{field}", letter(closing=f"某县交通运输局\n{date}"), field, want)
        for name, date, day in [
            ("small-l", "20l9年8月6日", "2019-08-06"),
            ("capital-o", "2O21年9月3日", "2021-09-03"),
            ("capital-i", "20I8年5月2日", "2018-05-02"),
        ]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", day)]
    ),
    # the month or day typed so too, between 年 and 月 or between 月 and 日
    *(
        case(
            f"letter-month-day-{name}-{field}",
            letter(closing=f"某县交通运输局\n{date}"),
            field,
            want,
        )
        for name, date, day in [
            ("month", "2021年l2月3日", "2021-12-03"),
            ("day", "2021年9月O3日", "2021-09-03"),
            ("both-and-year", "2O21年l1月2l日", "2021-11-21"),
        ]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", day)]
    ),
    case(
        "letter-year-in-the-body",
        letter(body="我局于2O20年6月完成路灯加装。\n感谢您的关心和支持。"),
        "dates",
        [("2020-06", None), ("2021-09-03", None)],
    ),
]
NOT_LETTER_YEARS = [
    # a letter at the year's end or start, two letters, a code, no 年: no date
    *(
        case(
            f"letter-year-not-{name}",
            letter(body=f"编号{text}。\n感谢您的关心。"),
            "dates",
            [("2021-09-03", None)],
        )
        for name, text in [
            ("last", "201l年"),
            ("first", "l998年"),
            ("two", "20lO年"),
            ("code", "AB20l6年"),
            ("no-nian", "20l6号"),
            ("month-of-two-letters", "2O2l年lO月"),
        ]
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), LETTER_YEARS + NOT_LETTER_YEARS)
def test_letter_years(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A scan's OCR reads the 日 that ends a day as 曰 (2022年4月7曰): 曰 is no word of a modern
# letter, so the view reads the day's 日 and the date, the signature's date and its
# authority are read as in a clean copy. 曰 after no day numeral stays (子曰, 第3曰).
YUE_DAYS = [
    *(
        case(f"yue-day-{name}-{field}", letter(closing=closing), field, want)
        for name, closing, day in [
            ("figures", "某县交通运输局\n2022年4月7曰", "2022-04-07"),
            ("chinese", "某县交通运输局\n二〇二二年四月十七曰", "2022-04-17"),
            ("spaced", "某县交通运输局\n2022 年 4 月 7 曰", "2022-04-07"),
            ("letter-year", "某县交通运输局\n2O22年4月7曰", "2022-04-07"),
            ("same-line", "某县交通运输局  2022年4月7曰", "2022-04-07"),
        ]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", day)]
    ),
    case(
        "yue-day-range-in-the-body",
        letter(body="我局于2021年8月2曰至6曰开展路灯巡查。\n感谢您的关心和支持。"),
        "dates",
        [("2021-08-02", "2021-08-06"), ("2021-09-03", None)],
    ),
]
NOT_YUE_DAYS = [
    case(
        f"yue-not-{name}",
        letter(body=f"{text}\n感谢您的关心和支持。"),
        "dates",
        [*found, ("2021-09-03", None)],
    )
    for name, text, found in [
        ("a-saying", "古人曰：路是走出来的。", []),
        ("no-month", "第3曰完成巡查。", []),
        ("next-line", "2021年8月\n3曰一巡查。", [("2021-08", None)]),
    ]
]


@pytest.mark.parametrize(("text", "field", "expected"), YUE_DAYS + NOT_YUE_DAYS)
def test_yue_days(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# Sums an IME or a scan's OCR damaged, in a whole letter: a full stop for the decimal point
# (50。5万元), one blank between the thousands (1 250万元), and a sum in Chinese numerals
# with decimals (一点二亿元); each read as its clean spelling is, and a full stop or a
# blank that parts two things stays so (the letter's other numbers are no sums).
SUM_SLIPS = [
    pytest.param(
        letter(body="今年为东坝村安排道路资金50。5万元，下拨补助1 250万元。\n" + BODY),
        [("50。5万元", 505000.0), ("1 250万元", 12500000.0)],
        id="full-stop-and-blank",
    ),
    pytest.param(
        letter(body="项目总投资一点二亿元，其中配套零点五万元。\n" + BODY),
        [("一点二亿元", 120000000.0), ("零点五万元", 5000.0)],
        id="chinese-decimals",
    ),
    pytest.param(
        letter(body="已修缮房屋50。5月份起验收，第3 250万元中已拨付。\n" + BODY),
        [("250万元", 2500000.0)],
        id="not-a-sentence-end-or-an-ordinal",
    ),
    pytest.param(
        letter(body="座谈会定于下午三点五十分召开，道路编号1 250。\n" + BODY),
        [],
        id="not-a-time-or-a-number",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUM_SLIPS)
def test_sum_slips(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(a.text, float(a.value)) for a in parse_text(text).amounts] == expected


# A scan's OCR reads a date's 日 as 目 (2023年5月8目) or its 年 as 午 (2023午5月8日). Only
# where nothing else can stand: 目 right after a month's numeral, 月 and a day's numeral;
# 午 right after a year of four numerals (no digit or letter before) and before a month.
MU_WU_DATES = [
    *(
        case(f"mu-wu-{name}-{field}", letter(closing=closing), field, want)
        for name, closing, day in [
            ("mu", "某县水利局\n2023年5月8目", "2023-05-08"),
            ("mu-chinese", "某县水利局\n二〇二三年五月十八目", "2023-05-18"),
            ("mu-spaced", "某县水利局\n2023 年 5 月 8 目", "2023-05-08"),
            ("wu", "某县水利局\n2023午5月8日", "2023-05-08"),
            ("wu-chinese", "某县水利局\n二〇二三午五月八日", "2023-05-08"),
            ("wu-and-mu", "某县水利局\n2023午11月20目", "2023-11-20"),
        ]
        for field, want in [("signature.issuer", "某县水利局"), ("signature.date", day)]
    ),
    case(
        "mu-wu-in-the-body",
        letter(body="我局已于2022午6月完成清淤，2022年6月15目验收。\n感谢您的关心和支持。"),
        "dates",
        [("2022-06", None), ("2022-06-15", None), ("2021-09-03", None)],
    ),
]
NOT_MU_WU_DATES = [
    case(
        f"mu-wu-not-{name}",
        letter(body=f"{text}\n感谢您的关心和支持。"),
        "dates",
        [*found, ("2021-09-03", None)],
    )
    for name, text, found in [
        ("a-project", "今年5月项目8个已开工。", []),
        ("every-month", "每月8目标任务已分解到村。", []),
        ("an-afternoon", "2022年6月8日下午召开座谈会。", [("2022-06-08", None)]),
        ("after-noon", "会议定于2022午后再议。", []),
        ("a-code", "型号A2022午5月到货。", []),
    ]
]


@pytest.mark.parametrize(("text", "field", "expected"), MU_WU_DATES + NOT_MU_WU_DATES)
def test_mu_wu_dates(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A date whose numerals blanks spread out: a justified signature block a PDF's text spaced
# character by character, a scan's OCR splitting a number. Blanks inside a year of four
# digits before 年, or a month or day of two digits between 年 and 月 or 月 and 日, part
# nothing; two numbers a blank parts stay two (a phone and a year, two years).
SPREAD_DATES = [
    *(
        case(f"spread-date-{name}-{field}", letter(closing=closing), field, want)
        for name, closing, day in [
            ("justified", "某 县 交 通 运 输 局\n2 0 2 1 年 9 月 3 日", "2021-09-03"),
            ("split-year", "某县交通运输局\n20 21年9月3日", "2021-09-03"),
            ("split-month-and-day", "某县交通运输局\n2021年1 1月2 3日", "2021-11-23"),
        ]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", day)]
    ),
    case(
        "years-range-dash-written-yi",
        letter(body="2021一2025年分批改造村道。\n感谢您的关心和支持。"),
        "dates",
        [("2021", "2025"), ("2021-09-03", None)],
    ),
    case(
        "spread-date-in-the-body",
        letter(body="路灯已于20 21年6月全部亮灯。\n感谢您的关心和支持。"),
        "dates",
        [("2021-06", None), ("2021-09-03", None)],
    ),
]
NOT_SPREAD_DATES = [
    case(
        f"spread-date-not-{name}",
        letter(body=f"{text}\n感谢您的关心和支持。"),
        "dates",
        [*found, ("2021-09-03", None)],
    )
    for name, text, found in [
        ("two-years", "对比2019 2020年两年数据。", []),
        ("three-digits", "编号12 3年限。", []),
        ("a-code-before", "型号A2 021年款。", []),
    ]
]


@pytest.mark.parametrize(("text", "field", "expected"), SPREAD_DATES + NOT_SPREAD_DATES)
def test_spread_dates(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A serial spread out so too: the 发文字号's year and serial, the proposal's number after 第.
SPREAD_SERIALS = [
    *(
        case(f"spread-doc-number-{field}", letter(head="某交函〔20 21〕1 7号"), field, want)
        for field, want in [
            ("doc_number", "某交函〔2021〕17号"),
            ("doc_number.year", 2021),
            ("doc_number.serial", 17),
        ]
    ),
    case(
        "spread-proposal-number",
        letter(title="关于县十九届人大二次会议第1 2号建议的答复"),
        "proposal.number",
        "12",
    ),
]
NOT_SPREAD_SERIALS = [
    # a number before 号 after no 第, or of more than five digits, keeps its blank
    case(
        "spread-serial-not-after-di",
        letter(body="编号1 2号路段已修复。\n" + BODY),
        "proposal.number",
        "12",
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), SPREAD_SERIALS + NOT_SPREAD_SERIALS)
def test_spread_serials(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A year in Chinese numerals whose 〇 was typed with a look-alike: a small o, the Greek
# omicron or Cyrillic o an IME's symbol table offers, a large circle. Each reads 〇 in a
# run of four numerals before 年, so the signature's date and authority are read.
LOOKALIKE_ZEROS = [
    *(
        case(f"zero-lookalike-{name}-{field}", letter(closing=closing), field, want)
        for name, closing, day in [
            ("small-o", "某县交通运输局\n二o二一年九月三日", "2021-09-03"),
            ("greek", "某县交通运输局\n二\u039f二一年九月三日", "2021-09-03"),
            ("cyrillic", "某县交通运输局\n二\u041e二一年九月三日", "2021-09-03"),
            ("circle", "某县交通运输局\n二\u25ef二一年九月三日", "2021-09-03"),
        ]
        for field, want in [("signature.issuer", "某县交通运输局"), ("signature.date", day)]
    ),
    case(
        "zero-lookalike-in-the-body",
        letter(body="一九ο八年建成的老桥已列入改造计划。\n感谢您的关心和支持。"),
        "dates",
        [("1908", None), ("2021-09-03", None)],
    ),
]
NOT_LOOKALIKE_ZEROS = [
    case(
        f"zero-lookalike-not-{name}",
        letter(body=f"{text}\n感谢您的关心和支持。"),
        "dates",
        [("2021-09-03", None)],
    )
    for name, text in [
        ("no-nian", "编号二o二一已登记。"),
        ("five-numerals", "共有二o二一五年。"),
        ("opening-with-three", "三o二一年度目标。"),
    ]
]


@pytest.mark.parametrize(("text", "field", "expected"), LOOKALIKE_ZEROS + NOT_LOOKALIKE_ZEROS)
def test_lookalike_zeros(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 5. Contacts --------------------------------------------------------------------------------

CONTACTS = [
    case(
        "office-and-person-run-together",
        letter(closing=SIGN + "\n联系人及电话：某县交通运输局王某及0000-5550123"),
        "contacts",
        [("王某", "某县交通运输局", "00005550123")],
    ),
    # the answering office under any of its labels (联系/承办/办理/经办 + 单位/部门/科室/处室/
    # 股室), alone or joined with a phone; a 股 (a county bureau's section) is an office
    case(
        "office-label-joined-with-phone-in-brackets-after-the-date",
        letter(closing=SIGN + "\n（承办股室及电话：水利股聂远0000-5550123）"),
        "contacts",
        [("聂远", "水利股", "00005550123")],
    ),
    case(
        "office-label-joined-with-phone-keeps-the-signature",
        letter(closing=SIGN + "\n（承办股室及电话：水利股聂远0000-5550123）"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "office-and-name-of-three-run-together-no-separator",
        letter(closing=SIGN + "\n联系人：办公室欧阳明 0000-5550123"),
        "contacts",
        [("欧阳明", "办公室", "00005550123")],
    ),
    case(
        "department-label-over-person-and-phone",
        letter(closing=SIGN + "\n经办部门：某县住建局村镇股\n经办人：聂远  0000-5550123"),
        "contacts",
        [("聂远", "某县住建局村镇股", "00005550123")],
    ),
    case(
        "person-and-section-label",
        letter(closing=SIGN + "\n联系人及科室：聂远（规划股） 0000-5550123"),
        "contacts",
        [("聂远", "规划股", "00005550123")],
    ),
    # a label may name its slot's 姓名: the same slot (联系人姓名, 经办人姓名, 主管领导人姓名)
    case(
        "name-slot-labels-of-leader-and-clerk",
        letter(
            closing=SIGN + "\n主管领导人姓名：田原 联系电话：0000-5550124"
            "\n具体经办人姓名：苗 禾 联系电话：0000-5550123"
        ),
        "contacts",
        [("田原", None, "00005550124"), ("苗禾", None, "00005550123")],
    ),
    case(
        "name-and-post-label-over-phone-line",
        letter(
            closing=SIGN
            + "\n联系人姓名、职务：苗禾，规划股副股长\n联系电话：0000-5550123，手机：13900000000"
        ),
        "contacts",
        [("苗禾", "规划股", "00005550123")],
    ),
    # a phone label that says whose phone it is (单位电话, 单位联系电话): 单位 is no name; the
    # person on the line, before or after, or on the next line, has that phone
    *(
        case(f"unit-phone-label-{name}", letter(closing=SIGN + "\n" + rows), "contacts", want)
        for name, rows, want in [
            (
                "before-the-person",
                "单位联系电话:0000-5550123 联系人:苗禾",
                [("苗禾", None, "00005550123")],
            ),
            (
                "after-the-person",
                "联系人：苗禾    单位电话：0000-5550123",
                [("苗禾", None, "00005550123")],
            ),
            (
                "over-the-person",
                "单位办公电话：0000-5550123\n联系人：苗禾",
                [("苗禾", None, "00005550123")],
            ),
            ("alone", "单位电话：0000-5550123", [(None, None, "00005550123")]),
        ]
    ),
    # 固话 (固定电话 shortened) is a phone label: before or after the person, 单位 before it
    *(
        case(f"guhua-phone-label-{name}", letter(closing=SIGN + "\n" + rows), "contacts", want)
        for name, rows, want in [
            (
                "before-the-person",
                "固话：0000-5550123  联系人：苗禾",
                [("苗禾", None, "00005550123")],
            ),
            (
                "after-the-person",
                "联系人：苗禾  单位固话：0000-5550123",
                [("苗禾", None, "00005550123")],
            ),
            (
                "under-the-person",
                "联系人：苗禾\n固话：0000-5550123",
                [("苗禾", None, "00005550123")],
            ),
        ]
    ),
    case(
        "unit-phone-label-a-person-surnamed-shan-stays",
        letter(closing=SIGN + "\n联系人：单文    电话：0000-5550123"),
        "contacts",
        [("单文", None, "00005550123")],
    ),
    case(
        "unit-phone-label-in-a-flattened-closing",
        flat(letter(closing=SIGN + "\n单位联系电话：0000-5550123  联系人：苗禾")),
        "contacts",
        [("苗禾", None, "00005550123")],
    ),
    # a form's row where the person signs (承办人签字, 经办人签名): the same slot, its name if
    # one was written, never the word 签字
    *(
        case(f"signing-row-{name}", letter(closing=SIGN + "\n" + rows), "contacts", want)
        for name, rows, want in [
            (
                "with-a-name-and-phone",
                "承办人签字：苗禾    联系电话：0000-5550123",
                [("苗禾", None, "00005550123")],
            ),
            (
                "signed-name-over-a-phone",
                "经办人签名：苗禾\n电话：0000-5550123",
                [("苗禾", None, "00005550123")],
            ),
            (
                "phone-under-empty-signing-rows",
                "领导签字：\n承办人签字：\n联系电话：0000-5550123",
                [(None, None, "00005550123")],
            ),
        ]
    ),
    case(
        "name-slot-label-without-colon-in-a-spaced-form",
        letter(closing=SIGN + "\n经办人姓名   苗禾    联系电话  0000-5550123"),
        "contacts",
        [("苗禾", None, "00005550123")],
    ),
    # a form's next row with its label cell blank: the name alone, then the phone's label
    case(
        "second-row-of-a-form-with-a-blank-label-cell",
        letter(
            closing=SIGN + "\n主管领导姓名   田原    联系电话 0000-5550124"
            "\n     苗禾     联系电话  0000-5550123"
        ),
        "contacts",
        [("田原", None, "00005550124"), ("苗禾", None, "00005550123")],
    ),
    case(
        "postcode-alone-under-the-form-rows-stays-in-the-closing",
        letter(
            closing=SIGN + "\n主管领导姓名   田原    联系电话 0000-5550124"
            "\n     苗禾     联系电话  0000-5550123\n   555000\n抄送：某县政府办公室"
        ),
        "contacts",
        [("田原", None, "00005550124"), ("苗禾", None, "00005550123")],
    ),
    case(
        "second-row-of-a-form-keeps-the-signature",
        letter(
            closing=SIGN + "\n主管领导姓名   田原    联系电话 0000-5550124"
            "\n     苗禾     联系电话  0000-5550123"
        ),
        "signature.date",
        "2021-09-03",
    ),
    # a person's label the table does not hold is a leader's: a contact with a phone of his own
    case(
        "person-label-of-its-own-with-a-phone",
        letter(closing=SIGN + "\n复核人：田原  0000-5550124\n经办人：苗禾  0000-5550123"),
        "contacts",
        [("田原", None, "00005550124"), ("苗禾", None, "00005550123")],
    ),
    case(
        "person-label-of-its-own-without-a-phone",
        letter(closing="2021年9月3日\n承办责任人：梁墨\n承办人及联系电话：秦筝 0000-5550123"),
        "contacts",
        [("秦筝", None, "00005550123")],
    ),
    # notes beside a phone name nobody; 办理人员 is a person's label like 承办人员
    case(
        "wechat-note-after-a-mobile",
        letter(closing=SIGN + "\n联系人：苗禾 13900000123（微信同号）"),
        "contacts",
        [("苗禾", None, "13900000123")],
    ),
    case(
        "extension-note-after-a-phone",
        letter(closing=SIGN + "\n联系人：苗禾 0000-5550123（分机请拨801）"),
        "contacts",
        [("苗禾", None, "00005550123")],
    ),
    case(
        "banli-renyuan-label",
        letter(closing=SIGN + "\n办理人员：苗禾 0000-5550123"),
        "contacts",
        [("苗禾", None, "00005550123")],
    ),
    # the surname alone names the person to ask for
    case(
        "surname-alone-after-the-phone",
        letter(closing=SIGN + "\n联系电话：13900000123        联系人：聂"),
        "contacts",
        [("聂", None, "13900000123")],
    ),
    case(
        "surname-alone-then-phone",
        letter(closing=SIGN + "\n联系人及电话：聂 0000-5550123"),
        "contacts",
        [("聂", None, "00005550123")],
    ),
    case(
        "phone-label-holds-the-name",
        letter(closing="联系单位：某县交通运输局\n联系电话：陈某 13900000123\n" + SIGN),
        "contacts",
        [("陈某", "某县交通运输局", "13900000123")],
    ),
    case(
        "phone-before-name",
        letter(closing=SIGN + "\n联系人及电话：13900000123 陈某"),
        "contacts",
        [("陈某", None, "13900000123")],
    ),
    case(
        "name-and-phone-on-two-lines",
        letter(closing=SIGN + "\n联系人：王明\n联系电话：0000-5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "phone-line-first-then-name",
        letter(closing="联系电话：0000-5550123\n联系人：王明\n" + SIGN),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "signer-then-contact-then-org-and-phone",
        letter(
            closing=SIGN
            + "\n签发人：孙某 联系人：王志\n联系单位：某县交通运输局 联系电话：0000-5550123"
        ),
        "contacts",
        [("王志", "某县交通运输局", "00005550123")],
    ),
    case(
        "org-and-person-label",
        letter(
            closing=SIGN + "\n联系单位及联系人：某县交通运输局     阮某某\n联系电话：0000-5550123"
        ),
        "contacts",
        [("阮某某", "某县交通运输局", "00005550123")],
    ),
    case(
        "area-code-hyphen",
        letter(closing=SIGN + "\n联系人：王明，联系电话：0000-5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "area-code-em-dash",
        letter(closing=SIGN + "\n联系人：王明，联系电话：0000—5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "area-code-box-drawing-dash",
        letter(closing=SIGN + "\n联系人：王明，联系电话：0000─5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "area-code-parens",
        letter(closing=SIGN + "\n联系人：王明，联系电话：（0000）5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "area-code-glued",
        letter(closing=SIGN + "\n联系人：王明，联系电话：00005550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "name-padded",
        letter(closing=SIGN + "\n联系人：王  明\n联系电话：0000-5550123"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "name-padded-ideographic",
        letter(closing=SIGN + "\n联 系 人：王\u3000明  电话：13900000123"),
        "contacts",
        [("王明", None, "13900000123")],
    ),
    case(
        "spaced-labels",
        letter(closing=SIGN + "\n承   办   人：乌  兰\n联  系 电 话：13900000123"),
        "contacts",
        [("乌兰", None, "13900000123")],
    ),
    case(
        "colon-lost",
        letter(closing=SIGN + "\n联系人及电话郑某5550123"),
        "contacts",
        [("郑某", None, "5550123")],
    ),
    case(
        "name-only-in-brackets",
        letter(closing=SIGN + "\n（联系人：夏某）"),
        "contacts",
        [("夏某", None, None)],
    ),
    case(
        "name-in-brackets-after-phone",
        letter(closing=SIGN + "\n联系方式：0000-5550123（王明）"),
        "contacts",
        [("王明", None, "00005550123")],
    ),
    case(
        "phone-with-note",
        letter(closing=SIGN + "\n承办人及联系电话：吴某 13900000123（手机号码）"),
        "contacts",
        [("吴某", None, "13900000123")],
    ),
    case(
        "office-with-phone-no-person",
        letter(closing=SIGN + "\n（联系单位：某县水利局，联系电话：5550123）"),
        "contacts",
        [(None, "某县水利局", "5550123")],
    ),
    case(
        "person-and-office-label",
        letter(closing=SIGN + "\n联系人及单位：苏晴  县水利局\n联系电话：0000-5550123"),
        "contacts",
        [("苏晴", "县水利局", "00005550123")],
    ),
    case(
        "person-and-phone-label-with-office-prefix",
        letter(closing=SIGN + "\n联系人及联系电话：县水利局办公室苏晴，13900000123"),
        "contacts",
        [("苏晴", "县水利局办公室", "13900000123")],
    ),
    case(
        "office-then-person-after-gap-on-name-line",
        letter(closing=SIGN + "\n联系人：某县农业农村局   苏晴   0000-5550123"),
        "contacts",
        [("苏晴", "某县农业农村局", "00005550123")],
    ),
    case(
        "office-with-its-other-name-in-brackets",
        letter(closing=SIGN + "\n联系单位：县住建局（县人防办）\n联系电话：0000-5550123"),
        "contacts",
        [(None, "县住建局(县人防办)", "00005550123")],
    ),
    case(
        "one-office-for-two-people",
        letter(
            closing=SIGN
            + "\n联系单位：某县水利局\n联系人：苏晴，电话：13900000123\n联系人：莫远，电话：13900000124"
        ),
        "contacts",
        [("苏晴", "某县水利局", "13900000123"), ("莫远", "某县水利局", "13900000124")],
    ),
    case(
        "two-offices-two-people",
        letter(
            closing=SIGN
            + "\n联系单位：某县水利局 联系人：苏晴 电话：13900000123"
            + "\n联系单位：某县财政局 联系人：莫远 电话：13900000124"
        ),
        "contacts",
        [("苏晴", "某县水利局", "13900000123"), ("莫远", "某县财政局", "13900000124")],
    ),
    case(
        "reviewer-between-name-and-phone-lines",
        letter(closing=SIGN + "\n联系人：苏晴\n审核人：莫远\n联系电话：0000-5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "signer-after-the-person-on-one-line",
        letter(closing=SIGN + "\n联系人：苏晴  签发人：莫远  电话：0000-5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "second-phone-label-is-the-same-person",
        letter(closing=SIGN + "\n联系人：苏晴  办公电话：0000-5550123  手机：13900000123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "two-numbers-first-kept",
        letter(closing=SIGN + "\n联系人：苏晴  联系电话：0000-5550123、13900000123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "area-code-tilde",
        letter(closing=SIGN + "\n联系人：苏晴，联系电话：0000～5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "area-code-horizontal-bar",
        letter(closing=SIGN + "\n联系人：苏晴，联系电话：0000―5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "area-code-space",
        letter(closing=SIGN + "\n联系人：苏晴，联系电话：0000 5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "extension",
        letter(closing=SIGN + "\n联系人：苏晴，联系电话：0000-5550123转806"),
        "contacts",
        [("苏晴", None, "00005550123806")],
    ),
    case(
        "rank-in-brackets",
        letter(closing=SIGN + "\n联系人：苏晴（科员） 联系电话：13900000123"),
        "contacts",
        [("苏晴", None, "13900000123")],
    ),
    case(
        "name-with-middle-dot",
        letter(closing=SIGN + "\n联系人：阿依努尔·吐尔逊  电话：13900000123"),
        "contacts",
        [("阿依努尔·吐尔逊", None, "13900000123")],
    ),
    case(
        "landline-label-zuoji",
        letter(closing=SIGN + "\n联系人：苏晴  座机：0000-5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "value-stops-at-another-label",
        letter(closing=SIGN + "\n联系人：苏晴 联系电话：0000-5550123 答复类型：B"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "value-stops-at-the-signature-after-a-phone",
        letter(closing="联系电话：0000-5550123  某县交通运输局  2021年9月3日"),
        "contacts",
        [(None, None, "00005550123")],
    ),
    case(
        "publication-note-after-the-phone",
        letter(closing=SIGN + "\n联系人：苏晴，联系电话：13900000123（此件依申请公开）"),
        "contacts",
        [("苏晴", None, "13900000123")],
    ),
    case(
        "stray-colon-after-the-name",
        letter(closing=SIGN + "\n经办人及联系电话：苏晴：0000—5550123"),
        "contacts",
        [("苏晴", None, "00005550123")],
    ),
    case(
        "label-glued-to-a-damaged-date",
        letter(closing="某县交通运输局\n2021093联系人及电话苏晴5550123"),
        "contacts",
        [("苏晴", None, "5550123")],
    ),  # a person, then the office and the post he holds there: the office is the org
    case(
        "person-then-office-and-post",
        letter(closing=SIGN + "\n（联系人：何  川 某市公安局某分局纪委书记，电话：13900000123）"),
        "contacts",
        [("何川", "某市公安局某分局", "13900000123")],
    ),
    case(
        "person-then-office-and-post-no-gap-before-phone",
        letter(closing=SIGN + "\n联系人：何川 县水利局办公室副主任 电话：0000-5550123"),
        "contacts",
        [("何川", "县水利局办公室", "00005550123")],
    ),
    case(
        "office-and-post-in-brackets",
        letter(closing=SIGN + "\n联系人：何川（县水利局科员） 联系电话：0000-5550123"),
        "contacts",
        [("何川", "县水利局", "00005550123")],
    ),
    # labels joined with a slash, or with the colon mistyped as a semicolon
    case(
        "slash-label",
        letter(closing=SIGN + "\n联系人/电话：何川 /0000-5550123"),
        "contacts",
        [("何川", None, "00005550123")],
    ),
    case(
        "slash-label-long-words",
        letter(closing=SIGN + "\n联系人/联系电话：何川/13900000123"),
        "contacts",
        [("何川", None, "13900000123")],
    ),
    case(
        "semicolon-for-colon",
        letter(closing=SIGN + "\n联系人；何川\n联系电话；0000-5550123"),
        "contacts",
        [("何川", None, "00005550123")],
    ),
    # a leader given a phone line of his own is a contact; the 承办人 after him another
    case(
        "leader-with-his-own-phone-then-a-clerk",
        letter(
            closing=SIGN
            + "\n主管领导：莫远\n联系电话：13900000001\n承办人：何川\n联系电话：13900000002"
        ),
        "contacts",
        [("莫远", None, "13900000001"), ("何川", None, "13900000002")],
    ),
    case(
        "leader-with-a-phone-on-his-line",
        letter(closing=SIGN + "\n分管领导：莫远  电话：13900000001"),
        "contacts",
        [("莫远", None, "13900000001")],
    ),
    # 职务 lines say what the person is; the block's office label stays the org
    case(
        "post-lines-under-an-office-label",
        letter(
            closing=SIGN
            + "\n联系单位：某县商务局\n主管领导：莫* 职务：副局长\n联系电话：13900000001"
            + "\n承办人：何** 职务：外贸科二级主任科员\n联系电话：13900000002"
        ),
        "contacts",
        [("莫*", "某县商务局", "13900000001"), ("何**", "某县商务局", "13900000002")],
    ),
    case(
        "post-line-names-the-office",
        letter(closing=SIGN + "\n承办人：何川  职务：县商务局办公室副主任\n联系电话：13900000002"),
        "contacts",
        [("何川", "县商务局办公室", "13900000002")],
    ),
    # masked names are kept as written
    case(
        "masked-name",
        letter(closing=SIGN + "\n联系人：何**  联系电话：0000-5550123"),
        "contacts",
        [("何**", None, "00005550123")],
    ),
    case(
        "masked-name-with-mou",
        letter(closing=SIGN + "\n联系人：何某某，联系电话：0000-5550123"),
        "contacts",
        [("何某某", None, "00005550123")],
    ),
    # a label that lost its first characters at a closing line's start
    case(
        "person-label-lost-its-head",
        letter(closing="分管领导：莫远\n人：何川\n联系电话：13900000123\n" + SIGN),
        "contacts",
        [("何川", None, "13900000123")],
    ),
    case(
        "phone-label-lost-its-head",
        letter(closing=SIGN + "\n联系人：何川\n系电话：13900000123"),
        "contacts",
        [("何川", None, "13900000123")],
    ),
    case(
        "office-in-brackets-after-the-person",
        letter(closing=SIGN + "\n联系人：何川（办公室）  电话：0000-5550123"),
        "contacts",
        [("何川", "办公室", "00005550123")],
    ),
    case(
        "mobile-with-its-middle-masked",
        letter(closing=SIGN + "\n联系人：何川  电话：139****0123"),
        "contacts",
        [("何川", None, "1390123")],
    ),
    # a mobile with digits masked, the mask as long as it is (the scorer reads the digits)
    *(
        case(
            f"mobile-masked-{name}",
            letter(closing=SIGN + f"\n联系人：何川  电话：{phone}"),
            "contacts",
            [("何川", None, digits)],
        )
        for name, phone, digits in [
            ("seven-stars", "1*******000", "1000"),
            ("full-width-stars", "139＊＊＊＊0000", "1390000"),
            ("times-signs", "139××××0000", "1390000"),
            ("letter-x", "139xxxx0000", "1390000"),
            ("capital-x", "139XXXX0000", "1390000"),
            ("last-digits", "1390000****", "1390000"),
            ("landline-last-digits", "0000-555****", "0000555"),
            ("landline-middle-digits", "0000-55**0123", "0000550123"),
            ("landline-letter-x", "0000—555xxxx", "0000555"),
        ]
    ),
    # a person's label joined with a phone that gives only the phone, beside a leader with
    # none of his own: the phone is the unnamed person's, the leader no contact
    *(
        case(
            f"phone-only-under-a-person-label-{name}",
            letter(closing=SIGN + "\n" + lines),
            "contacts",
            [(None, None, "00005550186")],
        )
        for name, lines in [
            ("leader-above", "承办负责人：郑某\n承办人及联系电话：    0000-5550186"),
            ("leader-below", "承办人及联系电话：0000-5550186\n承办负责人：郑某"),
            ("jingbanren-he", "承办负责人：郑某\n经办人和联系电话：0000-5550186"),
            ("lianxiren-dun", "分管领导：郑某\n联系人、联系电话：0000-5550186"),
        ]
    ),
    case(
        "masked-mobile-in-a-bracket-never-closed",
        letter(closing="（联系人：何川   联系电话：1*******000\n" + SIGN),
        "contacts",
        [("何川", None, "1000")],
    ),
    case(
        "postcode-after-the-phone",
        letter(closing=SIGN + "\n联系人：何川  电话：0000-5550123  邮编：555000"),
        "contacts",
        [("何川", None, "00005550123")],
    ),
    case(
        "address-line-between-name-and-phone",
        letter(closing=SIGN + "\n联系人：何川\n通讯地址：某县某路8号\n联系电话：0000-5550123"),
        "contacts",
        [("何川", None, "00005550123")],
    ),
    case(
        "contact-note-after-a-short-lead",
        letter(body=BODY + "\n附：联系人：何川，联系电话：0000-5550123"),
        "contacts",
        [("何川", None, "00005550123")],
    ),
    case(
        "chengban-renyuan-without-phone",
        letter(closing="分管领导：莫远\n承办人员：何川\n" + SIGN),
        "contacts",
        [("何川", None, None)],
    ),
    case(
        "office-and-person-label-joined-with-dun",
        letter(closing="2021年9月3日 联系科室、人员及电话：综合科5550123"),
        "contacts",
        [(None, "综合科", "5550123")],
    ),
    # person labels in other archives' words
    case(
        "gongzuorenyuan-with-the-phone-below",
        letter(closing="2021年9月3日\n工作人员：韩露\n联系电话：0000-5550123"),
        "contacts",
        [("韩露", None, "00005550123")],
    ),
    case(
        "lianluoren-and-lianluo-dianhua",
        letter(closing=SIGN + "\n联络人：韩露  联络电话：0000-5550123"),
        "contacts",
        [("韩露", None, "00005550123")],
    ),
    case(
        "lianluoyuan",
        letter(closing=SIGN + "\n联络员：韩露，电话号码：13900000123"),
        "contacts",
        [("韩露", None, "13900000123")],
    ),
    case(
        "juti-chengbanren",
        letter(closing=SIGN + "\n具体承办人：韩露\n固定电话：0000-5550123"),
        "contacts",
        [("韩露", None, "00005550123")],
    ),
    # a label asking for a name and a phone together, the name run into the number or parted
    # from it by a blank or a comma; an office word glued before the person's word
    # (承办单位联系人) says whose person he is, and a lone name under it is the person
    case(
        "office-person-label-name-glued-to-mobile",
        letter(closing=SIGN + "\n承办单位联系人姓名及电话：秦晓岚13900000123"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "office-person-label-after-the-date-name-comma-landline",
        letter(closing="某县交通运输局\n2021年9月3日 承办科室联系人及电话：秦晓岚，0000-5550123"),
        "contacts",
        [("秦晓岚", None, "00005550123")],
    ),
    case(
        "office-and-person-label-person-alone",
        letter(closing=SIGN + "\n联系单位及联系人：秦晓岚  13900000123"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "office-person-label-name-space-mobile-and-a-table-cell",
        letter(closing=SIGN + "\n承办单位联系人姓名及电话：秦晓岚 13900000123 |"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "office-and-person-label-person-alone-with-a-note",
        letter(closing=SIGN + "\n联系单位及联系人：秦晓岚 13900000123（手机）"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "office-and-person-label-both-written",
        letter(closing=SIGN + "\n联系单位及联系人：某县交通运输局 秦晓岚\n电话：13900000123"),
        "contacts",
        [("秦晓岚", "某县交通运输局", "13900000123")],
    ),
    case(
        "office-and-person-label-office-alone-with-phone",
        letter(closing=SIGN + "\n联系单位及联系人：某县交通运输局\n电话：0000-5550123"),
        "contacts",
        [(None, "某县交通运输局", "00005550123")],
    ),
    case(
        "name-and-contact-way-label-comma",
        letter(closing=SIGN + "\n联系人姓名及联系方式：秦晓岚，13900000123"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "clerk-name-and-phone-label-with-a-pause-mark",
        letter(closing=SIGN + "\n经办人姓名、电话：秦晓岚 0000-5550123"),
        "contacts",
        [("秦晓岚", None, "00005550123")],
    ),
    case(
        "name-and-phone-label-name-glued-to-landline",
        letter(closing=SIGN + "\n联系人及电话：秦晓岚0000-5550123"),
        "contacts",
        [("秦晓岚", None, "00005550123")],
    ),
    # a label that lost a character in copying: one inner character gone where the page left
    # a blank (联 人：, 联系 话：), or the words before the 人 of a 姓名 slot (人姓名：) with a
    # phone label after it on its line
    case(
        "gap-for-a-lost-character-in-a-bracketed-label",
        letter(closing=SIGN + "\n（联 人：秦晓岚，联系电话：13900000123"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "gap-for-a-lost-character-in-person-and-phone-lines",
        letter(closing=SIGN + "\n联 人：秦晓岚\n联系 话：0000-5550123"),
        "contacts",
        [("秦晓岚", None, "00005550123")],
    ),
    case(
        "gap-for-a-lost-character-in-a-clerk-label",
        letter(closing=SIGN + "\n承 人：秦晓岚  电话：13900000123"),
        "contacts",
        [("秦晓岚", None, "13900000123")],
    ),
    case(
        "name-slot-that-lost-its-first-words-under-a-leader",
        letter(
            closing=SIGN + "\n主管领导姓名：赵立平    联系电话：13900000001"
            "\n人姓名：秦晓岚    联系电话：13900000123\n邮政编码：555000"
        ),
        "contacts",
        [("赵立平", None, "13900000001"), ("秦晓岚", None, "13900000123")],
    ),
    # a 承办单位 (办理单位, 经办单位) on a line of its own right above a contact line is
    # that contact's org (lead's decision, docs/record.md), as on the contact's own line,
    # or as a 联系单位 or a handling section (承办科室) on its own line is
    case(
        "handling-unit-line-above-the-unit-head-with-a-phone",
        letter(
            closing="感谢您的关心。\n承办单位：某县交通运输局\n\n单位负责人：秦晓岚\n\n"
            "联系电话：0000-5550123\n\n" + SIGN
        ),
        "contacts",
        [("秦晓岚", "某县交通运输局", "00005550123")],
    ),
    case(
        "handling-unit-line-above-contact-lines",
        letter(closing=SIGN + "\n承办单位：某县交通运输局\n联系人：秦晓岚\n联系电话：0000-5550123"),
        "contacts",
        [("秦晓岚", "某县交通运输局", "00005550123")],
    ),
    case(
        "other-handling-unit-label-line",
        letter(closing=SIGN + "\n办理单位：某县交通运输局\n经办人：秦晓岚  13900000123"),
        "contacts",
        [("秦晓岚", "某县交通运输局", "13900000123")],
    ),
    case(
        "handling-unit-line-above-a-phone-alone",
        letter(closing=SIGN + "\n承办单位：某县交通运输局\n联系电话：0000-5550123"),
        "contacts",
        [(None, "某县交通运输局", "00005550123")],
    ),
    case(
        "handling-unit-on-the-contact-line-is-his",
        letter(
            closing=SIGN + "\n承办单位：某县民政局养老科　承办人：秦晓岚　联系电话：0000-5550123"
        ),
        "contacts",
        [("秦晓岚", "某县民政局养老科", "00005550123")],
    ),
    case(
        "handling-unit-on-the-contact-line-is-his-in-a-flattened-copy",
        flat(
            letter(
                closing=SIGN
                + "\n承办单位：某县民政局养老科　承办人：秦晓岚　联系电话：0000-5550123"
            )
        ),
        "contacts",
        [("秦晓岚", "某县民政局养老科", "00005550123")],
    ),
    case(
        "handling-unit-with-the-person-in-its-value-is-his",
        letter(closing=SIGN + "\n承办单位：某县交通运输局办公室秦晓岚 13900000123"),
        "contacts",
        [("秦晓岚", "某县交通运输局办公室", "13900000123")],
    ),
    case(
        "liaison-unit-line-above-contact-lines",
        letter(closing=SIGN + "\n联系单位：某县交通运输局\n联系人：秦晓岚\n联系电话：0000-5550123"),
        "contacts",
        [("秦晓岚", "某县交通运输局", "00005550123")],
    ),
    case(
        "handling-section-line-above-contact-lines",
        letter(closing=SIGN + "\n承办科室：规划股\n承办人：秦晓岚\n联系电话：0000-5550123"),
        "contacts",
        [("秦晓岚", "规划股", "00005550123")],
    ),
    case(
        "gap-for-a-lost-character-keeps-the-signature-above",
        letter(closing=SIGN + "\n（联 人：秦晓岚，联系电话：13900000123"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "name-slot-that-lost-its-first-words-keeps-the-signature-above",
        letter(closing=SIGN + "\n人姓名：秦晓岚    联系电话：13900000123"),
        "signature.issuer",
        "某县交通运输局",
    ),
    # a phone typed in an IME's full-width mode: its digits in ASCII width, every one kept
    *(
        case(
            f"full-width-phone-{name}",
            letter(closing=SIGN + f"\n联系人：王某，联系电话：{phone}"),
            "contacts",
            [("王某", None, digits)],
        )
        for name, phone, digits in [
            ("landline", "００００－５５５０１２３", "00005550123"),
            ("mobile", "１３９００００５５５０", "13900005550"),
            ("mixed-widths", "0000－55501２３", "00005550123"),
            ("bracketed-area-code", "（００００）５５５０１２３", "00005550123"),
        ]
    ),
    # a dash between the figures written as the numeral 一 (OCR reads a hyphen so, an IME
    # types it): the area code is the phone's, not lost
    *(
        case(
            f"dash-written-yi-{name}",
            letter(closing=SIGN + f"\n联系人：王某，联系电话：{phone}"),
            "contacts",
            [("王某", None, digits)],
        )
        for name, phone, digits in [
            ("landline", "0000一5550123", "00005550123"),
            ("between-blanks", "0000 一 5550123", "00005550123"),
            ("grouped-mobile", "139一0000一5550", "13900005550"),
        ]
    ),
]
NOT_CONTACTS = [
    # a phone under a phone label alone is the leader's own; a person named under the
    # joined label takes it
    *(
        case(
            f"phone-label-not-unnamed-{name}",
            letter(closing=SIGN + "\n" + lines),
            "contacts",
            expected,
        )
        for name, lines, expected in [
            (
                "leader-then-phone-label",
                "承办负责人：郑某\n联系电话：0000-5550186",
                [("郑某", None, "00005550186")],
            ),
            (
                "phone-label-then-leader",
                "联系电话：0000-5550186\n分管领导：郑某",
                [("郑某", None, "00005550186")],
            ),
            (
                "named-under-the-joined-label",
                "承办负责人：郑某\n承办人及联系电话：李某  0000-5550186",
                [("李某", None, "00005550186")],
            ),
            (
                "person-label-above",
                "联系人：李某\n联系人及电话：0000-5550186",
                [("李某", None, "00005550186")],
            ),
        ]
    ),
    # a masked run of the wrong length is no mobile
    *(
        case(
            f"masked-run-not-a-mobile-{name}",
            letter(closing=SIGN + f"\n联系人：何川  电话：{phone}"),
            "contacts",
            [("何川", None, None)],
        )
        for name, phone in [
            ("twelve-characters", "139****00001"),
            ("too-short", "1**000"),
            ("all-masked", "1xxxxxxxxxx"),
            ("landline-too-short", "0000-5****"),
            ("landline-too-long", "0000-555*****0"),
        ]
    ),
    # a form's signing rows left blank, above the signature or under it, name nobody
    *(
        case(f"blank-signing-rows-{name}", letter(closing=closing), "contacts", [])
        for name, closing in [
            ("above-the-signature", "领导签字：\n\n承办人签字：\n\n联系电话：\n\n" + SIGN),
            ("under-the-signature", SIGN + "\n主管领导签字：\n经办人签名："),
            ("half-width-colons", SIGN + "\n承办人签字:\n联系电话:"),
        ]
    ),
    # lost characters: a bare 人姓名： may be anyone's form field, a proposer's 姓名 is no
    # contact's, and a label without its blank or its colon is no lost one
    case(
        "name-slot-lost-without-a-phone-label",
        letter(closing=SIGN + "\n人姓名：秦晓岚"),
        "contacts",
        [],
    ),
    case(
        "proposer-name-slot-with-a-phone-label",
        letter(closing=SIGN + "\n代表人姓名：秦晓岚    联系电话：13900000123"),
        "contacts",
        [],
    ),
    case(
        "name-slot-inside-a-sentence",
        letter(body=BODY + "\n所附表格请填写推荐人姓名：秦晓岚等信息。"),
        "contacts",
        [],
    ),
    case("squeezed-label-without-a-gap", letter(closing=SIGN + "\n联人：秦晓岚"), "contacts", []),
    case("gapped-label-without-a-colon", letter(closing=SIGN + "\n联 人 秦晓岚"), "contacts", []),
    case("gapped-address-label", letter(closing=SIGN + "\n地 址：某县某路1号"), "contacts", []),
    case(
        "gongzuorenyuan-in-a-sentence-is-no-label",
        letter(
            body=BODY + "\n我局工作人员已到现场查看，联系电话：0000-5550123。",
            closing=SIGN,
        ),
        "contacts",
        [],
    ),
    case(
        "office-before-a-phone-label-is-no-person",
        letter(closing=SIGN + "\n办公室     联系电话  0000-5550123"),
        "contacts",
        [(None, None, "00005550123")],
    ),
    case(
        "post-before-a-phone-label-is-no-person",
        letter(closing=SIGN + "\n副局长     联系电话  0000-5550123"),
        "contacts",
        [(None, None, "00005550123")],
    ),
    case(
        "name-slot-word-in-prose-is-no-label",
        letter(body=BODY + "\n请注明联系人姓名和电话后寄回。", closing=SIGN),
        "contacts",
        [],
    ),
    case(
        "duty-office-is-no-note",
        letter(closing=SIGN + "\n联系单位：总值班室  电话：0000-5550123"),
        "contacts",
        [(None, "总值班室", "00005550123")],
    ),
    case(
        "one-character-that-is-no-surname-names-nobody",
        letter(closing=SIGN + "\n联系电话：13900000123  联系人：无"),
        "contacts",
        [(None, None, "13900000123")],
    ),
    case(
        "surname-beside-a-name-is-no-second-person",
        letter(closing=SIGN + "\n联系人：聂 远  0000-5550123"),
        "contacts",
        [("聂远", None, "00005550123")],
    ),
    case(
        "name-of-five-with-no-office-in-it-stays-whole",
        letter(closing=SIGN + "\n联系人：热依汗古丽 0000-5550123"),
        "contacts",
        [("热依汗古丽", None, "00005550123")],
    ),
    case(
        "banli-renyuan-in-prose",
        letter(body="我局办理人员多次到现场查看。\n" + BODY),
        "contacts",
        [],
    ),
    case(
        "lianxi-renyuan-in-prose",
        letter(body="我局联系人员与代表当面沟通。\n" + BODY),
        "contacts",
        [],
    ),
    case("signer-alone", letter(closing=SIGN + "\n签发人：王某"), "contacts", []),
    case("reviewer-alone", letter(closing=SIGN + "\n审核人：黎某"), "contacts", []),
    case("person-in-charge-alone", letter(closing=SIGN + "\n承办负责人：廖某"), "contacts", []),
    case("phone-call-in-prose", letter(body="我局已电话沟通并说明情况。\n" + BODY), "contacts", []),
    case(
        "fax-is-no-phone",
        letter(closing=SIGN + "\n联系人：王明  传真：0000-5550199"),
        "contacts",
        [("王明", None, None)],
    ),
    case(
        "contact-office-word-in-prose",
        letter(body="我局已与各联系单位沟通协调。\n" + BODY),
        "contacts",
        [],
    ),
    case("leader-alone", letter(closing=SIGN + "\n分管领导：莫远"), "contacts", []),
    case(
        "hotline-words-in-prose",
        letter(body="群众可拨打服务电话反映问题。\n" + BODY),
        "contacts",
        [],
    ),
    # the office the last sentence sends the reader to, with its phone, is a contact, no
    # person's (decided, fix88; an earlier round read it as prose); a phone after the
    # letter's own words alone (欢迎联系我局) is the phone alone, no office named (decided,
    # contacts62: fix88 read it as prose)
    case(
        "phone-inside-the-last-sentence",
        letter(body=BODY + "\n如对答复有意见，请与县交通运输局办公室联系，电话：0000-5550123。"),
        "contacts",
        [(None, "县交通运输局办公室", "00005550123")],
    ),
    case(
        "phone-inside-the-last-sentence-flattened",
        flat(
            letter(
                body=BODY + "如对答复有意见，欢迎联系我局，联系电话：0000-5550123。",
                closing="特此函复\n某县交通运输局\n2021年9月3日",
            )
        ),
        "contacts",
        [(None, None, "00005550123")],
    ),
    # an office alone (a form's 承办单位) or a leader with no phone is nobody's contact
    case(
        "form-office-and-leader-alone",
        letter(head="承办单位：某县交通运输局\n责任领导：莫远"),
        "contacts",
        [],
    ),
    case(
        "leader-before-a-clerk-with-the-phone",
        letter(closing=SIGN + "\n分管领导：莫远\n承办人及联系电话：何川 13900000001"),
        "contacts",
        [("何川", None, "13900000001")],
    ),
    case("post-alone", letter(closing=SIGN + "\n职务：科员"), "contacts", []),
    case(
        "name-ending-like-an-office-before-a-post",
        letter(closing=SIGN + "\n联系人：王立会科长 电话：13900000123"),
        "contacts",
        [("王立会", None, "13900000123")],
    ),
    case(
        "staff-word-in-prose-with-colon-later",
        letter(body="我局承办人员多次走访，情况如下：\n" + BODY),
        "contacts",
        [],
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), CONTACTS + NOT_CONTACTS)
def test_contacts(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# A phone typed or read with a letter for a digit (l and I for 1, O and o for 0, as a
# scan's OCR or a typist slips), one between two digits of a run of digits and dashes:
# the phone, its letters read as the digits.
LETTER_PHONES = [
    case(
        f"letter-phone-{name}",
        letter(closing=SIGN + f"\n联系人：赵某，联系电话：{phone}"),
        "contacts",
        [("赵某", None, digits)],
    )
    for name, phone, digits in [
        ("landline-o", "0000-555O123", "00005550123"),
        ("landline-l", "0000-555l123", "00005551123"),
        ("mobile-l", "139l0000555", "13910000555"),
        ("mobile-small-o", "1390000o555", "13900000555"),
        ("area-code-o", "0O00-5550123", "00005550123"),
        ("full-width", "００００－５５５Ｏ１２３", "00005550123"),
        ("local", "555l234", "5551234"),
    ]
]
# Must not: letters that are part of a word, an address or two in a row make no digit.
NOT_LETTER_PHONES = [
    case(
        f"letter-phone-not-{name}",
        letter(closing=SIGN + f"\n联系人：赵某，{rest}"),
        "contacts",
        [("赵某", None, digits)],
    )
    for name, rest, digits in [
        ("an-email", "邮箱：zhao5550l23@example.com", None),
        ("an-email-opening-with-digits", "邮箱：5550l23@example.com", None),
        ("two-letters", "联系电话：0000-55OO123", None),
        ("a-letter-at-the-end", "联系电话：0000-555012O", None),
        ("a-code-before", "编号：AB555O123", None),
    ]
]


@pytest.mark.parametrize(("text", "field", "expected"), LETTER_PHONES + NOT_LETTER_PHONES)
def test_letter_phones(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 6. Addressees ------------------------------------------------------------------------------

# Eleven invented names, longer than a salutation's usual run (over forty characters).
LONG_LIST = "韩林峰、钱岚岚、孔德明、欧阳春晓、蓝天宇、周小川、卫青山、霍光明、李广利、张文骞、苏武"


def long_list_people(role: str) -> list[tuple[str, str]]:
    return [(name, role) for name in LONG_LIST.split("、")]


ADDRESSEES = [
    # a lead proposer's salutation adds the co-signers it does not name: no addressee
    case(
        "cosigners-after-the-lead-proposer-bing-fuyiren",
        letter(salutation="王可欣委员并附议人："),
        "addressees",
        [("王可欣", "委员")],
    ),
    case(
        "cosigners-after-the-lead-proposer-ji-lianming",
        letter(salutation="王可欣代表及联名代表："),
        "addressees",
        [("王可欣", "代表")],
    ),
    case(
        "cosigners-after-two-proposers-qita",
        letter(salutation="王可欣、郑航委员和其他提案人："),
        "addressees",
        [("王可欣", "委员"), ("郑航", "委员")],
    ),
    case(
        "cosigners-in-brackets",
        letter(salutation="王可欣委员（并附议人）："),
        "addressees",
        [("王可欣", "委员")],
    ),
    # a progress report with no salutation names the proposers in its opening, sometimes
    # with no role word: all of them, role null
    case(
        "proposers-listed-with-deng-and-no-role",
        letter(
            title="关于县九届人大二次会议建议办理进展情况的报告",
            salutation="",
            opening="在县九届人民代表大会二次会议上，陶明远、何晓岚、段青等提出的"
            "《关于修缮东门老街的建议》由我局办理，现将进展报告如下：",
        ),
        "addressees",
        [("陶明远", None), ("何晓岚", None), ("段青", None)],
    ),
    case(
        "proposers-listed-with-a-count-of-people-and-no-role",
        letter(
            title="关于县九届人大二次会议建议办理进展情况的报告",
            salutation="",
            opening="陶明远、何晓岚等3人联名提出的关于修缮东门老街的建议收悉，现答复如下：",
        ),
        "addressees",
        [("陶明远", None), ("何晓岚", None)],
    ),
    case(
        "two-proposers-listed-without-deng",
        letter(
            title="关于县九届人大二次会议建议办理进展情况的报告",
            salutation="",
            opening="会上，陶明远、何晓岚提出的关于修缮东门老街的建议收悉，现答复如下：",
        ),
        "addressees",
        [("陶明远", None), ("何晓岚", None)],
    ),
    case(
        "zunjing-list",
        letter(salutation="尊敬的王某、李某某代表："),
        "addressees",
        [("王某", "代表"), ("李某某", "代表")],
    ),
    case("tongzhi", letter(salutation="王某同志："), "addressees", [("王某", "同志")]),
    case(
        "group-count-in-brackets",
        letter(salutation="韩某(等8位)代表："),
        "addressees",
        [("韩某", "代表")],
    ),
    case(
        "group-count", letter(salutation="赵某某等七位代表："), "addressees", [("赵某某", "代表")]
    ),
    case(
        "group-count-digits",
        letter(salutation="刘某某等13位代表："),
        "addressees",
        [("刘某某", "代表")],
    ),
    # a greeting in the colon's place, 等 after the role, a note beside a name, 致
    case(
        "greeting-in-place-of-the-colon",
        letter(salutation="尊敬的林岚委员，您好！"),
        "addressees",
        [("林岚", "委员")],
    ),
    case(
        "greeting-glued-in-place-of-the-colon",
        letter(salutation="林岚代表您好！"),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "greeting-to-all-in-place-of-the-colon",
        letter(salutation="林岚代表，大家好！"),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "deng-after-the-role", letter(salutation="林岚委员等："), "addressees", [("林岚", "委员")]
    ),
    case(
        "lead-note-after-the-role",
        letter(salutation="林岚代表（领衔）："),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "lead-note-beside-the-first-name",
        letter(salutation="林岚（领衔）、周航代表："),
        "addressees",
        [("林岚", "代表"), ("周航", "代表")],
    ),
    case("zhi-opener", letter(salutation="致林岚代表："), "addressees", [("林岚", "代表")]),
    # a role word a copy wrote twice
    case(
        "role-written-twice-after-the-last-name",
        letter(salutation="韩某委员、巴特尔·乌兰委员委员："),
        "addressees",
        [("韩某", "委员"), ("巴特尔·乌兰", "委员")],
    ),
    case(
        "role-written-twice-alone",
        letter(salutation="赵某某代表代表："),
        "addressees",
        [("赵某某", "代表")],
    ),
    case(
        "role-written-twice-after-a-group",
        letter(salutation="刘某某等5位代表代表："),
        "addressees",
        [("刘某某", "代表")],
    ),
    case(
        "two-char-name-padded",
        letter(salutation="林  岚代表："),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "two-char-name-padded-ideographic",
        letter(salutation="林\u3000岚委员："),
        "addressees",
        [("林岚", "委员")],
    ),
    case(
        "list-of-padded-names",
        letter(salutation="王  明、李  红代表："),
        "addressees",
        [("王明", "代表"), ("李红", "代表")],
    ),
    case(
        "three-char-name-spaced",
        letter(salutation="王 小 明代表："),
        "addressees",
        [("王小明", "代表")],
    ),
    case(
        "stray-spaces-around-separators",
        letter(salutation="尊敬的刘某 、孔某某、华某某 、蓝某代表："),
        "addressees",
        [("刘某", "代表"), ("孔某某", "代表"), ("华某某", "代表"), ("蓝某", "代表")],
    ),
    case(
        "names-without-separator",
        letter(salutation="李明王芳代表："),
        "addressees",
        [("李明", "代表"), ("王芳", "代表")],
    ),
    case(
        "no-colon-list",
        letter(salutation="尊敬的陈某、刘某、张某委员"),
        "addressees",
        [("陈某", "委员"), ("刘某", "委员"), ("张某", "委员")],
    ),
    # a long list of names without the colon, the opening on the next line (its 您 may be
    # lost: 提出的…): every name, with or without 等, an opener or a count
    *(
        case(
            f"no-colon-long-list-{name}",
            letter(salutation=sal, opening=opening),
            "addressees",
            want,
        )
        for name, sal, opening, want in [
            ("deng", LONG_LIST + "等代表", "提出的" + OPENING[3:], long_list_people("代表")),
            ("opener", "尊敬的" + LONG_LIST + "委员", OPENING, long_list_people("委员")),
            ("count", LONG_LIST + "等12位代表", OPENING, long_list_people("代表")),
            ("plain", LONG_LIST + "代表", OPENING, long_list_people("代表")),
        ]
    ),
    # must not: a list with no role word is no salutation
    case(
        "no-colon-long-list-without-a-role",
        letter(salutation=LONG_LIST, opening=OPENING),
        "addressees",
        [],
    ),
    # …also wrapped over lines that end with 、 or ， (a PDF's copy)
    *(
        case(
            f"no-colon-long-list-wrapped-{name}",
            letter(salutation=sal, opening=OPENING),
            "addressees",
            long_list_people("代表"),
        )
        for name, sal in [
            ("two-lines", LONG_LIST.replace("、蓝天宇、", "、蓝天宇、\n", 1) + "等代表"),
            (
                "three-lines-commas",
                LONG_LIST.replace("、", "，")
                .replace("，蓝天宇，", "，蓝天宇，\n")
                .replace("，霍光明，", "，霍光明，\n")
                + "等代表",
            ),
        ]
    ),
    # must not: a wrapped list with no role word at its end is no salutation
    case(
        "no-colon-long-list-wrapped-without-a-role",
        letter(salutation=LONG_LIST.replace("、蓝天宇、", "、蓝天宇、\n", 1), opening=OPENING),
        "addressees",
        [],
    ),
    case(
        "body-addressee",
        letter(salutation="民盟某市委员会："),
        "addressees",
        [("民盟某市委员会", None)],
    ),
    case(
        "department-addressee",
        letter(salutation="省农业农村厅："),
        "addressees",
        [("省农业农村厅", None)],
    ),
    case(
        "delegation",
        letter(salutation="某镇代表团："),
        "addressees",
        [("某镇代表团", None)],
    ),
    case(
        "group-count-fullwidth-brackets-ming",
        letter(salutation="韩林（等8名）代表："),
        "addressees",
        [("韩林", "代表")],
    ),
    case(
        "group-everyone",
        letter(salutation="尊敬的韩林等各位代表："),
        "addressees",
        [("韩林", "代表")],
    ),
    case(
        "group-after-a-list",
        letter(salutation="赵林、钱岚等5位代表："),
        "addressees",
        [("赵林", "代表"), ("钱岚", "代表")],
    ),
    case(
        "group-count-long-role",
        letter(salutation="杨帆(等3位)人大代表："),
        "addressees",
        [("杨帆", "人大代表")],
    ),
    case(
        "names-parted-by-blanks",
        letter(salutation="赵林 钱岚 孙雯代表："),
        "addressees",
        [("赵林", "代表"), ("钱岚", "代表"), ("孙雯", "代表")],
    ),
    case(
        "names-parted-by-ideographic-space",
        letter(salutation="赵林\u3000钱岚委员："),
        "addressees",
        [("赵林", "委员"), ("钱岚", "委员")],
    ),
    case(
        "padded-names-and-a-padded-role",
        letter(salutation="尊敬的王 小 明、李 红 代表："),
        "addressees",
        [("王小明", "代表"), ("李红", "代表")],
    ),
    case(
        "role-after-a-gap",
        letter(salutation="林岚 代表："),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "three-names-without-separator",
        letter(salutation="王小明李红张伟代表："),
        "addressees",
        [("王小明", "代表"), ("李红", "代表"), ("张伟", "代表")],
    ),
    case(
        "two-bodies",
        letter(salutation="某县农业农村局、某县财政局："),
        "addressees",
        [("某县农业农村局", None), ("某县财政局", None)],
    ),
    case(
        "name-with-middle-dot",
        letter(salutation="阿依努尔·吐尔逊代表："),
        "addressees",
        [("阿依努尔·吐尔逊", "代表")],
    ),
    case(
        "role-with-the-congress-level",
        letter(salutation="尊敬的韩林区人大代表："),
        "addressees",
        [("韩林", "区人大代表")],
    ),
    case(
        "role-with-the-conference-level",
        letter(salutation="钱岚县政协委员："),
        "addressees",
        [("钱岚", "县政协委员")],
    ),
    case(
        "zunjing-without-de",
        letter(salutation="尊敬韩林代表："),
        "addressees",
        [("韩林", "代表")],
    ),
    case(
        "greeting-glued-to-the-salutation",
        letter(salutation="尊敬的钱岚委员您好："),
        "addressees",
        [("钱岚", "委员")],
    ),
    case(
        "greeting-glued-after-a-list",
        letter(salutation="韩林、钱岚代表你们好:"),
        "addressees",
        [("韩林", "代表"), ("钱岚", "代表")],
    ),
    case(
        "count-without-deng",
        letter(salutation="韩林9名代表："),
        "addressees",
        [("韩林", "代表")],
    ),
    case(
        "count-without-deng-or-colon",
        letter(salutation="韩林9名代表"),
        "addressees",
        [("韩林", "代表")],
    ),
    # no salutation: the proposers the opening sentence names
    case(
        "named-in-the-opening-role-first",
        letter(
            title="",
            salutation="",
            opening="在县十届人大二次会议上，人大代表韩林提出《关于修缮镇东小学围墙的建议》（12号），现答复如下：",
        ),
        "addressees",
        [("韩林", "人大代表")],
    ),
    case(
        "named-in-the-opening-names-first",
        letter(
            title="关于兰亭镇第十届人民代表大会第一次会议9号代表建议的答复",
            salutation="",
            opening="韩林、钱岚、孙雯等代表提出的9号代表建议：镇区主干道路灯损坏较多，建议尽快修复。\n现答复如下：已全部修复。",
        ),
        "addressees",
        [("韩林", "代表"), ("钱岚", "代表"), ("孙雯", "代表")],
    ),
    # no salutation: a body's name alone under the title (会办/协办意见 to the lead unit)
    case(
        "body-named-alone-under-the-title",
        letter(
            title="关于县十七届人大五次会议第1012号建议的协办意见\n某县水利工程建设指挥部办公室",
            salutation="",
            opening="《关于整治农田水渠的建议》收悉，我单位的办理意见如下：",
            closing="某县农业农村局\n2021年7月30日",
        ),
        "addressees",
        [("某县水利工程建设指挥部办公室", None)],
    ),
    case(
        "body-named-alone-under-the-title-and-its-number",
        letter(
            title="某市自然资源局关于市政协七届会议第20180006号提案会办意见的函\n某自然资函〔2018〕247号\n市工业和信息化局",
            salutation="",
            opening="市政协转来的《关于加快农村通信设施建设的建议》收悉，经研究，会办意见如下：",
            closing="某市自然资源局\n2018年5月18日",
        ),
        "doc_number",
        "某自然资函〔2018〕247号",
    ),
    # a group that sent the proposal together, addressed as a body
    case(
        "liaison-group-addressed",
        letter(
            salutation="东坪乡委员联络组：",
            opening="您们提出的《关于改善村道照明条件的提案》收悉，现答复如下：",
        ),
        "addressees",
        [("东坪乡委员联络组", None)],
    ),
    case(
        "liaison-group-on-the-title-line-of-a-flattened-copy",
        flat(
            letter(
                title="某县交通运输局关于政协某县十届委员会第四次会议 第41号提案的答复",
                salutation="东坪乡委员联络组：",
                opening="您们提出的《关于改善村道照明条件的提案》收悉，现答复如下：",
            )
        ),
        "proposal.number",
        "41",
    ),
    case(
        "deputies-group-addressed",
        letter(
            salutation="城关镇人大代表小组：",
            opening="你们提出的《关于改善村道照明条件的建议》收悉，现答复如下：",
        ),
        "addressees",
        [("城关镇人大代表小组", None)],
    ),
]
NOT_ADDRESSEES = [
    # a second person named after the lead one is no co-signer
    case(
        "second-person-after-the-lead-is-no-cosigner",
        letter(salutation="王可欣代表、李东委员："),
        "addressees",
        [("王可欣", "代表"), ("李东", "委员")],
    ),
    case(
        "second-person-after-he-is-no-cosigner",
        letter(salutation="王可欣代表和李东委员："),
        "addressees",
        [("王可欣", "代表"), ("李东", "委员")],
        gap="addressees: two people joined with 和 in a salutation",
    ),
    # with no role word, one name and no 等 is no proposer: an office or a place proposes
    case(
        "one-unit-proposed-with-no-role",
        letter(
            title="关于县九届人大二次会议建议办理进展情况的报告",
            salutation="",
            opening="经研究，林业局提出的整改方案已报县政府，现将进展报告如下：",
        ),
        "addressees",
        [],
    ),
    case(
        "offices-listed-before-deng-are-no-proposers",
        letter(
            title="关于县九届人大二次会议建议办理进展情况的报告",
            salutation="",
            opening="此前，各乡镇、各部门等提出的意见已汇总，现将进展报告如下：",
        ),
        "addressees",
        [],
    ),
    case(
        "greeting-alone-under-the-salutation-names-nobody-more",
        letter(salutation="林岚代表：\n您好！"),
        "addressees",
        [("林岚", "代表")],
    ),
    case(
        "greeting-in-a-sentence-is-no-salutation",
        letter(salutation="", opening="向林岚代表致以问候，您好！" + OPENING),
        "addressees",
        [],
    ),
    case(
        "two-roles-are-no-role-written-twice",
        letter(salutation="赵某某代表委员："),
        "addressees",
        [("赵某某代表", "委员")],
    ),
    case(
        "own-authority-under-the-title-is-no-addressee",
        letter(
            title=TITLE + "\n某县交通运输局",
            salutation="",
            opening="您提出的《关于改善村道照明条件的建议》收悉，现答复如下：",
        ),
        "addressees",
        [],
    ),
    case(
        "opening-naming-no-proposer-names-nobody",
        letter(
            title="",
            salutation="",
            opening="根据县人大常委会交办意见，现将有关情况答复如下：",
        ),
        "addressees",
        [],
    ),
    case(
        "place-before-the-role-is-no-name",
        letter(
            title="",
            salutation="",
            opening="在县十届人大二次会议上，部分代表提出了改善村道照明的建议，现答复如下：",
        ),
        "addressees",
        [],
    ),
    case(
        "greeting-line-after-the-salutation-is-no-name",
        letter(salutation="钱岚委员：\n您好！"),
        "addressees",
        [("钱岚", "委员")],
    ),
    case(
        "plain-role-keeps-a-name-ending-in-a-level-word",
        letter(salutation="林镇代表："),
        "addressees",
        [("林镇", "代表")],
    ),
    case("collective-only", letter(salutation="各位代表："), "addressees", []),
    case("collective-zunjing", letter(salutation="尊敬的各位委员："), "addressees", []),
    # one person each, not split where jieba sees two names: transliterated names, a
    # compound surname
    case(
        "transliterated-name-stays-whole",
        letter(salutation="努尔艾力代表："),
        "addressees",
        [("努尔艾力", "代表")],
    ),
    case(
        "long-transliterated-name-stays-whole",
        letter(salutation="孟可巴依尔代表："),
        "addressees",
        [("孟可巴依尔", "代表")],
    ),
    case(
        "compound-surname-stays-whole",
        letter(salutation="欧阳明华代表："),
        "addressees",
        [("欧阳明华", "代表")],
    ),
    case(
        "body-stays-whole",
        letter(salutation="某县人大常委会农业农村工作委员会："),
        "addressees",
        [("某县人大常委会农业农村工作委员会", None)],
    ),
    case(
        "label-with-empty-value",
        letter(head="协办单位：\n办理情况："),
        "addressees",
        [("林岚", "代表")],
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), ADDRESSEES + NOT_ADDRESSEES)
def test_addressees(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 7. The proposal: kind, number, session, title -----------------------------------------------


def _opening(text: str, title: str = TITLE) -> str:
    return letter(title=title, opening=text)


PROPOSALS = [
    # a 第…号 right after the quoted title whose kind word was mistyped or lost: the item's
    # number (the kind from the title's ending)
    *(
        case(
            f"number-after-the-quoted-title-{name}-{field}",
            _opening(text, title="关于某村道照明的答复"),
            field,
            want,
        )
        for name, text in [
            (
                "mistyped-kind",
                "你们提出的《关于加装村道路灯的建议》的第105号建设已转交我局办理，现答复如下：",
            ),
            ("kind-lost", "您提出的《关于加装村道路灯的建议》第105号已收悉，现答复如下："),
            ("curly-quotes", "您提出的“关于加装村道路灯的建议”的第105号，已交我局办理。"),
        ]
        for field, want in [("proposal.number", "105"), ("proposal.kind", "建议")]
    ),
    # an unquoted 关于… title with commas, before a comma and the handing over or answer
    *(
        case(
            f"unquoted-title-with-commas-then-{name}",
            _opening(
                f"您在镇二届人代会五次会议上提出的关于整修东河渡口，为方便群众出行，请求增设护栏的建议{after}",
                title="关于镇二届人代会五次会议第4号建议的答复",
            ),
            "proposal.title",
            _norm("关于整修东河渡口，为方便群众出行，请求增设护栏的建议"),
        )
        for name, after in [
            ("yijiao", "，已交镇人民政府办理，现回复如下："),
            ("zhuan", "，已转我局办理，现答复如下："),
            ("xian-dafu", "，现答复如下："),
            ("jing-yanjiu", "，经认真研究，现答复如下："),
            ("half-width", ",已交我局办理,现答复如下:"),
            ("wo-ju", "，我局高度重视，现答复如下："),
        ]
    ),
    # the title line names the proposal with commas and no 的 before its kind word
    *(
        case(
            f"title-line-phrase-with-commas-{name}",
            letter(title=title, opening="一是加强巡查，及时劝阻。", body="二是加大宣传力度。"),
            "proposal.title",
            _norm(expected),
        )
        for name, title, expected in [
            (
                "no-de",
                "对区八届人大二次会议关于加强犬只管理,保持道路整洁建议的答复",
                "关于加强犬只管理,保持道路整洁建议",
            ),
            (
                "de-fuhan",
                "某县林业局关于保护古树名木，加快林下经济发展的提案的复函",
                "关于保护古树名木，加快林下经济发展的提案",
            ),
        ]
    ),
    # an unquoted 关于… title whose words hold commas, right before 收悉
    case(
        "unquoted-title-with-commas-before-shouxi",
        _opening(
            "您提出的关于增加公交班次，延长城乡线路的提案已收悉，现答复如下：",
            title="对县政协十届二次会议第31号提案的答复",
        ),
        "proposal.title",
        _norm("关于增加公交班次，延长城乡线路的提案"),
    ),
    # the letter's word after a quoted title wins over the title line's phrase, whose 信号
    # is a word, not a number
    case(
        "kind-after-a-quoted-jianyi-title-with-xinhao-in-the-title-line",
        _opening(
            "你们提出“关于增设路口信号灯的建议”的提案收悉。现答复如下：",
            title="关于增设路口信号灯的建议答复的函（编号：C(2020)17号）",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "phrase-with-haozhao-is-a-title",
        _opening(
            "您提出的建议收悉，现答复如下：", title="关于响应节水号召推广中水回用的建议的答复"
        ),
        "proposal.title",
        "关于响应节水号召推广中水回用的建议",
    ),
    # 建议案: a kind word of its own, as written
    case(
        "kind-jianyian-after-the-number",
        letter(title="某县公安局关于某县九届人大三次会议第41号建议案的答复"),
        "proposal.kind",
        "建议案",
    ),
    case(
        "kind-jianyian-after-a-quoted-title",
        _opening(
            "你们提出的《关于疏通东门老街排水沟》建议案收悉，现答复如下：",
            title="关于疏通排水沟的答复",
        ),
        "proposal.kind",
        "建议案",
    ),
    # 意见: the item's own title ends in it and no other word names the item
    *(
        case(
            f"kind-yijian-title-ending-{name}", _opening(opening, title=""), "proposal.kind", "意见"
        )
        for name, opening in [
            (
                "double-quotes",
                "你们提出的“关于加快修缮北山村道的意见”，已交我们研究办理，现答复如下：",
            ),
            ("book-quotes", "您提出的《关于增设城西公交站点的意见》收悉，现答复如下："),
            ("kind-word-inside", "你们提出的“关于建议尽快补齐校舍维修资金的意见”，已转我局办理。"),
            ("after-its-number", "您在县十届人大三次会议上提出的第7号“关于整治河道的意见”收悉。"),
        ]
    ),
    # unquoted, right after the asking words, before 收悉 or the handing over
    *(
        case(f"unquoted-yijian-title-{name}-{field}", _opening(opening, title=""), field, expected)
        for name, opening in [
            ("shouxi", "您提出的关于增设城西公交站点的意见收悉，现答复如下："),
            ("yijiao", "你们提出的关于增设城西公交站点的意见，已交我局研究办理，现答复如下："),
            ("xian-dafu", "你们提出的关于增设城西公交站点的意见，现答复如下："),
        ]
        for field, expected in [
            ("proposal.title", "关于增设城西公交站点的意见"),
            ("proposal.kind", "意见"),
        ]
    ),
    case(
        "kind-piping-yijian-title-ending-whole",
        _opening("您提出的“关于改进窗口服务的批评意见”收悉，现答复如下：", title=""),
        "proposal.kind",
        "批评意见",
    ),
    case(
        "kind-yijian-title-kept",
        _opening(
            "你们提出的“关于加快修缮北山村道的意见”，已交我们研究办理，现答复如下：", title=""
        ),
        "proposal.title",
        "关于加快修缮北山村道的意见",
    ),
    # 建议 in the body is also the common noun (a quoted point of the proposal): the quoted
    # title's 提案 ending names the item
    case(
        "kind-quoted-tian-title-over-a-body-point-called-jianyi",
        letter(
            title="",
            salutation="方晓委员：",
            opening="你们提出的《关于统筹治理清溪河的提案》收悉，现答复如下：",
            body="你们提出的“将清溪河划归新区统一管理”的建议，因涉及区划调整，"
            "该建议需要进一步论证。\n感谢你们的关心和支持。",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-jianyi-tian",
        _opening(
            "您提出的关于规范菜市场摊位的建议提案收悉，现答复如下：",
            title="关于规范菜市场摊位的答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "number-with-a-dash",
        letter(title="关于县人大七届一次会议第31-2号人大建议答复的函"),
        "proposal.number",
        "31-2",
    ),
    case(
        "number-after-the-kind-and-a-colon",
        letter(title="区十八届人大二次会议建议：第014号--关于修缮老街排水沟的建议的答复"),
        "proposal.number",
        "014",
    ),
    case(
        "number-after-the-kind-without-di",
        letter(title="关于政协某县第十届委员会第五次会议提案167号答复"),
        "proposal.number",
        "167",
    ),
    case(
        "number-with-a-delegation-prefix",
        letter(title="关于省十四届人大二次会议丽18号建议的答复"),
        "proposal.number",
        "丽18",
    ),
    case(
        "number-with-dots-and-no-hao",
        letter(title="关于县政协次会议7.14提案的复函"),
        "proposal.number",
        "7.14",
    ),
    case(
        "number-labelled-in-the-brackets",
        _opening(
            "收到《关于在各小区增设快递柜的建议》（自编号031号）后，现答复如下：",
            title="关于增设快递柜的答复",
        ),
        "proposal.number",
        "031",
    ),
    case(
        "number-labelled-without-hao",
        _opening(
            "您提出的《关于在各小区增设快递柜的建议》（提案号：20230015）收悉，现答复如下：",
            title="关于增设快递柜的答复",
        ),
        "proposal.number",
        "20230015",
    ),
    case(
        "session-body-whose-numerals-were-lost",
        letter(title="关于县政协次会议7.14提案的复函"),
        "proposal.session",
        "县政协次会议",
    ),
    # 会议 whose 议 was lost right before the number or the kind word: kept as written
    *(
        case(f"session-meeting-word-damaged-{name}", letter(title=title), "proposal.session", want)
        for name, title, want in [
            ("di-hao", "关于答复十八届人大二次会第12号建议的函", "十八届人大二次会"),
            ("no-di", "关于县十八届人大二次会12号建议的答复", "县十八届人大二次会"),
            ("zhengxie", "对市政协九届三次会第7号提案的答复", "市政协九届三次会"),
            ("whose", "关于区十届人大一次会第3号代表建议的答复", "区十届人大一次会"),
            ("kind-at-once", "关于县政协十届二次会提案的答复", "县政协十届二次会"),
        ]
    ),
    # 会议 lost whole: …N届…N次 right before the number or the kind word, kept as written
    *(
        case(f"session-meeting-word-lost-{name}", letter(title=title), "proposal.session", want)
        for name, title, want in [
            ("whose", "关于对县政协九届二次委员第071号提案的答复", "县政协九届二次"),
            (
                "opens-the-title",
                "十二届三次第220415号：关于“修缮古桥的建议”提案的答复",
                "十二届三次",
            ),
            ("renda", "关于县人大十八届三次第5号建议的答复", "县人大十八届三次"),
            ("di-jie", "对政协某县第十届二次提案第12号的答复", "政协某县第十届二次"),
            ("body-between", "关于市十五届人大四次8号建议的答复", "市十五届人大四次"),
            ("arabic", "关于县政协10届2次第15号提案的答复", "县政协10届2次"),
            ("kind-at-once", "关于区九届一次代表建议的答复", "区九届一次"),
        ]
    ),
    # a year a title or opening puts before the session is the year's date, no part of the
    # session's name (in figures or in words, 年度 too); a year inside the name stays
    *(
        case(f"session-after-a-year-{name}-{field}", text, field, want)
        for name, text, session, dates in [
            (
                "title-opens",
                letter(title="2021年某县九届人大二次会议《关于修缮村道的建议》(15号)的答复"),
                "某县九届人大二次会议",
                [("2021", None)],
            ),
            (
                "after-guanyu",
                letter(title="关于2022年度县政协十届三次会议第8号提案的答复"),
                "县政协十届三次会议",
                [("2022", None)],
            ),
            (
                "in-words",
                letter(title="二〇二三年某区十七届人大一次会议第6号建议的答复"),
                "某区十七届人大一次会议",
                [("2023", None)],
            ),
            (
                "in-the-opening",
                letter(title="", opening="您在2020年县十八届人大五次会议上提出的建议收悉。"),
                "县十八届人大五次会议",
                [("2020", None)],
            ),
            (
                "inside-the-name-stays",
                letter(title="关于某镇第十届人民代表大会2024年第一次会议第3号建议的答复"),
                "某镇第十届人民代表大会2024年第一次会议",
                [],
            ),
        ]
        for field, want in [
            ("proposal.session", session),
            ("dates", [*dates, ("2021-09-03", None)]),
        ]
    ),
    # …次会 followed by another word is no damaged session: 会商, 会上, 会员
    *(
        case(f"session-meeting-word-not-damaged-{name}", text, "proposal.session", None)
        for name, text in [
            (
                "huishang",
                letter(title="关于区八届政协组织三次会商的答复", opening="您提出的建议收悉。"),
            ),
            (
                "huishang-number",
                letter(title="关于十届三次会商第5号纪要的函", opening="您提出的建议收悉。"),
            ),
            (
                "huiyuan",
                letter(title="关于某协会二届三次会员大会的答复", opening="您提出的建议收悉。"),
            ),
        ]
    ),
    case(
        "session-zhengxie-weiyuanhui-numerals-lost",
        _opening(
            "您在县政协十届五次会议上提出的《关于修缮古桥的提案》收悉，现答复如下：",
            title="对政协某县届委员会\n次会议第25号提案的答复",
        ),
        "proposal.session",
        "政协某县届委员会次会议",
    ),
    case(
        "session-counted-without-jie",
        _opening(
            "你们在镇第十五次党代表大会二次会议上提出的《关于整治河道的提案》已收悉，现答复如下：",
            title="提案答复",
        ),
        "proposal.session",
        "镇第十五次党代表大会二次会议",
    ),
    case(
        "session-jie-without-ci",
        letter(title="某市水利局关于市政协八届会议第20210031号提案会办意见的函"),
        "proposal.session",
        "市政协八届会议",
    ),
    case(
        "session-named-by-its-body-before-the-number",
        letter(title="关于西区十二届人民代表大会第9号建议办理情况的答复"),
        "proposal.session",
        "西区十二届人民代表大会",
    ),
    case(
        "title-line-quote-over-the-opening-quote",
        _opening(
            "您提出的《关于开通镇区公交线路的建议》已收悉，现答复如下：",
            title="对某区第五届人民代表大会第四次会议16号议案《关于镇区公交线路的建设》\n答 复",
        ),
        "proposal.title",
        "关于镇区公交线路的建设",
    ),
    case(
        "opening-quote-of-the-same-proposal-is-no-reference",
        _opening(
            "您提出的《关于开通镇区公交线路的建议》已收悉，现答复如下：",
            title="对某区第五届人民代表大会第四次会议16号议案《关于镇区公交线路的建设》\n答 复",
        ),
        "references",
        [],
    ),
    case(
        "number-note-inside-the-book-marks-dropped",
        _opening("您提出的《关于建设高标准农田，确保粮食安全(第25号提案》收悉，现答复如下："),
        "proposal.title",
        _norm("关于建设高标准农田，确保粮食安全"),
    ),
    case(
        "unquoted-title-after-xianjiang",
        _opening(
            "现将您提出的关于加快修缮乡村道路的提案办理情况答复如下：",
            title="关于对政协某县第十届委员会第二次会议第14号提案的复函",
        ),
        "proposal.title",
        "关于加快修缮乡村道路的提案",
    ),
    case(
        "unquoted-title-after-a-numbered-phrase",
        _opening(
            "现将省十四届人大二次会议第512号建议提出的关于支持某镇特色产业发展的建议办理情况函告如下，请一并答复代表。",
            title="关于对省十四届人大二次会议第512号建议会办工作的意见",
        ),
        "proposal.title",
        "关于支持某镇特色产业发展的建议",
    ),
    # a title with neither quotes nor 关于, after the asking words
    case(
        "unquoted-title-without-guanyu",
        _opening("您提出的在各村道路沿线加装路灯的建议收悉，现答复如下："),
        "proposal.title",
        "在各村道路沿线加装路灯的建议",
    ),
    case(
        "unquoted-title-after-guanyu-nin",
        _opening("关于您提出的改善村道照明条件的建议，现答复如下："),
        "proposal.title",
        "改善村道照明条件的建议",
    ),
    case(
        "unquoted-title-without-guanyu-before-its-number",
        _opening("你们所提的加快修缮乡村道路的提案（第14号）已收悉，现答复如下："),
        "proposal.title",
        "加快修缮乡村道路的提案",
    ),
    # the number before an unquoted title in the letter's title; else a form's label gives it
    case(
        "number-before-an-unquoted-title-in-the-title",
        _opening(
            "您提出的《关于整治校门口交通秩序的建议》收悉，现答复如下：",
            title="某县公安局对县十九届人大二次会议第2021012号代表关于整治校门口交通秩序建议的答复",
        ),
        "proposal.number",
        "2021012",
    ),
    case(
        "number-under-its-label-in-a-form",
        letter(
            title="关于整治校门口交通秩序建议的答复\n建议编号\n2021012\n办理类型\nB",
            opening="您提出的《关于整治校门口交通秩序的建议》收悉，现答复如下：",
        ),
        "proposal.number",
        "2021012",
    ),
    case(
        "number-after-its-label-in-a-form",
        letter(
            head="建议编号：第15号\n领衔代表：林岚",
            title="关于整治校门口交通秩序建议的答复",
            opening="您提出的《关于整治校门口交通秩序的建议》收悉，现答复如下：",
        ),
        "proposal.number",
        "15",
    ),
    # an unquoted title runs to its last kind word of its own: a kind word inside it ends
    # nothing, the one after it (…的建议的提案收悉) is the letter's word for the item
    case(
        "unquoted-title-runs-to-its-last-kind-word",
        _opening(
            "您提出的关于整治河道和建议设立护栏的建议的提案收悉，现答复如下：",
            title="关于对某县政协十届二次会议第8号提案的答复",
        ),
        "proposal.title",
        "关于整治河道和建议设立护栏的建议",
    ),
    case(
        "unquoted-title-line-runs-to-its-last-kind-word",
        _opening("您的来信收悉，现答复如下：", title="关于整治河道和建议设立护栏的建议的答复"),
        "proposal.title",
        "关于整治河道和建议设立护栏的建议",
    ),
    case(
        "unquoted-title-before-its-handling-runs-to-its-last-kind-word",
        _opening("现将您提出的关于整治河道和建议设立护栏的建议办理情况答复如下："),
        "proposal.title",
        "关于整治河道和建议设立护栏的建议",
    ),
    case(
        "unquoted-title-of-a-motion-answered-as-a-suggestion",
        _opening("你们提出的关于修缮老街的议案的建议已收悉，现答复如下："),
        "proposal.title",
        "关于修缮老街的议案",
    ),
    case(
        "unquoted-title-with-its-kind-word-glued-after",
        _opening("您提出的关于规范菜市场摊位的建议提案收悉，现答复如下："),
        "proposal.title",
        "关于规范菜市场摊位的建议",
    ),
    # the word the letter's own title attaches to the item wins over the opening's
    case(
        "kind-title-word-over-the-opening",
        _opening(
            "您提出的《关于加快校舍改造》的议案收悉，现答复如下：",
            title="关于对某县政协十届五次会议第57号提案的答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-title-word-with-whose-between",
        _opening(
            "你们提出的“关于保护水源地的议案”已收悉，现答复如下：",
            title="关于县人大七届一次会议第31-2号人大建议答复的函",
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "kind-title-word-before-the-number",
        _opening(
            "政协某县第十届委员会第五次会议提案《关于扶持残疾人创业的建议》（第167号）已收悉，现回复如下：",
            title="关于政协某县第十届委员会第五次会议提案167号答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-title-word-after-a-dotted-number",
        _opening(
            "您提出关于修缮古桥的建议》收悉，现答复如下：", title="关于县政协次会议7.14提案的复函"
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-word-of-its-own-kept",
        _opening(
            "你们提出的“关于治理镇区内涝问题”的议事原案收悉，现答复如下：",
            title="对县十六届人大一次会议第4号议事原案的答复",
        ),
        "proposal.kind",
        "议事原案",
    ),
    # a body word naming the item wins over the ending of the proposal's own title (in a
    # letter to a member: a deputy makes no 提案, test_proposal_kind_deputies_loose_word.py)
    case(
        "kind-body-word-over-the-title-ending",
        letter(
            title="某县商务局 关于在各小区增设快递柜的建议 办理情况的答复",
            salutation="林岚委员：",
            opening="收到《关于在各小区增设快递柜的建议》后，我局高度重视，现将提案办理情况答复如下：",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-body-word-in-a-later-paragraph",
        letter(
            title="",
            salutation="林岚委员：",
            opening="您提出的《关于修复某乡道路的建议》收悉，现答复如下：\n交通运输局接到提案后，立即派员查看。",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-yian-answered-as-jianyi",
        _opening(
            "你(们)提出的《关于新建幼儿园的议案》的建议（第064号）收悉。现答复如下：", title=""
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "number-in-parens-after-answered-kind",
        _opening(
            "你(们)提出的《关于新建幼儿园的议案》的建议（第064号）收悉。现答复如下：", title=""
        ),
        "proposal.number",
        "064",
    ),
    case(
        "kind-yian",
        _opening("你们提出的关于修复某桥的议案收悉，现答复如下：", title="关于某桥修复问题的答复"),
        "proposal.kind",
        "议案",
    ),
    case("kind-numbered-tian", letter(title="关于第196号提案的答复"), "proposal.kind", "提案"),
    case(
        "kind-from-body-word-not-quoted-title",
        letter(
            title="关于市政协六届三次会议第18号《关于增设夜间公交线路的建议》办理情况的答复",
            opening="您提出的《关于增设夜间公交线路的建议》收悉，我委认真研究了你的提案，现答复如下：",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-jianyian",
        _opening(
            "主席团已将你们的议案列为建议案，交我局办理，现答复如下：",
            title="关于某桥修复问题的答复",
        ),
        "proposal.kind",
        "议案",
    ),
    case(
        "committee-member-sends-a-jianyi",
        letter(
            salutation="王某委员：",
            opening="您提出的《关于改善村道照明条件的建议》收悉，现答复如下：",
            title="关于改善村道照明条件的答复",
        ),
        "proposal.kind",
        "建议",
    ),
    # one 第…号 over several proposals answered together: the list as written
    *(
        case(f"number-list-{name}", letter(title=title), "proposal.number", want)
        for name, title, want in [
            ("two", "关于县八届人大二次会议第17、42号建议的复函", "17、42"),
            ("three", "关于县八届人大二次会议第5、18、33号建议的答复", "5、18、33"),
            ("after-the-kind", "关于代表建议第21、26号的答复", "21、26"),
        ]
    ),
    # a long serial before a colon and the proposal's title, quoted or not
    *(
        case(f"number-before-a-colon-{name}", letter(title=title), "proposal.number", want)
        for name, title, want in [
            ("quoted", "十二届三次第220415号：关于“修缮古桥的建议”提案的答复", "220415"),
            ("book-marks", "第2023087号：《关于修缮古桥的建议》的答复", "2023087"),
            ("unquoted", "第2023087号：关于修缮古桥的建议的答复", "2023087"),
        ]
    ),
    case("number-di-hao", letter(), "proposal.number", "12"),
    case("number-letter-prefix", letter(title="关于第B23号建议的答复"), "proposal.number", "B23"),
    case(
        "number-in-parens-after-kind",
        letter(title="区人大六届二次会议代表建议(第31号)答复意见"),
        "proposal.number",
        "31",
    ),
    case(
        "number-in-parens-after-quoted-title",
        letter(title="县十五届人大二次会议《关于整治河道的建议》(第47号)的答复函"),
        "proposal.number",
        "47",
    ),
    case(
        "number-in-parens-in-opening",
        _opening(
            "某代表提出的《关于整治河道的建议》（第2046号）已收悉，现答复如下：",
            title="关于整治河道建议的答复",
        ),
        "proposal.number",
        "2046",
    ),
    case(
        "number-without-di",
        letter(title="关于某区人大四届三次会议5号建议的回复"),
        "proposal.number",
        "5",
    ),
    case(
        "number-without-di-at-line-start",
        letter(title="对政协某县第九届委员会第二次会议\n33号提案的答复"),
        "proposal.number",
        "33",
    ),
    case(
        "number-leading-zeros",
        letter(title="关于市六届人大三次会议第073号建议的答复"),
        "proposal.number",
        "073",
    ),
    case(
        "number-year-bracket",
        letter(title="关于〔2021〕第12号提案的答复"),
        "proposal.number",
        "12",
    ),
    case(
        "session-after-dafu-verb",
        letter(title="某县林业局关于答复县九届人大四次会议第57号代表建议的函"),
        "proposal.session",
        "县九届人大四次会议",
    ),
    case(
        "session-zhengxie-weiyuanhui",
        letter(title="关于对政协某县第八届委员会第二次会议第031号提案的答复函"),
        "proposal.session",
        "政协某县第八届委员会第二次会议",
    ),
    case("session-plain", letter(), "proposal.session", "县十九届人大二次会议"),
    case(
        "title-ni-ti-de",
        _opening("您提的《关于优化公交线路，方便学生出行的建议》收悉，现答复如下："),
        "proposal.title",
        _norm("关于优化公交线路，方便学生出行的建议"),
    ),
    case(
        "title-opening-quote-lost",
        _opening("们提出的关于加快乡村卫生室建设”的提案收悉，现答复如下："),
        "proposal.title",
        "关于加快乡村卫生室建设",
    ),
    case(
        "title-opening-straight-quote-lost",
        _opening('们提出的关于加快乡村卫生室建设"的提案收悉，现答复如下：'),
        "proposal.title",
        "关于加快乡村卫生室建设",
    ),
    case(
        "title-opening-corner-quote-lost",
        _opening("们提出的关于加快乡村卫生室建设」的提案收悉，现答复如下："),
        "proposal.title",
        "关于加快乡村卫生室建设",
    ),
    case(
        "title-opening-straight-quote-lost-before-received",
        _opening('您提出的关于加快乡村卫生室建设"收悉，现答复如下：'),
        "proposal.title",
        "关于加快乡村卫生室建设",
    ),
    case(
        "title-straight-quotes-round-a-term",
        _opening('您提出的关于加强"三保"支出的建议收悉，现答复如下：'),
        "proposal.title",
        '关于加强"三保"支出的建议',
    ),
    case(
        "kind-of-the-quoted-title-over-the-bracketed-note",
        _opening(
            "您在市政协五届二次会议上提出的“关于增设社区食堂的提案”（第15号建议）收悉，现答复如下：",
            title="关于增设社区食堂的答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "number-in-the-bracketed-note",
        _opening(
            "您在市政协五届二次会议上提出的“关于增设社区食堂的提案”（第15号建议）收悉，现答复如下：",
            title="关于增设社区食堂的答复",
        ),
        "proposal.number",
        "15",
    ),
    case(
        "kind-from-the-note-when-nothing-else-names-it",
        _opening(
            "您提出的“关于增设社区食堂”（第15号提案）收悉，现答复如下：",
            title="关于增设社区食堂的答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "kind-right-after-the-book-title",
        _opening(
            "您领衔提出的《关于增设社区食堂的建议》提案收悉，现答复如下：",
            title="关于增设社区食堂的答复",
        ),
        "proposal.kind",
        "提案",
    ),
    case(
        "number-after-the-kind-word",
        letter(title="关于县人大二次会议代表建议第12号的答复"),
        "proposal.number",
        "12",
    ),
    case(
        "number-in-brackets-without-di",
        letter(title="县十五届人大二次会议代表建议（24号）答复"),
        "proposal.number",
        "24",
    ),
    case(
        "number-without-di-in-opening",
        _opening("您提出的5号建议收悉，现答复如下：", title="关于增设社区食堂的答复"),
        "proposal.number",
        "5",
    ),
    case(
        "number-in-chinese-numerals",
        letter(title="关于县十九届人大二次会议第十二号建议的答复"),
        "proposal.number",
        "十二",
    ),
    case(
        "number-whose-hao-was-lost",
        letter(title="关于县十九届人大二次会议第30\n代表建议的答复"),
        "proposal.number",
        "30",
    ),
    case(
        "session-whose-numeral-was-lost",
        letter(title="关于区十九届人大第次会议第30号建议的答复"),
        "proposal.session",
        "区十九届人大第次会议",
    ),
    case(
        "session-after-banli-verb",
        letter(title="关于办理县九届人大四次会议第57号建议的答复"),
        "proposal.session",
        "县九届人大四次会议",
    ),
    case(
        "title-after-tijiao",
        _opening(
            "您提交的《关于增设社区食堂的提案》收悉，现答复如下：", title="关于增设社区食堂的答复"
        ),
        "proposal.title",
        "关于增设社区食堂的提案",
    ),
    case(
        "title-after-tiwei",
        _opening(
            "您提出的题为《关于增设社区食堂》的提案收悉，现答复如下：",
            title="关于增设社区食堂的答复",
        ),
        "proposal.title",
        "关于增设社区食堂",
    ),
    case(
        "title-right-before-shouxi",
        _opening("您《关于增设社区食堂的建议》收悉，现答复如下：", title="关于增设社区食堂的答复"),
        "proposal.title",
        "关于增设社区食堂的建议",
    ),
    case(
        "title-after-a-greeting-line-wrapped",
        _opening(
            "您好！\n您提出的“关于将某某渡口改建为便民\n桥的建议”收悉，现答复如下：",
            title="关于渡口改建的答复",
        ),
        "proposal.title",
        "关于将某某渡口改建为便民桥的建议",
    ),
    case(
        "title-quoted-part",
        _opening("您提出的关于“某路口增设信号灯”的建议已收悉，现答复如下："),
        "proposal.title",
        "某路口增设信号灯",
    ),
    # a title that quotes a word with the same quotes keeps the inner quotes
    case(
        "inner-quotes-of-the-same-kind",
        letter(opening="您提出的“关于治理城区“开墙打洞”现象的建议”收悉，现答复如下："),
        "proposal.title",
        "关于治理城区“开墙打洞”现象的建议",
    ),
    case(
        "inner-corner-quotes-of-the-same-kind",
        letter(opening="您提出的「关于推广「一网通办」的提案」收悉，现答复如下："),
        "proposal.title",
        "关于推广「一网通办」的提案",
    ),
    case(
        "inner-quotes-in-book-title-marks",
        letter(opening="您提出的《关于治理城区“开墙打洞”现象的建议》收悉，现答复如下："),
        "proposal.title",
        "关于治理城区“开墙打洞”现象的建议",
    ),
    # the proposal's own words hold 交由 or 交我 (what it asks to hand over, and to whom):
    # the handing over of the item follows its kind word, so the title runs on past them
    *(
        case(
            f"handing-over-words-inside-an-unquoted-title-{name}",
            letter(title="关于第12号代表建议答复的函", opening=opening),
            "proposal.title",
            want,
        )
        for name, opening, want in [
            (
                "jiaoyou-received",
                "您提出的关于将河滨公园交由街道管护的建议收悉，现答复如下：",
                "关于将河滨公园交由街道管护的建议",
            ),
            (
                "jiaowo-handed",
                "您提出的关于将老旧仓库交我县统一改造的建议已交由我局办理，现答复如下：",
                "关于将老旧仓库交我县统一改造的建议",
            ),
            (
                "jiaoyou-comma-handed",
                "您提出的关于把乡村客运交由公司经营的建议，已交我局办理，现答复如下：",
                "关于把乡村客运交由公司经营的建议",
            ),
            (
                "yijiao-before-received",
                "你们提出的关于将已交付小区移交物业管理的提案收悉，现答复如下：",
                "关于将已交付小区移交物业管理的提案",
            ),
        ]
    ),
    # a reviewer's comment anchor a word processor left inside the quoted title
    case(
        "comment-anchor-in-the-title",
        letter(opening="您提出的“关于增设社区食堂的建议[王科长2] ”收悉，现答复如下："),
        "proposal.title",
        "关于增设社区食堂的建议",
    ),
    case(
        "comment-anchor-in-full-width-brackets",
        letter(opening="您提出的《关于增设社区［A1］食堂的建议》收悉，现答复如下："),
        "proposal.title",
        "关于增设社区食堂的建议",
    ),
]
NOT_PROPOSALS = [
    # the handing over after the kind word still ends the title's reach: a cited 关于…
    # phrase after it is no proposal's title
    case(
        "handing-over-after-the-item-ends-the-title",
        letter(
            title="关于第12号代表建议答复的函",
            opening="您的建议已交由我局办理，按照关于某某工作的意见，现答复如下：",
        ),
        "proposal.title",
        None,
    ),
    # a decree's or a file's number after a cited title is no proposal number
    *(
        case(
            f"number-after-a-cited-title-{name}",
            _opening(text, title="关于某村道照明的答复"),
            "proposal.number",
            None,
        )
        for name, text in [
            ("decree", "根据《某某管理条例》第588号令，您提出的《关于加装村道路灯的建议》收悉。"),
            (
                "file",
                "按照《关于加强照明管理的通知》第5号文，您提出的《关于加装村道路灯的建议》收悉。",
            ),
        ]
    ),
    # 关于…的意见 unquoted is the item's title only after the asking words and before what is
    # done with it: not a remark, not a cited policy, not praise
    *(
        case(f"no-yijian-title-{name}", _opening(opening, title=""), "proposal", None)
        for name, opening in [
            ("precious-remarks", "您提出的宝贵意见收悉，现答复如下："),
            ("bare-remarks", "您提出的意见收悉，现答复如下："),
            ("cited-policy", "根据某省关于乡村振兴的意见，我局对您反映的问题进行了研究。"),
            ("praised-in-a-sentence", "您提出的关于增设城西公交站点的意见很好，我们将采纳。"),
        ]
    ),
    # 意见 names the item last: any other word for it wins, and a cited 《…意见》 is none
    *(
        case(f"kind-yijian-not-{name}", _opening(opening, title=title), "proposal.kind", kind)
        for name, opening, title, kind in [
            (
                "when-the-title-line-says-tian",
                "您提出的“关于整治河道的意见”收悉。",
                "关于第9号提案的答复",
                "提案",
            ),
            (
                "when-the-body-says-gai-jianyi",
                "您提出的“关于整治河道的意见”收悉，该建议很有价值。",
                "",
                "建议",
            ),
            (
                "after-its-quotes-says-jianyi",
                "您提出的“关于整治河道的意见”的建议收悉。",
                "",
                "建议",
            ),
            (
                "cited-policy-before",
                "根据《某省关于河道整治的意见》，您提出的“关于整治河道的提案”收悉。",
                "",
                "提案",
            ),
            (
                "unquoted-kind-word-title-then-a-cited-policy",
                "您提出的关于整治河道的建议收悉，按照某省关于河道整治的意见办理。",
                "",
                "建议",
            ),
            (
                "cited-policy-after",
                "您提出的“关于整治河道的建议”收悉，按照《某省关于河道整治的意见》办理。",
                "",
                "建议",
            ),
        ]
    ),
    # a comma phrase that never reaches a kind word before the handing over is no title;
    # nor is one that names the session or the number
    *(
        case(f"comma-phrase-no-title-{name}", text, "proposal.title", None)
        for name, text in [
            (
                "no-kind-before-yijiao",
                _opening("您提出的关于整修东河渡口，方便出行的问题，已交我局办理，现答复如下："),
            ),
            (
                "kind-word-mid-clause",
                _opening("您提出的关于整修东河渡口，我们采纳建议并加快推进，现答复如下："),
            ),
            (
                "title-line-names-number",
                letter(
                    title="关于区八届人大二次会议第5号，第6号建议的答复",
                    opening="一是加强巡查，及时劝阻。",
                    body="二是加大宣传力度。",
                ),
            ),
            (
                "title-line-no-comma-no-kind",
                letter(
                    title="关于加强犬只管理，保持道路整洁工作的函",
                    opening="一是加强巡查，及时劝阻。",
                    body="二是加大宣传力度。",
                ),
            ),
        ]
    ),
    # commas only belong to a title that runs to the kind word right before 收悉
    case(
        "comma-phrase-not-before-shouxi-is-no-title",
        _opening(
            "您提出的关于增加公交班次，我局高度重视，现将提案答复如下：",
            title="对县政协十届二次会议第31号提案的答复",
        ),
        "proposal.title",
        None,
    ),
    # the body's 该提案 still names a 提案 whose quoted title ends in 建议
    case(
        "body-tian-over-a-quoted-jianyi-title",
        letter(
            title="",
            salutation="方晓委员：",
            body="我局对该提案高度重视，组织专人调研。\n感谢您的关心和支持。",
        ),
        "proposal.kind",
        "提案",
    ),
    # a body's 该建议 with a quoted 建议 title stays 建议
    case(
        "body-jianyi-with-a-quoted-jianyi-title",
        letter(title="", body="我局对该建议高度重视，组织专人调研。\n感谢您的关心和支持。"),
        "proposal.kind",
        "建议",
    ),
    # 信号, 号召 hold a 号 but no number: 第5号 does
    case(
        "numbered-phrase-in-the-title-is-no-proposal-title",
        _opening("您提出的建议收悉，现答复如下：", title="关于第5号建议的答复"),
        "proposal.title",
        None,
    ),
    case(
        "two-quoted-words-are-not-nested",
        letter(opening="您提出的关于加强“河长制”和“林长制”的建议收悉，现答复如下："),
        "proposal.title",
        "关于加强“河长制”和“林长制”的建议",
    ),
    # a word quoted inside an unquoted 关于… phrase marks a term: the phrase whole is the title
    *(
        case(f"term-quoted-inside-the-phrase-{name}", text, "proposal.title", want)
        for name, text, want in [
            (
                "middle",
                letter(opening="您提出的关于扩建西山古镇打造“4A”级景区的建议收悉，现答复如下："),
                "关于扩建西山古镇打造“4A”级景区的建议",
            ),
            (
                "at-the-start",
                letter(opening="您提出的关于“双减”后课后托管服务的建议收悉，现答复如下："),
                "关于“双减”后课后托管服务的建议",
            ),
            (
                "at-the-end",
                letter(opening="你提出的关于推广“一窗受理”的提案已收悉，现答复如下："),
                "关于推广“一窗受理”的提案",
            ),
            (
                "straight-quotes",
                letter(opening='您提出的关于规范"共享单车"停放的建议收悉，现答复如下：'),
                '关于规范"共享单车"停放的建议',
            ),
            (
                "in-the-title-line",
                _opening(
                    "您提出的建议收悉，现答复如下：",
                    title="关于整治“僵尸车”占道问题的建议的答复",
                ),
                "关于整治“僵尸车”占道问题的建议",
            ),
        ]
    ),
    case(
        "a-bracketed-year-is-no-comment-anchor",
        letter(opening="您提出的《关于落实某发[2019]3号文件的建议》收悉，现答复如下："),
        "proposal.title",
        "关于落实某发[2019]3号文件的建议",
    ),
    case(
        "praise-before-the-kind-word-is-no-title",
        _opening("您提出的宝贵意见和建议收悉，现答复如下："),
        "proposal.title",
        None,
    ),
    case(
        "pointing-word-before-the-kind-word-is-no-title",
        _opening("您提出的上述建议，我局已转交相关部门，现答复如下："),
        "proposal.title",
        None,
    ),
    case(
        "number-before-the-kind-word-is-no-title",
        _opening("您在县十九届人大二次会议上提出的第12号建议收悉，现答复如下："),
        "proposal.title",
        None,
    ),
    case(
        "label-over-no-number-gives-none",
        letter(
            head="建议编号：见交办单\n领衔代表：林岚",
            title="关于整治校门口交通秩序建议的答复",
            opening="您提出的《关于整治校门口交通秩序的建议》收悉，现答复如下：",
        ),
        "proposal.number",
        None,
    ),
    case(
        "title-number-wins-over-the-form-label",
        letter(
            head="案号：第88号",
            opening="您提出的《关于改善村道照明条件的建议》收悉，现答复如下：",
        ),
        "proposal.number",
        "12",
    ),
    case(
        "cited-law-in-the-title-is-no-proposal-title",
        _opening(
            "您提出的《关于修订管理办法的建议》收悉，现答复如下：",
            title="关于落实《某市停车场管理办法》的建议的答复",
        ),
        "proposal.title",
        "关于修订管理办法的建议",
    ),
    case(
        "cited-law-in-the-title-stays-a-reference",
        _opening(
            "您提出的《关于修订管理办法的建议》收悉，现答复如下：",
            title="关于落实《某市停车场管理办法》的建议的答复",
        ),
        "references",
        [("title", "某市停车场管理办法")],
    ),
    # …N届…N次 with no 会议 is a session only right before the number or the kind word
    *(
        case(f"session-without-meeting-word-{name}", text, "proposal.session", None)
        for name, text in [
            (
                "meeting-place",
                letter(
                    title="关于改善村道照明条件的答复",
                    opening="您在八届一次会上提出的第5号建议收悉。",
                ),
            ),
            (
                "other-word",
                letter(title="关于某协会三届二次理事大会的答复", opening="您提出的建议收悉。"),
            ),
            (
                "counted-times",
                letter(
                    title="关于村道照明的答复", opening="您连任三届一次未缺席，提出的建议收悉。"
                ),
            ),
        ]
    ),
    # a list of numbers only before 号 and the kind word: 3、5号楼, 第3、4项 are none
    *(
        case(f"number-list-not-{name}", text, "proposal.number", None)
        for name, text in [
            (
                "building",
                _opening("您提出的关于3、5号楼加装电梯的建议收悉。", title="关于加装电梯的答复"),
            ),
            ("items", _opening("您提出的建议收悉。", title="关于第3、4项建议的答复")),
            ("batches", _opening("您提出的建议收悉。", title="关于第2、3批代表建议的答复")),
        ]
    ),
    # a quote that is the title itself stays the title: 关于“X”的建议 → X, 关于《X》的建议 → X,
    # “关于…的建议”, and a quote after the asking words inside 关于您提出的…
    *(
        case(f"term-quoted-not-{name}", text, "proposal.title", want)
        for name, text, want in [
            (
                "from-guanyu-to-the-kind",
                letter(opening="您提出的关于“整治西河沿岸”的建议收悉，现答复如下："),
                "整治西河沿岸",
            ),
            (
                "book-marks",
                letter(opening="您提出的关于《修建“四好”乡道》的建议收悉，现答复如下："),
                "修建“四好”乡道",
            ),
            (
                "whole-title-quoted",
                letter(opening="您提出的“关于整治西河沿岸的建议”的提案收悉，现答复如下："),
                "关于整治西河沿岸的建议",
            ),
            (
                "after-the-asking-words",
                letter(opening="关于您提出的“西河整治”的建议，现答复如下："),
                "西河整治",
            ),
            (
                "title-line-from-guanyu-to-the-kind",
                _opening("您提出的建议收悉，现答复如下：", title="关于“整治西河沿岸”建议的答复"),
                "整治西河沿岸",
            ),
        ]
    ),
    case(
        "standing-meeting-is-no-session",
        _opening(
            "您提出的《关于修缮古桥的建议》收悉，经县政府常务会议研究，现答复如下：",
            title="关于修缮古桥的答复",
        ),
        "proposal.session",
        None,
    ),
    case(
        "party-committee-meeting-is-no-session",
        _opening(
            "您提出的《关于修缮古桥的建议》收悉，经镇党委会议研究，现答复如下：",
            title="关于修缮古桥的答复",
        ),
        "proposal.session",
        None,
    ),
    case(
        "building-number-after-the-kind-word-is-none",
        _opening("您提出的建议3号楼加装电梯一事收悉，现答复如下：", title="关于加装电梯的答复"),
        "proposal.number",
        None,
    ),
    case(
        "year-in-brackets-after-a-cited-title-is-no-number",
        _opening(
            "您提出的建议收悉，根据《某某规划》（2021）要求，现答复如下：",
            title="关于加装电梯的答复",
        ),
        "proposal.number",
        None,
    ),
    case(
        "word-after-the-session-is-no-number-prefix",
        _opening(
            "您在县十届人大一次会议上12号建议中提出的问题收悉，现答复如下：",
            title="关于修缮古桥的答复",
        ),
        "proposal.number",
        "12",
    ),
    case(
        "session-di-number-keeps-no-prefix",
        letter(title="关于县十九届人大二次会议第12号建议的答复"),
        "proposal.number",
        "12",
    ),
    case(
        "committee-of-proposals-names-no-kind",
        _opening(
            "您提出的《关于修复某乡道路的建议》收悉，现答复如下：",
            title="关于县政协提案委员会转来意见的答复",
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "pair-of-kinds-in-the-body-names-no-kind",
        _opening(
            "您提出的《关于修复某乡道路的建议》收悉，现答复如下：\n我局高度重视建议和提案办理工作。",
            title="",
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "proposer-label-word-names-no-kind",
        _opening(
            "您提出的《关于修复某乡道路的建议》收悉，现答复如下：",
            title="关于某乡道路修复（提案人：王某）的答复",
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "session-body-no-kind",
        _opening(
            "您在县政协十届二次会议上提出的关于改善村道照明条件的建议收悉，现答复如下：",
            title="关于改善村道照明条件的答复",
        ),
        "proposal.kind",
        "建议",
    ),
    case(
        "year-bracket-proposal-number-is-no-docno",
        letter(title="关于〔2021〕第12号提案的答复"),
        "doc_number",
        None,
    ),
    case(
        "cited-docno-serial-is-no-proposal-number",
        _opening(
            "根据某政办发〔2021〕5号提案办理要求，现将您提出的建议答复如下：",
            title="关于某县人大代表建议的答复",
        ),
        "proposal.number",
        None,
    ),
    case(
        "batch-is-no-proposal-number",
        letter(title="关于县十九届人大二次会议第一批代表建议的答复"),
        "proposal.number",
        None,
    ),
    case(
        "building-number-is-no-proposal-number",
        _opening("您提出的关于3号楼加装电梯的建议收悉，现答复如下：", title="关于加装电梯的答复"),
        "proposal.number",
        None,
    ),
    case(
        "document-quoted-after-shouxi-is-no-proposal-title",
        _opening("您提出的建议收悉，根据《某某办法》规定，现答复如下："),
        "proposal.title",
        None,
    ),
    case(
        "docno-is-no-proposal-number",
        letter(head="某水函〔2021〕12号", title="关于改善村道照明条件建议的答复"),
        "proposal.number",
        None,
    ),
    case(
        "unquoted-title-stops-before-the-handling-words",
        _opening("现将您提出的关于修缮老街的建议的办理情况答复如下："),
        "proposal.title",
        "关于修缮老街的建议",
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), PROPOSALS + NOT_PROPOSALS)
def test_proposal(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 8. References ------------------------------------------------------------------------------


def _cites(sentence: str) -> str:
    return letter(body=sentence + "\n" + BODY)


REFERENCES = [
    case(
        "glued-after-verb-and-date",
        _cites("市政府于2020年3月2日下达了某政复〔2020〕4号批复。"),
        "references",
        [("doc_number", "某政复〔2020〕4号")],
    ),
    case(
        "glued-after-yi",
        _cites("经研究，以某财预〔2021〕3号下达资金。"),
        "references",
        [("doc_number", "某财预〔2021〕3号")],
    ),
    case(
        "lead-word-genju",
        _cites("根据某政办发〔2020〕8号文件要求落实。"),
        "references",
        [("doc_number", "某政办发〔2020〕8号")],
    ),
    case(
        "lead-word-yinfa",
        _cites("县政府印发某政发〔2020〕12号。"),
        "references",
        [("doc_number", "某政发〔2020〕12号")],
    ),
    case(
        "glued-after-yinfa-le",
        _cites("县政府印发了某政发〔2020〕12号。"),
        "references",
        [("doc_number", "某政发〔2020〕12号")],
    ),
    case(
        "small-brackets",
        _cites("按照《某某决定》（某发﹝2016﹞21号）要求执行。"),
        "references",
        [("title", "某某决定"), ("doc_number", _norm("某发﹝2016﹞21号"))],
    ),
    case(
        "title-and-number",
        _cites("依照《某某办法》（某政办发〔2019〕8号）执行。"),
        "references",
        [("title", "某某办法"), ("doc_number", "某政办发〔2019〕8号")],
    ),
    case(
        "glued-after-jiang",
        _cites("我局将某政发〔2020〕5号转发至各乡镇。"),
        "references",
        [("doc_number", "某政发〔2020〕5号")],
    ),
    case(
        "glued-after-you",
        _cites("资金由某财农〔2021〕7号下达。"),
        "references",
        [("doc_number", "某财农〔2021〕7号")],
    ),
    case(
        "glued-after-date-and-yi",
        _cites("已于2021年5月6日以某政函〔2021〕9号批复。"),
        "references",
        [("doc_number", "某政函〔2021〕9号")],
    ),
    case(
        "glued-to-a-verb-cut-at-the-letters-own-code",
        letter(head="某市政复〔2020〕2号", body="市政府下达某市政复〔2020〕1号批复。\n" + BODY),
        "references",
        [("doc_number", "某市政复〔2020〕1号")],
    ),
    case(
        "code-holding-jing",
        _cites("根据某经信发〔2020〕3号要求推进。"),
        "references",
        [("doc_number", "某经信发〔2020〕3号")],
    ),
    case(
        "wrapped-after-the-year",
        _cites("印发了《某某方案》(某扶发〔2018〕\n9号)。"),
        "references",
        [("title", "某某方案"), ("doc_number", "某扶发〔2018〕9号")],
    ),
    # a cited number that lost a bracket of its year, its 号 kept; and the kind word that
    # ends the cited document's name before its code (…的通知某办〔…〕) is no part of it
    *(
        case(f"lost-bracket-{name}", _cites(sentence), "references", [("doc_number", _norm(want))])
        for name, sentence, want in [
            ("close-lost", "根据某办〔2019121号文件要求推进。", "某办〔2019121号"),
            ("open-lost", "按照某政办2020〕45号要求办理。", "某政办2020〕45号"),
            ("square-close-lost", "依据某财农［20217号下达资金。", "某财农［20217号"),
            (
                "after-tongzhi",
                "根据上级关于推进客运工作的通知某运办〔2018105号文件，已全部通车。",
                "某运办〔2018105号",
            ),
        ]
    ),
    case(
        "code-after-a-notice-word",
        _cites("根据省厅关于加快推进工作的通知某交办〔2018〕9号文件执行。"),
        "references",
        [("doc_number", "某交办〔2018〕9号")],
    ),
    case(
        "title-after-one-never-closed",
        _cites(
            "由市住建局起草的《某市停车设施建设实施意见完成修改，并报市政府审议。\n"
            "市住建局正在开展《某市机动车停车管理条例》立法论证工作。"
        ),
        "references",
        [("title", "某市机动车停车管理条例")],
    ),
]
NOT_REFERENCES = [
    case(
        "book-mark-never-closed-is-no-reference",
        _cites("由市住建局起草的《某市停车设施建设实施意见完成修改。并报市政府审议》。"),
        "references",
        [],
    ),
    # a year run into digits with neither bracket, a round bracket (a registry number),
    # no code, or a label or kind word for a code: no 发文字号
    *(
        case(f"lost-bracket-no-reference-{name}", _cites(sentence), "references", [])
        for name, sentence in [
            ("no-bracket", "全县共办理第2018109号业务。"),
            ("round-bracket", "该建议（20240208号）已办结。"),
            ("no-code", "根据〔2018109号文件执行。"),
            ("lead-word-only", "按照〔2018109号要求执行。"),
            ("label-code", "建议编号【20180006号已登记。"),
            ("kind-code", "该提案〔2021012号已办结。"),
            ("proposal-kind-after", "某办〔2021012号提案已办结。"),
        ]
    ),
    case("standard-code", _cites("按GB/T 9704-2012排版。"), "references", []),
    case("proposal-title-is-no-reference", letter(), "references", []),
    case(
        "bracketed-year-wrapped-before-prose",
        _cites("该项目列入（2018）\n年度计划。"),
        "references",
        [],
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), REFERENCES + NOT_REFERENCES)
def test_references(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)


# --- 9. PDF copies: lines wrapped or joined where the page broke them ---------------------------

PDF_WRAPPED = [
    case(
        "printing-line-split-in-two",
        letter(closing=SIGN + "\n抄送：县人大常委会。\n某县交通运输局办公室\n2021年9月5日印发"),
        "signature.date",
        "2021-09-03",
    ),
    case(
        "contact-person-wrapped-label",
        letter(closing=SIGN + "\n（联系单位：某县水利局，联系人：李某，联系电\n话：13900000123"),
        "contacts",
        [("李某", "某县水利局", "13900000123")],
    ),
    case(
        "wrapped-mid-name",
        letter(salutation="尊敬的甲某、乙某某、丙某、丁\n某某、戊某代表："),
        "addressees",
        [
            ("甲某", "代表"),
            ("乙某某", "代表"),
            ("丙某", "代表"),
            ("丁某某", "代表"),
            ("戊某", "代表"),
        ],
    ),
    case(
        "title-opening-wrapped",
        _opening("您好，您提出的“关于将某某渡口改建为便民\n桥的建议”(第29号)收悉，现答复如下："),
        "proposal.title",
        "关于将某某渡口改建为便民桥的建议",
    ),
    case(
        "wrapped-over-a-line",
        _cites("印发了《某某方案》(某扶发〔2018〕9\n号)。"),
        "references",
        [("title", "某某方案"), ("doc_number", "某扶发〔2018〕9号")],
    ),
    case(
        "signature-joined-to-the-last-line",
        letter(closing="", body=BODY + "某县交通运输局\n2021年9月3日"),
        "signature.issuer",
        "某县交通运输局",
    ),
    case(
        "title-wrapped-mid-word",
        letter(title="关于县十九届人大二次会议第12号建\n议的答复"),
        "title",
        _norm(TITLE),
    ),
]
NOT_PDF_WRAPPED = [
    case(
        "short-last-line-is-no-signature",
        letter(closing="", body=BODY + "\n某县交通运输局将继续跟进。"),
        "signature.issuer",
        None,
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), PDF_WRAPPED + NOT_PDF_WRAPPED)
def test_pdf_wrapped(text: str, field: str, expected: Any) -> None:
    _check(text, field, expected)
