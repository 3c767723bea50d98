"""团 after a numeral signs as a 兵团's regiment only where the numeral is a number's: after
第, its 师, or another numeral (第一师十团, 第十师一八一团), or after a figure (第三师45团). A
numeral after other words is a sentence's measure word, 拧成一团 (twisted into one), 乱作一团:
a body line over the date or run on before it signs nothing (an earlier round signed
``全村上下拧成一团``). So are figures or numerals after a word no regiment's name sets before
its number (its 第, 师, 兵团 or a place's level, 第二师某某市33团, or a place after its
numbered division, 第一师沙泉十团): ``共15团``, ``约十五团``, ``分成3团`` count groups (an earlier
round signed them), and so does a number longer than a regiment's, ``共12345团``. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于加强团场水利建设的建议的答复\n\n孙某某代表：\n"
    "    您提出的关于加强团场水利建设的建议收悉，现答复如下：\n"
    "    我们将加大投入。感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("大家拧成一团\n2024年5月6日\n", id="twisted-over-date"),
        pytest.param("全村上下乱作一团\n2024年5月6日\n", id="muddle-over-date"),
        pytest.param("共15团\n2024年5月6日\n", id="counted-figures"),
        pytest.param("约十五团\n2024年5月6日\n", id="counted-numerals"),
        pytest.param("游客分成3团\n2024年5月6日\n", id="counted-after-verb"),
        pytest.param("接待考察团共12团 2024年5月6日\n", id="counted-beside-date"),
        # a number longer than a regiment's: its last four are no number of their own
        pytest.param("共12345团\n2024年5月6日\n", id="counted-five-figures"),
        pytest.param("约一二三四五团\n2024年5月6日\n", id="counted-five-numerals"),
        # a 师 that numbers no division is no division's (a teacher, 教师)
        pytest.param("教师共15团\n2024年5月6日\n", id="teacher-not-division"),
    ],
)
def test_measure_word_signs_nothing(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature is None or letter.signature.issuer is None


@pytest.mark.parametrize(
    "signer",
    [
        "第一师十团",
        "第十师一八一团",
        "第三师45团",
        "某师二十一团",
        "第二师某某市33团",
        "兵团12团",
        # a place the division names before the number, no level's character in it
        "第一师沙泉十团",
        "第四师青岭河102团",
        "第九师北沙一〇一团",
    ],
)
def test_regiment_signs(signer: str) -> None:
    letter = parse_text(HEAD + signer + "\n2024年5月6日\n")
    assert letter.signature is not None
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2024-05-06"
