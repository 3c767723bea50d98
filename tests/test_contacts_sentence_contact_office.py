"""The contact the body's last paragraph gives in its closing sentence (contacts51).

- Its office, as the letter names it near the person: the unit under its own label with its
  colon before the person (``此件承办单位：某县水利局，联系人张某某，电话…。``, 经办单位,
  联系科室 alike), the section glued before the person's label (``…，规划科联系人张某某，
  电话…。``), or the unit the sentence says handles the item (``由某局办理``, as before).
- The answer's last paragraph is the last that is no closing formula: the sentence is read
  with ``感谢您…``, ``特此答复。`` or ``此致`` / ``敬礼`` on lines after it, not under a
  paragraph of the answer.
- A comma opens the person's clause, or a ``；`` before a label with its colon, a cell of a
  labelled list (``（协办单位：某局；联系人：王某；联系电话：…）``). A ``；`` a page's ``&nbsp;``
  left as text parts nothing: the indent of a contact line (``&nbsp;&nbsp;联系人：…``) is
  read as a line the label opens, and a ``&nbsp;`` between the clause and the label is a
  gap, as a blank is. A section glued before the label is one with no blank between them;
  the words a letter names itself with (我局, 本委) name no office.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPEN = "关于完善某河堤防的建议的答复\n李某某代表：\n　　您提出的关于完善某河堤防的建议收悉，现答复如下：\n"
BODY = "　　我局已将某河堤防加固列入年度计划，汛前完成主体工程。"
SIGNED = "\n某县水利局\n2099年6月1日\n"
PHONE = "0000-5559876"

Row = tuple[str | None, str | None, str | None]


def _read(text: str) -> list[Row]:
    letter = parse_text(text)
    assert span_problems(letter) == []
    return [(c.name, c.phone, c.org) for c in letter.contacts]


OFFICES = [
    pytest.param(f"此件承办单位：某县水利局，联系人赵某某，电话{PHONE}。", "某县水利局",
                 id="chengban-danwei-label"),
    pytest.param(f"此件经办单位：某县水利局，联系人：赵某某，联系电话：{PHONE}。", "某县水利局",
                 id="jingban-danwei-label"),
    pytest.param(f"联系科室：工程管理股，联系人赵某某，电话{PHONE}。", "工程管理股",
                 id="lianxi-keshi-label"),
    pytest.param(f"此件由某县水利局办理，工程管理股联系人赵某某，电话{PHONE}。", "工程管理股",
                 id="section-glued-before-label"),
    pytest.param(f"此件由某县水利局办理，办公室联系人赵某某，电话{PHONE}。", "办公室",
                 id="office-glued-before-label"),
    pytest.param(f"此件由某县水利局办理，承办科室联系人赵某某，电话{PHONE}。", "某县水利局",
                 id="joined-office-person-label"),
    pytest.param(f"此件由某县水利局办理，联系人赵某某，电话{PHONE}。", "某县水利局",
                 id="handled-by-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "org"), OFFICES)
def test_the_contacts_office_named_in_the_sentence(sentence: str, org: str) -> None:
    assert _read(OPEN + BODY + sentence + SIGNED) == [("赵某某", PHONE, org)]


SENTENCE = f"此件由某县水利局办理，联系人赵某某，电话{PHONE}。"
FORMULAS = [
    pytest.param("\n　　感谢您对水利工作的关心和支持。", id="thanks"),
    pytest.param("\n　　特此答复。", id="techi-dafu"),
    pytest.param("\n　　再次感谢您的关心！\n　　特此答复。", id="thanks-then-techi"),
    pytest.param("\n　　此致\n敬礼", id="cizhi-jingli"),
]


@pytest.mark.parametrize("after", FORMULAS)
def test_formula_lines_after_the_sentence(after: str) -> None:
    assert _read(OPEN + BODY + SENTENCE + after + SIGNED) == [("赵某某", PHONE, "某县水利局")]


@pytest.mark.parametrize("after", FORMULAS[:2])
def test_formula_lines_after_the_sentence_unsigned(after: str) -> None:
    """A 办理情况 page: nothing signed after the formula."""
    assert _read(OPEN + BODY + SENTENCE + after + "\n") == [("赵某某", PHONE, "某县水利局")]


def test_a_labelled_list_parted_by_semicolons() -> None:
    note = f"（协办单位：某县财政局；联系人：赵某某；联系电话：{PHONE}）"
    assert [r[:2] for r in _read(OPEN + BODY + note + SIGNED)] == [("赵某某", PHONE)]


def test_the_letters_own_office_names_none() -> None:
    text = OPEN + BODY + f"\n　　我局联系人：赵某某，电话：{PHONE}。" + SIGNED
    assert _read(text) == [("赵某某", PHONE, None)]


def test_a_contact_line_opened_by_an_nbsp_indent() -> None:
    """A contact line whose indent a page's source kept as ``&nbsp;``: the label opens it."""
    line = f"\n&nbsp;&nbsp;联系人：赵某某，电话：{PHONE}。"
    assert _read(OPEN + BODY + line + SIGNED) == [("赵某某", PHONE, None)]


# Must not match
PROSE_AFTER = [
    pytest.param("\n　　下一步，我局将继续加大投入，确保堤防安全度汛。", id="answer-goes-on"),
    pytest.param("\n　　感谢您的关心。\n　　另，某河二期工程已报批。", id="answer-after-thanks"),
]


@pytest.mark.parametrize("after", PROSE_AFTER)
def test_not_when_the_answer_goes_on_after_it(after: str) -> None:
    assert _read(OPEN + BODY + SENTENCE + after + SIGNED) == []


PROSE = [
    pytest.param(f"此件由某县水利局办理；联系人赵某某，电话{PHONE}。", id="semicolon-before-label"),
    pytest.param(f"此件由某县水利局办理&nbsp;联系人赵某某，电话{PHONE}。", id="nbsp-before-label"),
    pytest.param(f"此件由某县水利局办理 联系人赵某某，电话{PHONE}。", id="blank-before-label"),
    pytest.param(f"此件由某县水利局办理&nbsp;联系人：赵某某，电话：{PHONE}。",
                 id="nbsp-before-label-colon"),
    pytest.param("各科室联系人要及时沟通，确保信息畅通。", id="keshi-lianxiren-words"),
    pytest.param(f"工程管理股联系人赵某某负责巡查，巡查电话{PHONE}已公布。",
                 id="section-person-no-comma"),
    pytest.param("此件承办单位：某县水利局，联系人赵某某负责跟踪落实。", id="unit-label-no-phone"),
    pytest.param("群众如有疑问，办公室联系人将及时解答。", id="office-person-no-name"),
]  # fmt: skip


@pytest.mark.parametrize("sentence", PROSE)
def test_not_a_contact(sentence: str) -> None:
    assert _read(OPEN + BODY + sentence + SIGNED) == []


def test_a_contact_line_with_its_unit_label_is_read_as_before() -> None:
    text = OPEN + BODY + SIGNED + f"承办单位：某县水利局  联系人：赵某某  电话：{PHONE}\n"
    assert _read(text) == [("赵某某", PHONE, "某县水利局")]
