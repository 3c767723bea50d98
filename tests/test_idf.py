"""jieba's IDF table: the private copy answers exactly as the text file does, and a stale
or damaged copy is never believed."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from replyparse import idf, privatecache

JIEBA_IDF = idf.jieba_file("analyse", "idf.txt")


@pytest.fixture(scope="module")
def from_file() -> idf.IdfTable:
    return idf.read_idf_file(JIEBA_IDF)


@pytest.fixture(scope="module")
def from_copy(tmp_path_factory: pytest.TempPathFactory) -> idf.IdfTable:
    folder = tmp_path_factory.mktemp("cache")
    idf.load_table(JIEBA_IDF, folder)  # writes the copy
    table = idf.load_table(JIEBA_IDF, folder)
    assert isinstance(table.idf, idf.SortedIdf), "the second load should read the copy"
    return table


def test_copy_has_the_files_median_and_size(
    from_file: idf.IdfTable, from_copy: idf.IdfTable
) -> None:
    assert from_copy.median == from_file.median
    assert len(from_copy.idf) == len(from_file.idf)


def test_copy_answers_as_the_file(from_file: idf.IdfTable, from_copy: idf.IdfTable) -> None:
    words = sorted(from_file.idf)
    sample = [*words[:50], *words[-50:], *words[::10]]
    assert [from_copy.idf.get(w) for w in sample] == [from_file.idf[w] for w in sample]


@pytest.mark.parametrize(
    "word",
    ["", "没有这个词的词", "\uffff", "A", "关于关于"],
    ids=["empty", "unknown", "after-the-last", "before-the-first", "doubled"],
)
def test_copy_lacks_what_the_file_lacks(
    word: str, from_file: idf.IdfTable, from_copy: idf.IdfTable
) -> None:
    assert from_copy.idf.get(word, -1.0) == from_file.idf.get(word, -1.0)
    assert (word in from_copy.idf) == (word in from_file.idf)


def test_copy_iterates_its_words_in_order(from_copy: idf.IdfTable) -> None:
    first = [w for _, w in zip(range(1000), iter(from_copy.idf), strict=False)]
    assert first == sorted(first)
    with pytest.raises(KeyError):
        from_copy.idf["没有这个词的词"]


def _small_source(tmp_path: Path) -> Path:
    source = tmp_path / "idf.txt"
    source.write_text("政府 5.5\n答复 7.25\n建议 6.0\n", encoding="utf-8")
    return source


def test_without_a_folder_nothing_is_written(tmp_path: Path) -> None:
    table = idf.load_table(_small_source(tmp_path), None)
    assert table.idf == {"政府": 5.5, "答复": 7.25, "建议": 6.0}
    assert table.median == 6.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idf.txt"]


def _copies(folder: Path) -> list[Path]:
    return sorted((folder / "jieba").glob("idf-*.bin"))


def test_copy_is_private_and_whole(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    idf.load_table(_small_source(tmp_path), folder)
    (copy,) = _copies(folder)
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    assert copy.stat().st_mode & 0o777 == 0o600
    assert json.loads(copy.read_bytes().split(b"\n", 1)[0])["count"] == 3


def test_changed_source_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    source = _small_source(tmp_path)
    idf.load_table(source, folder)
    source.write_text("政府 5.5\n答复 7.25\n建议 6.0\n提案 9.0\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    table = idf.load_table(source, folder)
    assert table.idf.get("提案") == 9.0
    assert isinstance(idf.load_table(source, folder).idf, idf.SortedIdf)


def _truncate(data: bytes) -> bytes:
    return data[: len(data) - 5]


def _count_plus_one(data: bytes) -> bytes:
    head, rest = data.split(b"\n", 1)
    header = json.loads(head)
    header["count"] += 1
    return json.dumps(header).encode() + b"\n" + rest


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_truncate, id="truncated"),
        pytest.param(lambda d: b"\x00" * len(d), id="zeros"),
        pytest.param(lambda d: b"", id="empty"),
        pytest.param(lambda d: b"[1, 2]\n" + d.split(b"\n", 1)[1], id="header-not-an-object"),
        pytest.param(lambda d: b"{not json\n" + d.split(b"\n", 1)[1], id="header-not-json"),
        pytest.param(_count_plus_one, id="count-too-high"),
        pytest.param(lambda d: d[:-3] + b"\xff\xfe\n", id="words-not-utf8"),
    ],
)
def test_damaged_copy_is_not_believed(damage: Callable[[bytes], bytes], tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    source = _small_source(tmp_path)
    idf.load_table(source, folder)
    (copy,) = _copies(folder)
    copy.write_bytes(damage(copy.read_bytes()))
    table = idf.load_table(source, folder)
    assert dict(table.idf) == {"政府": 5.5, "答复": 7.25, "建议": 6.0}
    assert table.median == 6.0
    rewritten = idf.load_table(source, folder)  # the copy was written again, whole
    assert isinstance(rewritten.idf, idf.SortedIdf)
    assert dict(rewritten.idf) == {"政府": 5.5, "答复": 7.25, "建议": 6.0}


def test_installations_of_the_same_file_share_one_copy(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = _small_source(tmp_path / "a"), _small_source(tmp_path / "b")
    idf.load_table(first, folder)
    idf.load_table(second, folder)
    assert len(_copies(folder)) == 1
    assert isinstance(idf.load_table(second, folder).idf, idf.SortedIdf)


def test_installations_of_different_files_keep_a_copy_each(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = _small_source(tmp_path / "a"), _small_source(tmp_path / "b")
    second.write_text("政府 1.5\n", encoding="utf-8")
    idf.load_table(first, folder)
    old = time.time() - privatecache.GRACE_SECONDS - 60
    for copy in _copies(folder):
        os.utime(copy, (old, old))
    idf.load_table(second, folder)  # writes a copy: the first's is still in use
    assert len(_copies(folder)) == 2
    assert isinstance(idf.load_table(first, folder).idf, idf.SortedIdf)
    assert idf.load_table(second, folder).idf.get("政府") == 1.5


def test_writing_a_copy_removes_the_earlier_versions_copies(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    old = time.time() - privatecache.GRACE_SECONDS - 60
    stale = folder / "jieba-idf-0000000000000000.bin"
    recent = folder / "jieba-idf-1111111111111111.bin"
    other = folder / "patterns-cpython-311-0.marshal"
    for path in (stale, recent, other):
        path.write_bytes(b"x")
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    idf.load_table(_small_source(tmp_path), folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["jieba", other.name, recent.name])
    assert len(_copies(folder)) == 1
