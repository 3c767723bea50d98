"""How real letters name the session, the number and the proposal's title: forms read
by the proposal field (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织清理。\n"

# (kind, number, session, title) each letter's careful reader writes
FORMS = {
    # 系 saying which item it is before the session (the session starts after it)
    "xi-after-quoted-title": (
        "郑涛代表：\n您提出的《关于治理河道垃圾的建议》系县十七届人大二次会议第15号建议，"
        "现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    "xi-after-comma": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议，系县十七届人大二次会议第15号建议，"
        "现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    # a labelled number in the brackets after the quoted title: 建议编号, a half-width colon
    "label-jianyi-bianhao": (
        "郑涛代表：\n您提出的《关于治理河道垃圾的建议》（建议编号：15）收悉，现答复如下：\n",
        ("建议", "15", None, "关于治理河道垃圾的建议"),
    ),
    "label-halfwidth-colon": (
        "郑涛委员:\n您提出的《关于规范校外培训的提案》(提案编号:0021)收悉,现答复如下:\n",
        ("提案", "0021", None, "关于规范校外培训的提案"),
    ),
    # a title citing a document in the same book-title marks
    "nested-book-marks": (
        "郑涛代表：\n您在县十七届人大二次会议提出的《关于落实《河道管理条例》治理河道垃圾的建议》"
        "收悉，现答复如下：\n",
        ("建议", None, "县十七届人大二次会议", "关于落实《河道管理条例》治理河道垃圾的建议"),
    ),
    # a place's body and its 会议, neither 届 nor 次 named, where it names the meeting the
    # item was made at (fix66): the session as written
    "place-meeting-before-asking": (
        "郑涛代表：\n关于您在某市丙区人大会议上所提建议《关于拓宽某路的建议》已收悉，现答复如下：\n",
        ("建议", None, "某市丙区人大会议", "关于拓宽某路的建议"),
    ),
    "place-meeting-during": (
        "郑涛委员：\n您在县政协会议期间提出的关于规范校外培训的提案收悉，现答复如下：\n",
        ("提案", None, "县政协会议", "关于规范校外培训的提案"),
    ),
    # a place's body and the year it numbers its items in, right before the number (fix69):
    # the session as written, the year no date
    "place-body-year-before-number": (
        "郑涛委员：\n县政协2019年第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", "县政协2019年", "关于整治河道垃圾的提案"),
    ),
    "place-body-year-before-handled-kind": (
        "郑涛委员：\n县政协2019年第78号重点提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "78", "县政协2019年", "关于整治河道垃圾的提案"),
    ),
    "place-body-numeral-year-before-number": (
        "郑涛代表：\n您提出的丙区人大二〇一九年度第6号建议《关于拓宽某路的建议》收悉，现答复如下：\n",
        ("建议", "6", "丙区人大二〇一九年度", "关于拓宽某路的建议"),
    ),
    # the year its body numbers its items in written first (left56a): the session as
    # written, the year before the body's name and no date, as after it
    "year-first-place-body-before-number": (
        "郑涛委员：\n2019年县政协第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", "2019年县政协", "关于整治河道垃圾的提案"),
    ),
    "year-first-place-body-in-title": (
        "关于2020年度丙区人大第6号建议的答复\n郑涛代表：\n您提出的建议收悉，现答复如下：\n",
        ("建议", "6", "2020年度丙区人大", None),
    ),
    # (a place whose name opens with a lead word keeps it there too, as after the body)
    "year-first-lead-place": (
        "郑涛委员：\n2019年于洪区政协第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", "2019年于洪区政协", "关于整治河道垃圾的提案"),
    ),
    # a verb of receiving or forwarding before the session is no part of it (left56a): the
    # session starts after it, 届 sessions too
    "received-body-year": (
        "郑涛委员：\n我局收到县政协2019年第77号提案后，高度重视，现答复如下：\n",
        ("提案", "77", "县政协2019年", None),
    ),
    "received-session": (
        "郑涛代表：\n我局接到县十七届人大二次会议第15号建议后，认真研究，现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", None),
    ),
    # (no 的 after the verb: 的 alone was cut before, review56b)
    "forwarded-session": (
        "郑涛代表：\n市政府办公室转交县十七届人大二次会议第15号建议给我局办理，现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", None),
    ),
    "assigned-session": (
        "郑涛代表：\n市政府交办县十七届人大二次会议第15号建议后，我局认真研究，现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", None),
    ),
    "according-to-session": (
        "郑涛代表：\n按照县十七届人大二次会议第15号建议的要求，现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", None),
    ),
    "place-meeting-before-number": (
        "郑涛代表：\n您在某县人民代表大会会议第15号建议收悉，现答复如下：\n",
        ("建议", "15", "某县人民代表大会会议", None),
    ),
    # 建议案 unquoted is one word, the kind as written
    "jianyian-unquoted": (
        "郑涛代表：\n您在县十七届人大二次会议上提出的关于治理河道垃圾的建议案收悉，现答复如下：\n",
        ("建议案", None, "县十七届人大二次会议", "关于治理河道垃圾的建议案"),
    ),
    # the reply's own 关于 and whom it answers before the proposal's 关于 in the title
    "title-about-deputy-about": (
        "关于对郑涛代表关于治理河道垃圾的建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    "title-proposed-about": (
        "关于郑涛委员提出的关于保护古树名木的提案的答复\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", None, None, "关于保护古树名木的提案"),
    ),
    "title-session-about": (
        "关于对县十七届人大二次会议关于治理河道垃圾的建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", None, "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    # a note with the session and the number after an unquoted title
    "session-note-after-phrase": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议（县十七届人大二次会议第15号）收悉，"
        "现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    # the session on a labelled line of a 办理单 above the letter
    "labelled-session-line": (
        "会议届次：县十七届人大二次会议\n建议编号：15\n郑涛代表：\n"
        "您提出的关于治理河道垃圾的建议收悉，现答复如下：\n",
        ("建议", "15", "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    "labelled-session-line-cppcc": (
        "届次: 县政协十届二次会议\n提案号：15\n郑涛委员：\n"
        "您提出的关于治理河道垃圾的提案收悉，现答复如下：\n",
        ("提案", "15", "县政协十届二次会议", "关于治理河道垃圾的提案"),
    ),
}

# Near misses: what looks like one of those forms and is not
NOT_FORMS = {
    # a meeting's 第3号 in brackets that is a minute's, not the item's
    "minute-number-in-brackets": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议收悉（见县政府常务会议第3号纪要），"
        "现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # a 会议第N号 in brackets opened too far before it
    "note-opened-too-far": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议（已转交县交通运输局和县水务局及各乡镇人民政府"
        "共同研究，县十七届人大二次会议第15号）收悉，现答复如下：\n",
        ("建议", None, "县十七届人大二次会议", "关于治理河道垃圾的建议"),
    ),
    # a cited title after the proposal's own: no nesting across the sentence's end
    "cited-title-after-sentence": (
        "郑涛代表：\n您提出的《关于治理河道垃圾的建议》收悉。根据《河道管理条例》，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # a 关于 inside the title that follows no word of whom or what it answers
    "inner-about-no-marker": (
        "关于落实关于河道管理规定的建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", None, None, "关于落实关于河道管理规定的建议"),
    ),
    # a session on a line under another label is no listing's session
    "session-under-other-label": (
        "备注：县十七届人大二次会议\n郑涛代表：\n您提出的关于治理河道垃圾的建议收悉，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # a body's 会议 mentioned in passing, or with no place, names no session (fix66)
    "place-meeting-in-passing": (
        "郑涛代表：\n您在今年的区人大会议上积极建言，您提出的关于治理河道垃圾的建议收悉，"
        "现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    "meeting-without-place": (
        "郑涛代表：\n您在人大会议上提出的关于治理河道垃圾的建议收悉，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # a level a word points to or counts with names no place: no session (signers54)
    "pointed-place-meeting": (
        "郑涛代表：\n您在该县人大会议上提出的关于治理河道垃圾的建议收悉，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    "each-place-meeting": (
        "郑涛代表：\n您在各区政协会议期间提出的关于治理河道垃圾的建议收悉，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # the reply's own subject and its clause before the session (我局认真落实…) are the
    # sentence's: the session starts at the place's level (left57a)
    "own-subject-clause-before-session": (
        "郑涛代表：\n我局认真贯彻县十六届人大二次会议第9号建议的要求，现答复如下：\n",
        ("建议", "9", "县十六届人大二次会议", None),
    ),
    "year-own-subject-clause-before-session": (
        "郑涛委员：\n2098年本委切实推进市政协九届四次会议第31号提案的办理，现答复如下：\n",
        ("提案", "31", "市政协九届四次会议", None),
    ),
    # (review57e) the clause's verb known (认真落实, 收到): the place is written whole after it
    "own-subject-known-verb-named-place": (
        "郑涛委员：\n我局认真落实柳溪县政协九届四次会议第31号提案的要求，现答复如下：\n",
        ("提案", "31", "柳溪县政协九届四次会议", None),
    ),
    "own-subject-verbs-and-particle-named-place": (
        "郑涛代表：\n本委高度重视并认真办理了丰河市某某区十六届人大二次会议第9号建议，现答复如下：\n",
        ("建议", "9", "丰河市某某区十六届人大二次会议", None),
    ),
    "own-subject-receiving-named-place": (
        "郑涛代表：\n我局收到柳溪县十六届人大二次会议第9号建议后，现答复如下：\n",
        ("建议", "9", "柳溪县十六届人大二次会议", None),
    ),
    "own-subject-cut-word-named-place": (
        "郑涛代表：\n我局对柳溪县十六届人大二次会议第9号建议高度重视，现答复如下：\n",
        ("建议", "9", "柳溪县十六届人大二次会议", None),
    ),
    # (a verb no list names: the session starts at the place's level, left57a)
    "own-subject-unknown-verb": (
        "郑涛委员：\n我局紧扣市政协九届四次会议第31号提案的要求，现答复如下：\n",
        ("提案", "31", "市政协九届四次会议", None),
    ),
    "own-subject-adverb-unknown-verb": (
        "郑涛委员：\n我局切实紧扣市政协九届四次会议第31号提案的要求，现答复如下：\n",
        ("提案", "31", "市政协九届四次会议", None),
    ),
    "own-place-not-subject": (
        "郑涛代表：\n您在我县十六届人大二次会议上提出的第9号建议收悉，现答复如下：\n",
        ("建议", "9", "我县十六届人大二次会议", None),
    ),
    # a year before the number with no body, or a body no level places, names no session
    "year-before-number-alone": (
        "郑涛委员：\n您提出的2019年第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    "pointed-body-year": (
        "郑涛委员：\n该县政协2019年第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    # the year first before a body no level places, or one a word points to: no session
    "year-first-pointed-body": (
        "郑涛委员：\n2019年该县政协第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    # the year first with a sentence's words between it and the place (a cut word, a lead
    # word, a time running from the year): the year is the sentence's, no numbering's, and
    # no session is read with a verb or pronoun inside it (review56b)
    "year-first-verb-between": (
        "郑涛委员：\n2019年收到县政协第77号提案《关于整治河道垃圾的提案》后，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    "year-first-cut-word-between": (
        "郑涛委员：\n2019年我们在县政协第77号提案《关于整治河道垃圾的提案》办理中，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    "year-first-lead-word-between": (
        "郑涛委员：\n2019年我局办理县政协第77号提案《关于整治河道垃圾的提案》，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    "year-first-time-span": (
        "郑涛委员：\n2019年以来县政协第77号提案《关于整治河道垃圾的提案》已办结，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    "year-first-body-bulletin": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议收悉，依据2019年县人大第3号公告，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    # a body's own bulletin or file numbered in its year names no item, no session (review55b)
    "body-year-bulletin": (
        "郑涛代表：\n您提出的关于治理河道垃圾的建议收悉，依据县人大2019年第3号公告，现答复如下：\n",
        ("建议", None, None, "关于治理河道垃圾的建议"),
    ),
    "body-year-file": (
        "郑涛委员：\n您提出的关于整治河道垃圾的提案收悉，按照区政协2020年第2号文件，现答复如下：\n",
        ("提案", None, None, "关于整治河道垃圾的提案"),
    ),
    # whose item, between the year and 第, is no annual numbering the dates know: no session
    "body-year-whose-before-number": (
        "郑涛委员：\n县政协2019年委员第77号提案《关于整治河道垃圾的提案》收悉，现答复如下：\n",
        ("提案", "77", None, "关于整治河道垃圾的提案"),
    ),
    # 建议 and a separate 议案 are not 建议案
    "jianyi-then-yian": (
        "郑涛代表：\n您提出的关于修订停车管理办法的议案收悉，现答复如下：\n",
        ("议案", None, None, "关于修订停车管理办法的议案"),
    ),
}


def _read(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    p = parse_text(text + _BODY).proposal
    assert p is not None
    return (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(("text", "expected"), FORMS.values(), ids=FORMS.keys())
def test_form_is_read(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_FORMS.values(), ids=NOT_FORMS.keys())
def test_near_miss_is_not_read(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected
