"""A flattened copy's salutation with a comma for its colon (``王某代表，李某代表，``) before
an opening that speaks to the addressee a few words on (``现将你们提出的…``, ``关于你们
提出的…``, ``首先感谢您…``, ``感谢您对…的关心``), all on one line under the title: the salutation and its
addressees, as before ``您提出的…``. Near-miss: a body sentence naming a deputy before
现将 stays body. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于增设某某公交线路的建议的答复"
FLAT = TITLE + " {s}{o}感谢您的关心。 某市交通局 2024年6月1日"

CASES = [
    pytest.param("王某代表，李某代表，", "现将你们提出的建议办理情况答复如下：", id="现将"),
    pytest.param("王某代表，李某代表，", "关于你们提出的建议，经研究，现答复如下：", id="关于你们"),
    pytest.param("王某代表，", "现将您提出的建议办理情况答复如下：", id="one-现将"),
    pytest.param("李某委员，", "首先感谢您对交通工作的关心。您提出的提案收悉。", id="首先"),
    pytest.param("王某代表，", "感谢您对交通工作的关心。现答复如下：", id="感谢您"),
    pytest.param("王某代表，", "非常感谢您对交通工作的关心。现答复如下：", id="非常感谢您"),
    pytest.param("王某代表：", "感谢您对交通工作的关心。现答复如下：", id="colon-感谢您"),
]  # fmt: skip


@pytest.mark.parametrize(("s", "o"), CASES)
def test_flat_salutation_before_opening_words(s: str, o: str) -> None:
    letter = parse_text(FLAT.format(s=s, o=o), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == s
    bare = s.replace("代表", "").replace("委员", "").replace("：", "")
    names = [name for name in bare.split("，") if name]
    assert [a.name for a in letter.addressees] == names


def test_deputy_named_in_body_stays_body() -> None:
    text = (
        TITLE + "\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        "我局已当面征求李某代表，现将有关情况说明如下。\n感谢您的关心。\n某市交通局\n2024年6月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.salutation == "王某代表："
    assert [a.name for a in letter.addressees] == ["王某"]


def test_thanks_to_others_after_a_name_in_the_body_stays_body() -> None:
    text = (
        TITLE + "\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        "我局已征求李某代表，感谢市人大的支持。\n感谢您的关心。\n某市交通局\n2024年6月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.salutation == "王某代表："
    assert [a.name for a in letter.addressees] == ["王某"]
