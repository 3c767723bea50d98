"""A symbolic link inside an input to a folder of the same input (``archive/2021/latest``
→ ``../2022``) is told as a link, and the folder's letters are read under its own path.

The walk went depth first in name order, so a link that sorted before its folder took
the letters: their records were named by the link (``out/2021/latest/b.json``, and the
tables' ``name``, and ``validate``'s ``PATH:LINE`` a CI annotation or ``git`` knows
nothing of), and the folder itself was told ``already walked (symbolic link loop or
duplicate)``, though no link and no loop was there. Now the links that lead inside the
input are walked after its own tree, and the note names what the link leads to. A link
out of the input is walked where it is met, as before; a loop says where it leads back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["archive/2021/a.txt", "archive/2022/b.txt"])
    os.symlink("../2022", "archive/2021/latest")  # (sorts before archive/2022)
    return tmp_path / "archive"


def _records(out: str) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in Path(out).rglob("*.json"))


def test_the_folder_keeps_its_letters_and_the_link_is_told(archive: Path) -> None:
    code, _, stderr = run("extract", "archive", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert _records("out") == ["2021/a.json", "2022/b.json"]
    assert (
        "note: archive/2021/latest: already walked: a symbolic link to archive/2022; "
        "its files are read there, once"
    ) in flat(stderr)
    assert "note: archive/2022" not in stderr
    assert "loop or duplicate" not in stderr


def test_validate_names_the_letter_by_the_folder(archive: Path) -> None:
    (archive / "2022" / "b.txt").write_text(
        "王某代表:\n  您提出的关于增设公交站点的建议收悉，现答复如下。\n甲山县交通运输局\n"
        "2021年6月5日\n",
        encoding="utf-8",
    )
    code, stdout, stderr = run("validate", "archive", "--format", "json", "--fail-on", "none")
    assert code == 0, stderr
    assert '"path": "archive/2022/b.txt"' in stdout
    assert "latest" not in stdout


def test_a_folder_named_after_a_link_to_it_in_another_input(archive: Path) -> None:
    """Named after the input whose link led to it, the folder was said to lie in a
    folder named before it: it lies in none; the link took its letters."""
    code, _, stderr = run("validate", "archive/2021", "archive/2022", "--fail-on", "none")
    assert code == 0, stderr
    assert (
        "note: archive/2022: already walked as archive/2021/latest, a symbolic link met "
        "before it; its files are read once"
    ) in flat(stderr)
    assert "it lies in a folder" not in stderr


def test_a_loop_says_where_it_leads_back(archive: Path) -> None:
    os.symlink("..", "archive/2022/up")
    code, _, stderr = run("extract", "archive", "-o", "out/", "--no-keywords")
    assert code == 0, stderr
    assert _records("out") == ["2021/a.json", "2022/b.json"]
    text = flat(stderr)
    assert (
        "note: archive/2022/up: already walked (symbolic link loop: a link back to archive)" in text
    )


def test_a_link_out_of_the_input_is_walked_where_it_is_met(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a link inside the input waits: one out of it keeps its place in name order."""
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["archive/a.txt", "archive/c.txt", "elsewhere/x.txt"])
    os.symlink("../elsewhere", "archive/b")
    code, stdout, stderr = run("extract", "archive", "--format", "jsonl", "--no-keywords")
    assert code == 0, stderr
    read = [json.loads(line)["source"]["path"] for line in stdout.splitlines()]
    assert read == ["archive/a.txt", "archive/b/x.txt", "archive/c.txt"]
