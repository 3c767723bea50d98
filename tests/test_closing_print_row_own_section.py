"""The 版记's 印发 row that lost its 印发 is read by whom it names as well as by an 办公室's
ending: a section of the signer's own that prints its letters (``某县教育局综合股``,
``某县教育局秘书科``), a town's or a street office's ``党政办`` or ``综合办``, or, under the
抄送 list, the signer's own name again (an authority may print under its own name:
``…局  2022年5月25日印发`` in a real 版记). So read under the 抄送 list below an undated
signer, between the signer and its date, and (the list lost too) under the signer and its
date: the authority above signs, its own date or none; the printing date is no 成文日期 and
stays in ``dates``. An earlier round signed the section, the signer with the printing date,
or the office with it. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第27号建议的答复\n周某某代表：\n"
    "    您提出的关于修缮某村文化广场的建议收悉，现答复如下：\n"
    "    我们已将该广场列入今年修缮计划。感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("某县教育局\n抄送：某县人大常委会\n某县教育局综合股  2024年5月8日",
                     "某县教育局", id="section-after-list"),
        pytest.param("某县教育局\n抄送：某县人大常委会\n某县教育局  2024年5月8日",
                     "某县教育局", id="own-name-after-list"),
        pytest.param("某某街道办事处\n抄送：某县人大常委会\n某某街道党政办  2024年5月8日",
                     "某某街道办事处", id="town-office-after-list"),
    ],
)  # fmt: skip
def test_the_row_after_the_list_leaves_the_signer_undated(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, None)
    assert "2024-05-08" in [d.value for d in record.dates]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县教育局\n某县教育局综合股  2024年5月8日\n2024年5月6日", id="section-between"),
        pytest.param("某县教育局\n某县教育局秘书科\n2024年5月8日\n2024年5月6日",
                     id="section-between-apart"),
        pytest.param("某县教育局\n2024年5月6日\n某县教育局办公室  2024年5月8日", id="office-under"),
        pytest.param("某县教育局\n2024年5月6日\n某县教育局综合股\n2024年5月8日",
                     id="section-under-apart"),
        pytest.param("某县教育局（盖章）\n2024年5月6日\n某县教育局办公室  2024年5月8日",
                     id="sealed-signer"),
    ],
)  # fmt: skip
def test_the_signer_keeps_its_own_date(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县教育局", "2024-05-06")
    assert "2024-05-08" in [d.value for d in record.dates]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        # must not match: another body is a joint reply's signer, or signs under the list
        pytest.param("某县财政局\n2024年5月6日\n某县教育局\n2024年5月8日",
                     "某县财政局、某县教育局", "2024-05-08", id="joint-each-dated"),
        pytest.param("某县教育局\n抄送：某县人大常委会\n某县财政局  2024年5月8日",
                     "某县财政局", "2024-05-08", id="another-body-after-list"),
        pytest.param("某市公安局\n某市公安局乙区分局  2024年5月8日\n2024年5月6日",
                     "某市公安局、某市公安局乙区分局", "2024-05-08", id="branch-no-section"),
        pytest.param("某县教育局\n2024年5月6日", "某县教育局", "2024-05-06", id="tidy"),
    ],
)  # fmt: skip
def test_other_bodies_still_sign(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, date)
