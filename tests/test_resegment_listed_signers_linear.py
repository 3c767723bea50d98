"""A hostile line of thousands of authorities each listed with a comma or a semicolon, run
on after a sentence up to a date (``…。某县某局，某县某局，…某县某局 2099年5月6日``): the
list's head is read back to the sentence, and each signer of it was then asked whether two
authorities were glued in its place by scanning every character from it to the date
(quadratic: the office's ending searched for over the whole list before each place). A
glued pair is two names of bounded length, so only that far is scanned. The characters the
ending's pattern is given are counted, never timed. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text, resegment
from workcount import CountedPattern

_HEAD = "关于某某问题的答复\n\n王某代表：\n    我局将加强管理。感谢支持。"


@pytest.mark.parametrize("unit", ["某县某某局，", "某县某某局；"], ids=["comma", "semicolon"])
def test_characters_read_grow_with_the_list(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def read(n: int) -> int:
        counter = [0]
        with monkeypatch.context() as patch:
            patch.setattr(resegment, "ORG_END", CountedPattern(resegment.ORG_END, counter))
            parse_text(_HEAD + unit * n + "某县财政局 2099年5月6日\n")
        return counter[0]

    small = read(500)
    large = read(1000)
    # (a few hundred characters per name at most: no glued pair's scan reads the list)
    assert large <= 2.3 * small + 1000, (small, large)


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        pytest.param("某县教育局，某县财政局 2099年5月6日", "某县教育局、某县财政局", id="comma"),
        pytest.param("某市教育局某市财政局 2099年5月6日", "某市教育局、某市财政局", id="glued"),
    ],
)
def test_joint_signers_still_read(closing: str, issuer: str) -> None:
    letter = parse_text(_HEAD + closing + "\n")
    assert letter.signature is not None
    assert letter.signature.issuer == issuer
    assert letter.signature.date == "2099-05-06"
