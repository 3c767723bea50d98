"""Finding the letters under the paths a user gives: folders walked, filters applied.

The one way every command (``extract``, ``validate``) turns its PATH arguments into
files, and learns which paths could not be read. No parsing and no output here.

The walk is deterministic (entries sorted by name, depth first; a link to a folder of
the same input after the input's own tree, so the folder is read under its own path),
follows symbolic links to folders but never enters a folder twice (so a symlink loop
ends), and reports
folders it cannot read instead of failing. Only regular files are taken: a device, a
FIFO or a socket is never opened (a FIFO would block a reader forever, ``/dev/zero``
would fill its memory), and nothing under ``/dev``, ``/proc`` or ``/sys`` is read or
walked, whether named or reached by a link. Such a path inside a folder is skipped with
a note; named on the command line it is a failure.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Literal, NamedTuple

from replyparse.paths import bare_name, folded, plain, posix_parts, said
from replyparse.progress import plural
from replyparse.usage import LeftOut, Param, UsageProblem

STDIN = "-"
"""The path that stands for standard input."""

_HIDDEN_PREFIXES = (".", "~$")
"""Names skipped while walking: dot files and folders, and Office lock files (~$x.docx)."""
OWN_DOT_PREFIX = ".replyparse"
"""What the name of every dot file replyparse keeps in an output folder opens with (the
lock, the manifest, temporary files): passed over unlisted when the folder lies inside an
input, where a user's dot file is listed as the walk lists one anywhere."""


class InputFile(NamedTuple):
    """One file to parse: ``path`` as handed to the reader, ``rel`` its path under its root."""

    path: str
    rel: str


SYSTEM_FOLDERS = ("/dev", "/proc", "/sys")
"""Never read or walked: devices and the kernel's own files are no letters."""


class WalkProblem(NamedTuple):
    """A path that was not read. ``fatal`` problems leave files unaccounted for."""

    path: str
    reason: str
    fatal: bool
    before: int = 0
    """The files found before it (:attr:`Discovery.files`): its place among them, so
    that a report in input order (``validate``) puts it where it was met, a path a
    ``--files-from`` list names after three letters fourth."""


SkipReason = Literal[
    "no-letter-format",
    "hidden",
    "office-lock-file",
    "excluded",
    "not-included",
    "link-not-followed",
    "system-folder-link",
    "not-regular-file",
    "walked-already",
    "web-page-resources",
    "output-folder",
]
"""Why a walk left a path unread on purpose; stable codes, for ``jq`` and ``grep``."""


class Skipped(NamedTuple):
    """A path a walk left unread on purpose: a file, or a folder it did not enter.
    ``pattern`` is the filter that left it out (``excluded``, ``not-included``)."""

    path: str
    reason: SkipReason
    detail: str
    folder: bool = False
    pattern: str | None = None


