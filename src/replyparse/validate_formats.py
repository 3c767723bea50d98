"""How ``validate`` writes its findings: text lines, JSON, GitHub workflow commands, SARIF.

- ``text``: ``PATH:LINE:COLUMN: severity: code: message``, one line per finding, the form
  compilers use, so editors and CI logs can jump to it;
- ``json``: one array of finding objects;
- ``github``: workflow commands (``::warning file=…,line=…,col=…,title=…::…``) that GitHub
  Actions turns into annotations on the pull request;
- ``sarif``: a SARIF 2.1.0 log for code scanning (``github/codeql-action/upload-sarif``),
  with the rule catalogue as the tool's rules.

Pure: strings and dicts in, strings and dicts out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from replyparse.config import Policy
from replyparse.model import Severity
from replyparse.rules import RULES, Rule
from replyparse.validate import UNREADABLE, Finding

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"


def text_line(finding: Finding) -> str:
    return str(finding)


def finding_object(finding: Finding) -> dict[str, object]:
    """One finding as JSON: where, what and how bad."""
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "severity": finding.severity,
        "code": finding.code,
        "message": finding.message,
    }


def json_document(found: Iterable[Finding]) -> str:
    return json.dumps([finding_object(f) for f in found], ensure_ascii=False, indent=2)


_GITHUB_LEVEL: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}


def _github_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    return _github_data(value).replace(":", "%3A").replace(",", "%2C")


def github_line(finding: Finding) -> str:
    """A workflow command:
    ``::warning file=a.txt,line=3,endLine=3,col=1,endColumn=13,title=code::message``.

    GitHub takes columns only on one line (its annotations API: omit them when the lines
    differ), and ``endColumn`` as the finding's last column (ours is the one after). A
    finding about the whole file (``missing-title``, ``not-a-letter``: no line) is set at
    its first line, ``line=1``, as the SARIF log anchors it (:func:`_location`): GitHub
    places an annotation in the file by its line, and one without is left off the file's
    view. A file that could not be read (``unreadable``) keeps no line, as SARIF keeps
    its notification without a region."""
    props = [f"file={_github_property(finding.path)}"]
    if finding.line is None and finding.code != UNREADABLE:
        props.append("line=1")
    elif finding.line is not None:
        end_line = finding.end_line if finding.end_line is not None else finding.line
        props.append(f"line={finding.line}")
        if finding.end_line is not None:
            props.append(f"endLine={end_line}")
        if end_line == finding.line and finding.column is not None:
            props.append(f"col={finding.column}")
            if finding.end_column is not None:
                props.append(f"endColumn={max(finding.column, finding.end_column - 1)}")
    props.append(f"title={_github_property(finding.code)}")
    level = _GITHUB_LEVEL[finding.severity]
    return f"::{level} {','.join(props)}::{_github_data(finding.message)}"


_SARIF_LEVEL: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A path as a SARIF URI: relative paths stay relative (code scanning resolves them
    against the repository), absolute ones become ``file://`` URIs; both percent-encoded."""
    as_path = Path(path)
    if as_path.is_absolute():
        return as_path.as_uri()
    return quote(as_path.as_posix(), safe="/")


def _rule_descriptor(rule: Rule, policy: Policy) -> dict[str, object]:
    descriptor: dict[str, object] = {
        "id": rule.code,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
    }
    if rule.bad is not None and rule.good is not None:
        descriptor["help"] = {"text": f"bad:\n{rule.bad}\n\ngood:\n{rule.good}"}
    descriptor["defaultConfiguration"] = {
        "level": _SARIF_LEVEL[policy.severity_of(rule.code, rule.severity)],
        "enabled": policy.runs(rule.code),
    }
    return descriptor


def _location(finding: Finding, *, anchored: bool = True) -> dict[str, object]:
    """Where ``finding`` is, as SARIF says it. A finding about the whole file (no line:
    ``missing-title``, ``not-a-letter``) is anchored at the file's first line when
    ``anchored`` (a result's): SARIF reads a location with no region as the whole file,
    but GitHub code scanning places a result by its ``region.startLine`` and shows none
    without it (the SARIF SDK's GitHub rule GH1003), so such a finding would reach the
    log and never the pull request. A notification (a file not read) keeps no region."""
    physical: dict[str, object] = {"artifactLocation": {"uri": artifact_uri(finding.path)}}
    if finding.line is not None:
        physical["region"] = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
        }
    elif anchored:
        physical["region"] = {"startLine": 1}
    return {"physicalLocation": physical}


def sarif_log(
    found: Sequence[Finding], policy: Policy, *, version: str, interrupted: str | None = None
) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one run. Findings become results; files that could not be read
    become tool execution notifications (they are no rule's result), each naming the file
    and why, and make the invocation unsuccessful (``executionSuccessful: false``): the
    results then cover only part of the files, which a consumer must not take for a
    clean run (SARIF 2.1.0 §3.20.14, and Appendix I on incomplete result sets). A run
    stopped before its end (``interrupted``: what was left undone) is likewise a
    notification, with no location, and unsuccessful."""
    index = {rule.code: i for i, rule in enumerate(RULES)}
    results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for f in found:
        if f.code == UNREADABLE:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{f.path}: {f.message}"},
                    "descriptor": {"id": UNREADABLE},
                    "locations": [_location(f, anchored=False)],
                }
            )
            continue
        result: dict[str, object] = {
            "ruleId": f.code,
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f)],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    if interrupted is not None:
        notifications.append(
            {
                "level": "error",
                "message": {"text": interrupted},
                "descriptor": {"id": "interrupted"},
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "replyparse",
                        "version": version,
                        "rules": [_rule_descriptor(rule, policy) for rule in RULES],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
