"""The signer with the person who signed glued after it, a seal's note after him or between
(``某县教育局李某某（盖章）``, ``某县教育局（盖章）李某某``, ``某县教育局李某某``), run on after the
last sentence with the date (``…支持。某县教育局李某某（盖章） 2024年5月6日``): the authority
signs, as on a tidy letter's line of its own; neither the person nor the note is part of
its name. Thanks that name a person sign nothing, and a unit whose name goes on past an
office's ending signs whole. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第53号建议的答复\n吴某某代表：\n"
    "    您提出的关于增设某镇公交站点的建议收悉，现答复如下：\n"
    "    我局已将该站点列入明年线网调整计划。感谢您的关心和支持。"
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县交通运输局郑某某（盖章） 2024年5月6日", id="seal-after-person"),
        pytest.param("某县交通运输局郑某某 2024年5月6日", id="person"),
        pytest.param("某县交通运输局郑某某2024年5月6日", id="glued"),
        pytest.param("某县交通运输局郑某某（盖章）2024年5月6日", id="seal-glued"),
        pytest.param("某县交通运输局（盖章）郑某某 2024年5月6日", id="seal-before-person"),
        pytest.param("某县交通运输局 郑某某（盖章） 2024年5月6日", id="blank-before-person"),
        pytest.param("某县交通运输局局长郑某某 2024年5月6日", id="post"),
        # the tidy letter's reading, which the run-on copy now gives
        pytest.param("\n\n某县交通运输局郑某某（盖章）\n2024年5月6日", id="tidy"),
    ],
)  # fmt: skip
def test_the_authority_signs_run_on(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        # must not match: thanks naming a person, a unit past an office's ending, a contact
        pytest.param("感谢某县交通运输局郑某某 2024年5月6日", None, id="thanks"),
        pytest.param("某县交通运输局城关站（盖章） 2024年5月6日", "某县交通运输局城关站",
                     id="unit"),
        pytest.param("联系人：郑某某 2024年5月6日", None, id="contact"),
    ],
)  # fmt: skip
def test_other_run_on_lines_left_alone(closing: str, signer: str | None) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert record.signature.issuer == signer
