"""A page's link to its previous or next article under the letter's signed date, the linked
article's date under its title or after it (``上一篇：关于第11号建议的答复`` / ``2099年5月2日``,
or ``… 2099年5月6日 上一篇：… 2099年5月2日`` flattened): the date is the link's, the page's,
neither the letter's 成文日期 nor a date of the letter's, on its lines and flattened with
blanks or with nothing (an earlier round signed with the link's date on lines and with
blanks, and listed it in every copy). Snippets invented (tail76)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

LETTER = (
    "关于治理乙河河道的建议的答复\n"
    "王某代表：\n"
    "您提出的关于治理乙河河道的建议收悉，现答复如下：\n"
    "我局已安排专人加强巡查。\n"
    "感谢您对我局工作的支持。\n"
    "{signer}2099年5月6日\n"
)

LINKS = [
    pytest.param("上一篇：关于第11号建议的答复\n2099年5月2日\n下一篇：无\n", id="date-under-link"),
    pytest.param("下一篇：关于第13号建议的答复\n2099年5月8日\n", id="date-under-last-link"),
    pytest.param("上一篇：关于第11号建议的答复 2099年5月2日\n", id="date-after-title"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("signer", ["甲山县水利局\n", ""], ids=["signed", "date-alone"])
@pytest.mark.parametrize("links", LINKS)
def test_the_linked_articles_date_is_the_pages(
    links: str, signer: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(LETTER.format(signer=signer) + links), keywords=False)
    assert letter.signature.date == "2099-05-06"
    assert letter.signature.issuer == (signer.strip() or None)
    assert [d.value for d in letter.dates] == ["2099-05-06"]
    assert span_problems(letter) == []


# A letter's date over a line that is no link is the letter's, as before.
def test_a_date_under_a_sentence_naming_a_previous_reply_is_read() -> None:
    text = LETTER.format(signer="甲山县水利局\n").replace(
        "感谢您", "上一篇答复已于2099年5月2日送达。\n感谢您"
    )
    letter = parse_text(text, keywords=False)
    assert [d.value for d in letter.dates] == ["2099-05-02", "2099-05-06"]
