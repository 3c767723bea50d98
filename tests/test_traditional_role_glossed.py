"""A mirror's pinyin gloss inside a salutation's role word or its level (``縣政協(xié)委員錢某``,
``錢某委(wěi)員``) is read past, as the view reads past it everywhere else: the person and the
role (in simplified characters, fix90) are read, the name as written with its own glosses.
An earlier round read the salutation's own text with the glosses in it and took a gloss
inside the role for a part of the name: the whole salutation one name and no role, or the
level glued to the name (``錢某縣(xiàn)``). Names and units invented (review60e)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

PAGE = (
    "對(duì)縣五屆政協(xié)二次會(huì)議第31號(hào)提案的答復(fù)\n\n"
    "{salutation}\n\n"
    "您好，您提出的《關(guān)于疏浚北河支渠的提案》收悉。現(xiàn)答復(fù)如下：\n\n"
    "我局已將支渠疏浚列入明年計(jì)劃，相關(guān)資金正在籌(chóu)措。\n"
)


@pytest.mark.parametrize(
    ("salutation", "addressees"),
    [
        pytest.param("縣政協(xié)委員錢某：", [("錢某", "县政协委员")], id="role-before-name"),
        pytest.param("尊敬的縣政協(xié)委員錢某：", [("錢某", "县政协委员")], id="with-opener"),
        pytest.param("錢某縣(xiàn)政協(xié)委員：", [("錢某", "县政协委员")], id="glossed-level"),
        pytest.param("錢某委(wěi)員：", [("錢某", "委员")], id="inside-the-role"),
        pytest.param(
            "錢某、孫某國(guó)縣(xiàn)政協(xié)委員：",
            [("錢某", "县政协委员"), ("孫某國(guó)", "县政协委员")],
            id="two-names-glossed-name",
        ),
        # (as before: a gloss after the role, and one inside a name, kept in the name)
        pytest.param("錢某委員(yuán)：", [("錢某", "委员")], id="after-the-role"),
        pytest.param("錢(qián)某委員：", [("錢(qián)某", "委员")], id="inside-the-name"),
    ],
)
def test_a_gloss_inside_a_role_is_read_past(
    salutation: str, addressees: list[tuple[str, str]]
) -> None:
    text = PAGE.format(salutation=salutation)
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == addressees
    assert letter.salutation == salutation
    assert span_problems(letter) == []
