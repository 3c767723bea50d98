"""Plain-text letters in Big5 and Big5-HKSCS (a traditional-character archive's, a
mirror's) beside GB18030: which legacy encoding a file is read in when its bytes are not
UTF-8, and the decision when they are valid in more than one."""

from __future__ import annotations

import pytest

from replyparse.errors import InputError
from replyparse.readers import read_bytes
from replyparse.readers.text import decode_text

TRADITIONAL = (
    "關於第8號建議的答覆\n"
    "李某代表：\n"
    "您提出的關於加強鄉村道路維護的建議收悉，現答覆如下。\n"
    "一、基本情況\n"
    "全縣投入資金300萬元，完成道路維修20公里。\n"
    "聯繫人：王某，電話：0000-5550123\n"
    "某縣交通運輸局\n"
    "2024年5月6日\n"
)
SIMPLIFIED = (
    "关于第8号建议的答复\n"
    "李某代表：\n"
    "您提出的关于加强乡村道路维护的建议收悉，现答复如下。\n"
    "一、基本情况\n"
    "全县投入资金300万元，完成道路维修20公里。\n"
    "联系人：王某，电话：0000-5550123\n"
    "某县交通运输局\n"
    "2024年5月6日\n"
)


def _valid(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def test_a_big5_letter_is_read_as_big5_and_recorded() -> None:
    data = TRADITIONAL.encode("big5")
    assert _valid(data, "gb18030")  # the decision case: GB18030 reads it too, as garbage
    document = read_bytes(data, path="letter.txt")
    assert document.text == TRADITIONAL
    assert document.source.encoding == "big5"
    assert document.source.chars == len(TRADITIONAL)


def test_a_parsed_big5_letter_keeps_its_own_characters() -> None:
    from replyparse import parse_text

    letter = parse_text(decode_text(TRADITIONAL.encode("big5"), path="x.txt")[0])
    assert letter.title == "關於第8號建議的答覆"
    assert letter.proposal is not None and letter.proposal.number == "8"


def test_a_gb18030_letter_stays_gb18030_though_big5_reads_its_bytes() -> None:
    # a letter's simplified lines whose GB bytes are also valid Big5
    text = "答复\n您提出的建议收悉，经研究答复下。\n县里投资300万元。\n"
    data = text.encode("gb18030")
    assert _valid(data, "big5")
    assert decode_text(data, path="x.txt") == (text, "gb18030")
    assert decode_text(SIMPLIFIED.encode("gb18030"), path="x.txt") == (SIMPLIFIED, "gb18030")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param("現答覆下", "big5", id="four-big5-characters"),
        pytest.param("现答复下", "gb18030", id="four-gb-characters"),
        pytest.param("建議收悉，謝謝。", "big5", id="one-big5-sentence"),
        pytest.param("建议收悉，谢谢。", "gb18030", id="one-gb-sentence"),
    ],
)
def test_a_short_piece_goes_to_the_reading_more_plausibly_chinese(text: str, codec: str) -> None:
    data = text.encode(codec)
    other = "big5" if codec == "gb18030" else "gb18030"
    assert _valid(data, other)  # valid in both: the readings are compared
    assert decode_text(data, path="x.txt") == (text, codec)


def test_a_traditional_letter_saved_as_gbk_is_read_as_gb18030() -> None:
    """A Windows machine set to simplified Chinese saves traditional text as GBK: most of
    its characters are outside GB2312, but each is read as the simplified one it stands
    for, and the reading is as plausible as a simplified letter's."""
    assert decode_text(TRADITIONAL.encode("gbk"), path="x.txt") == (TRADITIONAL, "gb18030")


def test_a_big5_hkscs_letter_is_read_as_big5_hkscs() -> None:
    # ① ② are 0xC6A1 0xC6A2 in Big5-HKSCS, which plain Big5 reads as kana
    text = TRADITIONAL.replace("一、", "①").replace("聯繫人", "②聯繫人")
    data = text.encode("big5hkscs")
    assert _valid(data, "big5")
    assert decode_text(data, path="x.txt") == (text, "big5hkscs")


def test_a_stray_byte_in_a_big5_letter_is_named_in_big5() -> None:
    data = TRADITIONAL.encode("big5")
    cut = data.index("基本".encode("big5"))
    with pytest.raises(InputError) as caught:
        decode_text(data[:cut] + b"\xff" + data[cut:], path="x.txt")
    line = TRADITIONAL[: TRADITIONAL.index("基本")].count("\n") + 1
    assert caught.value.reason == (
        f"not a text file: invalid byte 0xff at offset {cut} (line {line}) in Big5 text"
        " (and not UTF-8 or GB18030)"
    )


def test_bytes_chinese_in_no_legacy_encoding_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        decode_text(bytes([0x81, 0x40, 0x82, 0x41, 0x83, 0x42, 0x90, 0x50] * 30), path="x.txt")
    assert "not Chinese read as GB18030 or Big5" in caught.value.reason
