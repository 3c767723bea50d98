"""Resuming into an output folder: which files a run must do, what the manifest says.

A file is skipped when its last manifest entry says ``ok`` with the same size,
modification time, output name and settings, and its output is still there as written
(:meth:`~replyparse.manifest.ManifestStore.present`: a record file at the recorded size,
an archive's letter with the recorded hash); every other file (new, changed, failed
before, output deleted or truncated) is to do, with the output name
:func:`~.plan.plan_outputs` gives it. Each
outcome becomes one manifest entry (:func:`manifest_entry`), and ``errors.jsonl`` lists
the inputs whose last entry is a failure (:func:`last_failures`).
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from replyparse.batch.plan import Job, Renamed, fit_name, plan_outputs
from replyparse.batch.work import Outcome
from replyparse.discover import STDIN, InputFile, same_entry
from replyparse.errors import Stage
from replyparse.manifest import Entry, ManifestStore, holds_output
from replyparse.paths import folded


@dataclass(slots=True)
class Resume:
    """The files to do, and what the rest of the run should be told."""

    todo: list[Job] = field(default_factory=list)
    skipped: int = 0
    renamed: list[Renamed] = field(default_factory=list)  # name clashes
    outputs: set[str] = field(default_factory=set)  # every output name of this run's files
    shortened: list[tuple[str, str]] = field(default_factory=list)  # names too long
    warnings: Counter[str] = field(default_factory=Counter)
    """The warnings of the letters found unchanged, by code, as their entries keep them."""
    kept_warnings: Counter[str] = field(default_factory=Counter)
    """The warnings of the records kept for files that failed, passed over (``skip_failed``)."""
    failed_before: int = 0
    """Files whose last outcome is a failure of the letter (not of the output), unchanged
    since: tried again, unless passed over (``skip_failed``)."""
    failed_kept: int = 0
    """Of those, the files passed over: their failure stands."""
    resettled: Counter[str] = field(default_factory=Counter)
    """Files unchanged since their output was made, made again because it was made with
    other settings (another version, ``--format``, ``--no-text``…), by those settings."""
    sources: list[str] = field(default_factory=list)
    """Each file's key in the manifest, as the manifest spells it
    (:func:`spelled_as_kept`)."""


STDIN_KEY = "stdin:"
"""How a manifest keys a letter read from standard input: ``stdin:`` and its name
(``stdin:stdin``, or ``--stdin-name``'s), never a path, so it is never taken for a file
that is gone."""


def manifest_keys(files: Sequence[InputFile]) -> list[str]:
    """Each file's key in a manifest, what identifies its source from one run to the
    next whatever the command line: its absolute path, with the links among its folders
    resolved (the file's own name is kept: a link to a letter is a source of its own).
    ``extract archive/`` and ``extract --files-from list`` (listing ``archive/a.txt``), or
    a run from another working folder or through a linked folder, name one source
    alike. Standard input is :data:`STDIN_KEY` and its name. Each folder is resolved
    once."""
    cwd = os.getcwd()
    folders: dict[str, str] = {}
    keys: list[str] = []
    for f in files:
        if f.path == STDIN:
            keys.append(STDIN_KEY + f.rel)
            continue
        folder, name = os.path.split(os.path.join(cwd, f.path))
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        keys.append(os.path.join(real, name))
    return keys


def plan_resume(
    files: Sequence[InputFile],
    sources: Sequence[str],
    manifest: ManifestStore,
    *,
    settings: str,
    force: bool,
    suffix: str = ".json",
    skip_failed: bool = False,
    occupied: Callable[[str], bool] | None = None,
) -> Resume:
    """Load (and compact) the manifest, name every output (ending in ``suffix``), and keep
    the files that need doing (all of them with ``force``; ``skip_failed``: not those
    whose letter failed last time, unchanged since). ``sources`` are the files'
    :func:`manifest_keys`; ``occupied``: :func:`~.plan.plan_outputs`'s."""
    manifest.load()
    with contextlib.suppress(OSError):  # a full disk: the next run compacts it
        manifest.compact()
    sources = spelled_as_kept(sources, manifest)
    known = [manifest.get(source) for source in sources]
    kept = [_still_ours(e, occupied) for e in known]
    reserved = _others(manifest, sources)
    outputs, renamed = plan_outputs(files, suffix, kept, reserved, occupied)
    resume = Resume(renamed=renamed, sources=sources)
    fitted = [fit_name(planned) for planned in outputs]
    for f, source, planned, output in zip(files, sources, outputs, fitted, strict=True):
        resume.outputs.add(output)
        if output != planned:
            resume.shortened.append((f.path, output))
        try:
            st = os.stat(f.path)
            size, mtime, ctime = st.st_size, st.st_mtime_ns, st.st_ctime_ns
        except OSError:
            size = mtime = ctime = -1
        unseen = force or f.path == STDIN  # standard input is new every time
        if not unseen and _unchanged(manifest, source, output, size, mtime, settings):
            resume.skipped += 1
            entry = manifest.get(source)
            if entry is not None and entry.warnings:
                resume.warnings.update(entry.warnings)
            continue
        if not unseen and (old := _other_settings(manifest.get(source), size, mtime, settings)):
            resume.resettled[old] += 1
        if not unseen and _failed_unchanged(manifest.get(source), (size, mtime, ctime), settings):
            resume.failed_before += 1
            if skip_failed:
                resume.failed_kept += 1
                entry = manifest.get(source)
                if entry is not None and entry.kept:  # (its record stays, and is counted)
                    resume.kept_warnings.update(entry.warnings)
                continue
        resume.todo.append(Job(f, output, size, mtime, source, ctime))
    return resume


def spelled_as_kept(sources: Sequence[str], manifest: ManifestStore) -> list[str]:
    """``sources`` (:func:`manifest_keys`), each the manifest does not know given the
    key an entry spells it by in other case (or another Unicode form), when both name one
    file: on a file system that ignores case (macOS) ``extract Archive/`` and the next
    day ``extract archive/`` name each letter by two keys, and the second run took every
    letter for new and every record for another source's, writing the whole archive
    again beside itself (``a.txt.json``…). One file by the entry itself (``lstat``: a
    link of its own is a source of its own). The entries are folded only when a source
    is missing, so a rerun that knows every file does nothing more."""
    missing = [
        i for i, s in enumerate(sources) if not s.startswith(STDIN_KEY) and manifest.get(s) is None
    ]
    if not missing:
        return list(sources)
    by_fold: dict[str, list[str]] = {}
    for key in manifest.entries:
        by_fold.setdefault(folded(key), []).append(key)
    spelled = list(sources)
    taken = set(sources)
    for i in missing:
        for key in by_fold.get(folded(sources[i]), ()):
            if key not in taken and same_entry(key, sources[i]):
                spelled[i] = key
                taken.add(key)
                break
    return spelled


def _still_ours(entry: Entry | None, occupied: Callable[[str], bool] | None) -> str | None:
    """The output name ``entry`` gives its source, for the source to keep, or None: none
    was made, or the file there now is not one replyparse wrote (``occupied``, by its
    head: a user's own file put at that name since, or a record another tool rewrote,
    which is never replaced; the source then takes a name as a new one does, with the
    clash note). Its size is no proof: a record whose keys ``jq -S`` sorted keeps the
    size written. A file that is gone leaves its name to its source. A record kept for a
    file that failed since (:attr:`~replyparse.manifest.Entry.kept`) is its source's as
    a parsed one is."""
    if entry is None or not holds_output(entry) or entry.output is None:
        return None
    if occupied is not None and occupied(entry.output):
        return None
    return entry.output


def _others(manifest: ManifestStore, sources: Sequence[str]) -> dict[str, str]:
    """The outputs of the manifest's other sources that are still there (made by runs
    over other files into the same output), each with its source: this run gives none
    of their names."""
    skip = {e.source for e in gone_sources(manifest)}
    skip.update(e.source for e in map(manifest.get, sources) if e is not None)
    return {
        e.output: e.source
        for e in manifest.entries.values()
        if e.output is not None and holds_output(e) and e.source not in skip
    }


def _unchanged(
    manifest: ManifestStore, source: str, output: str, size: int, mtime: int, settings: str
) -> bool:
    entry = manifest.get(source)
    if (
        entry is None
        or entry.status != "ok"
        or (entry.size, entry.mtime_ns) != (size, mtime)
        or entry.output != output
        or entry.settings != settings
    ):
        return False
    return manifest.present(entry)


def _other_settings(entry: Entry | None, size: int, mtime: int, settings: str) -> str | None:
    """The settings ``entry``'s output was made with, when the file is unchanged since
    and they are not ``settings``: why a file that has not changed is parsed again."""
    if (
        entry is None
        or entry.status != "ok"
        or (entry.size, entry.mtime_ns) != (size, mtime)
        or entry.settings == settings
    ):
        return None
    return entry.settings


def _failed_unchanged(entry: Entry | None, found: tuple[int, int, int], settings: str) -> bool:
    """Whether ``entry`` says the file failed, as read or parsed (a failure to write is
    the output's, not the letter's), with the same settings and the same size,
    modification time and status change time as ``found`` now: the same bytes, read the
    same way. The status change time tells a file mended without a new modification
    time: made readable again (``chmod``), or copied over keeping it (``cp -p``); an
    entry that does not record it (written by an older replyparse) is taken as changed,
    so the file is tried once more rather than passed over for good."""
    return (
        entry is not None
        and entry.status == "failed"
        and entry.stage in ("read", "parse")
        and found[0] >= 0
        and (entry.size, entry.mtime_ns, entry.ctime_ns) == found
        and entry.settings == settings
    )


def manifest_entry(job: Job, outcome: Outcome, settings: str, kept: Entry | None = None) -> Entry:
    """What the manifest records about one finished file; ``kept``: the entry of the
    record it made before, kept although it failed now (its source unchanged since),
    whose output, hash, size and warnings the failure's entry carries on."""
    assert job.source is not None, "a run with a manifest keys every job"
    entry = Entry(
        source=job.source,
        output=job.output,
        size=job.size,
        mtime_ns=job.mtime_ns,
        sha256=outcome.sha256,
        status="ok" if outcome.stage is None else "failed",
        stage=outcome.stage,
        error=outcome.reason,
        settings=settings,
        output_bytes=outcome.size if outcome.stage is None else None,
        ctime_ns=None if outcome.stage is None else job.ctime_ns,
        warnings=outcome.warnings if outcome.stage is None else (),
    )
    if kept is not None and outcome.stage is not None:
        # (the failure as it happened, with the kept record's name, hash, size and warnings)
        return entry._replace(
            output=kept.output,
            sha256=kept.sha256,
            output_bytes=kept.output_bytes,
            warnings=kept.warnings,
            kept=True,
        )
    return entry


def last_failures(
    files: Sequence[InputFile], sources: Sequence[str], manifest: ManifestStore
) -> list[tuple[str, Stage | None, str | None]]:
    """``(path, stage, reason)`` of every file whose last outcome is a failure, in order
    (``sources``: the files' :func:`manifest_keys`)."""
    failures: list[tuple[str, Stage | None, str | None]] = []
    for f, source in zip(files, sources, strict=True):
        entry = manifest.get(source)
        if entry is not None and entry.status == "failed":
            failures.append((f.path, entry.stage, entry.error))
    return failures


def gone_sources(manifest: ManifestStore) -> list[Entry]:
    """The entries whose source file no longer exists (deleted or moved away); a letter
    read from standard input is never gone (nor one an older version keyed as the
    working folder's ``-``), nor one that cannot be looked at (:func:`_gone`)."""
    return [e for e in manifest.entries.values() if not _from_stdin(e.source) and _gone(e.source)]


def _gone(source: str) -> bool:
    """Whether ``source`` is known not to exist. A file in a folder that cannot be
    searched (its permissions taken away, a share that answers with an error) may well
    be there still: not gone, so ``--prune`` keeps its record (``os.path.lexists`` says
    False for it)."""
    try:
        os.lstat(source)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # (ValueError: a NUL)
        return True
    except OSError:
        return False
    return False


def _from_stdin(source: str) -> bool:
    return source.startswith(STDIN_KEY) or os.path.basename(source) == STDIN
