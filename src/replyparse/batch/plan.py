"""Planning a batch run's work: output names, workers and the settings a manifest keeps.

Decided once the files are known and before any is read: the name each letter's record
(or review report) gets in an output folder, how many workers the work is worth and in
which groups the files go to them, and the settings a manifest entry records.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Literal, NamedTuple

from replyparse.batch.options import Format
from replyparse.discover import STDIN, InputFile
from replyparse.paths import folded
from replyparse.readers.office import OLD_FORMATS

NAME_MAX = 255
"""Bytes in one file name on the file systems we know (ext4, XFS, APFS, NTFS in UTF-16)."""
FILES_PER_WORKER = 8
"""Files to do per worker process: a second worker pays from about 16 files
(docs/development.md)."""
MAX_CHUNK = 8
"""Most old Word files handed to a worker at once (they share one LibreOffice run)."""


class Job(NamedTuple):
    """One file to parse, with what the manifest will record about it."""

    file: InputFile
    output: str | None
    size: int
    mtime_ns: int
    source: str | None = None
    """Its key in the manifest (:func:`~.resume.manifest_keys`; None: the run keeps none)."""
    ctime_ns: int | None = None
    """Its status change time as found (:attr:`~replyparse.manifest.Entry.ctime_ns`)."""


def chunks(paths: Sequence[str]) -> Iterator[list[int]]:
    """The order and grouping in which files go to workers: each file alone (a worker's
    files wait for each other, so a slow one would hold its chunk-mates), except old
    Word/WPS/RTF files, which go in groups of up to :data:`MAX_CHUNK` so that one
    LibreOffice start converts them all."""
    group: list[int] = []
    for index, path in enumerate(paths):
        if os.path.splitext(path)[1].lower() not in OLD_FORMATS:
            yield [index]
            continue
        group.append(index)
        if len(group) == MAX_CHUNK:
            yield group
            group = []
    if group:
        yield group


def worker_count(files: int, jobs: int | None) -> int:
    """Workers for ``files`` files: at most ``jobs`` (default: the CPUs this process may
    use), and one more only for every :data:`FILES_PER_WORKER` files."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    wanted = jobs or cpus or 1
    return max(1, min(wanted, files // FILES_PER_WORKER))


Holder = Literal["run", "earlier", "outside"]
"""Who holds an output name: a file of this run, an earlier run's record (a reserved
name), or a file in the output folder that replyparse did not write (``outside``: its
holder is the name itself)."""


class Renamed(NamedTuple):
    """A file whose output name was taken, and by whom (the note says both)."""

    path: str
    output: str
    """The name it is given instead (``a.txt.json``)."""
    wanted: str
    """The name it would have had (``a.json``)."""
    holder: str
    """The path of the file that has ``wanted``."""
    held: Holder = "run"
    """Who ``holder`` is (:data:`Holder`)."""
    also: tuple[tuple[str, str, Holder], ...] = ()
    """The names tried after ``wanted`` and taken too, in order, each with its holder and
    who that is (``a.txt.json``, held by ``a.Txt``, before ``a.txt.2.json``): the note
    names every one, so that no ``.2`` goes unexplained."""

    @property
    def earlier(self) -> bool:
        """Whether an earlier run made the record that holds ``wanted``."""
        return self.held == "earlier"


def plan_outputs(
    files: Sequence[InputFile],
    suffix: str = ".json",
    kept: Sequence[str | None] = (),
    reserved: Mapping[str, str] | None = None,
    occupied: Callable[[str], bool] | None = None,
) -> tuple[list[str], list[Renamed]]:
    """Output names (relative, POSIX) for a folder run, and the renamed ones.

    ``dir/name.ext`` becomes ``dir/name.json`` (``suffix``: ``.docx`` for reports). When
    several inputs map to one name (``a.docx`` and ``a.txt``; names compared as a
    file system that ignores case compares them, :func:`~replyparse.paths.folded`:
    ``A.txt`` and ``a.txt`` from a Linux folder are two records on a Mac's or a USB
    stick's file system too, so that the result is the same on every file system), the first
    in input order (names sorted) keeps ``a.json`` and each later one gets its full name
    plus ``.json`` (``a.txt.json``), then ``a.txt.2.json``, ``a.txt.3.json``… if that is
    taken too. ``kept`` holds, file by file, the name a manifest already gives its
    source (or None): a file keeps it (ending in ``suffix``, and not kept by an earlier
    file), so that adding, deleting or listing other files never moves a record, and
    the other names are made around those. ``reserved`` names (each with its source)
    are not given at all (the records of files another run made into the same output),
    nor those ``occupied`` says a file there holds that replyparse did not write (a
    user's own ``a.docx`` beside ``a.txt``: asked only of a name about to be given).
    """
    keep: list[str | None] = [None] * len(files)
    # who has each name taken (folded): the path, and who that is
    taken: dict[str, tuple[str, Holder]] = {
        folded(name): (source, "earlier") for name, source in (reserved or {}).items()
    }
    for i, name in enumerate(kept):
        if name is not None and (key := folded(name)).endswith(suffix) and key not in taken:
            keep[i] = name
            taken[key] = (files[i].path, "run")

    def holder_of(name: str) -> tuple[str, Holder] | None:
        held = taken.get(folded(name))
        if held is None and occupied is not None and occupied(name):
            held = taken[folded(name)] = (name, "outside")
        return held

    outputs: list[str] = []
    renamed: list[Renamed] = []
    for f, known in zip(files, keep, strict=True):
        if known is not None:
            outputs.append(known)
            continue
        # standard input's name is given whole (``--stdin-name 2021.3``): no suffix to drop
        stem = f.rel if f.path == STDIN else os.path.splitext(f.rel)[0]
        name = wanted = f"{stem}{suffix}"
        if (holder := holder_of(name)) is not None:
            name = f"{f.rel}{suffix}"
            also: list[tuple[str, str, Holder]] = []
            n = 2
            while (other := holder_of(name)) is not None:
                if name != wanted:  # (a whole name, standard input's, is the one refused)
                    also.append((name, *other))
                name = f"{f.rel}.{n}{suffix}"
                n += 1
            renamed.append(Renamed(f.path, name, wanted, *holder, tuple(also)))
        taken[folded(name)] = (f.path, "run")
        outputs.append(name)
    return outputs, renamed


def fit_name(name: str) -> str:
    """``name`` (a relative POSIX path) with its last part cut to :data:`NAME_MAX` bytes:
    the stem shortened and ``~`` plus 8 hex digits of the whole name's hash added, so
    distinct names stay distinct (a 255-byte ``x.txt`` would need 256 for ``x.json``)."""
    folder, _, base = name.rpartition("/")
    raw = base.encode("utf-8", "surrogateescape")
    if len(raw) <= NAME_MAX:
        return name
    stem, ext = os.path.splitext(base)
    tag = "~" + hashlib.sha256(raw).hexdigest()[:8] + ext
    room = NAME_MAX - len(tag.encode("utf-8", "surrogateescape"))
    while len(stem.encode("utf-8", "surrogateescape")) > room:
        stem = stem[:-1]
    fitted = stem + tag
    return f"{folder}/{fitted}" if folder else fitted


def settings(keep_text: bool, fmt: Format, keywords: bool = True) -> str:
    """What a manifest entry records about the settings an output was made with: a
    record made by another version, with or without the text or the keywords, or in
    another format (a JSON record where a report is asked for) is made again. The limits
    are not kept: a file past one fails, and a failed file is tried again (unless
    ``--skip-failed``, which the docs tell not to give with a raised limit).
    ``keywords=no`` is added only when they are left out, so the manifests of runs made
    with keywords before the option existed stay valid."""
    from replyparse import __version__

    made = f"replyparse {__version__}; format={fmt}; text={'yes' if keep_text else 'no'}"
    return made if keywords else f"{made}; keywords=no"


def settings_change(old: str, new: str) -> str:
    """What differs between two :func:`settings`, old first: ``text=yes, now text=no``;
    ``replyparse 0.1.0, now replyparse 0.2.0`` (``keywords=yes`` where left unsaid)."""

    def parts(made: str) -> list[str]:
        listed = made.split("; ")
        return (
            listed if any(p.startswith("keywords=") for p in listed) else [*listed, "keywords=yes"]
        )

    was, now = parts(old), parts(new)
    gone = [p for p in was if p not in now]
    came = [p for p in now if p not in was]
    return f"{'; '.join(gone) or old}, now {'; '.join(came) or new}"
