"""The letter's own words before a contact's label (fields/contacts.py, _SELF_REFERENCE):
我局 before a section names the section (我局工程科联系人… → 工程科), but a word the
authority's character opens is read whole, the letter's own office named so and no
section after it: 本办公室, 我办公室, 本委员会 are never 本办 + 公室 or 本委 + 员会, so
no fragment (公室, 员会) becomes the contact's org. And a section is looked for no further
back than its longest name, so a long line of labels costs no look back to its start at
each. Snippets are invented."""

from __future__ import annotations

import re

import pytest

from replyparse import parse_text
from replyparse.fields import contacts as contacts_module

OPEN = (
    "关于疏通某街道排水沟渠的建议的答复\n钱某代表：\n"
    "　　您提出的关于疏通某街道排水沟渠的建议收悉，现答复如下：\n"
)
SIGNED = "　　感谢您对我们工作的关心。\n某县某某管理办公室\n2099年7月8日\n"
PHONE = "0000-5554321"


def _contacts(last: str) -> list[tuple[str | None, str | None, str | None]]:
    letter = parse_text(OPEN + "　　" + last + "\n" + SIGNED, keywords=False)
    return [(c.name, c.org, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(
    "own",
    [
        pytest.param("我办公室", id="wo-bangongshi"),
        pytest.param("本办公室", id="ben-bangongshi"),
        pytest.param("本委员会", id="ben-weiyuanhui"),
        # (contacts53: 本部门 is no 本部 + 门; a place's own words alone name no office)
        pytest.param("本部门", id="ben-bumen"),
        pytest.param("我县", id="wo-xian"),
        pytest.param("本市", id="ben-shi"),
    ],
)
def test_own_office_word_names_no_fragment(own: str) -> None:
    found = _contacts(f"我们已安排清淤，{own}联系人吴某某，电话{PHONE}。")
    assert found == [("吴某某", None, PHONE)]


@pytest.mark.parametrize(
    ("words", "org"),
    [
        pytest.param("我局工程科", "工程科", id="bureau-section"),
        pytest.param("本委规划处", "规划处", id="commission-section"),
        pytest.param("我局办公室", "办公室", id="bureau-office"),
        # a place's own words: its level stays with its office (contacts53)
        pytest.param("我县林业局", "县林业局", id="own-county-office"),
        pytest.param("本市林业局造林科", "市林业局造林科", id="own-city-office-section"),
    ],
)
def test_section_after_own_words_still_named(words: str, org: str) -> None:
    found = _contacts(f"我们已安排清淤，{words}联系人吴某某，电话{PHONE}。")
    assert found == [("吴某某", org, PHONE)]


def test_section_looked_for_near_the_label_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # a long line of glued labels: each looks back a section's longest name, not to the
    # line's start (a look to the start at every label is quadratic on a long letter)
    spans: list[int] = []
    real = contacts_module._HANZI_RUN

    class Spy:
        def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
            spans.append(len(text))
            return real.fullmatch(text, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(contacts_module, "_HANZI_RUN", Spy())
    org_spans: list[int] = []
    real_end = contacts_module.ORG_END

    class EndSpy:
        def search(self, text: str, pos: int = 0, endpos: int = 10**9) -> re.Match[str] | None:
            org_spans.append(min(endpos, len(text)) - pos)
            return real_end.search(text, pos, endpos)

        def __getattr__(self, name: str) -> object:
            return getattr(real_end, name)

    monkeypatch.setattr(contacts_module, "ORG_END", EndSpy())
    _contacts("我们推进规划科联系人吴某" * 300)
    assert spans and max(spans) <= 64
    assert org_spans and max(org_spans) <= 64
