"""A contact the answer's last paragraph gives in a sentence (fields/contacts.py,
_sentence_contact), read where its clause opens as well as after a comma:

- after the end of the sentence before it (…推进。联系人王某，电话…。, …推进！规划科联系人…),
  the section glued before the label read back to that mark as back to a comma;
- with the letter's own words before the section (我局工程科联系人…): the section is named,
  the bureau is the letter's (org 工程科); the words alone (我局联系人…) name no office, the
  contact read all the same;
- under as many closing formula lines as the letter writes after it (no fixed count).

Prose stays prose: 联系人 as a word of the body, a name with no phone. Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPEN = "关于整治某镇集贸市场周边交通的建议的答复\n周某代表：\n　　您提出的关于整治某镇集贸市场周边交通的建议收悉，现答复如下：\n　　我局已会同交警部门增设临时停车区。\n"
SIGNED = "某县交通运输局\n2099年5月6日\n"
PHONE = "0000-5556789"


def _contacts(last: str, after: str = "") -> list[tuple[str | None, str | None, str | None]]:
    letter = parse_text(OPEN + "　　" + last + "\n" + after + SIGNED, keywords=False)
    assert span_problems(letter) == []
    return [(c.name, c.org, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(
    ("last", "org"),
    [
        pytest.param(f"下一步将继续推进。联系人吴某某，电话{PHONE}。", None, id="label-after-stop"),
        pytest.param(
            f"下一步将继续推进。运输科联系人吴某某，电话{PHONE}。",
            "运输科",
            id="section-after-stop",
        ),
        pytest.param(
            f"下一步将继续推进！运输科联系人吴某某，电话{PHONE}。", "运输科", id="after-bang"
        ),
        pytest.param(
            f"此件由我局办理，我局运输科联系人吴某某，电话{PHONE}。", "运输科", id="own-bureau"
        ),
        pytest.param(
            f"如有疑问，可联系本局运输科联系人吴某某，电话{PHONE}。", "运输科", id="reach-own"
        ),
        pytest.param(
            f"此件由县交通运输局办理，我局联系人吴某某，电话{PHONE}。",
            "县交通运输局",
            id="own-alone",
        ),
    ],
)
def test_the_sentence_contact_is_read(last: str, org: str | None) -> None:
    assert _contacts(last) == [("吴某某", org, PHONE)]


FORMULAS = "　　感谢您对交通工作的关心。\n　　再次感谢您的支持。\n　　如有不妥，请及时指出。\n　　以上答复，请审阅。\n"


def test_read_over_four_formula_lines() -> None:
    assert _contacts(f"下一步将继续推进，联系人吴某某，电话{PHONE}。", FORMULAS) == [
        ("吴某某", None, PHONE)
    ]


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("下一步将建立联系人制度。联系人吴某某负责协调。", id="no-phone"),
        pytest.param(f"下一步将继续推进。联系人制度已建立，热线{PHONE}。", id="no-name"),
        pytest.param(f"下一步将继续推进。该局运输科联系人吴某某，电话{PHONE}。", id="other-bureau"),
    ],
)
def test_prose_and_unnamed_offices(last: str) -> None:
    # (another bureau's words, 该局…, are left as they were read: no contact)
    assert _contacts(last) == []


def test_a_paragraph_that_goes_on_is_no_closing_sentence() -> None:
    # the contact sentence in a paragraph the answer goes on after: prose
    last = (
        f"下一步将继续推进。运输科联系人吴某某，电话{PHONE}。\n　　同时我局将加强巡查，确保秩序。"
    )
    assert _contacts(last) == []
