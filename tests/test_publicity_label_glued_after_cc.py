"""A publication label glued after the 抄送 list's last body with no colon
(``抄送：乙县财政局，乙县水务局公开方式主动公开``), which ends the list, is read as the label
with its colon is (``公开方式：主动公开``): its value right after it says whether the reply is
published. A body whose name holds 公开 (县政务公开办公室), or words after one that are no
label's, say nothing. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "钱某委员：\n你提出的关于修建某村便桥的提案收悉，现答复如下：\n便桥已列入建设计划。\n"
    "乙县交通运输局\n2099年9月2日\n"
)
BODIES = ["乙县财政局", "乙县水务局"]


@pytest.mark.parametrize(
    ("line", "public"),
    [
        pytest.param("抄送：乙县财政局，乙县水务局公开方式主动公开", True, id="way"),
        pytest.param("抄送：乙县财政局，乙县水务局是否公开是", True, id="whether"),
        pytest.param("抄送：乙县财政局，乙县水务局公开属性主动公开。", True, id="attribute"),
        pytest.param("抄送：乙县财政局，乙县水务局公开方式依申请公开", False, id="on-request"),
        pytest.param("抄送：乙县财政局，乙县水务局信息公开方式不予公开", False, id="withheld"),
        # the colon form's reading, which the glued label now gives
        pytest.param("抄送：乙县财政局，乙县水务局\n公开方式：主动公开", True, id="colon"),
    ],
)  # fmt: skip
def test_a_glued_label_is_read_as_with_its_colon(line: str, public: bool) -> None:
    record = parse_text(HEAD + line + "\n", keywords=False)
    assert (record.public, record.cc) == (public, BODIES)
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "line",
    [
        # must not match: a body whose name holds 公开, and words of no label after one
        pytest.param("抄送：乙县财政局，乙县政务公开办公室", id="body"),
        pytest.param("抄送：乙县政务公开办公室公开征求意见", id="words"),
    ],
)  # fmt: skip
def test_bodies_holding_publication_words_say_nothing(line: str) -> None:
    assert parse_text(HEAD + line + "\n", keywords=False).public is None
