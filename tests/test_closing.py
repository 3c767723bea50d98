"""The end of a letter: signature, 成文日期, 抄送, and the references of the body."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import damaged_date
from replyparse.layout import segment
from replyparse.textview import TextView

BODY = "关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"

# (closing lines, signature issuer, signature date)
SIGNATURES = [
    pytest.param("某市民政局\n2019年5月27日", "某市民政局", "2019-05-27", id="authority-and-date"),
    pytest.param("                2020年11月20日", None, "2020-11-20", id="date-only-far-right"),
    pytest.param("某县教育局\n二〇二一年十一月二十日", "某县教育局", "2021-11-20", id="chinese-numeral-date"),
    pytest.param("某市财政局\n某市民政局\n2021年1月5日", "某市财政局、某市民政局", "2021-01-05", id="joint-reply"),
    pytest.param("某 市 民 政 局\n2021年1月5日\n联系人：张某，电话：65550123", "某市民政局", "2021-01-05", id="spaced-then-contact"),
    pytest.param("某市民政局\n2021年1月5日\n抄送：甲，乙。\n某市民政局办公室 2021年1月8日印发", "某市民政局", "2021-01-05", id="印发-is-not-signature"),
    pytest.param("　　某市商务局　　2021年9月3日\n联系人：周某　电话：0877-5550101", "某市商务局", "2021-09-03", id="authority-and-date-on-one-line"),
    pytest.param("某市教育局\n某市财政局　2021年9月3日", "某市教育局、某市财政局", "2021-09-03", id="joint-last-on-the-date-line"),
    pytest.param("　　某市商务局　　2021年9月3\n联系人：周某　电话：0877-5550101", "某市商务局", "2021-09-03", id="authority-and-date-lost-its-day-mark"),
    # (a day that no figure can follow: only its 日 lost. 9月3 ending the text is a date the
    # store cut, 3 or 3x: its month alone, tests/test_dates_cut_at_the_end.py)
    pytest.param("某市商务局2021年9月8", "某市商务局", "2021-09-08", id="authority-glued-to-date-lost-its-day-mark"),
    pytest.param("某市民政局\n2021年1月5日\n抄送：甲委，乙办，\n　　　丙局。\n某市民政局办公室 2021年1月8日印发", "某市民政局", "2021-01-05", id="wrapped-cc-then-印发"),
    pytest.param("某市民政局\n2021年1月5日\n抄送：甲办。\n某民函〔2021〕3号", "某市民政局", "2021-01-05", id="doc-number-last"),
    pytest.param("某市教育局　　某市财政局\n2021年9月3日", "某市教育局、某市财政局", "2021-09-03", id="joint-on-one-line"),
    pytest.param("某市交 通运输局\n2021年9月3日", "某市交通运输局", "2021-09-03", id="one-stray-space-inside"),
    pytest.param("某市民政局（盖章）\n2021年9月3日", "某市民政局", "2021-09-03", id="seal-note-dropped"),
    pytest.param("某市民政局(盖章)\n2021年9月3日", "某市民政局", "2021-09-03", id="seal-note-half-width-dropped"),
    pytest.param("某市民政局\n（代章）\n2021年9月3日", "某市民政局", "2021-09-03", id="seal-line-of-its-own"),
    pytest.param("某市民政局\n2021年9月3日（签字）", "某市民政局", "2021-09-03", id="signing-note-after-the-date"),
    pytest.param("某县交通运输局\n2021年8月9日\n承办负责人：张某\n承办人及联系电话：李某    13900000003", "某县交通运输局", "2021-08-09", id="承办负责人-then-contact"),
    pytest.param("2023年7月18日\n\n领导签发：张某\n\n联系人及电话：李某    5550186\n\n抄送：甲委，乙办。", None, "2023-07-18", id="date-then-领导签发-contact-cc"),
    # a 成文日期 that names only its year and month is read to the month (the record's
    # signature date null: test_signature)
    pytest.param("某某镇人民政府\n二〇二二年三月", "某某镇人民政府", "2022-03", id="month-chinese-numerals"),
    pytest.param("某某镇人民政府\n二○二二年十二月", "某某镇人民政府", "2022-12", id="month-circle-zero-twelve"),
    pytest.param("某某镇人民政府\n二零二二年十月", "某某镇人民政府", "2022-10", id="month-ling-zero-ten"),
    pytest.param("某县水务局\n2022年3月", "某县水务局", "2022-03", id="month-in-figures"),
    pytest.param("某县水务局\n2022 年 11 月", "某县水务局", "2022-11", id="month-spaced"),
    pytest.param("某县水务局\n二〇二二 年 三 月", "某县水务局", "2022-03", id="month-chinese-spaced"),
    pytest.param("某县水务局\n答复日期：2022年3月", "某县水务局", "2022-03", id="month-after-its-label"),
    pytest.param("某县水务局\n二〇二二年三月\n（联系人：王某，电话：5550123）", "某县水务局", "2022-03", id="month-then-contact"),
    pytest.param("某某镇人民政府      二〇二二年三月", "某某镇人民政府", "2022-03", id="month-after-its-authority"),
    pytest.param("某县教育局  某县财政局  2022年3月", "某县教育局、某县财政局", "2022-03", id="month-after-joint-authorities"),
    pytest.param("某某镇人民政府\n二〇二二年三月\n附件：代表建议办理情况征询意见表\n代表姓名：张某\n对办理工作的意见：满意", "某某镇人民政府", "2022-03", id="month-then-the-attached-form"),
    # a full stop after the date (a web copy, a typist) is no part of it
    pytest.param("某县水务局\n2022年3月8日。", "某县水务局", "2022-03-08", id="date-then-full-stop"),
    pytest.param("某县水务局\n二〇二二年三月八日.", "某县水务局", "2022-03-08", id="chinese-date-then-half-width-stop"),
    pytest.param("某县水务局\n2022年3月。\n联系人：王某，电话：0000-5550123", "某县水务局", "2022-03", id="month-then-full-stop"),
    # a phone cell whose label the copy lost: a local number alone on the last line
    pytest.param("某县水务局\n2022年3月8日\n联系人：王某\n5550123", "某县水务局", "2022-03-08", id="local-phone-alone-last"),
    pytest.param("某县水务局\n2022年3月8日\n联系人：王某\n55501234", "某县水务局", "2022-03-08", id="eight-digit-phone-alone-last"),
    # the date in round brackets under the signer; a bracket left open closes no date line
    pytest.param("某县水务局\n（2022年3月8日）", "某县水务局", "2022-03-08", id="date-in-brackets"),
    pytest.param("某县水务局\n(二〇二二年三月八日)", "某县水务局", "2022-03-08", id="chinese-date-in-half-width-brackets"),
    pytest.param("某县水务局\n（2022年3月8日", None, None, id="date-bracket-left-open"),
    pytest.param("某县水务局\n2022年3月8日\n0000−5550123", "某县水务局", "2022-03-08", id="phone-alone-minus-dash"),
    pytest.param("某县水务局\n2022年3月8日\n0000—5550123", "某县水务局", "2022-03-08", id="phone-alone-em-dash"),
    pytest.param("某县水务局\n2022年3月8日\n0000 5550123", "某县水务局", "2022-03-08", id="phone-alone-blank"),
    pytest.param("某县水务局\n2022年3月8日\n0000−5550123  传真：0000-5550124", "某县水务局", "2022-03-08", id="phone-minus-then-labels"),
    # not a month: the signature stands, the date is lost
    pytest.param("某县水务局\n2022年13月", "某县水务局", None, id="month-thirteen-is-damaged"),
    pytest.param("某县水务局\n2022年7", "某县水务局", None, id="month-mark-lost-is-damaged"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "issuer", "date"), SIGNATURES)
def test_signature(closing: str, issuer: str | None, date: str | None) -> None:
    letter = parse_text(BODY + closing + "\n")
    if date is not None and len(date) == len("2022-03"):
        # a 成文日期 to the month is read (its authority signs, the line tells date-no-day),
        # but the record's date is a day or null (dev21: the contract's type); the month
        # is in dates
        assert (letter.signature.issuer, letter.signature.date) == (issuer, None)
        assert date in [d.value for d in letter.dates]
        assert "date-no-day" in [d.code.value for d in letter.diagnostics]
        return
    assert (letter.signature.issuer, letter.signature.date) == (issuer, date)


# (抄送 lines, cc list)
CC = [
    pytest.param("抄送：区人大人事委，区政府目督办。", ["区人大人事委", "区政府目督办"], id="comma"),
    pytest.param("抄送：甲委、乙办、丙局", ["甲委", "乙办", "丙局"], id="dun-no-period"),
    pytest.param("抄送:甲委 乙办.", ["甲委", "乙办"], id="half-width-spaces"),
    pytest.param("抄报：市人大常委会。\n抄送：区政协。", ["市人大常委会", "区政协"], id="抄报-then-抄送"),
    pytest.param("抄送：甲委，乙办，\n丙局。", ["甲委", "乙办", "丙局"], id="continued"),
    # joined onto the line before it by a copy that lost the line break
    pytest.param("联系电话：0000-5550123  抄送：甲委，乙办。", ["甲委", "乙办"], id="after-a-phone-and-a-gap"),
    pytest.param("联系电话：0000-5550123抄报：甲委、乙办", ["甲委", "乙办"], id="glued-to-a-phone"),
    pytest.param("（此件公开发布）抄送：甲委。", ["甲委"], id="after-a-bracketed-note"),
    pytest.param("请及时反馈。抄送：甲委。", ["甲委"], id="after-a-full-stop"),
    pytest.param("抄报：市政府。 抄送：甲委，乙办。", ["市政府", "甲委", "乙办"], id="抄报-and-抄送-on-one-line"),
    pytest.param("报：市政府办公室抄送：甲委", ["市政府办公室", "甲委"], id="抄送-glued-to-a-list"),
    # copies sent, in brackets after each body, also where the brackets lost their ends
    pytest.param("抄送：甲委（1份），乙办（2份）。", ["甲委", "乙办"], id="copy-counts"),
    pytest.param("抄送：甲委(1乙办(1份))", ["甲委", "乙办"], id="copy-counts-separator-lost"),
    pytest.param("抄送：甲委（各1份）", ["甲委"], id="copy-count-各"),
    pytest.param("抄送：县人大办2份 县督查室2份", ["县人大办", "县督查室"], id="copy-counts-glued"),
    pytest.param("抄送：县人大办2份县督查室1份", ["县人大办", "县督查室"], id="copy-counts-glued-no-gap"),
    pytest.param("抄送：县人大办、县政协办各一份。", ["县人大办", "县政协办"], id="copy-count-各一份"),
    pytest.param("抄送：县人大办 3 份，县督查室 两份", ["县人大办", "县督查室"], id="copy-counts-spaced"),
    pytest.param("抄送：县人大办（一份），县督查室（二份）", ["县人大办", "县督查室"], id="copy-counts-in-numerals"),
    # a count whose opening bracket the copy lost: the closing one is no body either
    pytest.param("抄送：县政协提案委2份)     县督查室(2份)", ["县政协提案委", "县督查室"], id="copy-count-lost-its-opening-bracket"),
    pytest.param("抄送：县人大办一份）、县督查室二份）", ["县人大办", "县督查室"], id="copy-counts-lost-both-opening-brackets"),
    pytest.param("抄送：县人大办3份）", ["县人大办"], id="copy-count-lost-its-opening-bracket-last"),
    pytest.param("抄送：县住建局（三峡办）", ["县住建局（三峡办）"], id="a-numeral-opening-a-bracketed-name"),
    pytest.param("抄送：县股份合作办", ["县股份合作办"], id="份-in-a-name-is-no-count"),
    pytest.param("抄送：县住建局（县人防办）、乙办", ["县住建局（县人防办）", "乙办"], id="a-body's-other-name-stays"),
    # a list ends where another closing label starts on its line
    pytest.param("抄报：县政府办 县政协提案委 联系单位：县教育局", ["县政府办", "县政协提案委"], id="ends-at-a-contact-label"),
    pytest.param("送：县人大常委会办公室", ["县人大常委会办公室"], id="送"),
    # bodies whose separator a copy lost (PDF text drops the blanks): parted where one
    # ends in an organisation word and the next opens with the same level
    pytest.param("抄报：市督导办市政协提案委", ["市督导办", "市政协提案委"], id="glued-bodies-same-level"),
    pytest.param("抄送：县水利局县财政局县林业局", ["县水利局", "县财政局", "县林业局"], id="three-glued-bodies"),
    pytest.param("抄送：区住建局市政工程处", ["区住建局市政工程处"], id="a-bureau's-division-stays-one"),
    pytest.param("抄送：市人大常委会人代工委", ["市人大常委会人代工委"], id="a-committee's-office-stays-one"),
    pytest.param("抄送：市委市政府", ["市委市政府"], id="short-pair-stays-as-written"),
    # a label alone over its list; a list that runs into the next label glued to it
    pytest.param("抄送：\n甲委，乙办。", ["甲委", "乙办"], id="label-alone-over-its-list"),
    pytest.param("抄送：\n某市民政局办公室 2021年1月8日印发", [], id="label-alone-over-the-印发-line"),
    pytest.param("抄报：县政府办、县政协提案委附件：某某表", ["县政府办", "县政协提案委"], id="glued-to-the-next-label"),
    # 抄送 as a word of a sentence, or 报： alone inside a line, opens no list
    pytest.param("联系人：王明\n文件抄送：各成员单位办理。", [], id="word-before-抄送"),
    pytest.param("经研究。情况报：甲委", [], id="报-alone-inside-a-line"),
    pytest.param("请送：甲委", [], id="送-inside-a-line"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), CC)
def test_cc(lines: str, expected: list[str]) -> None:
    letter = parse_text(BODY + "某市民政局\n2021年1月5日\n" + lines + "\n")
    assert letter.cc == expected


REFERENCES = [
    pytest.param("根据《甲乙办法（试行）》执行。", [("title", "甲乙办法（试行）")], id="title"),
    pytest.param("印发《中共某委办公室印发<关于甲的意见>的通知》。", [("title", "中共某委办公室印发<关于甲的意见>的通知")], id="nested-ascii"),
    pytest.param("见《关于印发〈乙办法〉的通知》（某发〔2019〕2号）。", [("title", "关于印发〈乙办法〉的通知"), ("doc_number", "某发〔2019〕2号")], id="nested-and-number"),
    pytest.param("《细则》规定，《细则》明确。", [("title", "细则"), ("title", "细则")], id="one-per-occurrence"),
    pytest.param("《丙方案 》和《丁意见》", [("title", "丙方案"), ("title", "丁意见")], id="trailing-space-trimmed"),
    pytest.param("符合GB/T 50180-2018标准。", [], id="standard-code-is-not-a-reference"),
    pytest.param("印发了《关于开放场馆的通知》(某教体〔2024年〕4号)。", [("title", "关于开放场馆的通知"), ("doc_number", "某教体〔2024年〕4号")], id="number-with-年-in-its-brackets"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), REFERENCES)
def test_references(sentence: str, expected: list[tuple[str, str]]) -> None:
    text = BODY.replace("您提出的建议收悉。", "您提出的建议收悉。" + sentence)
    letter = parse_text(text)
    assert [(r.kind, r.text) for r in letter.references] == expected
    for r in letter.references:
        assert text[r.span[0] : r.span[1]] == r.text


# A date whose 年月日 were lost in copying still marks the date's place (replyparse.closing).
DAMAGED_DATES = [
    pytest.param("2021830", id="seven-digits"),
    pytest.param("20211026", id="eight-digits"),
    pytest.param("202193", id="six-digits"),
    pytest.param("2025 915", id="year-apart"),
    pytest.param("2025 9 15", id="all-apart"),
    pytest.param("2021年830日", id="month-and-day-glued"),
    pytest.param("2021年9", id="month-mark-and-day-lost"),
    pytest.param("2021年13月", id="no-such-month"),
    pytest.param("2021月9月3日", id="year-mark-written-as-month"),
    pytest.param("2021716日", id="year-and-month-marks-lost"),
    pytest.param("20217月16日", id="year-mark-lost"),
]
NOT_DAMAGED_DATES = [
    pytest.param("2021年8月30日", id="a-whole-date"),
    pytest.param("2021年9月", id="a-month-is-a-date-written-to-the-month"),
    pytest.param("20211399", id="no-month-and-day"),
    pytest.param("13900000123", id="mobile-phone"),
    pytest.param("0871-5550123", id="landline"),
    pytest.param("1998", id="year-alone"),
    pytest.param("2021 1335", id="year-and-nonsense"),
    pytest.param("2021年度", id="a-year-word"),
    pytest.param("20211399日", id="no-month-and-day-before-ri"),
    pytest.param("202113月40日", id="year-mark-lost-no-month-and-day"),
]


@pytest.mark.parametrize("text", DAMAGED_DATES)
def test_damaged_date(text: str) -> None:
    assert damaged_date(TextView(text).norm)


@pytest.mark.parametrize("text", NOT_DAMAGED_DATES)
def test_not_a_damaged_date(text: str) -> None:
    assert not damaged_date(TextView(text).norm)


# Lines at the end that stay in the body: the closing's vocabulary does not know them.
BODY_ENDS = [
    pytest.param("按照某政办发〔2018〕10号文件精神执行。", id="sentence-citing-a-number"),
    pytest.param("电话沟通后，我局已派员查看。", id="phone-word-opening-a-sentence"),
    pytest.param("此件公开后如有疑问，请与我局联系。", id="note-head-opening-a-sentence"),
    # a label and a short value whose label names no way to reach anyone, no time limit,
    # no person: a line of the body that lost its full stop
    pytest.param("工作目标：年底前完成改造", id="goal-label-and-short-value"),
    pytest.param("投资金额：500万元", id="amount-label-and-short-value"),
    pytest.param("2021年1月5日，我局召开了座谈会。", id="a-sentence-opening-with-a-date"),
]

# A body's last line that lost its full stop and ends like an office (股, 馆, 会) is no
# joint signer: the words of its sentence say so.
ENDS_LIKE_AN_OFFICE = [
    pytest.param("下一步将鼓励村民入股", id="shares"),
    pytest.param("下一步将建设村文化馆", id="hall"),
    pytest.param("今年将召开村民代表大会", id="meeting"),
    pytest.param("我局已经成立工作专班", id="own-office-words"),
]


@pytest.mark.parametrize("line", ENDS_LIKE_AN_OFFICE)
def test_a_sentence_ending_like_an_office_signs_nothing(line: str) -> None:
    letter = parse_text(BODY + line + "\n某市民政局\n2021年1月5日\n")
    assert letter.signature.issuer == "某市民政局"


@pytest.mark.parametrize("line", BODY_ENDS)
def test_last_body_line_is_no_closing_line(line: str) -> None:
    layout = segment(TextView(BODY + line + "\n某市民政局\n2021年1月5日\n"))
    assert layout.body[-1].text == TextView(line).norm
    assert [c.text for c in layout.closing] == ["某市民政局", "2021年1月5日"]
