"""A publication note with a few words between its head and its value (``此件属主动公开``,
``此件予以主动公开``, ``此件经删减后公开``, ``此件可在网上公开``, ``此答复件同意在网上公开``), as
offices word the note, read as the note without them is; and the plain refusals ``不得公开``,
``不对外公开``, which say no."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADER = (
    "{line}\n某市民政局\n某民函〔2024〕5号\n关于某市十五届人大三次会议第8号建议的答复\n"
    "王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n"
)
CLOSING = (
    "某市民政局\n某民函〔2024〕5号\n关于某市十五届人大三次会议第8号建议的答复\n"
    "王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n{line}\n"
)
TITLE = "关于某市十五届人大三次会议第8号建议的答复"

# (the note, public, the span's text)
NOTES = [
    pytest.param("（此件属主动公开）", True, "此件属主动公开", id="属"),
    pytest.param("（此件属于依申请公开）", False, "此件属于依申请公开", id="属于-refusal"),
    pytest.param("（此件予以主动公开）", True, "此件予以主动公开", id="予以"),
    pytest.param("（此件经删减后公开）", True, "此件经删减后公开", id="经"),
    pytest.param("（本件可在网上公开）", True, "本件可在网上公开", id="可-在网上"),
    pytest.param("此答复件同意在网上公开", True, "此答复件同意在网上公开", id="同意-在网上-unbracketed"),
    pytest.param("（本函可对外公开）", True, "本函可对外公开", id="可-对外"),
    pytest.param("（此件为不予公开）", False, "此件为不予公开", id="为-refusal"),
    pytest.param("（此件不得公开）", False, "此件不得公开", id="不得公开"),
    pytest.param("（此件不对外公开）", False, "此件不对外公开", id="不对外公开"),
    pytest.param("（不得公开）", False, "不得公开", id="不得公开-alone"),
    # negated words between head and value: a refusal (see test_public_note_negated.py)
    pytest.param("（此件不在网上公开）", False, "此件不在网上公开", id="negated-says-no"),
]  # fmt: skip

# Near-misses: a head, words and 公开 that are no note (the sentence goes on, or words no
# note uses stand between).
NOT_NOTES = [
    pytest.param("此件属公开招标项目", id="words-go-on"),
    pytest.param("（此件拟暂缓公开）", id="unknown-words-between"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected", "written"), NOTES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_note_with_words_between(where: str, line: str, expected: bool, written: str) -> None:
    text = where.format(line=line)
    letter = parse_text(text)
    assert letter.public is expected
    assert letter.public_span is not None
    start, end = letter.public_span
    assert text[start:end] == written
    assert letter.title == TITLE
    assert (letter.signature.issuer, letter.signature.date) == ("某市民政局", "2024-06-01")


@pytest.mark.parametrize("line", NOT_NOTES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_a_note(where: str, line: str) -> None:
    assert parse_text(where.format(line=line)).public is None


# (the letter) where the note stands as a line of the head or the closing: it is no part of
# the title beside it, nor does it part the signer from the date.
PLACES = [
    pytest.param(
        "此件属主动公开\n关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n"
        "您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n",
        id="first-line-over-the-title",
    ),
    pytest.param(
        "某市民政局\n关于某市十五届人大三次会议第8号建议的答复\n（此件可在网上公开）\n王某代表：\n"
        "您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n2024年6月1日\n",
        id="under-the-title",
    ),
    pytest.param(
        "某市民政局\n关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n"
        "您提出的建议收悉，现答复如下：\n感谢。\n某市民政局\n（此件予以主动公开）\n2024年6月1日\n",
        id="between-signer-and-date",
    ),
]


@pytest.mark.parametrize("text", PLACES)
def test_note_line_stands_apart(text: str) -> None:
    letter = parse_text(text)
    assert letter.public is True
    assert letter.title == TITLE
    assert (letter.signature.issuer, letter.signature.date) == ("某市民政局", "2024-06-01")
