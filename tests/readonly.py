"""Run a command with a folder it may not write: read-only for the user running it.

As another user, ``chmod 0555`` does it; root passes every permission check, so for root
the folder is bind-mounted read-only in a mount namespace of the command's own
(``unshare -m``), and the test is skipped where the system does not allow that.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"'


def run_with_read_only(folder: Path, argv: list[str], **kwargs: Any) -> Any:
    """``subprocess.run(argv, **kwargs)`` while ``folder`` is read-only to the command."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            return subprocess.run(argv, check=False, **kwargs)
        finally:
            folder.chmod(mode)
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("root, and no unshare to make a read-only folder with")
    probe = subprocess.run(
        [unshare, "-m", "sh", "-c", _MOUNT, str(folder), "true"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"root, and no mount namespace here: {probe.stderr!r}")
    return subprocess.run(
        [unshare, "-m", "sh", "-c", _MOUNT, str(folder), *argv], check=False, **kwargs
    )
