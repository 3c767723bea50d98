"""A proposal's record printed over the reply with a row of the day the reply was given
(``答复日期：…`` / ``建议人：王某`` / ``建议内容：…`` / ``答复内容：`` / the reply): that row is one
of the record's, whatever word the site writes for the reply (答复时间, 答复日期, 回复时间,
回复日期: data/labels.tsv's ``reply_date``), so the record's money and day are none of the
letter's (mend72b: left72b moved those labels to a field of their own and the record's rows
lost them). Snippets written here, names and numbers invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

_REPLY = (
    "王某代表：\n您提出的建议收悉。现答复如下：我局已安排资金30万元修缮该路段。\n"
    "感谢您对交通运输工作的关心和支持。\n甲山县交通运输局\n2099年6月1日\n"
)
_TEXT = "建议内容：关于某路段修缮的建议。所需资金20万元。\n答复内容：\n"
_UNDER = "某路段年久失修，建议修缮，所需资金20万元。\n建议答复\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "record",
    [
        pytest.param("答复日期：2099年5月20日\n建议人：王某\n" + _TEXT, id="day-first"),
        pytest.param("答复时间：2099年5月20日\n建议人：王某\n" + _TEXT, id="time-first"),
        pytest.param("建议人：王某\n答复时间：2099年5月20日\n" + _TEXT, id="time-second"),
        # (the site's other word for the reply, a label of the same field: counted alike)
        pytest.param("回复时间：2099年5月20日\n建议人：王某\n" + _TEXT, id="huifu-first"),
        pytest.param("建议人：王某\n回复日期：2099年5月20日\n" + _TEXT, id="huifu-day-second"),
    ],
)  # fmt: skip
def test_the_reply_day_row_is_the_records(record: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(record + _REPLY), keywords=False)
    assert span_problems(letter) == []
    assert [a.text for a in letter.amounts] == ["30万元"]
    assert [d.value for d in letter.dates] == ["2099-06-01"]


@pytest.mark.parametrize(
    "record",
    [
        pytest.param("领衔代表：王某\n答复时间：2099年5月20日\n" + _UNDER, id="under-leader"),
        pytest.param("答复时间：2099年5月20日\n领衔代表：王某\n" + _UNDER, id="over-leader"),
        pytest.param("领衔代表：王某\n回复日期：2099年5月20日\n" + _UNDER, id="huifu-under-leader"),
    ],
)  # fmt: skip
def test_the_reply_day_row_over_the_proposals_text(record: str) -> None:
    # (the record's rows, then its text with no label, then the reply's own label)
    letter = parse_text(record + _REPLY, keywords=False)
    assert span_problems(letter) == []
    assert [a.text for a in letter.amounts] == ["30万元"]
    assert [d.value for d in letter.dates] == ["2099-06-01"]


def test_a_reply_day_under_the_signed_date_stays_the_letters() -> None:
    # (no record: the closing's own row of the reply's day, under the signer)
    text = "甲山县交通运输局关于第12号建议的答复\n" + _REPLY + "答复时间：2099年6月2日\n"
    letter = parse_text(text, keywords=False)
    assert "2099-06-01" in [d.value for d in letter.dates]
