"""A copy that wrote a page in a character set lacking its blanks (a no-break space, an
ideographic space) left its mark for each character it could not write, ``?`` or U+FFFD,
where the blank stood. Two or more such marks opening a line are the line's indent, and a
line of them alone is blank: the view reads them as blanks, so the signer indented so
signs (an earlier round read ``??????某局`` as a sentence of the body and signed nothing).
So are four marks or more inside a line, where a copy that lost its line breaks ran such a
line on after the last sentence. One mark before words (a lost character, maybe) and up to
three inside a line stay as written, and so do more inside a word or a quote (between two
hanzi, ``某镇????供水站``, or just inside quotes, ``“????”``): a word's characters the copy
could not write, which a value read over them keeps, as its span does (an earlier round read
them as blanks, and a title joined over them no longer matched its span).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from snippets import signature_of
from spans import span_problems

BODY = (
    "孙某代表：\n您提出的关于修缮某村便桥的建议收悉，现答复如下：\n"
    "我局已将便桥维修列入年度计划。\n感谢您对交通工作的关心。\n"
)


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        pytest.param(
            "?\n????????????某县交通运输局\n??????????????2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="question-marks",
        ),
        pytest.param(
            "\ufffd\ufffd\ufffd\ufffd某县交通运输局\n\ufffd\ufffd\ufffd\ufffd2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="replacement-characters",
        ),
        pytest.param(
            "  ?? ??某县交通运输局\n　?? ??2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="blanks-among-the-marks",
        ),
        pytest.param(
            "????某县交通运输局\n2024年3月8日\n", "某县交通运输局", "2024-03-08", id="signer-only"
        ),
        pytest.param(
            "????????某县交通运输局\n??????\u00ad??2024年3月8日\n",
            "某县交通运输局",
            "2024-03-08",
            id="a-soft-hyphen-among-the-marks",
        ),
    ],
)
def test_a_signer_indented_in_marks_signs(closing: str, signer: str, date: str) -> None:
    text = BODY + closing
    assert signature_of(text) == (signer, date)
    letter = parse_text(text, keywords=False)
    assert letter.issuer == signer
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("??????某县交通运输局????????2024年3月8日", id="glued"),
        pytest.param(" ? ??????某县交通运输局 ????????2024年3月8日", id="spaced"),
        # after a formula that ends a reply with no full stop the marks stand between two
        # hanzi and are kept, and the closing still reads the formula off the signer
        pytest.param("特此函复??????某县交通运输局????????2024年3月8日", id="after-a-signoff"),
    ],
)
def test_a_run_on_signer_indented_in_marks_signs(closing: str) -> None:
    # a copy that lost its line breaks ran the indented lines on after the last sentence
    text = BODY.replace("\n", "") + closing
    assert signature_of(text) == ("某县交通运输局", "2024-03-08")


@pytest.mark.parametrize(
    ("line", "norm"),
    [
        pytest.param("????某县交通运输局", "某县交通运输局", id="indent-dropped"),
        pytest.param("?? ?? 2024年3月8日", "2024年3月8日", id="marks-and-blanks"),
        pytest.param("???", "", id="a-line-of-marks-is-blank"),
        pytest.param("?", "", id="one-mark-alone-is-blank"),
        pytest.param("?某县交通运输局", "？某县交通运输局", id="one-mark-before-words-kept"),
        pytest.param("计划投入??万元", "计划投入？？万元", id="marks-inside-a-line-kept"),
        pytest.param("计划投入???万元", "计划投入？？？万元", id="three-inside-a-line-kept"),
        pytest.param("工作。????某县交通运输局", "工作。某县交通运输局", id="four-inside-a-line"),
        pytest.param("是否同意?", "是否同意？", id="a-question-kept"),
        pytest.param("某镇????供水站", "某镇？？？？供水站", id="four-inside-a-name-kept"),
        pytest.param("关于????村的建议", "关于？？？？村的建议", id="four-inside-a-title-kept"),
        pytest.param("网友留言“????”。", "网友留言“？？？？”。", id="four-inside-quotes-kept"),
        pytest.param(
            "感谢支持。\ufffd\ufffd\ufffd\ufffd某镇供水站\ufffd\ufffd\ufffd\ufffd2024年3月8日",
            "感谢支持。某镇供水站2024年3月8日",
            id="a-run-on-signer-in-replacement-characters",
        ),
        pytest.param("为什么会这样????", "为什么会这样", id="four-at-a-lines-end"),
        # a blank among the marks: the copy wrote the cells' spacing partly as blanks, partly
        # as marks, between hanzi too (a word's lost characters are marked in a row)
        pytest.param("某县水利局? ??????签发人：周某", "某县水利局签发人：周某", id="blank-among"),
        pytest.param(
            "某县水利局????\u3000???签发人：周某", "某县水利局签发人：周某", id="wide-blank"
        ),
        # no blank among them, a label and its colon after the run, or a person's label and
        # name before it: the cells' spacing too (left57a)
        pytest.param("某县水利局??????签发人：周某", "某县水利局签发人：周某", id="before-a-label"),
        pytest.param(
            "签发人：周某????某水函〔2099〕3号",
            "签发人：周某某水函〔2099〕3号",
            id="after-a-signer",
        ),
        pytest.param("签发人????周某", "签发人周某", id="between-label-and-name"),
        pytest.param("某镇????供水站：", "某镇？？？？供水站：", id="a-name-before-a-colon-kept"),
        # (review57e) a person's label with no colon glued after words is a word's part, no
        # cell's: the run after it is the title's lost characters (审核????流程, 工作人员????待遇)
        pytest.param(
            "关于简化审核????流程的建议",
            "关于简化审核？？？？流程的建议",
            id="after-a-words-label-kept",
        ),
        pytest.param(
            "关于提高基层工作人员????待遇",
            "关于提高基层工作人员？？？？待遇",
            id="after-a-words-staff-kept",
        ),
        pytest.param("签发人：周某????某水函", "签发人：周某某水函", id="after-a-signer-and-colon"),
        pytest.param("某局 签发人????周某", "某局签发人周某", id="bare-label-after-a-blank"),
    ],
)
def test_the_view_of_a_marked_line(line: str, norm: str) -> None:
    view = TextView("标题\n" + line + "\n")
    assert view.norm == "标题\n" + norm + "\n"


PROPOSAL_TITLE = "关于????村道路硬化的建议"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "某镇????供水站\n关于某事的答复\n" + BODY + "某镇????供水站\n2024年3月8日\n",
            id="issuer",
        ),
        pytest.param(
            "关于????村道路的建议的答复\n" + BODY + "某县交通运输局\n2024年3月8日\n", id="title"
        ),
        pytest.param(
            BODY.replace("关于修缮某村便桥的建议", f"《{PROPOSAL_TITLE}》")
            + "某县交通运输局\n2024年3月8日\n",
            id="proposal-title",
        ),
    ],
)
def test_values_over_marks_inside_a_word_match_their_spans(text: str) -> None:
    # marks between two hanzi stand for a word's characters the copy could not write, not
    # for blanks: read as blanks, a value joined over them dropped them and no longer
    # matched its span (关于村道路… over 关于????村道路…)
    assert span_problems(parse_text(text, keywords=False)) == []


def test_a_proposal_title_keeps_its_lost_characters() -> None:
    text = BODY.replace("关于修缮某村便桥的建议", f"《{PROPOSAL_TITLE}》") + "某县交通运输局\n"
    proposal = parse_text(text, keywords=False).proposal
    assert proposal is not None
    assert proposal.title == PROPOSAL_TITLE


def test_a_title_over_marks_read_as_blanks_is_held_by_its_span() -> None:
    # marks after a bracket's close are blanks, so the title joins over them as over blanks
    # (its span holds them, as it holds a blank: tests/spans.py reads them so)
    text = "关于第12号建议（便桥）????的答复\n" + BODY + "某县交通运输局\n2024年3月8日\n"
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于第12号建议（便桥）的答复"
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "spacing",
    [
        pytest.param("? ???????????????", id="one-mark-then-a-blank"),
        pytest.param("???? ????\u00a0????", id="blanks-inside-the-run"),
    ],
)
def test_a_header_authority_spaced_by_marks_from_its_cell_is_the_issuer(spacing: str) -> None:
    # the authority's name and the 签发人 cell on one header line, the spacing between them
    # a run of marks a blank parts: no word's lost characters, so the name stands alone
    # (the page cut before the signature: the header alone names the authority)
    text = f"某县交通运输局{spacing}签发人：周某\n某交函〔2024〕5号\n关于某事的答复\n" + BODY
    letter = parse_text(text, keywords=False)
    assert letter.issuer == "某县交通运输局"
    assert span_problems(letter) == []
