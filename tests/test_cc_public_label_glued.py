"""A publication label (labels.tsv's 是否公开 rows that stand glued to their value at a
line's start: 公开方式, 是否公开, 公开属性…) glued after the 抄送 list's last body with no
colon (``…县政府办公室公开方式主动公开``, ``…办公室是否公开是``) ends the list, as it does
with its colon: no body's name holds such a label. A body whose name holds 公开 (县政务公开
办公室, 县政务信息公开办公室) stays whole."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "孙某委员：\n你提出的关于增加公厕的提案收悉，现答复如下：\n公厕已列入建设计划。\n"
    "乙县城市管理局\n2099年9月2日\n"
)
BODIES = ["乙县财政局", "乙县人民政府办公室"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("抄送：乙县财政局，乙县人民政府办公室公开方式主动公开", id="way"),
        pytest.param("抄送：乙县财政局，乙县人民政府办公室是否公开是", id="whether"),
        pytest.param("抄送：乙县财政局，乙县人民政府办公室公开属性：主动公开", id="with-colon"),
        pytest.param("抄送：乙县财政局，乙县人民政府办公室信息公开方式主动公开", id="information"),
    ],
)  # fmt: skip
def test_a_publication_label_ends_the_list(line: str) -> None:
    assert parse_text(HEAD + line + "\n").cc == BODIES


# Must not match: bodies whose names hold 公开.
@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("抄送：乙县财政局，乙县政务公开办公室", ["乙县财政局", "乙县政务公开办公室"]),
        ("抄送：乙县政务信息公开办公室。", ["乙县政务信息公开办公室"]),
        ("抄送：乙县财政局，乙县人民政府办公室。", BODIES),
    ],
)
def test_bodies_holding_publication_words_stay_whole(line: str, bodies: list[str]) -> None:
    assert parse_text(HEAD + line + "\n").cc == bodies