@dataclass(slots=True)
class Discovery:
    """What a walk found: the files to read, and the paths it could not or would not read."""

    files: list[InputFile] = field(default_factory=list)
    problems: list[WalkProblem] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)
    """Files met in folders and left unread for their suffix (no letter format), counted
    by suffix (``""`` for none): told in one note, so none is skipped silently."""
    skipped: list[Skipped] = field(default_factory=list)
    """Every path left unread on purpose, in walk order: other formats, hidden files,
    filtered out, links not followed… (a run lists them in ``skipped.jsonl``)."""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    included: Counter[str] = field(default_factory=Counter)
    """Letter files in folders each ``--include`` pattern matched (``""``: any one)."""
    inside_output: dict[str, int] = field(default_factory=dict)
    """Each output folder met inside an input (as walked), with the files in it the walk
    passed over (listed as ``output-folder``): told in one note each."""
    listed_output: dict[str, list[int]] = field(default_factory=dict)
    """Each output folder holding paths ``--files-from`` listed, with how many of them
    were the run's own files there and how many others (listed as skipped): one note
    each."""
    listed_own: list[str] = field(default_factory=list)
    """The run's own output files outside an output folder (a database, a file of
    records, their lists) that ``--files-from`` listed: passed over, told in one note."""
    named_matched: dict[str, list[str]] = field(default_factory=dict)
    """Files named on the command line that a filter would leave out, by the option and
    pattern (``--exclude '*.jpg'``): read all the same (the user named them), and told so,
    rather than ``--exclude '*.jpg' matched nothing``."""
    named_folders: dict[str, list[str]] = field(default_factory=dict)
    """Folders named on the command line that an ``--exclude`` pattern matches (``extract
    archive/drafts --exclude drafts``), by the option and pattern: walked all the same,
    and told so, rather than ``--exclude 'drafts' matched nothing``."""
    listed: int = 0
    """Paths a ``--files-from`` list named (an empty list is told as such)."""
    named_again: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    """Files the command line names twice, each once: as met again and as first met, with
    the folder named that each was met in (None: named itself): read once, and told so
    (:attr:`again_notes`)."""
    named_paths: list[str] = field(default_factory=list)
    """Folders and files named on the command line, as named: the filters apply inside
    a folder, not to it nor to a file named (``extract Archive/ --exclude Archive`` walks
    it all the same)."""
    named_letters: int = 0
    """Letter files named on the command line while a filter was given: an ``--include``
    that met no letter in a folder or a list but these says nothing of them (they are
    read whatever it says), rather than ``matched none of 0 letter files``."""

    @property
    def output_notes(self) -> list[str]:
        """``output folder arch/out lies inside an input, so its files are not read: 7
        files passed over (…)``, one per output folder holding files a user put there."""
        return [
            f"output folder {said(folder)} lies inside an input, so its files are not read: "
            f"{plural(count, 'file')} passed over (to read one, move it out of the "
            "output folder or name it as an input)"
            for folder, count in self.inside_output.items()
            if count
        ] + self._listed_notes()

    def _listed_notes(self) -> list[str]:
        """What a ``--files-from`` list named among the run's own outputs: ``4 listed
        paths lie in the output folder arch/out, so they are not read: 3 of them this
        run's own output, 1 other file passed over (…)``, and ``2 listed paths are this
        run's own output, not read: all.jsonl, all.errors.jsonl``."""
        notes: list[str] = []
        for folder, (own, others) in self.listed_output.items():
            total = own + others
            if total == 1:
                what = "this run's own output" if own else "a file not of this run's"
                head = f"1 listed path lies in the output folder {said(folder)}, so it is not read"
            else:
                parts = [f"{own} of them this run's own output"] if own else []
                if others:
                    parts.append(plural(others, "other file") + " passed over")
                what = ", ".join(parts)
                head = (
                    f"{total} listed paths lie in the output folder {said(folder)}, so they are "
                    "not read"
                )
            one = "it" if total == 1 else "one"
            hint = (
                f" (to read {one}, move it out of the output folder or name it as an input)"
                if others
                else ""
            )
            notes.append(f"{head}: {what}{hint}")
        if self.listed_own:
            names = ", ".join(map(said, self.listed_own[:_KINDS]))
            more = (
                f" and {len(self.listed_own) - _KINDS} more"
                if len(self.listed_own) > _KINDS
                else ""
            )
            verb = "is" if len(self.listed_own) == 1 else "are"
            notes.append(
                f"{plural(len(self.listed_own), 'listed path')} {verb} this run's own "
                f"output, not read: {names}{more}"
            )
        return notes

    @property
    def again_notes(self) -> list[str]:
        """``a.txt: named twice; read once``; ``archive: holds a.txt, named before it; read
        once``: one note per file named twice, those a folder named after them holds
        in one note for the folder."""
        notes: list[str] = []
        held: dict[str, list[str]] = {}
        for path, first, folder, first_folder in self.named_again:
            if folder is not None:
                held.setdefault(folder, []).append(first)
            elif first_folder is not None:
                notes.append(
                    f"{said(path)}: lies in {said(first_folder)}, named before it; read once"
                )
            elif first == path:
                notes.append(f"{said(path)}: named twice; read once")
            else:
                notes.append(
                    f"{said(path)}: the same file as {said(first)}, named before it; read once"
                )
        for folder, paths in held.items():
            if len(paths) == 1:
                notes.append(f"{said(folder)}: holds {said(paths[0])}, named before it; read once")
                continue
            names = ", ".join(map(said, paths[:_KINDS])) + (
                f" and {len(paths) - _KINDS} more" if len(paths) > _KINDS else ""
            )
            notes.append(
                f"{said(folder)}: holds {len(paths)} files named before it ({names}); each "
                "is read once"
            )
        return notes

    @property
    def ignored_note(self) -> str | None:
        """``3 files not read: no letter format (.jpg 2, .xls 1)``, or None."""
        return ignored_note(self.ignored)

    @property
    def skipped_files(self) -> int:
        """Files (not folders) left unread on purpose."""
        return sum(not s.folder for s in self.skipped)

    def filtered(self) -> list[str]:
        """What the filters left out, one phrase per pattern that left out anything or
        nothing (``--exclude 'drafts' left out 2 files and 1 folder``, ``--include
        '2021/*' matched none of 20 letter files``), and the files named directly that
        one matches but does not leave out (``--exclude '*.jpg' does not apply to
        scan.jpg: named directly, so read…``), options spelled as here."""
        phrases: list[str] = []
        for pattern in self.exclude:
            out = [s for s in self.skipped if s.reason == "excluded" and s.pattern == pattern]
            folders = sum(s.folder for s in out)
            parts = [plural(len(out) - folders, "file")] if len(out) > folders else []
            parts += [plural(folders, "folder")] if folders else []
            key = f"--exclude {pattern!r}"
            named = self.named_matched.get(key) or self.named_folders.get(key)
            if parts or not named:
                what = f"left out {' and '.join(parts)}" if parts else "matched nothing"
                met = [f.path for f in self.files] + [s.path for s in self.skipped]
                hint = _case_hint(pattern, met, more=bool(parts), roots=self.named_paths)
                phrases.append(f"--exclude {pattern!r} {what}{hint}")
        if self.include:
            left = sum(s.reason == "not-included" for s in self.skipped)
            walked = left + self.included[""]  # letter files met in folders and lists
            letters = plural(walked, "letter file")
            patterns = " ".join(f"--include {p!r}" for p in self.include)
            if not walked and self.named_letters:
                pass  # (only files named directly, which it does not apply to)
            elif not self.included[""] and (walked or not self.named_matched):
                hint = "".join(
                    _case_hint(p, self._not_included(), "letter file", folders=False)
                    for p in self.include
                )
                phrases.append(f"{patterns} matched none of {letters}{hint}")
                return phrases
            if walked:
                what = f"left out {left} of" if left else "matched all"  # (no "left out 0")
                idle = [p for p in self.include if not self.included[p]]
                unmatched = self._not_included()
                hint = "".join(
                    _case_hint(p, unmatched, "letter file", more=True, folders=False)
                    for p in self.include
                    if p not in idle
                )
                phrases.append(f"{patterns} {what} {letters}{hint}")
                phrases.extend(
                    f"--include {p!r} matched nothing"
                    + _case_hint(p, unmatched, "letter file", folders=False)
                    for p in idle
                )
        told = [(option, paths, "read") for option, paths in self.named_matched.items()]
        told += [(option, paths, "walked") for option, paths in self.named_folders.items()]
        for option, paths, done in told:
            names = ", ".join(map(said, paths[:_KINDS])) + (
                f" and {len(paths) - _KINDS} more" if len(paths) > _KINDS else ""
            )
            what = "matches" if option.startswith("--exclude") else "does not match"
            phrases.append(
                f"{option} {what} {names}, named directly: {done} all the same (the filters "
                "apply inside folders and to --files-from lists)"
            )
        return phrases

    def _not_included(self) -> list[str]:
        """The letter files the ``--include`` patterns left out."""
        return [s.path for s in self.skipped if s.reason == "not-included"]

    @property
    def failures(self) -> list[WalkProblem]:
        """Paths that could not be read: a command reports each as a failure."""
        return [p for p in self.problems if p.fatal]

    @property
    def notes(self) -> list[WalkProblem]:
        """Paths skipped on purpose (a link loop, a FIFO in a folder): a note, not a failure."""
        return [p for p in self.problems if not p.fatal]


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise :class:`UsageProblem` when an input does not exist or ``-`` is given twice."""
    for raw in inputs:
        if raw != STDIN and not os.path.exists(raw) and not os.path.islink(raw):
            if raw.startswith("-"):  # (a path only after --: before it, the parser's option)
                near = " (after --, every word is a path: options go before it)"
            else:
                name = _near_name(raw)
                near = f" (did you mean {said(name)}?)" if name else ""
            raise UsageProblem(
                Param.PATHS, "no such file or folder: {path}{near}", path=said(raw), near=near
            )
    if list(inputs).count(STDIN) > 1:
        raise UsageProblem(Param.PATHS, "standard input (-) can be given only once")


_NEAR_LOOKED = 5000
"""Names of a folder looked at for one near a mistyped path (a huge folder is not read)."""


def _near_name(raw: str) -> str | None:
    """A path in ``raw``'s folder whose name is close to the one mistyped (``lettres`` for
    ``letters``, ``Letters`` for ``letters``), spelled as ``raw`` is; None when none is,
    or when the folder itself is not there."""
    import difflib
    import itertools

    folder, name = os.path.split(bare_name(raw))
    try:
        with os.scandir(folder or os.curdir) as entries:
            names = [e.name for e in itertools.islice(entries, _NEAR_LOOKED)]
    except OSError:
        return None
    in_other_case = [n for n in names if folded(n) == folded(name)]
    close = in_other_case or difflib.get_close_matches(name, names, n=1, cutoff=0.75)
    return os.path.join(folder, close[0]) if close else None


def check_given(inputs: Sequence[str], files_from: str | None) -> None:
    """Raise :class:`UsageProblem` when neither a PATH nor a ``--files-from`` list is given."""
    if not inputs and files_from is None:
        piped = " (to read the letter piped in, name it -)" if _stdin_piped() else ""
        raise LeftOut(
            Param.PATHS,
            "no {paths} given: name letters or folders, or list them with {files_from}{piped}",
            piped=piped,
        )


def _stdin_piped() -> bool:
    """Whether standard input is a pipe or a file with something in it (``cat a.txt |
    replyparse extract``, ``replyparse validate < a.txt``): a letter the user meant to be
    read, which a PATH of ``-`` reads. Not a terminal, nor ``/dev/null`` or none (a CI
    job, a hook), where no such hint belongs."""
    try:
        mode = os.fstat(0)
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode.st_mode) or (stat.S_ISREG(mode.st_mode) and mode.st_size > 0)


def read_list(files_from: str | None, inputs: Sequence[str]) -> list[str]:
    """The paths ``--files-from`` lists (``extract`` and ``validate`` alike): one a line
    (``find``, ``git ls-files``), or NUL-separated when the list holds a NUL (``find
    -print0``, ``git ls-files -z``); empty entries skipped, names decoded as the file
    system's. :class:`UsageProblem` when the list cannot be read, or is standard input
    and a letter (``-`` among ``inputs``) is too."""
    if files_from is None:
        return []
    if files_from == STDIN:
        if STDIN in inputs:
            raise UsageProblem(
                Param.FILES_FROM, "standard input cannot be both the list and a letter (-)"
            )
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(files_from).read_bytes()
        except OSError as exc:
            raise UsageProblem(
                Param.FILES_FROM,
                "cannot read {path}: {reason}",
                path=files_from,
                reason=exc.strerror or str(exc),
            ) from None
    entries = data.split(b"\0") if b"\0" in data else data.splitlines()
    return [os.fsdecode(e) for e in entries if e.strip()]


def matches(rel: str, patterns: Iterable[str]) -> bool:
    """True when a pattern matches ``rel`` (a POSIX relative path).

    A pattern without ``/`` is matched against the last name only (``*.txt``, ``drafts``);
    one with ``/`` against the whole relative path, ``*`` crossing folders (``2020/*``).
    A leading ``./`` says the path starts at the top, as a pattern with ``/`` does
    anyway: ``./2020/*`` is ``2020/*``, and ``./drafts`` the top's ``drafts`` alone (as
    a user of ``extract .`` writes a path below it).
    """
    return first_match(rel, patterns) is not None


def first_match(rel: str, patterns: Iterable[str]) -> str | None:
    """The first pattern that matches ``rel`` (as :func:`matches` matches), or None."""
    name = rel.rsplit("/", 1)[-1]
    for pattern in patterns:
        if "/" not in pattern:
            if glob_match(name, pattern):
                return pattern
        elif _path_match(rel, _from_top(pattern)):
            return pattern
    return None


_LITERAL_SUFFIX = re.compile(r"\.[^./*?\[\]]+\Z")
"""A pattern's suffix written out (``.txt`` in ``*.txt``, ``2021/a.TXT``): no wildcard."""


def glob_match(path: str, pattern: str) -> bool:
    """Whether the glob ``pattern`` matches ``path``: case-sensitive, as a shell's globs
    are, but for a suffix the pattern writes out, which matches in any case (``*.txt``
    matches ``a.TXT`` and ``b.Txt``, ``*.PDF`` matches ``c.pdf``), as a letter's format
    is told whatever the case of its suffix: an archive copied from Windows, where case
    is nobody's concern, holds both. ``Drafts`` does not match ``drafts``: on Linux
    those are two folders."""
    if fnmatchcase(path, pattern):
        return True
    written = _LITERAL_SUFFIX.search(pattern)
    if written is None:
        return False
    suffix = written.group()
    if len(path) <= len(suffix) or path[-len(suffix) :].lower() != suffix.lower():
        return False
    return fnmatchcase(path[: -len(suffix)] + suffix, pattern)


def _from_top(pattern: str) -> str:
    """A pattern with ``/`` without its leading ``./`` (``././x`` too)."""
    while pattern.startswith("./"):
        pattern = pattern[2:].lstrip("/")
    return pattern


def _path_match(rel: str, pattern: str) -> bool:
    """:func:`glob_match` for a pattern with ``/``, a leading ``**/`` any depth, the top
    too (``**/*.docx`` takes ``a.docx`` as a shell's globstar and ``.gitignore`` do, where
    ``*`` crossing folders alone asks one folder at least)."""
    if glob_match(rel, pattern):
        return True
    while pattern.startswith("**/"):
        pattern = pattern[3:]
        if glob_match(rel, pattern):
            return True
    return False


def file_key(path: str) -> tuple[int, int] | None:
    """The device and inode that say which file ``path`` is; None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def same_entry(one: str, two: str) -> bool:
    """Whether the paths ``one`` and ``two`` reach one directory entry: two spellings of
    one name on a file system that ignores case (``A.txt``, ``a.txt``). One file by
    ``lstat``'s device and inode (a symbolic link is an entry of its own), and one name
    by the folder's listing (:func:`listed_apart`): two hard links ``A.txt`` and
    ``a.txt`` on Linux are one file but two entries, two letters as any two links are."""
    try:
        a, b = os.lstat(one), os.lstat(two)
    except (OSError, ValueError):
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino) and not listed_apart(one, two)


def listed_apart(one: str, two: str) -> bool:
    """Whether the folder holding the first part ``one`` and ``two`` spell otherwise
    lists both spellings: a file system that tells case apart (Linux), where they are two
    entries. One that ignores case lists the name in the one spelling it keeps. Asked
    only of two paths to one file, so a folder is listed only then."""
    parts, others = one.split(os.sep), two.split(os.sep)
    for i, (part, other) in enumerate(zip(parts, others, strict=False)):
        if part != other:
            folder = os.sep.join(parts[:i]) + os.sep if i else os.curdir
            try:
                names = os.listdir(folder)
            except (OSError, ValueError):
                return False
            return part in names and other in names
    return False


def _system_folder(real: str) -> str | None:
    """The system folder ``real`` (a resolved path) lies in, if any."""
    for top in SYSTEM_FOLDERS:
        if real == top or real.startswith(top + "/"):
            return top
    return None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


class _Walker:
    def __init__(
        self,
        suffixes: Sequence[str],
        include: Sequence[str],
        exclude: Sequence[str],
        prune: Sequence[Path],
        follow_links: bool,
        own: Callable[[], Collection[str]] | None = None,
        outputs: Sequence[str] = (),
    ) -> None:
        self.suffixes = tuple(s.lower() for s in suffixes)
        self.outputs = {key for p in outputs if (key := file_key(p)) is not None}
        self.output_inodes = {ino for _, ino in self.outputs}
        # (a pattern's parts joined by /, as paths below an input are: drafts\\old on Windows)
        self.include = tuple(map(posix_parts, include))
        self.exclude = tuple(map(posix_parts, exclude))
        self.follow_links = follow_links
        self.pruned = {key for p in prune if (key := file_key(str(p))) is not None}
        self._own = own
        self._own_files: set[str] | None = None
        self.visited: set[tuple[int, int]] = set()
        self.walked_as: dict[tuple[int, int], str] = {}
        """Each folder walked, by device and inode, with the path it was walked under: what
        a note names when a link leads to it again."""
        self._links: list[tuple[str, str]] = []
        """The links met in the input folder being walked to folders inside it, with
        their ``rel``: walked once the input's own tree is (:meth:`_walk_root`), so that a
        folder and a link to it (``2021/latest`` → ``../2022``) are read under the
        folder's own path, not the link's, whichever sorts first. A link out of the
        input is walked where it is met."""
        self._root_real = ""
        """The input folder being walked, with the links on its path resolved."""
        self.roots: dict[tuple[int, int], str] = {}
        """The folders walked as inputs (named, or listed), by device and inode, each
        with its path."""
        self.root: str | None = None
        """The folder named on the command line being walked (None: a file named)."""
        self.listing = False
        """Whether the paths come from a ``--files-from`` list now: a list made by ``find``
        names a file and its folder alike, so a file met twice there is taken once
        unsaid."""
        self._passed: set[str] = set()
        """Files in the output folder listed as skipped, so that none is listed twice."""
        self._told_again: set[str] = set()
        """The files named twice told already (:meth:`add_file`)."""
        self._told_again_folders: set[tuple[int, int]] = set()
        """The folders named twice told already (:meth:`walk`)."""
        self._by_fold: dict[str, str] = {}
        """The key of the first file taken under each fold of its key
        (:func:`~replyparse.paths.folded`): :meth:`_spelled_otherwise`."""
        self._real_folders: dict[str, str] = {}
        """Each folder a file taken lies in, with the links on its path resolved."""
        self._folder_keys: dict[str, tuple[int, int] | None] = {}
        """Each folder a listed path lies in, with its device and inode (asked once)."""
        self._listed_skips: set[str] | None = None
        """The files skipped when the first listed path is passed over by its name
        (:meth:`listed_unread`), and those passed over since, so that none is listed twice."""
        self.found = Discovery(include=self.include, exclude=self.exclude)
        self.seen_files: dict[str, tuple[str, str | None]] = {}
        """Each file taken, by :meth:`_seen_key`: as met, and the folder named it was met in."""
        self._above: list[str] = []
        """The folder being walked as an input, as the paths above what it holds that a
        pattern with ``/`` is also matched from (``archive/2021`` → ``2021``,
        ``archive/2021``): :meth:`match`."""
        self._exempt: set[str] = set()
        """The ``--exclude`` patterns that match that folder itself, or one above it: it
        is walked all the same (:meth:`named_folder_filters`), so they are not matched
        from above, only inside it."""

    def problem(self, path: str, reason: str, fatal: bool) -> None:
        found = self.found
        found.problems.append(WalkProblem(plain(path), reason, fatal, len(found.files)))

    def _listing(self, folder: str, *, fatal: bool) -> list[os.DirEntry[str]] | None:
        """``folder``'s entries in name order, or None when it cannot be read (a problem
        noted, ``fatal`` as the caller says: an input's folder is, the output folder met
        inside one is not)."""
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.problem(folder, f"cannot read folder: {exc.strerror or exc}", fatal)
            return None

    def skip(
        self,
        path: str,
        reason: SkipReason,
        detail: str,
        *,
        folder: bool = False,
        pattern: str | None = None,
        note: bool = False,
    ) -> None:
        """Leave ``path`` unread, on the list of skipped paths (``note``: and told in a
        note of its own, for what a user would not expect to be left out)."""
        if reason == "output-folder" or self._own_files is not None:
            self._passed.add(os.path.abspath(path))
        self.found.skipped.append(Skipped(plain(path), reason, detail, folder, pattern))
        if note:
            self.problem(path, detail, False)

    def _seen_key(self, path: str) -> str:
        """``path`` as :attr:`seen_files` holds it: as a manifest names its source
        (:func:`~replyparse.batch.resume.manifest_keys`), the links among its folders
        resolved and its own name kept (a link to a letter is a letter of its own), so
        ``archive/a.txt`` and ``link/a.txt``, ``link`` a link to ``archive``, are one
        file, read once (two records of one source else). Each folder resolved once."""
        folder, name = os.path.split(os.path.abspath(path))
        real = self._real_folders.get(folder)
        if real is None:
            real = self._real_folders[folder] = os.path.realpath(folder)
        return os.path.join(real, name)

    def add_file(self, path: str, rel: str) -> None:
        path = plain(path)  # (a walk of . meets ./a.txt, which is a.txt named)
        absolute = self._seen_key(path)
        if absolute not in self.seen_files:
            absolute = self._spelled_otherwise(absolute)
        if absolute in self.seen_files:  # the same file named twice on the command line
            first, first_folder = self.seen_files[absolute]
            named = self.root is None or first_folder is None  # (one walk met it, no more)
            if named and not self.listing and absolute not in self._told_again:
                self._told_again.add(absolute)  # (named a third time: told once)
                self.found.named_again.append((path, first, self.root, first_folder))
            return
        self.seen_files[absolute] = (path, self.root)
        self._by_fold.setdefault(folded(absolute), absolute)
        self.found.files.append(InputFile(path=path, rel=rel))

    def _spelled_otherwise(self, key: str) -> str:
        """The key of a file taken already that ``key`` names in other case (or another
        Unicode form), when the two are one file: on a file system that ignores case
        (macOS, Windows) ``A.txt`` and ``a.txt``, or ``archive/a.txt`` and
        ``ARCHIVE/a.txt``, are one letter, which would be read twice and written as two
        records (``a.json`` and ``a.txt.json``). One file by the entry itself (``lstat``:
        two links of their own are two sources, as :meth:`_seen_key` keeps them); else
        ``key``. Asked only of a name whose fold was met, so a walk stats nothing more;
        never of two names one walk met (no such file system lists both: two links of
        one file on Linux, ``a.txt`` and ``A.txt``, are two entries, each read)."""
        other = self._by_fold.get(folded(key))
        if other is None or other == key:
            return key
        if self.root is not None and self.seen_files[other][1] == self.root:
            return key
        return other if same_entry(key, other) else key

    def named(self, raw: str) -> None:
        """A path from the command line: a folder is walked, anything else must be a
        regular file outside the system folders (links are followed: the user named it)."""
        path = plain(raw)
        top = _system_folder(os.path.realpath(path))
        if top is not None:
            self.problem(path, f"lies in {top}: not read", True)
        elif os.path.isdir(path):
            rel = _written_rel(raw)
            self._above = _folder_tails(rel)
            self._exempt = {p for p in self.exclude if _named_exclude(rel, (p,)) is not None}
            self.root = path
            self._root_real = os.path.realpath(path).rstrip(os.sep) + os.sep
            if not self.listing:  # (a listed folder is filtered as a path: listed_filtered)
                self.found.named_paths.append(path)
            try:
                self._walk_root(path)
            finally:
                self.root = None
                self._root_real = ""
                self._links.clear()
        else:
            try:
                mode = os.stat(path).st_mode
            except OSError:  # a broken link: the reader says why it cannot be read
                mode = stat.S_IFREG
            if not stat.S_ISREG(mode):
                self.problem(path, f"{_kind(mode)}, not a regular file: not read", True)
            else:
                if not self.listing:
                    self.found.named_paths.append(path)
                self.add_file(path, PurePosixPath(Path(raw).name).as_posix())

    def match(self, rel: str, patterns: Sequence[str]) -> str | None:
        """The first pattern that matches ``rel``, a path below the input folder being
        walked, as :func:`first_match` matches; else the first with ``/`` that matches
        the path from a folder above, up to the folder as named (``extract archive/2021
        --include '2021/*'`` matches ``2021/a.txt``, as a list naming
        ``archive/2021/a.txt`` is matched: :func:`_listed_match`), but for an exclude
        that matches the named folder itself (:attr:`_exempt`)."""
        hit = first_match(rel, patterns)
        if hit is not None or not self._above:
            return hit
        slashed = [p for p in patterns if "/" in p and p not in self._exempt]
        for above in self._above if slashed else ():
            if (hit := first_match(f"{above}/{rel}", slashed)) is not None:
                return hit
        return None

    def _walk_root(self, folder: str) -> None:
        """Walk ``folder``, an input, and then the links met in it to folders inside it,
        in the order met (a link met among those is walked after them): such a link is
        told as a link to the folder the walk met by its own path, and the files are read
        under that path (their records named by it: the path a user, a CI annotation or
        ``git`` knows), not under the link's, whichever sorts first."""
        self.walk(folder, "")
        at = 0
        while at < len(self._links):
            self.walk(*self._links[at])
            at += 1

    def walk(self, folder: str, rel: str) -> None:
        key = file_key(folder)
        if key is not None and key in self.pruned:
            if key not in self.visited:  # met twice (two inputs hold it): listed once
                self.visited.add(key)
                self.output_folder(folder)
            return
        if key is not None and key in self.visited:
            if not rel and key in self._told_again_folders:
                return  # (named a third time: told once)
            if not rel:  # a PATH given inside another (extract archive archive/2021), or twice
                self._told_again_folders.add(key)
                first = self.roots.get(key)
                if first is None:
                    where = next(
                        (name for name in self.roots.values() if _holds(name, folder)), None
                    )
                    if where is not None:
                        detail = f"already walked: it lies in {said(where)}, named before it"
                    elif (link := self.walked_as.get(key)) is not None:
                        detail = f"already walked as {said(link)}, a symbolic link met before it"
                    else:
                        detail = "already walked: it lies in a folder, named before it"
                elif first == folder:
                    detail = "already walked: named twice"
                else:
                    detail = f"already walked: the same folder as {said(first)}, named before it"
                detail += "; its files are read once"
            elif key in self.roots and not os.path.islink(folder):  # (extract archive/2021 archive)
                # the other order's note names the folder that holds it, and so does this
                holder = f"{said(self.root)}, which holds it" if self.root else "the one holding it"
                detail = f"already walked: named before {holder}; its files are read once"
            else:
                detail = self._walked_again(folder, key)
            self.skip(folder, "walked-already", detail, folder=True, note=True)
            return
        if key is not None:
            self.visited.add(key)
            self.walked_as[key] = folder
            if not rel:
                self.roots[key] = folder
        entries = self._listing(folder, fatal=True)
        if entries is None:
            return
        pages = {e.name.lower() for e in entries if e.name.lower().endswith(_PAGE_SUFFIXES)}
        for entry in entries:
            if entry.name.startswith(_HIDDEN_PREFIXES):
                self._hidden(entry)
                continue
            if _page_resources(entry.name, pages) and entry.is_dir():
                # a browser's or Word's "save as web page" keeps the page's pictures,
                # scripts and frames there: parts of the page beside it, no letters
                detail = "resources of a saved web page: not read"
                self.skip(entry.path, "web-page-resources", detail, folder=True, note=True)
                continue
            self.entry(entry, f"{rel}/{entry.name}" if rel else entry.name)

    def _inside_root(self, link: str) -> bool:
        """Whether the folder ``link`` leads to lies inside the input being walked."""
        return bool(self._root_real) and os.path.realpath(link).startswith(self._root_real)

    def _walked_again(self, folder: str, key: tuple[int, int]) -> str:
        """Why ``folder``, met inside a walk, is not walked: a link back to a folder
        that holds it (a loop), a link to a folder walked already (named by the path it
        was walked under), or a folder reached again another way."""
        first = self.walked_as.get(key)
        if first is None:
            return "already walked (symbolic link loop or duplicate)"
        if os.path.islink(folder):
            real = os.path.realpath(folder)
            above = os.path.realpath(os.path.dirname(folder))
            if above == real or above.startswith(real.rstrip(os.sep) + os.sep):
                return f"already walked (symbolic link loop: a link back to {said(first)})"
            return (
                f"already walked: a symbolic link to {said(first)}; its files are read there, once"
            )
        return f"already walked: the same folder as {said(first)}; its files are read there, once"

    def output_folder(self, folder: str) -> None:
        """The output folder met inside an input: not read (our records are no letters,
        and reading them would feed a run its own output), but not passed over in
        silence either. Every file in it and below is listed as ``output-folder``, but
        for the files replyparse keeps there itself, unlisted: its dot files (named
        :data:`OWN_DOT_PREFIX`…: manifest, lock, temporary files) and the files ``own``
        names (records the manifest holds, the errors and skipped lists). A dot file or
        folder a user put there, or an Office lock file, is listed as the walk lists one
        anywhere (``hidden``, a folder not walked; ``office-lock-file``). Links are
        listed, never followed."""
        self._own_set()
        before = len(self.found.skipped)
        self._output_files(folder, "")
        self.found.inside_output[folder] = sum(
            s.reason == "output-folder" for s in self.found.skipped[before:]
        )

    def _own_set(self) -> set[str]:
        """The files replyparse keeps in the output folder (``own``), asked once."""
        if self._own_files is None:
            own = self._own() if self._own is not None else ()
            self._own_files = {os.path.normpath(p) for p in own}
        return self._own_files

    def listed_output(self, path: str) -> bool:
        """Whether ``path``, a file a ``--files-from`` list names, is the run's own output
        and so passed over as the walk passes it over, not read (a list made by ``find
        IN -type f`` names the records, reports, lists and manifest an earlier run left
        in an output folder inside IN; each would fail as no letter on every rerun):

        - one of ``outputs`` (a database, a file of records, their lock and lists),
          known by device and inode: passed over, as the walk does, when it bears no
          letter's suffix or holds what a run lists (:func:`_holds_run_list`); a letter
          given such a name is read, and the run refuses to overwrite it;
        - a file in the output folder (any folder of ``prune``, found among the path's
          parents by device and inode, so also when spelled through a link): the files
          replyparse keeps there (its ``.replyparse…`` dot files, the files ``own``
          names) are passed over unlisted; any other is listed as the walk lists it
          (``output-folder``; a dot file ``hidden``, an Office lock file as such).

        Each is counted for one note (:meth:`Discovery.output_notes`): the user listed
        the path, so it is not passed over in silence."""
        if os.path.isdir(path):
            return self._listed_folder(path)
        found = self._in_output_folder(path)
        if found is None:
            key = file_key(path)
            if key is None or key not in self.outputs:
                return False
            suffix = os.path.splitext(path)[1].lower()
            if suffix in self.suffixes and not _holds_run_list(path):
                return False
            self.found.listed_own.append(path)
            return True
        folder, below = found
        if os.path.abspath(path) in self._passed:
            return True  # listed twice, or met by the walk of an input too: told once
        counts = self.found.listed_output.setdefault(folder, [0, 0])
        parts = below.split("/")
        hidden = next((p for p in parts if p.startswith(_HIDDEN_PREFIXES)), None)
        if hidden is not None and hidden.startswith(OWN_DOT_PREFIX):
            counts[0] += 1  # the manifest, the lock, a temporary file
        elif hidden is not None:
            if hidden.startswith("~$"):
                self.skip(path, "office-lock-file", "Office lock file (~$…)")
            else:
                self.skip(path, "hidden", "hidden (dot file)")
            counts[1] += 1
        elif os.path.normpath(below) in self._own_set():
            counts[0] += 1
        else:
            self.skip(path, "output-folder", "inside the output folder; not read")
            counts[1] += 1
        return True

    def listed_unread(self, path: str) -> bool:
        """Whether ``path``, a file a ``--files-from`` list names, is one the walk passes
        over by its name, and so passed over likewise, listed with the walk's reason, not
        read and failed: a file of no letter format (``scan.jpg``, another run's
        ``old.db``: counted by suffix for the walk's note), a dot file, an Office lock
        file. A list made by ``find IN -type f`` names every file in IN, as a walk of IN
        meets them; a file named on the command line is still always tried. A path in
        the system folders is left to :meth:`named`, which refuses it."""
        name = os.path.basename(path)
        suffix = os.path.splitext(name)[1].lower()
        if not name.startswith(_HIDDEN_PREFIXES) and suffix in self.suffixes:
            return False
        if os.path.isdir(path) or _system_folder(os.path.realpath(path)) is not None:
            return False
        self._listing_started()  # (a file the walk of an input skipped too: told once)
        if self._told_already(path):
            return True
        if name.startswith("~$"):
            self.skip(path, "office-lock-file", "Office lock file (~$…)")
        elif name.startswith("."):
            self.skip(path, "hidden", "hidden (dot file)")
        else:
            self.found.ignored[suffix] += 1
            self.skip(path, "no-letter-format", f"no letter format ({suffix or 'no suffix'})")
        return True

    def listed_hidden(self, path: str) -> bool:
        """Whether ``path``, a file or folder a ``--files-from`` list names, lies in a dot
        folder (or is one), and so is passed over as the walk passes it over: ``find
        archive -type f`` lists ``archive/.old/a.txt``, which the walk of ``archive``
        never meets, as it does not enter ``.old``. One policy for both: the folder is
        listed once, as the walk lists it (``hidden``, not walked), whichever of its paths
        the list names first, and whether a walk met it already. The folders asked are
        those the path names below the current folder (as :func:`_filter_rel` gives it:
        ``./archive/.old/a.txt``, ``$PWD/archive/.old/a.txt``), where a walk from here
        would have met them; a path outside the current folder (``/srv/…``, ``../…``) is
        not asked, since the list does not say where its walk began, and a dot folder
        above that (a home's ``.local``) must not hide what it found. A file named on the
        command line is read all the same; a dot file itself is :meth:`listed_unread`'s."""
        if _system_folder(os.path.realpath(path)) is not None:
            return False
        if self._seen_key(path) in self.seen_files:
            return False  # named, or met by a walk, already: taken
        here = PurePosixPath(Path(os.getcwd()).as_posix())
        try:
            below = PurePosixPath(Path(os.path.abspath(path)).as_posix()).relative_to(here)
        except ValueError:
            return False  # outside the current folder: see above
        parts = list(below.parts)
        folders = parts if os.path.isdir(path) else parts[:-1]
        hidden = next((i for i, p in enumerate(folders) if p.startswith(_HIDDEN_PREFIXES)), None)
        if hidden is None:
            return False
        written = os.path.normpath(path)
        above = os.path.abspath(path) if ".." in written.split(os.sep) else written
        for _ in range(len(parts) - hidden - 1):
            above = os.path.dirname(above)
        self._listing_started()
        if not self._told_already(above):
            if parts[hidden].startswith("~$"):
                self.skip(above, "office-lock-file", "Office lock file (~$…)", folder=True)
            else:
                self.skip(above, "hidden", "hidden (dot folder: not walked)", folder=True)
        return True

    def named_filters(self, path: str) -> None:
        """A file named on the command line is read whatever the filters say (the user
        asked for it), but one a filter would leave out is told (``--exclude '*.jpg'``
        with ``scan.jpg`` named), so the filter's note does not say it matched nothing:
        :attr:`Discovery.named_matched`. Matched as a listed path is (:func:`_listed_match`):
        by its name, and a pattern with ``/`` by its path (``2021/*`` matches a named
        ``archive/2021/a.txt``, ``drafts/*`` a named ``drafts/b.txt``), the path as
        written (:func:`_written_rel`: ``../2021/a.txt`` is ``2021/a.txt``)."""
        if not (self.include or self.exclude):
            return
        rel = _written_rel(path)
        name = rel.rsplit("/", 1)[-1]
        told = self.found.named_matched
        if os.path.splitext(name)[1].lower() in self.suffixes:
            self.found.named_letters += 1
        if (pattern := _named_exclude(rel, self.exclude)) is not None:
            told.setdefault(f"--exclude {pattern!r}", []).append(path)
        elif (
            self.include
            and os.path.splitext(name)[1].lower() in self.suffixes
            and _listed_match(rel, self.include) is None
        ):
            patterns = " ".join(f"--include {p!r}" for p in self.include)
            told.setdefault(patterns, []).append(path)

    def named_folder_filters(self, path: str) -> None:
        """A folder named on the command line is walked whatever ``--exclude`` says of it
        (the filters apply inside it: ``extract archive/drafts --exclude drafts`` reads
        what ``drafts`` holds), but a pattern that matches it, or a folder on its way, is
        told (:attr:`Discovery.named_folders`), so its note does not say it matched
        nothing. Matched as a named file is (:meth:`named_filters`)."""
        rel = _written_rel(path)
        if self.exclude and rel and (found := _named_exclude(rel, self.exclude)):
            self.found.named_folders.setdefault(f"--exclude {found!r}", []).append(path)

    def listed_filtered(self, path: str) -> bool:
        """Whether ``path``, a file or folder a ``--files-from`` list names, is one the
        filters leave out, and so left out as the walk leaves out what they match
        (listed ``excluded`` or ``not-included``, counted in their notes): a list made by
        ``find IN`` or ``git ls-files`` stands for a walk, and a filter given with it is
        meant for it. The filters match the path as :func:`_filter_rel` gives it (below
        the current folder, as listed: ``drafts/a.txt``), in the walk's order: a folder
        on the way that ``--exclude`` names leaves the path out, as the walk would not
        enter it; then, for a file, a letter's suffix must match an ``--include`` (one of
        another suffix is passed over for it, :meth:`listed_unread`), and nothing may
        match an ``--exclude``; a pattern with ``/`` matches the path below any of its
        folders too (:func:`_listed_match`). A dot file or an Office lock file, and a path in the
        system folders, are left to :meth:`listed_unread` and :meth:`named`."""
        if not (self.include or self.exclude):
            return False
        if _system_folder(os.path.realpath(path)) is not None:
            return False
        if self._seen_key(path) in self.seen_files:
            return False  # named, or met by a walk, already: taken, and told so once
        self._listing_started()
        rel = _filter_rel(path)
        parts = rel.split("/")
        for end in range(1, len(parts)):
            if (pattern := _listed_match("/".join(parts[:end]), self.exclude)) is not None:
                # listed as the walk lists it: the folder, once, for all its files
                above = os.path.normpath(path)
                for _ in range(len(parts) - end):
                    above = os.path.dirname(above)
                self._excluded(above, pattern, folder=True)
                return True
        excluded = _listed_match(rel, self.exclude)
        if os.path.isdir(path):
            if excluded is not None:
                self._excluded(path, excluded, folder=True)
            return excluded is not None
        name = parts[-1]
        if name.startswith(_HIDDEN_PREFIXES):
            return False
        if os.path.splitext(name)[1].lower() in self.suffixes and self.include:
            hits = [p for p in self.include if _listed_match(rel, (p,)) is not None]
            if not hits:
                if not self._told_already(path):
                    self.skip(path, "not-included", "matches no --include pattern")
                return True
            if excluded is None:
                self.found.included.update(["", *hits])
        if excluded is not None:
            self._excluded(path, excluded, folder=False)
        return excluded is not None

    def _listing_started(self) -> None:
        """From the first listed path passed over on: the paths the walks of the inputs
        left out, so that each is told once (:meth:`_told_already`)."""
        if self._listed_skips is None:
            self._listed_skips = {os.path.abspath(s.path) for s in self.found.skipped}

    def _told_already(self, path: str) -> bool:
        """Whether ``path``, a file passed over by its name, was passed over already while a
        ``--files-from`` list is read (:meth:`listed_unread`), and else noted as passed over:
        the list may name a stray before the folder whose walk meets it, or a folder after
        its first stray, and each is told once, whatever the order. False, and nothing
        noted, before the list names a stray (a walk alone never meets a file twice)."""
        if self._listed_skips is None:
            return False
        absolute = os.path.abspath(path)
        if absolute in self._listed_skips:
            return True
        self._listed_skips.add(absolute)
        return False

    def _listed_folder(self, path: str) -> bool:
        """A listed folder below the output folder (``find IN`` lists every folder): its
        files are passed over as the output folder's are (the output folder itself, or
        one above it, is walked, and the walk passes the output folder over)."""
        found = self._in_output_folder(path)
        if found is None:
            return False
        folder, below = found
        key = file_key(path)
        counts = self.found.listed_output.setdefault(folder, [0, 0])
        if key is not None and key in self.visited:
            return True  # (its files are told already)
        if key is not None:
            self.visited.add(key)
        self._own_set()
        before = len(self.found.skipped)
        self._output_files(path, below)
        others = len(self.found.skipped) - before
        counts[1 if others else 0] += others or 1
        return True

    def _in_output_folder(self, path: str) -> tuple[str, str] | None:
        """The output folder (of ``prune``) among ``path``'s parents, as the path spells
        it, and the path below it (``/``-separated); None when it lies in none."""
        if not self.pruned:
            return None
        absolute = os.path.abspath(path)
        folder = os.path.dirname(absolute)
        while True:
            key = self._folder_keys.get(folder)
            if key is None and folder not in self._folder_keys:
                key = self._folder_keys[folder] = file_key(folder)
            if key is not None and key in self.pruned:
                below = os.path.relpath(absolute, folder).replace(os.sep, "/")
                shown = os.path.normpath(path)
                for _ in below.split("/"):
                    shown = os.path.dirname(shown)
                return shown or ".", below
            parent = os.path.dirname(folder)
            if parent == folder:
                return None
            folder = parent

    def _output_files(self, folder: str, rel: str) -> None:
        """The files in ``folder``, ``rel`` below the output folder as met. Its own files
        are known by that relative path, not by the path walked: an input named through
        a symbolic link (or a parent spelled another way) reaches the output folder under
        a path that is not the one the run writes to."""
        entries = self._listing(folder, fatal=False)
        if entries is None:
            return
        assert self._own_files is not None
        for entry in entries:
            if entry.name.startswith(_HIDDEN_PREFIXES):
                if not entry.name.startswith(OWN_DOT_PREFIX):
                    self._hidden(entry)
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            below = f"{rel}/{entry.name}" if rel else entry.name
            if is_dir:
                self._output_files(entry.path, below)
            elif below not in self._own_files:
                detail = "inside the output folder; not read"
                self.skip(entry.path, "output-folder", detail)

    def _hidden(self, entry: os.DirEntry[str]) -> None:
        """A dot file or folder, or an Office lock file: skipped, and listed as such."""
        try:
            folder = entry.is_dir()
        except OSError:
            folder = False
        if self._told_already(entry.path):
            return  # (a stray a --files-from list named before this walk met it)
        if entry.name.startswith("~$"):
            self.skip(entry.path, "office-lock-file", "Office lock file (~$…)", folder=folder)
        else:
            what = "dot folder: not walked" if folder else "dot file"
            self.skip(entry.path, "hidden", f"hidden ({what})", folder=folder)

    def entry(self, entry: os.DirEntry[str], rel: str) -> None:
        try:
            is_dir, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError:
            is_dir = is_file = False
            is_link = True
        excluded = self.match(rel, self.exclude)
        if not is_dir:
            suffix = os.path.splitext(entry.name)[1].lower()
            if suffix not in self.suffixes:  # a FIFO or a broken link of the name too
                if self._run_output(entry):
                    return
                if excluded is None:
                    if self._told_already(entry.path):
                        return  # (a stray a --files-from list named before this walk met it)
                    self.found.ignored[suffix] += 1
                    what = f"no letter format ({suffix or 'no suffix'})"
                    self.skip(entry.path, "no-letter-format", what)
                else:
                    self._excluded(entry.path, excluded, folder=False)
                return
            if self._run_output(entry) and _holds_run_list(entry.path):
                # the run's own errors or skipped list given a letter's name
                # (--errors IN/failed.txt): the lines an earlier run wrote there, no
                # letter; a letter of that name is read, and the run refuses to
                # overwrite it
                return
            if self.include:
                hits = [p for p in self.include if self.match(rel, (p,)) is not None]
                if not hits:
                    if not self._told_already(entry.path):
                        self.skip(entry.path, "not-included", "matches no --include pattern")
                    return
                self.found.included.update(["", *hits])
        if excluded is not None:
            self._excluded(entry.path, excluded, folder=is_dir)
            return
        if is_link:
            if not self.follow_links:
                detail = "symbolic link not followed"
                self.skip(entry.path, "link-not-followed", detail, folder=is_dir, note=True)
                return
            top = _system_folder(os.path.realpath(entry.path))
            if top is not None:
                detail = f"link into {top}: not read"
                self.skip(entry.path, "system-folder-link", detail, folder=is_dir, note=True)
                return
        if is_dir and is_link and self._inside_root(entry.path):
            self._links.append((entry.path, rel))  # (walked after the input's own tree)
        elif is_dir:
            self.walk(entry.path, rel)
        elif is_file:
            self.add_file(entry.path, rel)
        elif is_link and not os.path.exists(entry.path):
            self.add_file(entry.path, rel)  # the reader says why it cannot be read
        else:
            try:
                kind = _kind(entry.stat().st_mode)
            except OSError as exc:
                kind = f"cannot read: {exc.strerror or exc}"
            detail = f"{kind}, not a regular file: skipped"
            self.skip(entry.path, "not-regular-file", detail, note=True)

    def _run_output(self, entry: os.DirEntry[str]) -> bool:
        """Whether ``entry`` is one of the run's own output files (``outputs``: a database
        or a file of records, its lock, its lists) met in an input: passed over unlisted,
        as the files replyparse keeps in an output folder are, not listed on every run as
        a file of no letter format. Known by device and inode (an input named another way
        reaches it under another path); the inode, free from the folder's listing, asked
        first, so a walk with no output there stats nothing more."""
        if not self.output_inodes:
            return False
        try:
            if entry.inode() not in self.output_inodes:
                return False
            st = entry.stat(follow_symlinks=False)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.outputs

    def _excluded(self, path: str, pattern: str | None, *, folder: bool) -> None:
        if self._told_already(path):
            return  # (left out already, as a --files-from list named it)
        detail = f"matches --exclude {pattern!r}" + (" (folder not walked)" if folder else "")
        self.skip(path, "excluded", detail, folder=folder, pattern=pattern)


_LIST_KEYS = (frozenset({"source", "stage", "error"}), frozenset({"path", "kind", "reason"}))
"""The keys of a line of the errors list and of the skipped list."""
_LIST_HEAD = 1 << 16
"""Bytes of a file read to tell a run's list from a letter (lines past them are not asked)."""


def _holds_run_list(path: str) -> bool:
    """Whether the file at ``path`` holds what a run writes in its errors or skipped list:
    each line a JSON object with the keys of one (or nothing at all). A run's own list may
    bear a letter's suffix (``--errors IN/failed.txt``); so known, it is never read as a
    letter, while a letter given that name (no line of it is such an object) still is."""
    try:
        with open(path, "rb") as f:
            head = f.read(_LIST_HEAD + 1)
    except OSError:
        return False
    lines = head[:_LIST_HEAD].split(b"\n")
    if len(head) > _LIST_HEAD:
        lines.pop()  # (cut by the read: not asked)
    for line in lines:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            return False
        if not isinstance(item, dict) or not any(keys <= item.keys() for keys in _LIST_KEYS):
            return False
    return True


def discover(
    inputs: Sequence[str],
    *,
    suffixes: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    prune: Sequence[Path] = (),
    follow_links: bool = True,
    listed: Sequence[str] = (),
    own: Callable[[], Collection[str]] | None = None,
    outputs: Sequence[str] = (),
) -> Discovery:
    """Files to parse, in a deterministic order: inputs in the order given, each folder
    depth first with names sorted. Files named directly are always taken (filters apply
    only inside folders); ``-`` is kept as is. A file's ``rel`` is its path under its
    input folder, led by that folder's own name when several inputs are given (filters
    still match the path under the folder). ``listed`` paths (``--files-from``) come
    after the inputs, each as if named, with the path as listed for its ``rel``; one that
    does not exist is a failure, not a usage error (a list can be older than the files).
    ``prune`` lists folders never read (the output folder when it sits inside an
    input, or holds a listed path: :meth:`_Walker.listed_output`): the files in one are
    listed as skipped (``output-folder``), but for those
    ``own()`` names (files replyparse wrote there, as paths relative to the output
    folder, ``/``-separated; asked only when such a
    folder is met) and its dot files. ``outputs`` are the run's own output files (a
    database or a file of records, its lock, the errors and skipped lists): met in a
    folder with no letter's suffix, they are passed over unlisted; with a letter's suffix,
    only a list holding what a run lists (:func:`_holds_run_list`: one a user named
    ``--errors IN/failed.txt``, met again on the next run), while any other file is read,
    and the run refuses to overwrite it. With ``follow_links`` False,
    symbolic links met inside folders are skipped with a note (named ones are followed).

    Raises :class:`UsageProblem` (see :func:`check_inputs`) before walking anything.
    """
    check_inputs(inputs)
    walker = _Walker(suffixes, include, exclude, prune, follow_links, own, outputs)
    files = walker.found.files
    several = len(inputs) > 1
    for raw in inputs:
        if raw == STDIN:
            files.append(InputFile(path=STDIN, rel="stdin"))
            continue
        first = len(files)
        walker.named(raw)
        if os.path.isdir(raw):
            walker.named_folder_filters(raw)
        elif len(files) > first:
            walker.named_filters(raw)
        level = _input_level(raw) if several and os.path.isdir(raw) else ""
        if level:  # a/2021/x.txt and b/2021/x.txt stay apart: a/2021/x, b/2021/x
            files[first:] = [InputFile(f.path, f"{level}/{f.rel}") for f in files[first:]]
    walker.found.listed = len(listed)
    walker.listing = True
    for raw in listed:
        if not os.path.exists(raw) and not os.path.islink(raw):
            # (a "# …" line read as a comment by its writer: it is a path like any other)
            why = "; a list holds paths only, # begins no comment" if raw.startswith("#") else ""
            walker.problem(raw, f"no such file or folder (listed{why})", True)
            continue
        if (
            walker.listed_output(raw)
            or walker.listed_hidden(raw)
            or walker.listed_filtered(raw)
            or walker.listed_unread(raw)
        ):
            continue
        if os.path.isdir(raw) and file_key(raw) in walker.visited:
            continue  # a folder walked already (find IN lists IN's folders): its files are taken

        first = len(files)
        walker.named(raw)
        where = _listed_rel(raw)
        if os.path.isdir(raw):
            files[first:] = [InputFile(f.path, f"{where}/{f.rel}") for f in files[first:]]
        elif len(files) > first:
            files[first] = InputFile(files[first].path, where)
    return walker.found


def _holds(folder: str, path: str) -> bool:
    """Whether ``folder`` holds ``path`` (their paths compared with the links on them
    resolved: ``archive`` holds ``link/2021``, ``link`` a link to ``archive``)."""
    top, below = os.path.realpath(folder), os.path.realpath(path)
    return below.startswith(top.rstrip(os.sep) + os.sep)


def _listed_rel(raw: str) -> str:
    """A listed path's place in the outputs: the path as listed when it is relative and
    stays below the current folder (``./2021/a.txt`` → ``2021/a.txt``), else its name."""
    path = PurePosixPath(Path(os.path.normpath(raw)).as_posix())
    if path.is_absolute() or ".." in path.parts or str(path) == ".":
        return PurePosixPath(Path(os.path.abspath(raw)).name).as_posix()
    return path.as_posix()


def _listed_match(rel: str, patterns: Iterable[str]) -> str | None:
    """The first pattern that matches ``rel``, a listed path as :func:`_filter_rel` gives
    it: as :func:`first_match` matches, and a pattern with ``/`` also against the path
    below each of its folders (``archive/2021/a.txt`` as ``2021/a.txt``). A list does not
    say which folder its walk began at (``find archive`` lists ``archive/2021/a.txt``),
    so ``--include '2021/*'`` matches what it matches in ``replyparse extract archive``."""
    tails = [rel]
    at = rel.find("/")
    while at >= 0:
        tails.append(rel[at + 1 :])
        at = rel.find("/", at + 1)
    for pattern in patterns:
        if any(first_match(tail, (pattern,)) is not None for tail in tails):
            return pattern
    return None


def _written_rel(raw: str) -> str:
    """The path the filters match a path named on the command line by: as written, from
    the highest folder it writes (``archive/2021``; ``../proj`` → ``proj``, ``../2021/a.txt``
    → ``2021/a.txt``; an absolute path from the root, ``srv/x/proj``): a folder above the
    current one that the user did not write is no reason for ``--include 'x/*'`` to take
    all of ``proj``, nor for ``--exclude x`` to be told as matching a named
    ``../proj/a.txt``. A folder written as ``.`` or ``..`` is named by its own name (``.``
    inside ``archive/2021`` is ``2021``, so that ``extract . --include '2021/*'`` there
    reads what ``extract archive/2021 --include '2021/*'`` reads); the root is ``""``."""
    written = Path(os.path.normpath(raw)).as_posix().split("/")
    if ".." in written:
        written = written[len(written) - written[::-1].index("..") :]
    parts = [part for part in written if part not in ("", ".")]
    if parts:
        return "/".join(parts)
    return PurePosixPath(Path(os.path.abspath(raw)).as_posix()).name


def _folder_tails(rel: str) -> list[str]:
    """A named folder's path as :func:`_written_rel` gives it, from each of its folders
    down, shortest first: ``archive/2021`` → ``2021``, ``archive/2021``; ``.`` inside
    ``2021`` → ``2021``."""
    parts = [part for part in rel.split("/") if part]
    return ["/".join(parts[start:]) for start in range(len(parts) - 1, -1, -1)]


def _named_exclude(rel: str, exclude: Iterable[str]) -> str | None:
    """The ``--exclude`` pattern that matches a path named on the command line, ``rel``
    as :func:`_filter_rel` gives it, or one of the folders on its way (``drafts`` matches
    a named ``drafts/b.txt`` as it matches a named folder ``archive/drafts``): what the
    filter would have left out, had a walk or a list met it."""
    parts = rel.split("/")
    for end in range(len(parts), 0, -1):
        if (pattern := _listed_match("/".join(parts[:end]), exclude)) is not None:
            return pattern
    return None


def _case_hint(
    pattern: str,
    paths: Sequence[str],
    noun: str = "path",
    *,
    more: bool = False,
    folders: bool = True,
    roots: Sequence[str] = (),
) -> str:
    """`` (patterns are case-sensitive: ignoring case, 'Drafts' matches 6 paths)`` when a
    filter that matched nothing would match some of ``paths`` but for the case of its
    letters (``--exclude Drafts`` beside ``drafts``, ``--include 'A*'``); with ``more``,
    for one that matched some: `` (…: ignoring case, 'drafts' also matches 2 more
    paths)`` (``Drafts`` beside ``drafts``, an archive copied from Windows); else empty.
    Patterns stay case-sensitive, their suffix aside (:func:`glob_match`), as globs in a
    shell are: this only says what the case left out. A path the pattern matches as it
    is (or a folder of it does) is not counted. ``folders``: a pattern that matches a
    folder matches what is in it, as an exclude does; an include matches a file's path
    alone (``--include drafts`` takes no file of ``Drafts/`` nor of ``drafts/``).
    ``roots``: folders and files named on the command line, which no filter leaves out:
    a pattern matching one of them or a folder above it counts none of their paths
    (``extract Archive/ --exclude archive``: ``Archive`` is walked whatever its case)."""
    folded = pattern.lower()
    count = 0
    tops = [Path(root).as_posix().rstrip("/").split("/") for root in roots]
    for path in paths:
        parts = path.replace(os.sep, "/").split("/")
        lower = [part.lower() for part in parts]
        below = max((len(top) for top in tops if parts[: len(top)] == top), default=0)
        ends = range(below, len(parts)) if folders else (len(parts) - 1,)
        if any(
            _listed_match("/".join(lower[: end + 1]), (folded,)) is not None for end in ends
        ) and not any(
            _listed_match("/".join(parts[: end + 1]), (pattern,)) is not None for end in ends
        ):
            count += 1
    if not count:
        return ""
    found = (
        f"also matches {plural(count, 'more ' + noun)}"
        if more
        else f"matches {plural(count, noun)}"
    )
    return f" (patterns are case-sensitive: ignoring case, {pattern!r} {found})"


def _filter_rel(raw: str) -> str:
    """The path the filters match a listed path by: below the current folder, as listed
    (``./drafts/a.txt`` → ``drafts/a.txt``; an absolute path there too, made relative),
    as its output is named (:func:`_listed_rel`); elsewhere its whole path, from the root
    (``../old/a.txt`` → ``srv/old/a.txt``): its folders' names are still there to match."""
    absolute = PurePosixPath(Path(os.path.abspath(raw)).as_posix())
    here = PurePosixPath(Path(os.getcwd()).as_posix())
    try:
        return absolute.relative_to(here).as_posix()
    except ValueError:
        return absolute.as_posix().lstrip("/")


def _input_level(folder: str) -> str:
    """The name an input folder gives its files' relative paths when several inputs are
    given: its own name (``archive/`` → ``archive``; ``.`` → the current folder's)."""
    return PurePosixPath(Path(os.path.abspath(folder)).name).as_posix()


_PAGE_SUFFIXES = (".htm", ".html")
# The folder a saved web page keeps its parts in: NAME_files (browsers), NAME.files (Word),
# NAME-Dateien and the like are not covered.
_RESOURCE_FOLDER_ENDS = ("_files", ".files")


def _page_resources(name: str, pages: set[str]) -> bool:
    """Whether a folder called ``name`` holds the parts of a saved page among ``pages``
    (names in lower case: ``letter_files`` beside ``letter.htm``)."""
    name = name.lower()
    for end in _RESOURCE_FOLDER_ENDS:
        if name.endswith(end):
            stem = name[: -len(end)]
            return any(page in pages for page in (stem + ".htm", stem + ".html"))
    return False


def ignored_note(ignored: Counter[str]) -> str | None:
    """What a walk left unread for the files' suffixes, most common first:
    ``3 files not read: no letter format (.jpg 2, .xls 1)``; None when nothing was."""
    total = sum(ignored.values())
    if not total:
        return None
    kinds = sorted(ignored.items(), key=lambda kv: (-kv[1], kv[0]))
    listed = ", ".join(f"{suffix or 'no suffix'} {count}" for suffix, count in kinds[:_KINDS])
    more = f", {len(kinds) - _KINDS} more kinds" if len(kinds) > _KINDS else ""
    files = "file" if total == 1 else "files"
    return f"{total} {files} not read: no letter format ({listed}{more})"


_KINDS = 6
"""Suffixes named in :func:`ignored_note`; the rest are counted as kinds."""


def _hidden_note(skipped: Sequence[Skipped]) -> str | None:
    """``1 hidden path skipped (archive/.old: dot files and folders are not read …)``,
    for a run that found no letter: letters kept in a dot folder, or listed in one, are
    otherwise never mentioned but in the skipped list, which such a run does not write."""
    hidden = [s.path for s in skipped if s.reason == "hidden"]
    if not hidden:
        return None
    more = f" and {len(hidden) - _KINDS} more" if len(hidden) > _KINDS else ""
    return (
        f"{plural(len(hidden), 'hidden path')} skipped ({', '.join(map(said, hidden[:_KINDS]))}"
        f"{more}: "
        "dot files and folders are not read in a folder or a --files-from list; "
        "name one as an input to read it)"
    )


def _empty_folder(path: str) -> bool:
    """Whether ``path`` is a folder that holds nothing at all (no file, no folder)."""
    try:
        with os.scandir(path) as entries:
            return next(entries, None) is None
    except OSError:  # not a folder, or not one to read: said otherwise
        return False


def _empty_note(paths: Sequence[str]) -> str | None:
    """``a is an empty folder``, or ``a and b/ are empty folders``: each empty folder
    among ``paths`` once, by its first spelling, however often it is named (``empty
    empty/`` is one folder)."""
    seen: dict[str, str] = {}
    for path in paths:
        if path != STDIN and _empty_folder(path):
            seen.setdefault(os.path.realpath(path), said(path))
    names = list(seen.values())
    if not names:
        return None
    if len(names) == 1:
        return f"{names[0]} is an empty folder"
    return f"{', '.join(names[:-1])} and {names[-1]} are empty folders"


def nothing_found(
    paths: Sequence[str],
    suffixes: Iterable[str],
    files_from: str | None = None,
    ignored: Counter[str] | None = None,
    filtered: Sequence[str] = (),
    skipped: Sequence[Skipped] = (),
    *,
    listed: int | None = None,
) -> UsageProblem:
    """The problem of a run that found no letter to read: ``no letter found in PATH…
    (files ending .txt …)``, what was there instead, when the walk met other files, and
    what each filter left out (``filtered``: :meth:`Discovery.filtered`), so that a
    pattern that matches nothing is named. It blames no option: a CI job pointed at the
    wrong folder must fail, and so must a batch that would write an empty output. A list
    that names no path at all (``listed`` 0: ``git ls-files`` of a folder git does not
    track) is told as empty, the likelier mistake."""
    where = " ".join(map(said, paths))
    extra = list(filtered)  # the filters first: a pattern that matches nothing is the news
    if files_from is not None:
        name = "standard input's list" if files_from == STDIN else said(files_from)
        where = f"{where} or {name}" if where else name
        if listed == 0 and not paths:  # the list alone, and nothing in it
            return UsageProblem(
                None, "no letter found: {where} is empty (it names no path)", where=name
            )
        if listed == 0:
            extra.insert(0, f"{name} is empty (it names no path)")
    if note := ignored_note(ignored or Counter()):
        extra.append(note)
    if note := _hidden_note(skipped):
        extra.append(note)
    if note := _empty_note(paths):
        extra.append(note)
    fields = {f"extra{i}": text for i, text in enumerate(extra)}
    told = "; ".join(f"{{{name}}}" for name in fields)
    if filtered:
        template = "no letter left to read in {where} after the filters: " + told
    else:
        template = "no letter found in {where} (files ending {suffixes})"
        template += f"; {told}" if told else ""
    return UsageProblem(None, template, where=where, suffixes=" ".join(suffixes), **fields)
