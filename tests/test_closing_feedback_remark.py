"""The proposer's remark on how the proposal was handled, written under the reply after its
signature and date (``代表反馈意见：办理认真负责，非常满意。``): a labelled line of the
tail, as 联系人 and 抄送 lines are, so the authority and the date above it still sign the
letter. Ending in 。, it read as the body's last sentence: the closing stopped under it,
and the letter had no signer and no date. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = """关于答复县政协一届二次会议委员意见的函
王某委员：
您提出的“把某某用地列入规划”的意见收悉，现答复如下：
我局将依程序办理。
感谢您的关心与支持。
某县规划局
2020年5月6日
"""


@pytest.mark.parametrize(
    "remark",
    [
        pytest.param("代表反馈意见：办理认真负责，非常满意。", id="deputy"),
        pytest.param("委员反馈意见：非常满意。", id="member"),
        pytest.param("提案人反馈意见：对办理情况满意。", id="proposer"),
        pytest.param("反馈意见：满意。", id="bare"),
        pytest.param("代表评价意见：办理及时，答复明确。", id="evaluation"),
        pytest.param("代表反馈意见:办理认真负责,非常满意。", id="half-width"),
    ],
)
@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(("{remark}",), id="alone"),
        pytest.param(("{remark}", "抄送：县政协提案委，县政府办。"), id="over-cc"),
        pytest.param(
            ("承办负责人：张某", "联系电话：0000-5550123", "{remark}", "抄送：县政府办。"),
            id="among-tail-lines",
        ),
    ],
)
def test_a_feedback_remark_under_the_date_keeps_the_signature(
    remark: str, tail: tuple[str, ...]
) -> None:
    text = HEAD + "\n".join(line.format(remark=remark) for line in tail) + "\n"
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "某县规划局"
    assert letter.signature.date == "2020-05-06"
    assert [d.value for d in letter.dates] == ["2020-05-06"]


def test_the_body_may_speak_of_feedback() -> None:
    text = HEAD.replace("我局将依程序办理。", "根据代表反馈意见，我局将依程序办理。")
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "某县规划局"
    assert letter.signature.date == "2020-05-06"
