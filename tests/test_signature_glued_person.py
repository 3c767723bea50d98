"""The person who signed glued after the signing authority's name, a copy having lost the
gap between them (``某县教育局李某某``, his post before his name or not, the date on the
line or under it): the authority signs (and is the letter's issuer); the person is no part
of its name. A name that goes on past an office's ending (``某县教育局王庄小学``) or ends
in one stays whole. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十六届人大三次会议第12号建议的答复\n王某某代表：\n"
    "    您提出的关于改善乡村学校办学条件的建议收悉，现答复如下：\n"
    "    我局将继续加大投入。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某县教育局李某某", id="name"),
        pytest.param("某县教育局王某", id="short-name"),
        pytest.param("某县教育局局长李某某", id="post"),
        pytest.param("某县教育局副局长王某", id="deputy-post"),
        pytest.param("某县人民政府办公室主任李某", id="office-post"),
        pytest.param("某县教育局签发人：李某某", id="signoff-slot"),
        pytest.param("某县教育局签发人：", id="empty-signoff-slot"),
        pytest.param("某县教育局局长：李某某", id="post-with-colon"),
        # a name whose parts a middle dot parts, or a look-alike of it (fix66)
        pytest.param("某县教育局阿某·某某某", id="dotted-name"),
        pytest.param("某县教育局局长阿某•某某", id="post-bullet-dotted-name"),
    ],
)  # fmt: skip
def test_the_authority_signs_without_the_person(line: str) -> None:
    name = line[: line.index("局") + 1] if "政府" not in line else "某县人民政府办公室"
    for closing in (f"{line}\n2024年5月10日\n", f"{line}  2024年5月10日\n", f"{line}\n"):
        record = parse_text(HEAD + closing, keywords=False)
        assert record.signature.issuer == name, closing
        assert record.issuer == name, closing
        assert span_problems(record) == []


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        pytest.param("某县教育局王庄小学", "某县教育局王庄小学", id="school"),
        pytest.param("某县教育局", "某县教育局", id="alone"),
        pytest.param("某县教育局 局长：李某某", "某县教育局", id="post-label"),
        pytest.param("某县教育局  签发人：李某某", "某县教育局", id="signoff-label"),
        pytest.param("某县教育局（李某某）", "某县教育局", id="bracketed"),
    ],
)  # fmt: skip
def test_other_signer_lines_are_left_alone(line: str, signer: str) -> None:
    record = parse_text(HEAD + line + "\n2024年5月10日\n", keywords=False)
    assert record.signature.issuer == signer
    assert record.signature.date == "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "某县民政局文件",  # a header's mark (文 opens some surnames)
        "某县教育局函",
        "某县教育局",
        "某县教育局王庄小学",
        "承办科室负责人：王某",  # a handler's label, no authority
        "某局办公室主任：王某",  # another post with its colon: a contact's line
        "某局办公室局长王某",  # a post not the authority's own head's
        "某县教育局审核人：黎华",  # who checked it, no signing slot
    ],
)  # fmt: skip
def test_no_glued_person(text: str) -> None:
    """Lines that are no authority with its signing person glued after it."""
    from replyparse.closing import glued_person_start

    assert glued_person_start(text) is None
