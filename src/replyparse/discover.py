"""Finding the letters under the paths a user gives: folders walked, filters applied.

The one way every command (``extract``, ``validate``) turns its PATH arguments into
files, and learns which paths could not be read. No parsing and no output here.

The walk is deterministic (entries sorted by name, depth first), follows symbolic links
to folders but never enters a folder twice (so a symlink loop ends), and reports
folders it cannot read instead of failing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from replyparse.usage import Param, UsageProblem

STDIN = "-"
"""The path that stands for standard input."""

_HIDDEN_PREFIXES = (".", "~$")
"""Names skipped while walking: dot files and folders, and Office lock files (~$x.docx)."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to parse: ``path`` as handed to the reader, ``rel`` its path under its root."""

    path: str
    rel: str


@dataclass(frozen=True, slots=True)
class WalkProblem:
    """A folder that was not walked. ``fatal`` problems leave files unaccounted for."""

    path: str
    reason: str
    fatal: bool


@dataclass(slots=True)
class Discovery:
    """What a walk found: the files to read, and the paths it could not or would not read."""

    files: list[InputFile] = field(default_factory=list)
    problems: list[WalkProblem] = field(default_factory=list)

    @property
    def failures(self) -> list[WalkProblem]:
        """Paths that could not be read: a command reports each as a failure."""
        return [p for p in self.problems if p.fatal]

    @property
    def notes(self) -> list[WalkProblem]:
        """Paths skipped on purpose (a link loop): worth a note, not a failure."""
        return [p for p in self.problems if not p.fatal]


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise :class:`UsageProblem` when an input does not exist or ``-`` is given twice."""
    for raw in inputs:
        if raw != STDIN and not os.path.exists(raw) and not os.path.islink(raw):
            raise UsageProblem(Param.PATHS, "no such file or folder: {path}", path=raw)
    if list(inputs).count(STDIN) > 1:
        raise UsageProblem(Param.PATHS, "standard input (-) can be given only once")


def matches(rel: str, patterns: Iterable[str]) -> bool:
    """True when a pattern matches ``rel`` (a POSIX relative path).

    A pattern without ``/`` is matched against the last name only (``*.txt``, ``drafts``);
    one with ``/`` against the whole relative path, ``*`` crossing folders (``2020/*``).
    """
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel if "/" in pattern else name, pattern) for pattern in patterns)


def _dir_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class _Walker:
    def __init__(
        self,
        suffixes: Sequence[str],
        include: Sequence[str],
        exclude: Sequence[str],
        prune: Sequence[Path],
    ) -> None:
        self.suffixes = tuple(s.lower() for s in suffixes)
        self.include = tuple(include)
        self.exclude = tuple(exclude)
        self.pruned = {key for p in prune if (key := _dir_key(str(p))) is not None}
        self.visited: set[tuple[int, int]] = set()
        self.found = Discovery()
        self.seen_files: set[str] = set()

    def add_file(self, path: str, rel: str) -> None:
        absolute = os.path.abspath(path)
        if absolute in self.seen_files:  # the same file named twice on the command line
            return
        self.seen_files.add(absolute)
        self.found.files.append(InputFile(path=path, rel=rel))

    def walk(self, folder: str, rel: str) -> None:
        key = _dir_key(folder)
        if key is not None and key in self.pruned:
            return
        if key is not None and key in self.visited:
            self.found.problems.append(
                WalkProblem(folder, "already walked (symbolic link loop or duplicate)", False)
            )
            return
        if key is not None:
            self.visited.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            reason = f"cannot read folder: {exc.strerror or exc}"
            self.found.problems.append(WalkProblem(folder, reason, True))
            return
        for entry in entries:
            if entry.name.startswith(_HIDDEN_PREFIXES):
                continue
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            child = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not matches(child_rel, self.exclude):
                    self.walk(child, child_rel)
                continue
            if os.path.splitext(entry.name)[1].lower() not in self.suffixes:
                continue
            if self.include and not matches(child_rel, self.include):
                continue
            if matches(child_rel, self.exclude):
                continue
            try:
                regular = entry.is_file()
                dangling = entry.is_symlink() and not regular
            except OSError:
                regular, dangling = False, True
            if regular or dangling:  # a dangling link is reported by the reader, not lost
                self.add_file(child, child_rel)


def discover(
    inputs: Sequence[str],
    *,
    suffixes: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    prune: Sequence[Path] = (),
) -> Discovery:
    """Files to parse, in a deterministic order: inputs in the order given, each folder
    depth first with names sorted. Files named directly are always taken (filters apply
    only inside folders); ``-`` is kept as is. ``prune`` lists folders never entered
    (the output folder when it sits inside an input).

    Raises :class:`UsageProblem` (see :func:`check_inputs`) before walking anything.
    """
    check_inputs(inputs)
    walker = _Walker(suffixes, include, exclude, prune)
    for raw in inputs:
        if raw == STDIN:
            walker.found.files.append(InputFile(path=STDIN, rel="stdin"))
        elif os.path.isdir(raw):
            walker.walk(str(Path(raw)), "")
        else:
            walker.add_file(str(Path(raw)), PurePosixPath(Path(raw).name).as_posix())
    return walker.found
