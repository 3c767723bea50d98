"""Names and a role word without their colon right over the opening, under a page's menu
and the site's name that read as a title and a body's name under it (``某县人民政府`` over
``政府信息公开``, no opening under it): the names are the salutation, as with the colon, and
the site's name no addressee (an earlier reading took the site's name for a body addressed
under the title; pert66). A body's name right over the opening stays addressed. Snippets
invented."""

from __future__ import annotations

from replyparse import parse_text

MENU = ["市政府 市直部门 县（市、区）政府", "青岚县人民政府", "政府信息公开", "全文检索"]
TITLE = "青岚县住建局对县九届人大二次会议第41号建议的答复"
BODY = [
    "您在县九届人大二次会议上提出的“关于增设路灯的建议”收悉，现答复如下：",
    "我局已将该路段列入年度计划。",
    "青岚县住建局",
    "2099年6月8日",
]


def _letter(salutation: str) -> str:
    return "\n\n".join([*MENU, TITLE, salutation, *BODY]) + "\n"


def test_the_names_over_the_opening_are_the_salutation() -> None:
    bare = parse_text(_letter("周小岚、郑大川两位代表"), keywords=False)
    colon = parse_text(_letter("周小岚、郑大川两位代表："), keywords=False)
    assert [(a.name, a.role) for a in bare.addressees] == [("周小岚", "代表"), ("郑大川", "代表")]
    assert bare.title == colon.title == TITLE
    assert bare.proposal.title == colon.proposal.title


def test_a_body_named_over_the_opening_stays_addressed() -> None:
    text = "\n".join([TITLE, "青岚县白沙镇人民政府", "你镇报来的请示收悉，现答复如下：", *BODY[1:]])
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("青岚县白沙镇人民政府", None)]


def test_a_body_addressed_right_over_the_names_both_without_colons_names_both() -> None:
    # review66: the body's name right over the names, both over the opening, is addressed
    # with them, as with their colons (pert66's site name gives way only to names further
    # down); a body that signs the letter under its title stays the head's
    lines = [TITLE, "{body}", "周小岚代表", *BODY]
    bare = parse_text("\n".join(lines).format(body="青岚县人大常委会"), keywords=False)
    colon = parse_text(
        "\n".join(lines).format(body="青岚县人大常委会：").replace("代表\n", "代表：\n", 1),
        keywords=False,
    )
    expected = [("青岚县人大常委会", None), ("周小岚", "代表")]
    assert [(a.name, a.role) for a in colon.addressees] == expected
    assert [(a.name, a.role) for a in bare.addressees] == expected
    assert bare.title == TITLE
    signed = parse_text("\n".join(lines).format(body="青岚县住建局"), keywords=False)
    assert [(a.name, a.role) for a in signed.addressees] == [("周小岚", "代表")]


def test_a_sites_name_glued_after_the_title_is_no_body_addressed_with_the_names() -> None:
    # the copy set the site's name glued to the title's line apart: no line of the letter's
    text = "\n".join([TITLE + "青岚县人民政府", "周小岚代表", *BODY])
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
