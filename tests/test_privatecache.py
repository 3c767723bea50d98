"""The cache's copies are named by what they are made from: virtual environments with the
same jieba share one, and a copy no installation uses any longer is removed, safely
(``replyparse.privatecache``, used by ``replyparse.lexicon`` and ``replyparse.idf``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from replyparse import lexicon, privatecache

DICT = "政府 500 n\n答复 300 v\n建议 400 n\n"
IDF = "政府 5.5\n答复 7.25\n建议 6.0\n"
FAMILY = lexicon.LEXICON_COPIES


def _venv(tmp_path: Path, name: str, words: str = DICT) -> tuple[Path, Path]:
    """jieba's two files as a virtual environment ``name`` would hold them."""
    jieba = tmp_path / name / "site-packages" / "jieba"
    (jieba / "analyse").mkdir(parents=True)
    (jieba / "dict.txt").write_text(words, encoding="utf-8")
    (jieba / "analyse" / "idf.txt").write_text(IDF, encoding="utf-8")
    return jieba / "dict.txt", jieba / "analyse" / "idf.txt"


def _cache(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    return folder


def _made(folder: Path) -> list[Path]:
    return sorted((folder / "jieba").glob("lexicon-*.sqlite"))


def _open(sources: tuple[Path, Path], folder: Path) -> lexicon.Lexicon:
    lex = lexicon.load_lexicon(*sources, folder)
    assert lex is not None
    return lex


def _close(lex: lexicon.Lexicon) -> None:
    lex._db.close()


def _age(path: Path, seconds: float = privatecache.GRACE_SECONDS + 60) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(*args: object) -> None:
        raise AssertionError("the lexicon was built again")

    monkeypatch.setattr(lexicon, "_build", build)


def test_two_environments_with_the_same_jieba_share_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _cache(tmp_path)
    first, second = _venv(tmp_path, "venv-a"), _venv(tmp_path, "venv-b")
    _close(_open(first, folder))
    _no_building(monkeypatch)
    lex = _open(second, folder)
    assert lex.entry("政府") == lexicon.Entry("政府", 500, "n")
    assert len(_made(folder)) == 1


def test_an_unchanged_file_is_not_read_again_to_name_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _cache(tmp_path)
    sources = _venv(tmp_path, "venv")
    _close(_open(sources, folder))

    def digest(path: Path) -> str:
        raise AssertionError(f"{path} was hashed again")

    monkeypatch.setattr(privatecache, "_digest", digest)
    _no_building(monkeypatch)
    _close(_open(sources, folder))


def test_a_damaged_record_of_the_files_costs_a_hash_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _cache(tmp_path)
    sources = _venv(tmp_path, "venv")
    _close(_open(sources, folder))
    (folder / "jieba" / "sources.json").write_bytes(b'{"files": [1, 2')
    _no_building(monkeypatch)
    _close(_open(sources, folder))


def test_a_changed_dictionary_makes_a_new_file_and_the_old_one_goes(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    sources = _venv(tmp_path, "venv")
    _close(_open(sources, folder))
    (old,) = _made(folder)
    _age(old)
    sources[0].write_text(DICT + "提案 70 n\n", encoding="utf-8")
    lex = _open(sources, folder)
    assert lex.entry("提案") == lexicon.Entry("提案", 70, "n")
    (new,) = _made(folder)
    assert new != old


def test_an_obsolete_file_newer_than_the_grace_period_is_kept(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    sources = _venv(tmp_path, "venv")
    _close(_open(sources, folder))
    (old,) = _made(folder)
    _age(old, privatecache.GRACE_SECONDS - 60)
    sources[0].write_text(DICT + "提案 70 n\n", encoding="utf-8")
    _close(_open(sources, folder))
    assert old in _made(folder) and len(_made(folder)) == 2


def test_an_obsolete_file_in_use_is_kept(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    sources = _venv(tmp_path, "venv")
    reading = _open(sources, folder)  # another process's open lexicon, holding its lock
    (old,) = _made(folder)
    _age(old)
    sources[0].write_text(DICT + "提案 70 n\n", encoding="utf-8")
    _close(_open(sources, folder))
    assert old in _made(folder) and len(_made(folder)) == 2
    assert reading.entry("政府") == lexicon.Entry("政府", 500, "n")


def test_a_file_another_environment_still_uses_is_kept(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    first, second = _venv(tmp_path, "venv-a"), _venv(tmp_path, "venv-b", DICT + "提案 70 n\n")
    _close(_open(first, folder))
    (used,) = _made(folder)
    _age(used)
    _close(_open(second, folder))
    assert used in _made(folder) and len(_made(folder)) == 2


def test_a_deleted_environments_file_goes_when_another_is_made(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    first, second = _venv(tmp_path, "venv-a"), _venv(tmp_path, "venv-b", DICT + "提案 70 n\n")
    _close(_open(first, folder))
    (orphan,) = _made(folder)
    _age(orphan)
    shutil.rmtree(tmp_path / "venv-a")
    _close(_open(second, folder))
    assert orphan not in _made(folder) and len(_made(folder)) == 1


def test_an_earlier_versions_copy_goes_and_a_later_ones_stays(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    (folder / "jieba").mkdir(mode=0o700)
    earlier = folder / "jieba" / "lexicon-2-0123456789abcdef.sqlite"
    later = folder / "jieba" / "lexicon-4-0123456789abcdef.sqlite"
    for path in (earlier, later):
        path.write_bytes(b"x")
        _age(path)
    _close(_open(_venv(tmp_path, "venv"), folder))
    assert not earlier.exists() and later.exists()


@pytest.mark.parametrize(
    "record",
    [
        b'{"files": [1, 2',
        b"[]",
        b'{"files": {"/x": 1}, "uses": {"n": 5}}',
        b'{"uses": {"n": [{}]}}',
    ],
    ids=["truncated", "not-an-object", "wrong-types", "an-empty-use"],
)
def test_a_damaged_record_is_read_as_empty(record: bytes, tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    (folder / "jieba").mkdir(mode=0o700)
    (folder / "jieba" / "sources.json").write_bytes(record)
    assert privatecache._read_memo(folder / "jieba") == {"files": {}, "uses": {}}
    _close(_open(_venv(tmp_path, "venv"), folder))
    assert len(_made(folder)) == 1


def test_making_a_lexicon_removes_the_idf_copies_none_uses(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    (folder / "jieba").mkdir(mode=0o700)
    earlier = folder / "jieba-idf-0123456789abcdef.bin"  # version 2, beside the folder
    unused = folder / "jieba" / "idf-3-0123456789abcdef.bin"
    for path in (earlier, unused):
        path.write_bytes(b"x")
        _age(path)
    _close(_open(_venv(tmp_path, "venv"), folder))
    assert not earlier.exists() and not unused.exists()


def test_an_abandoned_temporary_file_goes_after_a_day(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    (folder / "jieba").mkdir(mode=0o700)
    abandoned = [
        folder / "jieba" / ".lexicon-3-0000000000000000.sqlite.x1.part",
        folder / "jieba" / ".sources.json.x3.part",
    ]
    writing = folder / "jieba" / ".lexicon-3-1111111111111111.sqlite.x2.part"
    for path in [*abandoned, writing]:
        path.write_bytes(b"x")
    for path in abandoned:
        _age(path, privatecache.PART_SECONDS + 60)
    _age(writing, privatecache.PART_SECONDS - 60)
    _close(_open(_venv(tmp_path, "venv"), folder))
    assert not any(path.exists() for path in abandoned) and writing.exists()


def test_nothing_outside_the_folder_is_touched(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    targets = [outside / "lexicon-3-0000000000000000.sqlite", outside / "lexicon-2-0.sqlite"]
    for target in targets:
        target.write_bytes(b"keep me")
        _age(target)
    (folder / "jieba").mkdir(mode=0o700)
    links = [folder / "jieba" / targets[0].name, folder / targets[1].name]
    for link, target in zip(links, targets, strict=True):
        link.symlink_to(target)
        _age(link)
    beside = tmp_path / "lexicon-1.sqlite"  # a legacy name, but beside the folder
    beside.write_bytes(b"keep me")
    _age(beside)
    others = [folder / "patterns-cpython-311-0.marshal", folder / "jieba-0.42.1.cache"]
    for other in others:
        other.write_bytes(b"keep me")
        _age(other)
    _close(_open(_venv(tmp_path, "venv"), folder))
    for path in [*targets, beside, *others]:
        assert path.read_bytes() == b"keep me"
    assert all(link.is_symlink() for link in links)


def test_a_family_folder_that_is_not_private_is_not_used(tmp_path: Path) -> None:
    folder = _cache(tmp_path)
    (folder / "jieba").mkdir(mode=0o755)
    os.chmod(folder / "jieba", 0o755)
    assert lexicon.load_lexicon(*_venv(tmp_path, "venv"), folder) is None
    assert list((folder / "jieba").iterdir()) == []


LIVE = {"lexicon-3-1111111111111111.sqlite", "lexicon-2-1111111111111111.sqlite"}
"""The copies some installation uses: an earlier version's is obsolete all the same."""


@pytest.mark.parametrize(
    "name",
    [
        "lexicon-3-0000000000000000.sqlite",
        "lexicon-2-1111111111111111.sqlite",
        "lexicon-1-0000000000000000.sqlite",
    ],
    ids=["unused", "earlier-version-in-use", "earliest-version"],
)
def test_obsolete_names(name: str) -> None:
    assert FAMILY.obsolete(name, LIVE)


@pytest.mark.parametrize(
    "name",
    [
        "lexicon-3-1111111111111111.sqlite",
        "lexicon-4-0000000000000000.sqlite",
        "lexicon-0000000000000000.sqlite",
        "lexicon-3-.sqlite",
        "idf-3-0000000000000000.bin",
        "sources.json",
        ".lock",
        ".lexicon-3-0000000000000000.sqlite.x.part",
    ],
    ids=[
        "in-use",
        "later-version",
        "no-version",
        "no-key",
        "another-family",
        "the-record",
        "the-lock",
        "a-temporary-file",
    ],
)
def test_names_that_are_not_obsolete(name: str) -> None:
    assert not FAMILY.obsolete(name, LIVE)


_WITHOUT_LOCKS = """
import json, sys
sys.modules["fcntl"] = None  # as on Windows: the module cannot be imported
from replyparse import parse_text, privatecache
letter = parse_text(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps([privatecache.HAS_LOCKS, privatecache.private_cache_dir(), letter.keywords]))
"""


def test_without_posix_locks_there_is_no_private_cache_and_the_parse_is_the_same(
    tmp_path: Path,
) -> None:
    """Where ``fcntl`` is missing (Windows), nothing guards the cache's files, so none is
    trusted: the package still imports and parses, with caches of its own process."""
    sample = Path(__file__).resolve().parent.parent / "samples" / "s01_zhengxie_weiyuan.txt"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_LOCKS, str(sample)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    has_locks, folder, keywords = json.loads(done.stdout)
    assert (has_locks, folder) == (False, None)
    assert not (tmp_path / "cache").exists()
    from replyparse import parse_text

    assert privatecache.HAS_LOCKS
    assert keywords == parse_text(sample.read_text(encoding="utf-8")).keywords != []
