"""Child processes that do not outlive the process that started them.

Linux's parent-death signal (``prctl(PR_SET_PDEATHSIG)``): a batch worker asks for
SIGKILL, LibreOffice's guard for SIGTERM (it then kills its whole group). Elsewhere the
request is a no-op; the parent's own clean-up stays the main defence.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def signal_when_parent_dies(parent: int, sig: signal.Signals) -> None:
    """In a child just started by ``parent``: have the kernel send it ``sig`` when its
    parent exits (Linux), and exit now if ``parent`` is already gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, int(sig))
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
