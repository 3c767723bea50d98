"""A copy that lost its line breaks (its paragraphs and numbered points parted by single
blanks on one long line) and was then printed hard-wrapped: a printed line's break that
the unwrapping joins is no blank of the letter's, so no point's heading ends there
(``一、某某方案，`` over ``为研究…``: an earlier round cut the point at the break, and a
point broken right after its first character, ``二、根`` over ``据…``, kept one character).
Snippets invented (wrap66)."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap
from snippets import printed
from spans import span_problems

FLAT = (
    "关于县十届人大二次会议第0088号建议的答复 "
    "周某某、吴某某代表： 你们联合提出的《关于修建丙镇至丁村公路的建议》收悉。经认真研究，"
    "现答复如下： 一、你们所提的丙镇至丁村公路线位方案，为县交通部门比选时的备用方案，"
    "并非已定线位。 二、根据县人民政府《关于加强农村公路建设管理的通知》，新建道路须经"
    "科学论证并按程序报批。我局将认真做好指导服务工作。 感谢你们对交通工作的关心和支持。 "
    "某县交通运输局 2031年5月9日"
)


def _wrapped_after(text: str, cut: str) -> str:
    """``text`` with a printed line's break right after ``cut`` and the lines before and
    after it broken at 60 columns, as a print breaks them."""
    at = text.index(cut) + len(cut)
    return "\n".join(printed([text[:at], text[at:]], 60))


def _read_lines(text: str) -> list[str]:
    """The lines the parse reads ``text`` in: unwrapped, then re-segmented."""
    return [line.text for line in resegment(unwrap(TextView(text))).content_lines]


def test_a_wrap_after_a_points_comma_cuts_no_heading() -> None:
    text = _wrapped_after(FLAT, "线位方案，")
    lines = _read_lines(text)
    assert (
        "一、你们所提的丙镇至丁村公路线位方案，为县交通部门比选时的备用方案，并非已定线位。"
        in lines
    )
    assert any(line.startswith("二、根据县人民政府《关于") for line in lines)
    assert span_problems(parse_text(text)) == []
