"""A mirror site that turns a page into 繁體 may set the pinyin of some characters in
brackets right after them (``鎮(zhèn)康縣``, ``發(fā)``). The view reads past such a gloss as
past blanks, so a name holding one is read whole (the signer, the issuer, the session);
the record's strings keep it as written, their spans over it. A bracket of Latin letters
with no tone mark (``(app)``, ``(zhen)``) is no gloss. Snippets invented (names made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from replyparse.traditional import GLOSS, fold
from spans import span_problems

TRADITIONAL = (
    "王某等代表:\n你們在某鎮(zhèn)某縣第三屆人民代表大會第二次會議期間提出的"
    "《關於改善鄉(xiāng)村學校條件的建議》已收悉,現(xiàn)答覆如下:\n"
    "一、我局高度重視,已安排資金。\n感謝你們對教育工作的關心和支持。\n"
    "某鎮(zhèn)某縣教育局\n2018年5月15日\n"
)
SIMPLIFIED = (
    "王某代表：\n你在某镇(zhèn)某县第三届人民代表大会第二次会议期间提出的建议收悉，"
    "现答复如下：\n一、我局高度重视。\n某镇(zhèn)某县教育局\n2018年5月15日\n"
)


@pytest.mark.parametrize(
    ("text", "signer", "session"),
    [
        pytest.param(
            TRADITIONAL,
            "某鎮(zhèn)某縣教育局",
            "某鎮(zhèn)某縣第三屆人民代表大會第二次會議",
            id="traditional",
        ),
        pytest.param(
            SIMPLIFIED,
            "某镇(zhèn)某县教育局",
            "某镇(zhèn)某县第三届人民代表大会第二次会议",
            id="simplified",
        ),
    ],
)
def test_a_gloss_is_read_past_and_kept(text: str, signer: str, session: str) -> None:
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == signer
    assert record.issuer == signer
    assert record.signature.date == "2018-05-15"
    assert record.proposal is not None
    assert record.proposal.session == session
    assert span_problems(record) == []


# A copy that misread the page's bytes may lose a gloss's opening bracket to the mark it
# sets for what it cannot read (``?`` or U+FFFD), the character before it damaged too: the
# letters and the closing bracket are a gloss all the same, read past and kept as written,
# so the session runs from the damaged place name (an earlier round cut it after the gloss,
# giving another county's name).
@pytest.mark.parametrize("lost", ["?", "\ufffd"])
def test_a_gloss_that_lost_its_opening_bracket_is_read_past(lost: str) -> None:
    text = TRADITIONAL.replace("在某鎮(zhèn)某縣", f"在吳{lost}zhèn)溪縣", 1)
    record = parse_text(text, keywords=False)
    assert record.proposal is not None
    assert record.proposal.session == f"吳{lost}zhèn)溪縣第三屆人民代表大會第二次會議"
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("王某代表：\n您是否同意?zhen)的说法\n", id="no-tone-mark"),
        pytest.param("王某代表：\n您是否同意?(zhèn)\n", id="bracket-kept"),
        pytest.param("王某代表：\n问题A?zhèn)\n", id="after-no-hanzi"),
    ],
)
def test_a_question_mark_before_letters_is_no_lost_bracket(text: str) -> None:
    assert "?" in TextView(text).norm or "？" in TextView(text).norm


@pytest.mark.parametrize("bracket", ["(app)", "(zhen)", "(GB)", "（试行）"])
def test_a_bracket_with_no_tone_mark_stays(bracket: str) -> None:
    text = f"王某代表：\n关于某镇{bracket}的建议收悉。\n"
    assert bracket.replace("(", "（").replace(")", "）") in TextView(text).norm


# The gloss of a string's last character stands right after it (dev21 round): it is the
# string's as the inner ones are, kept at a title's end and a name's (``答復(fù)``,
# ``王某國(guó)``), its span over it; a note in brackets of no pinyin stays out.
GLOSSED_ENDS = (
    "關(guān)于對(duì)某縣十屆人大二次會(huì)議第5號(hào)建議的答復(fù)\n"
    "王某國(guó)等代表:\n你們提出的《關於改善鄉(xiāng)村學校條件的建議》已收悉,現(xiàn)答覆如下:\n"
    "一、我局高度重視,已安排資金。\n感謝你們對教育工作的關心和支持。\n"
    "某縣教育局\n2018年5月15日\n"
)


def test_the_gloss_of_the_last_character_is_kept() -> None:
    record = parse_text(GLOSSED_ENDS, keywords=False)
    assert record.title == "關(guān)于對(duì)某縣十屆人大二次會(huì)議第5號(hào)建議的答復(fù)"
    assert [(a.name, a.role) for a in record.addressees] == [("王某國(guó)", "代表")]
    assert record.proposal is not None
    assert record.proposal.number == "5"
    text = record.text or ""
    assert record.title_span is not None
    assert text[record.title_span[0] : record.title_span[1]] == record.title
    assert text[record.addressees[0].span[0] : record.addressees[0].span[1]] == "王某國(guó)"


# ... also at the end of a title broken over lines (dev33: ``關(guān)于…會議`` / ``第5號建議的
# 協(xié)辦答復(fù)``), where an earlier round dropped the last gloss and kept the inner ones.
@pytest.mark.parametrize(
    "at",
    [
        pytest.param("會(huì)議", id="after-the-session"),
        pytest.param("某縣", id="after-a-place"),
    ],
)
def test_the_gloss_of_a_broken_titles_last_character_is_kept(at: str) -> None:
    text = GLOSSED_ENDS.replace(at, at + "\n", 1)
    record = parse_text(text, keywords=False)
    assert record.title == GLOSSED_ENDS.split("\n", 1)[0]
    assert record.title_span is not None and record.text is not None
    assert record.text[record.title_span[1] - 4 : record.title_span[1]] == "(fù)"


def test_a_note_after_the_title_is_no_gloss() -> None:
    text = GLOSSED_ENDS.replace("答復(fù)\n", "答復(fù)(教育局)\n", 1)
    assert parse_text(text, keywords=False).title == GLOSSED_ENDS.split("\n", 1)[0]


# A string joined from lines (a title broken over a line break, a proposal's title wrapped
# inside its quotes) keeps its glosses too: an earlier round gave such a string back with
# every gloss dropped, though one on a single line kept them.
@pytest.mark.parametrize(
    "at",
    [
        pytest.param("安全", id="after-a-plain-character"),
        pytest.param("農(nóng)", id="after-a-gloss"),
    ],
)
def test_a_string_joined_from_lines_keeps_its_glosses(at: str) -> None:
    quoted = "《關(guān)于加強(qiáng)農(nóng)村安全飲水投入的建議》"
    text = GLOSSED_ENDS.replace("《關於改善鄉(xiāng)村學校條件的建議》", quoted).replace(
        at, at + "\n", 1
    )
    assert at + "\n" in text
    record = parse_text(text, keywords=False)
    assert record.proposal is not None
    assert record.proposal.title == "關(guān)于加強(qiáng)農(nóng)村安全飲水投入的建議"


# A mirrored page's chrome glossed too (dev23 round): its crumb, its metadata table and
# its footer are known by their labels read past the glosses (``當(dāng)前位置``,
# ``發(fā)文機(jī)關(guān)``, ``聯(lián)系電話``), as the view reads the letter, and dropped as the
# same page's without glosses: no crumb for the title, no table row for the 主送 line, no
# table year for a date, no footer phone for a contact.
GLOSSED_PAGE = (
    "當(dāng)前位置: 首頁(yè) > 政務(wù)公開 > 建議提案 > 縣政協(xié)提案答復(fù) > 2022年\n"
    "索 引 號(hào): | x-2024-1 | 主題分類: | 2022年 |\n"
    "發(fā)文機(jī)關(guān): | 某縣政府 | 成文日期: | |\n"
    "標(biāo) 題: | 對(duì)縣政協(xié)一屆一次會(huì)議《關(guān)于某事的提案》第15號(hào)提案的答復(fù) | ||\n"
    "發(fā)文字號(hào): | 發(fā)布日期: | 2022-10-31 | |\n"
    "主 題 詞: |\n"
    "對(duì)縣政協(xié)一屆一次會(huì)議《關(guān)于某事的提案》第15號(hào)提案的答復(fù)\n"
    "王某委員:\n您提出的提案收悉,現(xiàn)答復(fù)如下:\n我局將研究。\n某縣某局\n"
    "2022年10月20日\n"
    "主辦單位:某縣人民政府 版權所有:某市人民政府辦公室 網(wǎng)站地圖\n"
    "網(wǎng)站標識碼:0000000000 ICP備案序號: 某ICP備00000000號-1\n"
    "聯(lián)系電話:0000-5550123\n"
)


def test_a_glossed_pages_chrome_is_dropped() -> None:
    record = parse_text(GLOSSED_PAGE, keywords=False)
    assert (
        record.title
        == "對(duì)縣政協(xié)一屆一次會(huì)議《關(guān)于某事的提案》第15號(hào)提案的答復(fù)"
    )
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.number) == ("提案", "15")
    assert record.proposal.title == "關(guān)于某事的提案"
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]
    assert [d.value for d in record.dates] == ["2022-10-20"]
    assert record.signature.date == "2022-10-20"
    assert record.contacts == []
    assert span_problems(record) == []


def test_a_glossed_page_reads_as_the_same_page_without_glosses() -> None:
    clean = GLOSS.sub("", GLOSSED_PAGE)
    assert TextView(fold(GLOSSED_PAGE) or "").norm == TextView(fold(clean) or "").norm


# The page's 文号 cell, glossed (dev23 round): read past its glosses as the table is, the
# page's copy of the letter's number, its glosses given back (one inside it too).
@pytest.mark.parametrize("number", ["某衛函〔2023〕30號(hào)", "某衛(wèi)函〔2023〕30號(hào)"])
def test_a_glossed_number_cell_gives_the_number(number: str) -> None:
    row = "發(fā)文字號(hào): | 發(fā)布日期: | 2022-10-31 | |"
    text = GLOSSED_PAGE.replace(
        row, f"發(fā)文字號(hào): | {number} | 發(fā)布日期: | 2022-10-31 |"
    )
    record = parse_text(text, keywords=False)
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.serial) == (number, 30)
    assert span_problems(record) == []


# A section's heading stands inside its text, which its span holds: kept with its glosses as
# the text and every other string are (an earlier round read it past them and dropped them).
HEADED = (
    "王某委員:\n您提出的建議收悉。現(xiàn)答復(fù)如下:\n"
    "我局已着手以下工作:一是增設(shè)午餐供應(yīng)點,延長(zhǎng)食堂開放時間。"
    "二是會同衛生部門定期抽檢(jiǎn)食材。\n某縣教育局\n2024年6月5日\n"
)
HEADED_SIMPLIFIED = (
    "王某委员：\n您提出的建议收悉，现答复如下：\n一、增设(shè)午餐供应点\n"
    "我局已部署。\n二、定期抽检(jiǎn)\n我局已协调。\n某县教育局\n2024年6月5日\n"
)


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        pytest.param(
            HEADED,
            ["增設(shè)午餐供應(yīng)點,延長(zhǎng)食堂開放時間", "會同衛生部門定期抽檢(jiǎn)食材"],
            id="inline-traditional",
        ),
        pytest.param(
            HEADED_SIMPLIFIED,
            ["增设(shè)午餐供应点", "定期抽检(jiǎn)"],
            id="headings-simplified-last-gloss",
        ),
    ],
)
def test_a_section_heading_keeps_its_glosses(text: str, headings: list[str]) -> None:
    letter = parse_text(text)
    assert [s.heading for s in letter.sections] == headings
    assert span_problems(letter) == []


# A copy that lost its line breaks, its items on one line: a gloss the view reads past is no
# blank, so no break is made at it (an earlier round cut each heading at its first gloss,
# ``紅線(xiàn)`` / ``寬度``, and the items' own blanks aside read it as a heading set off).
FLAT_ITEMS = (
    "王某代表：\n你們提出的建議已收悉,現(xiàn)答復(fù)如下: 一、某某大道為紅線(xiàn)寬度 "
    "二、根據(jù)道路現(xiàn)狀及村民的實(shí)際需求,我辦已設(shè)置路口 "
    "三、我辦現(xiàn)正加快建設(shè)工作,問(wèn)題將得到解決。\n某辦\n2010年5月1日\n"
)


@pytest.mark.parametrize("joined", [" ", "\n"], ids=["one-line", "a-line-each"])
def test_items_on_one_line_are_not_cut_at_their_glosses(joined: str) -> None:
    text = FLAT_ITEMS.replace(" 二、", f"{joined}二、").replace(" 三、", f"{joined}三、")
    letter = parse_text(text)
    assert [s.heading for s in letter.sections] == [
        "某某大道為紅線(xiàn)寬度",
        "根據(jù)道路現(xiàn)狀及村民的實(shí)際需求,我辦已設(shè)置路口",
        "我辦現(xiàn)正加快建設(shè)工作,問(wèn)題將得到解決",
    ]
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            "聯(lián)繫人：趙(zhào)某某  聯繫電(diàn)話：0000-5550147", id="traditional-label"
        ),
        pytest.param("联(lián)系人：孙某某  联系电(diàn)话：0000-5550147", id="simplified-label"),
        pytest.param("承(chéng)办单位：县水务局  联系人：孙某", id="org-label"),
    ],
)
def test_a_glossed_contact_rows_span_holds(row: str) -> None:
    # (its span runs from the label as written, gloss in, to the line's end: the label is
    # the one the parse read through the gloss and the fold)
    head = TRADITIONAL if "聯" in row else SIMPLIFIED
    letter = parse_text(head + row + "\n", keywords=False)
    assert len(letter.contacts) == 1
    assert span_problems(letter) == []
