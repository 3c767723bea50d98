"""TextView copies runs of ordinary characters in one go: the same view as one character
at a time, for any text."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replyparse import textview
from replyparse.textview import TextView

NEVER = re.compile("(?!)")  # no plain run: every character takes the per-character rules

# characters with rules of their own, and ordinary ones around them
ALPHABET = (
    " \t\u3000\u00a0\u200b\u200d\u2060\u00ad\ufeff\f\v\n"  # spaces, format characters
    ":,;()?!：，（）"  # half- and full-width punctuation
    "０１９ＡＺａｚ．％－／"  # full-width digits, letters and signs
    "0123456789abcXYZ.-/"  # ASCII
    "第页共—一二〇年月日号答复函关于市局"  # letter text, page-number words
)


def _per_character(text: str) -> TextView:
    with mock.patch.object(textview, "_PLAIN_RUN", NEVER):
        return TextView(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_runs_and_single_characters_give_the_same_view(text: str) -> None:
    fast, slow = TextView(text), _per_character(text)
    assert fast.norm == slow.norm
    assert fast.origin == slow.origin


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        pytest.param("关于  加强 工作", "关于加强工作", id="spaces-between-chinese-dropped"),
        pytest.param("GB/T  9704", "GB/T 9704", id="one-space-between-ascii-kept"),
        pytest.param("２０２０年", "2020年", id="full-width-digits"),
        pytest.param("电话:1,000(元)", "电话：1,000（元）", id="web-punctuation"),
        pytest.param("— 2 —\n正文", "\n正文", id="page-number-line"),
    ],
)
def test_view_cleans(text: str, norm: str) -> None:
    assert TextView(text).norm == norm
    assert _per_character(text).norm == norm


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一" * 5000, id="one-long-run"),
        pytest.param("关于 " * 2000, id="runs-between-spaces"),
        pytest.param("", id="empty"),
        pytest.param("\n\n", id="blank-lines"),
    ],
)
def test_origin_points_at_each_kept_character(text: str) -> None:
    view = TextView(text)
    assert len(view.origin) == len(view.norm)
    for o, n in zip(view.origin, view.norm, strict=True):
        assert n == "\n" or text[o] == n
