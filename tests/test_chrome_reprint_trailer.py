"""An aggregator's trailer under a letter it reprints (replyparse.chrome): the article's
original title (原标题：【…】), its summary repeating the opening (内容摘要：…), its web
address, the site's disclaimer and reprint notice, its 来源 and 编辑 cells. On one line, a
line each or run on after the date of a flattened copy, it is chrome: it hid the letter's
signer and date, and its title names no title or proposal of the letter's. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text
from replyparse.chrome import chrome_lines
from snippets import glued, spaced
from spans import span_problems

OPENING = "你提出的关于疏浚某村河道的建议收悉，现答复如下：我局已将该河道列入明年疏浚计划。"
LETTER = (
    "{title}王某代表：\n" + OPENING + "\n感谢你对水利工作的关心和支持。\n"
    "{contact}溪口县水务局\n2031年4月9日\n{trailer}\n"
)
TITLE = "关于县九届人大二次会议第31号建议的答复\n"
CONTACT = "联系人：周某  联系电话：0000-5550147\n"

TRAILERS = [
    pytest.param(
        "原标题：【对县九届人大二次会议第77号建议的答复】 内容摘要：" + OPENING[:30]
        + "... 文章网址：https://www.example.com/news/4471.html; "
        "免责声明：某某网转载此文仅供读者参考，文中观点与本网无关。",
        id="cells-on-one-line",
    ),
    pytest.param(
        "【原标题】对县九届人大二次会议第77号建议的答复\n内容摘要：" + OPENING[:24] + "……\n"
        "本文链接：https://www.example.com/news/4471.html\n来源：某某资讯网\n责任编辑：赵某\n"
        "免责声明：本站转载此文仅作资讯分享，不代表本站观点。\n如有侵权请联系删除。",
        id="a-cell-a-line",
    ),
    pytest.param(
        "本文转载自某某资讯网，转载请注明出处。\n原文地址：https://www.example.com/news/4471.html",
        id="reprint-notice-first",
    ),
]  # fmt: skip


def _read(text: str) -> tuple[object, ...]:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    number = letter.proposal.number if letter.proposal else None
    contacts = [(c.name, c.phone) for c in letter.contacts]
    return letter.signature.issuer, letter.signature.date, letter.title, number, contacts


@pytest.mark.parametrize("trailer", TRAILERS)
@pytest.mark.parametrize("contact", ["", CONTACT], ids=["no-contact", "contact-above-signer"])
def test_the_trailer_hides_no_signature(trailer: str, contact: str) -> None:
    text = LETTER.format(title=TITLE, contact=contact, trailer=trailer)
    signer, date, title, number, contacts = _read(text)
    assert (signer, date) == ("溪口县水务局", "2031-04-09")
    assert (title, number) == (TITLE.strip(), "31")
    assert contacts == ([("周某", "0000-5550147")] if contact else [])


@pytest.mark.parametrize("trailer", TRAILERS)
def test_its_original_title_gives_no_title_nor_number(trailer: str) -> None:
    signer, date, title, number, _ = _read(LETTER.format(title="", contact="", trailer=trailer))
    assert (signer, date, title, number) == ("溪口县水务局", "2031-04-09", None, None)


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
@pytest.mark.parametrize("trailer", TRAILERS[:2])
def test_a_flattened_copy_ends_before_the_trailer(trailer: str, flatten: object) -> None:
    text = flatten(LETTER.format(title=TITLE, contact="", trailer=trailer))  # type: ignore[operator]
    signer, date, *_ = _read(text)
    assert (signer, date) == ("溪口县水务局", "2031-04-09")


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_a_flattened_copy_ends_before_the_trailer_under_a_long_closing(flatten: object) -> None:
    # (a contact's row and a 抄送 of many bodies between the date and the trailer: more
    # than 80 characters, as the closing's lines under its date may run)
    cc = "抄送：县人大常委会人代工委，县政府督查室，县发展和改革局，县财政局，县自然资源局，县林业局。\n"
    trailer = CONTACT + cc + TRAILERS[0].values[0]
    text = flatten(LETTER.format(title=TITLE, contact="", trailer=trailer))  # type: ignore[operator]
    signer, date, *_, contacts = _read(text)
    assert (signer, date) == ("溪口县水务局", "2031-04-09")
    assert contacts == [("周某", "0000-5550147")]


def test_the_contact_under_the_date_stays_over_the_trailer() -> None:
    text = LETTER.format(title=TITLE, contact="", trailer=CONTACT + TRAILERS[0].values[0])
    *_, contacts = _read(text)
    assert contacts == [("周某", "0000-5550147")]


def test_a_contact_after_the_labels_stays_the_letters() -> None:
    below = "来源：某某资讯网\n原文链接：点击查看\n" + CONTACT
    text = LETTER.format(title=TITLE, contact="", trailer=below)
    *_, contacts = _read(text)
    assert contacts == [("周某", "0000-5550147")]


def test_a_reprint_the_letter_tells_of_under_its_date_stays() -> None:
    note = "附：该宣传材料摘自《某某水利》杂志，转载请注明出处的要求已告知相关单位。"
    text = LETTER.format(title=TITLE, contact="", trailer=note)
    letter = parse_text(text, keywords=False)
    assert [r.text for r in letter.references] == ["某某水利"]
    assert (letter.signature.issuer, letter.signature.date) == ("溪口县水务局", "2031-04-09")


@pytest.mark.parametrize(
    "source",
    ["摘自《溪口县河道管理办法》第十二条", "（摘自《溪口县河道管理办法》）"],
    ids=["opening", "in-brackets"],
)
def test_an_attachment_that_tells_its_excerpts_source_stays(source: str) -> None:
    # (an attachment under the date, an article of a rule it quotes: 摘自 alone is the
    # excerpt's source, no aggregator's notice; 本文摘自… is one)
    below = f"附件：\n{source}\n第十二条 河道管理范围内禁止倾倒垃圾。"
    letter = parse_text(LETTER.format(title=TITLE, contact="", trailer=below), keywords=False)
    assert [r.text for r in letter.references] == ["溪口县河道管理办法"]
    assert (letter.signature.issuer, letter.signature.date) == ("溪口县水务局", "2031-04-09")


@pytest.mark.parametrize(
    "date", ["2031年4月9", "2031 4 9", "2031049", ""], ids=["day-lost", "marks-lost", "run", "none"]
)
def test_two_of_its_labels_show_it_under_a_damaged_date(date: str) -> None:
    # (the date a scan damaged, or none: no signed date to count from; two of the
    # trailer's own labels, each opening its line at the text's end, show it all the same)
    text = LETTER.format(title=TITLE, contact="", trailer=TRAILERS[1].values[0])
    text = text.replace("2031年4月9日\n", f"{date}\n" if date else "")
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.signature.issuer == "溪口县水务局"
    assert letter.proposal is not None and letter.proposal.number == "31"


def test_one_label_under_a_damaged_date_stays() -> None:
    # (a letter's own last line that opens with one such word, no date over it: no trailer)
    note = "特别声明：以上资金安排以县财政最终批复为准，请相互转告。"
    text = LETTER.format(title=TITLE, contact="", trailer=note).replace("2031年4月9日\n", "")
    lines = text.split("\n")
    assert lines.index(note) not in chrome_lines(lines, text)


def test_many_dated_cells_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a long hostile text, dates and 来源 cells over and over, one label at its end: each
    # cell under a date started a run read to the text's end, quadratic in its lines)
    asked: list[str] = []
    real = chrome._reprint_line

    def counting(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(chrome, "_reprint_line", counting)
    pairs = ["2031年4月9日", "本文来源：溪口县水务局整理的材料"] * 300
    lines = ["王某代表：", OPENING, *pairs, "原标题：某某"]
    chrome.chrome_lines(lines, "\n".join(lines))
    assert len(asked) <= 4 * len(lines)


@pytest.mark.parametrize(
    "line",
    [
        "原标题为《溪口县河道管理办法》的文件今年已修订，更名为《溪口县河道管理条例》。",
        "内容摘要：一是加快疏浚，二是加强巡查。",
    ],
    ids=["original-title-in-a-sentence", "summary-label"],
)
def test_a_body_line_under_a_date_at_the_head_stays(line: str) -> None:
    # (a letter dated under its title, signed at its foot with no date: a body line a few
    # lines under that date that opens with a trailer's word is the letter's, and so are
    # its thanks and its signer under it)
    text = (
        f"{TITLE}2031年4月9日\n王某代表：\n{OPENING}\n{line}\n"
        "感谢你对水利工作的关心和支持。\n溪口县水务局\n"
    )
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.signature.issuer == "溪口县水务局"


def test_sentences_opening_with_its_words_are_no_labels() -> None:
    # (no bracket, no colon: a sentence of the letter's own that opens with a label's
    # words, at its end under no date, is no trailer)
    own = [
        "原标题为《溪口县河道管理办法》的文件今年已修订。",
        "免责声明一事我局已告知相关单位。",
    ]
    lines = ["王某代表：", OPENING, "溪口县水务局", *own]
    assert chrome_lines(lines, "\n".join(lines)) == frozenset()


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
@pytest.mark.parametrize(
    "line",
    ["内容摘要：一是加快疏浚，二是加强巡查。", "特别声明：以上计划以预算批复为准。"],
    ids=["summary-label", "notice-label"],
)
@pytest.mark.parametrize(
    "between",
    ["", "我局会同某镇组织技术人员沿河逐段查看了淤积情况，听取了沿岸群众意见。" * 2],
    ids=["near-the-date", "past-80-characters"],
)
def test_a_flattened_body_line_after_a_date_at_the_head_stays(
    line: str, between: str, flatten: object
) -> None:
    # (flattened, such a letter's body runs on from its date to the label's words and on to
    # its thanks and signer: the run holds the letter's thanks, no trailer; far from the
    # date or near it)
    text = flatten(  # type: ignore[operator]
        f"{TITLE}2031年4月9日\n王某代表：\n{OPENING}\n{between}\n{line}\n"
        "感谢你对水利工作的关心和支持。\n溪口县水务局\n"
    )
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.signature.issuer == "溪口县水务局"
