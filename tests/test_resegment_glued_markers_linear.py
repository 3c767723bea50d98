"""A long line of glued numbered items (flattened letters, glued49's rules): a 二、 to 九、
glued after words asks whether a 三、 to 十、 further on follows a sentence's end, and a
①/一、 after a colon asks whether its item 2 follows in the same sentence. Each asked
the rest of the line again (quadratic: a 200k-character line took minutes); the answers
are now found once for the line. The work is counted (lines of resegment.py run), never
timed: doubling the line must no more than about double it. Snippets are invented."""

from __future__ import annotations

import pytest

from helpers import resegment_steps as _steps
from replyparse import resegment
from replyparse.textview import TextView

HEAD = "关于某事的答复\n张三代表：您提出的建议收悉。现答复如下：一、加强管理。"


@pytest.mark.parametrize(
    "unit",
    [
        "甲二、乙三、丙",  # glued 二、 after 一、, many 三、 none after a sentence's end
        "：①甲，",  # an item 1 after a colon, in one sentence that never ends
        "说明：一、甲，",
    ],
)
def test_work_grows_linearly(unit: str) -> None:
    small = _steps(HEAD + unit * 300 + "某局")
    large = _steps(HEAD + unit * 600 + "某局")
    assert large < 2.3 * small


def test_glued_heading_still_cut() -> None:
    """The rules still read: a glued 二、 framed by a 三、 after a full stop opens a line,
    an item 1 after a colon whose item 2 follows after a comma does not."""
    text = HEAD + "发布信息二、推动标准引领。做好服务。三、强化监管。\n某局\n"
    view = TextView(text)
    assert view.norm.index("二、") in resegment.find_breaks(view).cuts
    text = HEAD + "选址位于：①甲街口，②乙路北。\n某局\n"
    view = TextView(text)
    assert view.norm.index("①") not in resegment.find_breaks(view).cuts
