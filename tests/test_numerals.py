"""Chinese numerals written for messages (int_to_chinese) read back as they were."""

from __future__ import annotations

import pytest

from replyparse.fields.numerals import chinese_to_int, int_to_chinese


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (35, "三十五"),
        (99, "九十九"),
        (100, "100"),
        (0, "0"),
    ],
)
def test_int_to_chinese(n: int, written: str) -> None:
    assert int_to_chinese(n) == written


def test_int_to_chinese_reads_back() -> None:
    assert all(chinese_to_int(int_to_chinese(n)) == n for n in range(1, 100))
