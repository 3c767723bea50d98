"""One person given twice in the closing, once with a masked phone (a leader's line,
``承办负责人：李某  1390000****``) and once with the number in full (``承办人及联系电话：李某
0000-5550123``): one contact, the full number's (an earlier round gave two). A masked
phone of a person given once stays, as written, and two people keep theirs. Snippets in
our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = (
    "关于某事的答复\n王某委员：\n您的提案收悉，现答复如下：\n我大队将加强巡逻。\n"
    "某县公安局交通警察大队\n2023年5月18日\n{lines}"
)


@pytest.mark.parametrize(
    ("lines", "contacts"),
    [
        pytest.param(
            "承办负责人:李某  1390000****\n承办人及联系电话:李某   0000-5550123\n",
            [("李某", "0000-5550123")],
            id="masked-then-full",
        ),
        pytest.param(
            "承办人及联系电话:李某   0000-5550123\n承办负责人:李某  139××××0000\n",
            [("李某", "0000-5550123")],
            id="full-then-masked",
        ),
        pytest.param(
            "承办负责人:李某  1390000****\n承办人及联系电话:张某   0000-5550123\n",
            [("李某", "1390000****"), ("张某", "0000-5550123")],
            id="two-people",
        ),
        pytest.param(
            "联系人:李某  联系电话:1390000****\n",
            [("李某", "1390000****")],
            id="masked-alone",
        ),
    ],
)
def test_a_masked_twin(lines: str, contacts: list[tuple[str, str]]) -> None:
    letter = parse_text(_LETTER.format(lines=lines), keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == contacts
