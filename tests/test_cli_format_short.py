"""``-f`` is ``--format`` for every command that has one, as many tools spell it: the same
output either way, and a value ``-f`` is given is refused as ``--format``'s would be.

Letters are the project's samples.
"""

from __future__ import annotations

import json

import pytest

from helpers import SAMPLES, flat, run

SAMPLE = str(SAMPLES[0])


@pytest.mark.parametrize(
    ("command", "value"),
    [("extract", "jsonl"), ("validate", "json"), ("rules", "json")],
)
def test_short_f_gives_what_format_gives(command: str, value: str) -> None:
    args = [] if command == "rules" else ["--no-text", SAMPLE] if command == "extract" else [SAMPLE]
    long_code, long_out, _ = run(command, "--format", value, *args)
    short_code, short_out, _ = run(command, "-f", value, *args)
    assert short_code == long_code
    assert short_out == long_out
    # and it is the format asked for, not a default that happens to match
    first = short_out.splitlines()[0] if value == "jsonl" else short_out
    json.loads(first)


def test_a_bad_value_after_short_f_is_refused_by_name() -> None:
    code, _, err = run("extract", "-f", "yaml", SAMPLE)
    assert code == 2
    assert "--format" in flat(err) or "-f" in flat(err)
    assert "yaml" in flat(err)
