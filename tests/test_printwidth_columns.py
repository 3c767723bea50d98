"""``printwidth.columns`` counts the hanzi in one substitution: the same widths as asking
every character's East Asian width."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from replyparse.printwidth import columns

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _asked_one_by_one(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def test_every_hanzi_is_wide() -> None:
    assert all(unicodedata.east_asian_width(chr(c)) == "W" for c in range(0x4E00, 0xA000))


def test_the_same_widths_as_each_character_asked() -> None:
    lines = [
        line
        for path in sorted(SAMPLES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    lines += ["", "abc 123", "某局“关于”——①…", "ｆｕｌｌ　width", "半角ｶﾀｶﾅ", "王某代表：您好！"]
    assert [columns(line) for line in lines] == [_asked_one_by_one(line) for line in lines]
