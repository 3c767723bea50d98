"""A contact's person label with the work the person is the liaison for before it, on the
line's start (``某区人大代表建议办理联络人：王某``, ``区政协提案办复联系人：``,
``建议提案办理工作联系人：``): the contact's label, as after an office's name, so the name is
the contact's with the phone under it (fix92: an earlier round read no label there, left
the line in the body and gave a contact with a phone and no name). Snippets are invented."""

from __future__ import annotations

import pytest

from datafiles import entries
from replyparse import parse_text
from replyparse.labels import opening_label
from replyparse.textview import TextView

BODY = """王某代表：
你提出的建议收悉，现答复如下：
我局将加强道路养护。
感谢您对政府工作的关心和支持。"""
SIGN = "某区人民政府办公室\n2099年7月11日"


@pytest.mark.parametrize(
    "lead",
    [
        "某区人大代表建议办理",
        "某某区人大代表建议办理",
        "区政协提案办复",
        "建议提案办理工作",
        "（市人大建议答复",
    ],
)
def test_the_work_before_the_label_keeps_it_a_label(lead: str) -> None:
    letter = parse_text(f"{BODY}\n{lead}联络人：孙某某\n联系电话：00000000\n{SIGN}")
    assert [(c.name, c.phone) for c in letter.contacts] == [("孙某某", "00000000")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("请相关部门加强建议办理联络人：孙某某", id="a-sentence-before"),
        pytest.param("某区人大代表建议办理 联络人：孙某某", id="a-blank-between"),
    ],
)
def test_other_words_before_the_label_are_not_the_work(line: str) -> None:
    view = TextView(line)
    assert opening_label(view, view.content_lines[0]) is None


def _reads_a_label(lead: str) -> bool:
    view = TextView(f"{lead}联络人：孙某某")
    found = opening_label(view, view.content_lines[0])
    return found is not None and found.entry.spelling == "联络人"


# The lead's words are data: who filed (data/work_lead_filers.txt), the kind of item
# (work_lead_kinds.txt) and its handling (work_lead_handlings.txt); each word of each file
# makes a lead, a word of none does not.
@pytest.mark.parametrize("filer", entries("work_lead_filers"))
def test_each_filer_of_the_file_makes_a_lead(filer: str) -> None:
    assert _reads_a_label(f"某区{filer}建议办理")


@pytest.mark.parametrize("kind", entries("work_lead_kinds"))
def test_each_kind_of_the_file_makes_a_lead(kind: str) -> None:
    assert _reads_a_label(f"区政协{kind}办复")
    assert _reads_a_label(f"建议和{kind}办理工作")


@pytest.mark.parametrize("handling", entries("work_lead_handlings"))
def test_each_handling_of_the_file_makes_a_lead(handling: str) -> None:
    assert _reads_a_label(f"某区人大代表建议{handling}")


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("某区群众建议办理", id="no-filer"),
        pytest.param("某区人大代表意见办理", id="no-kind"),
        pytest.param("某区人大代表建议回复", id="no-handling"),
    ],
)
def test_a_word_of_no_file_makes_no_lead(lead: str) -> None:
    assert not _reads_a_label(lead)
