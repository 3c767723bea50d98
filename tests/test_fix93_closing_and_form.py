"""Three readings of a saved page's closing and of the form over its reply (fix93).

- A date whose 年, 月 and 日 a copy all lost (``2031517``), right under a whole authority's
  name, anchors the closing as a whole date does: short lines the closing knows nothing
  of under it (a cut label, ``邮政编``), the contacts between or not, hide no signer; the
  date stays null. With a line between the authority and the run, the run anchors nothing.
- A header line holding a sentence's full stop is a paragraph (the proposal's text a
  办理单 copies over the reply), no page heading: its year is a date, unless the rows over
  and under it are the item's record (dev29), a row whose label lost its head (``容：``)
  among them (review60f).
- A phone's value that is a local landline of seven or eight digits glued to a mobile
  (``5550123413900000000``) gives its first number, the landline, as a value giving
  several numbers does (review60f; fix93 read the whole run); a run that parts any other
  way is none.

Snippets in our own words; names, places and numbers invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_OPENING = (
    "柳溪县水务局关于县一届人大二次会议第7号建议办理情况的答复\n\n"
    "赵某某代表：\n\n"
    "您提出的《关于整治河道的建议》收悉，现答复如下。\n\n"
    "我局已将该河道列入今年的整治计划。\n\n"
    "感谢您对水务工作的关心和支持。\n\n"
)


def _closing(*lines: str) -> str:
    return _OPENING + "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            ("联 系 人：钱某", "联系电话：0000-5550123", "邮政编"), id="contacts-then-cut"
        ),
        pytest.param(("邮政编",), id="cut-line-alone"),
        pytest.param(("联系人：钱某", "电", "办公地"), id="contact-then-cut-words"),
    ],
)
def test_a_lost_date_right_under_its_signer_keeps_the_signer(tail: tuple[str, ...]) -> None:
    letter = parse_text(_closing("柳溪县水务局", "2031517", *tail), keywords=False)
    assert letter.signature.issuer == "柳溪县水务局"
    assert letter.signature.date is None
    assert letter.dates == []
    assert span_problems(letter) == []


def test_a_lost_date_with_a_line_between_it_and_the_authority_anchors_nothing() -> None:
    letter = parse_text(
        _closing("柳溪县水务局", "联系人：钱某", "2031517", "邮政编"), keywords=False
    )
    assert letter.signature.issuer is None


def test_a_whole_date_reads_as_before() -> None:
    letter = parse_text(_closing("柳溪县水务局", "2031年5月17日", "邮政编"), keywords=False)
    assert letter.signature.issuer == "柳溪县水务局"
    assert letter.signature.date == "2031-05-17"


_FORM = (
    "建议号：7\n\n提案人：赵某某\n\n{label}\n\n{text}\n\n承办单位：柳溪县水务局\n\n办理情况：\n\n"
)
_REPLY = (
    "柳溪县水务局关于县一届人大二次会议第7号建议的答复\n\n"
    "赵某某代表：\n\n"
    "您提出的建议收悉，现答复如下。\n\n"
    "我局已安排人员巡查。\n\n"
    "柳溪县水务局\n\n"
    "2031年5月17日\n"
)
_PROPOSAL_TEXT = "河道两岸杂草丛生，在2029年，已有多处堤岸垮塌。为此建议有关部门尽快组织整治。"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("容：", id="one-lost"),
        pytest.param("议内容：", id="one-of-four-lost"),
        pytest.param("容:", id="ascii-colon"),
    ],
)
def test_the_proposal_text_under_a_cut_content_label_gives_no_date(label: str) -> None:
    # review60f: the 内容： row's head lost (容：), the record's other rows whole: still the
    # item's record (dev29), its text's year none of the letter's (fix93 read it)
    letter = parse_text(_FORM.format(label=label, text=_PROPOSAL_TEXT) + _REPLY, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年5月17日"]


def test_a_cut_handling_row_over_the_reply_ends_the_record() -> None:
    # 办理情况： cut to 况： right over the reply's title, its 内容： row whole
    form = _FORM.format(label="内容：", text=_PROPOSAL_TEXT).replace("办理情况：", "况：")
    letter = parse_text(form + _REPLY, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年5月17日"]


@pytest.mark.parametrize(
    "head",
    [
        # a cut label with no other whole row of a record over the reply: no record
        pytest.param("容：\n\n{text}\n\n办理情况：\n\n", id="cut-label-and-handling-row"),
        # a line of the letter's own that ends with 内容：, no cut label: no record
        pytest.param(
            "建议号：7\n\n提案人：赵某某\n\n会议讨论的主要问题和内容：\n\n{text}\n\n"
            "承办单位：柳溪县水务局\n\n办理情况：\n\n",
            id="sentence-ending-in-the-label",
        ),
        # a cut label's row with its value after the colon: no row alone, no record
        pytest.param(
            "建议号：7\n\n提案人：赵某某\n\n容：{text}\n\n承办单位：柳溪县水务局\n\n办理情况：\n\n",
            id="cut-label-with-its-value",
        ),
    ],
)
def test_no_record_of_whole_rows_keeps_the_text_year(head: str) -> None:
    letter = parse_text(head.format(text=_PROPOSAL_TEXT) + _REPLY, keywords=False)
    assert [d.text for d in letter.dates] == ["2029年", "2031年5月17日"]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("2029年人大代表建议答复", id="listing-heading"),
        pytest.param("某区2029年度政协提案办理答复", id="yearly-heading"),
    ],
)
def test_a_page_heading_with_no_sentence_still_gives_no_date(heading: str) -> None:
    letter = parse_text(heading + "\n\n" + _REPLY, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年5月17日"]


def test_a_record_with_its_whole_content_label_gives_none_of_its_dates() -> None:
    # dev29's reading kept: the item's record (its 内容： row whole) is the page's
    letter = parse_text(_FORM.format(label="内容：", text=_PROPOSAL_TEXT) + _REPLY, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年5月17日"]


def _phone(value: str) -> str | None:
    letter = parse_text(
        _closing("柳溪县水务局", "2031年5月17日", "联系人：钱某", f"联系电话：{value}"),
        keywords=False,
    )
    assert span_problems(letter) == []
    assert [c.name for c in letter.contacts] == ["钱某"]
    return letter.contacts[0].phone


@pytest.mark.parametrize(
    ("value", "first"),
    [
        pytest.param("5550123413900000000", "55501234", id="eight-and-mobile"),
        pytest.param("555012313900000000", "5550123", id="seven-and-mobile"),
        pytest.param("5550123413900000000（办）", "55501234", id="with-a-note"),
        pytest.param("５５５０１２３４１３９００００００００", "55501234", id="full-width"),
        pytest.param("5550123413900000000，传真：5550124", "55501234", id="fax-after"),
    ],
)
def test_a_landline_glued_to_a_mobile_gives_its_first_number(value: str, first: str) -> None:
    # review60f: the first number, as of a value giving several (fix93 read the whole run)
    assert _phone(value) == first


def test_a_landline_glued_to_a_mobile_reads_as_the_two_written_apart() -> None:
    apart = parse_text(_closing("柳溪县水务局", "2031年5月17日", "联系电话：55501234 13900000000"))
    glued = parse_text(_closing("柳溪县水务局", "2031年5月17日", "联系电话：5550123413900000000"))
    assert apart.contacts[0].phone == glued.contacts[0].phone == "55501234"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("1390000000055501234", id="mobile-first"),
        pytest.param("0000555012313900000000", id="area-code-first"),
        pytest.param("5550123412900000000", id="no-mobile-after"),
        pytest.param("55501234139000000001", id="one-digit-too-many"),
        pytest.param("5550121390000000", id="six-and-mobile"),
        pytest.param("530102199003071234", id="identity-number"),
    ],
)
def test_a_run_that_parts_another_way_is_no_phone(value: str) -> None:
    assert _phone(value) is None


@pytest.mark.parametrize(
    "rows",
    [
        # a table of units and their figures, one cell a line, at the letter's end: the last
        # unit's figure reads as a date that lost 年月日 (2015312), but a figure stands over it
        pytest.param(
            ("附件：资金分配表", "单位", "金额（元）", "柳溪县财政局", "1980000", "柳溪县水务局"),
            id="figure-over-the-unit",
        ),
        # every figure date-like: the first unit's figure under the next unit's name
        pytest.param(
            ("各单位完成情况如下：", "柳溪县财政局", "1980312", "柳溪县水务局"),
            id="date-like-figure-over-the-unit",
        ),
    ],
)
def test_a_table_of_units_and_figures_signs_nothing(rows: tuple[str, ...]) -> None:
    # review60f: no signer over a run that is a table's figure
    letter = parse_text(_closing(*rows, "2015312", "共计"), keywords=False)
    assert letter.signature.issuer is None


@pytest.mark.parametrize(
    "run",
    [
        pytest.param("20150312", id="phone-date-like"),
        pytest.param("201213", id="postcode-date-like"),
        pytest.param("2019112", id="serial-date-like"),
    ],
)
def test_an_authority_alone_over_any_date_like_run_signs_undated(run: str) -> None:
    # fix93 as it stands: a phone, a postcode or a serial alone right under an authority's
    # name at the letter's end reads as the lost date's place; the signer is that authority
    # all the same, the date null (no date is read off the run)
    letter = parse_text(_closing("柳溪县水务局", run, "邮政编"), keywords=False)
    assert letter.signature.issuer == "柳溪县水务局"
    assert letter.signature.date is None
    assert letter.dates == []
