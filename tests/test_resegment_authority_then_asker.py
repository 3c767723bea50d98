"""A reply sent to another office (a 会办意见) addresses that office by its name alone, no
colon, and opens by naming the deputy who asked (``某区某局`` / ``王某代表提出的…建议收悉``).
A copy that lost its line breaks with nothing between glues the two
(``某区某局王某代表提出的…``): the office is the salutation, the deputy and the role open the
sentence, as on the tidy lines. A salutation to a person with no colon (王某代表您提出的…)
stays the person's."""

from __future__ import annotations

from replyparse import parse_text

TITLE = "关于对区五届人大二次会议第T08号代表建议的会办意见"
BODY = (
    "经研究，现将会办意见函告如下：\n"
    "目前，街道已完成两个小区的屋面修缮，其余小区将于明年分批实施。\n"
    "某区某街道办事处\n2099年3月22日\n"
)


def _read(head: str) -> list[tuple[str, str | None]]:
    glued = "".join(line.strip() for line in (TITLE + "\n" + head + BODY).split("\n"))
    return [(a.name, a.role) for a in parse_text(glued, keywords=False).addressees]


def test_office_then_the_deputy_who_asked() -> None:
    head = "某区房屋管理局\n钱某代表提出的关于老旧小区改造的代表建议收悉，"
    assert _read(head) == [("某区房屋管理局", None)]
    tidy = TITLE + "\n" + head + BODY
    assert [(a.name, a.role) for a in parse_text(tidy, keywords=False).addressees] == [
        ("某区房屋管理局", None)
    ]


# Must not match
def test_person_addressed_without_colon() -> None:
    head = "钱某代表\n您提出的关于老旧小区改造的代表建议收悉，"
    assert _read(head) == [("钱某", "代表")]
