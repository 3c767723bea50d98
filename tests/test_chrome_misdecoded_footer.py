"""A page served as GBK whose site footer was kept in UTF-8 shows that footer misread
(``网站地图`` as ``缃戠珯鍦板浘``), and a copy saved as shown keeps it under the letter, once
misread or twice. Such lines ending the page are chrome: the closing above them (the
signer, the date, the contact) is read as on a letter that ends with it. A letter's own
last lines, simplified, traditional or with rare characters in a name, stay. Snippets are
invented; the misread lines are made here from invented footers."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "对某市三届人大二次会议第21号建议的\n答 复\n王某代表：\n"
    "  你提出的《关于改善某镇中学住宿条件的建议》收悉，现答复如下：\n"
    "  我局已将该校宿舍改造纳入年度计划，所需资金正在落实。\n"
    "  感谢你对教育工作的关心和支持。\n"
    "某市人民政府\n2099年8月5日\n"
    "承办人及联系电话：李某某 0000-5550123\n"
)
FOOTERS = (
    "网站地图 | 网站声明 | 关于我们",
    "主办：某市人民政府办公室 承办：某市数据局 网站标识码：0000000000",
    "某公网安备：00000000000000号 备案号：某ICP备00000000号-1 联系电话：0000-",
)


def misread(text: str, times: int = 1) -> str:
    """``text`` as UTF-8 bytes shown as GBK, ``times`` over."""
    for _ in range(times):
        text = text.encode("utf-8").decode("gbk", errors="replace")
    return text


@pytest.mark.parametrize("times", [1, 2])
def test_a_misread_footer_leaves_the_closing(times: int) -> None:
    tail = "\n".join(misread(line, times) for line in FOOTERS)
    record = parse_text(LETTER + tail + "\n")
    assert record.signature.issuer == "某市人民政府"
    assert record.signature.date == "2099-08-05"
    assert record.issuer == "某市人民政府"
    assert [(c.name, c.phone) for c in record.contacts] == [("李某某", "0000-5550123")]


def wrapped(text: str, width: int) -> list[str]:
    """``text`` cut into lines of ``width`` characters, as a print wraps it."""
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize("width", [9, 13, 20])
def test_a_wrapped_misread_footer_leaves_the_closing(width: int) -> None:
    pieces = [p for line in FOOTERS for p in wrapped(misread(line, 2), width)]
    record = parse_text(LETTER + "\n".join(pieces) + "\n")
    assert record.signature.issuer == "某市人民政府"
    assert record.signature.date == "2099-08-05"


def test_a_figures_row_over_a_misread_footer_stays_the_letters() -> None:
    text = LETTER.replace(
        "承办人及联系电话：李某某 0000-5550123\n", "承办人：李某某\n0000-5550123\n"
    )
    record = parse_text(text + misread(FOOTERS[0]) + "\n")
    assert [(c.name, c.phone) for c in record.contacts] == [("李某某", "0000-5550123")]
    assert record.signature.date == "2099-08-05"


@pytest.mark.parametrize("joint", [" ", "  "])
def test_a_misread_footer_run_on_after_a_flattened_letter_is_cut_off(joint: str) -> None:
    flat = joint.join(line.strip() for line in LETTER.splitlines())
    tail = joint.join(misread(line) for line in FOOTERS)
    record = parse_text(flat + joint + tail + "\n")
    assert record.signature.issuer == "某市人民政府"
    assert record.signature.date == "2099-08-05"
    assert [(c.name, c.phone) for c in record.contacts] == [("李某某", "0000-5550123")]


def test_a_flattened_letter_ending_in_figures_keeps_them() -> None:
    flat = " ".join(line.strip() for line in LETTER.splitlines()) + " 0000 | 0000-1"
    record = parse_text(flat + "\n")
    assert record.signature.date == "2099-08-05"
    assert record.contacts[0].phone == "0000-5550123"


def test_the_letter_without_its_footer_reads_the_same() -> None:
    record = parse_text(LETTER)
    assert record.signature.issuer == "某市人民政府"
    assert record.signature.date == "2099-08-05"


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("（聯系人：何某某，聯系電話：0000000）", id="traditional-contact"),
        pytest.param(
            "感謝你對教育事業的關心和支持，希望繼續對我們的工作提出寶貴意見。", id="traditional"
        ),
        pytest.param("联系人：王堃喆 电话：0000-5550123", id="rare-name"),
        pytest.param("网站地图 | 网站声明 | 关于我们", id="footer-as-written"),
    ],
)
def test_a_last_line_read_as_written_is_no_misread_line(last: str) -> None:
    from replyparse.chrome import _misdecoded

    assert not _misdecoded(last)


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize("line", FOOTERS)
def test_each_misread_footer_line_is_told(line: str, times: int) -> None:
    from replyparse.chrome import _misdecoded

    assert _misdecoded(misread(line, times))


def test_a_signed_letter_with_a_rare_named_contact_keeps_it() -> None:
    text = LETTER.replace("李某某", "王堃喆")
    record = parse_text(text)
    assert [c.name for c in record.contacts] == ["王堃喆"]
