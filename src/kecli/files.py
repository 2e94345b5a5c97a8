"""The files kecli writes for the user: private, whole or not at all, never through a link.

Every output (an export, a letter, a backup; a plan or a calendar file) is written the
same way, by :class:`PrivateFile`: a new file with a fresh name in the target's folder,
created ``O_CREAT | O_EXCL | O_NOFOLLOW`` with mode 0600 (nothing that was there before —
a symlink, a 0644 file an attacker left under that name — is opened or kept), written,
synced, and only then renamed into place. An existing path is refused unless the caller
was told ``--force``; then the rename replaces the path itself (a symlink is replaced,
never written through). A temporary file a killed kecli left behind is removed by the
next write into that folder.

Only the standard library and :mod:`kecli.errors`: render, services and store use it.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from typing import IO, Any

from kecli.errors import Conflict, InvalidInput, KecliError, Msg
from kecli.i18n.errors import files as E

#: A temporary file's name begins so: ``.kecli-<pid>-<host>-<token>.tmp``.
TEMP_PREFIX = ".kecli-"

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_CREATE |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def host_tag() -> str:
    """This machine, in a temporary name: a process id means something only on the
    machine that gave it (a folder may be shared by several)."""
    import hashlib
    import socket

    return "h" + hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def check_target(path: str, *, force: bool, field: str | None = "output") -> None:
    """Refuse, before anything is logged or written, a target (``export --output``, ``case
    letter --output``, ``db backup PATH``: ``field`` None) that is a folder, something
    other than a plain file or a link (a device, a pipe: never replaced), or in a folder
    that does not exist (exit 2); or that exists, without ``force`` (a conflict: exit 1)."""
    name_it = E.GIVE_FILE_NAME_WITH if field else E.GIVE_FILE_NAME
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise InvalidInput(E.TARGET_IS_FOLDER, name_it, field=field, path=path)
        if not (stat.S_ISREG(found.st_mode) or stat.S_ISLNK(found.st_mode)):
            raise InvalidInput(E.TARGET_NOT_REGULAR_FILE, name_it, field=field, path=path)
        if not force:
            raise _exists(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InvalidInput(E.FOLDER_MISSING, E.CREATE_FOLDER_OR_PICK_ANOTHER, folder=folder)


class PrivateFile:
    """A file for ``path``, written under a fresh private name in the same folder and put
    in place by :meth:`publish`; :meth:`discard` (or leaving the ``with`` block without
    publishing) removes it. ``stream`` is the open file (binary); ``temp`` its name, for a
    writer that opens it itself (SQLite's backup)."""

    def __init__(self, path: str, *, force: bool = False, mode: str = "wb") -> None:
        self.path = path
        self.force = force
        self.published = False
        folder = os.path.dirname(os.path.abspath(path))
        remove_stale_temps(folder)
        tag = f"{TEMP_PREFIX}{os.getpid()}-{host_tag()}-"
        while True:
            temp = os.path.join(folder, f"{tag}{secrets.token_hex(6)}.tmp")
            try:
                fd = os.open(temp, _CREATE, 0o600)
                break
            except FileExistsError:  # that token was taken: another name
                continue
            except OSError as exc:
                raise _cannot_write(path, exc) from None
        self.temp = temp
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # whatever the umask: never more, and never less
            self._identity = _identity(os.fstat(fd))
            self.stream: IO[Any] = os.fdopen(fd, mode)
        except BaseException:
            os.close(fd)
            _unlink_quietly(temp)
            raise

    def __enter__(self) -> PrivateFile:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.published:
            self.discard()

    def write(self, data: bytes) -> None:
        """``data`` written and synced: a full disk or a file size limit is an error that
        says so (exit 1) before the caller logs or publishes anything."""
        try:
            self.stream.write(data)
            self.stream.flush()
            os.fsync(self.stream.fileno())
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise KecliError(
                E.FILE_NOT_WRITTEN_NOTHING_SAVED, write_hint(exc), path=self.path, reason=reason
            ) from None

    def publish(self) -> None:
        """Synced, then renamed into place: the path shows the whole file or nothing.
        Without ``force`` a path made meanwhile is a Conflict (a hard link never replaces
        one); with it, the rename replaces the path (a symlink itself, not its target)."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            if _identity(os.stat(self.temp, follow_symlinks=False)) != self._identity:
                raise _cannot_write(self.path, OSError(errno.EEXIST, "replaced while written"))
            self.stream.close()
            if self.force:
                os.replace(self.temp, self.path)
            else:
                _link_new(self.temp, self.path)
                _unlink_quietly(self.temp)
        except BaseException:
            self.discard()
            raise
        self.published = True
        _sync_folder(self.path)

    def discard(self) -> None:
        """Close and remove the temporary file (and any journal SQLite made beside it),
        as quietly as the error that led here."""
        try:
            self.stream.close()
        except (OSError, ValueError):
            pass
        for suffix in ("", "-journal", "-wal", "-shm"):
            _unlink_quietly(self.temp + suffix)


def write_private(path: str, content: bytes, *, force: bool) -> None:
    """``content`` as the private file ``path``, whole (a plan, a calendar, a report)."""
    with PrivateFile(path, force=force) as target:
        target.write(content)
        target.publish()


def _identity(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino


def _link_new(temp: str, path: str) -> None:
    """``temp`` at ``path`` too, refused if ``path`` exists (a link never replaces)."""
    try:
        os.link(temp, path, follow_symlinks=False)
    except FileExistsError:
        raise _exists(path) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise _exists(path) from None
        os.rename(temp, path)


def _sync_folder(path: str) -> None:
    """The rename made durable (best effort: not every system opens a folder)."""
    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)) or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _exists(path: str) -> Conflict:
    return Conflict(E.FILE_EXISTS, E.OTHER_NAME_OR_FORCE, path=path)


def _cannot_write(path: str, exc: OSError) -> InvalidInput:
    reason = exc.strerror or type(exc).__name__
    return InvalidInput(
        E.CANNOT_WRITE_FILE,
        write_hint(exc) or E.CHECK_FOLDER_PERMISSIONS,
        path=path,
        reason=reason,
    )


def write_hint(exc: BaseException) -> Msg | None:
    """What to do about a file that could not be written, by its cause: a full disk, a
    file size limit, a read-only file system, a folder without the right to write."""
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return E.DISK_OR_QUOTA_FULL
    if code == errno.EFBIG:
        return E.FILE_TOO_LARGE_FOR_SYSTEM
    if code == errno.EROFS:
        return E.FILE_SYSTEM_READ_ONLY
    if code in (errno.EACCES, errno.EPERM):
        return E.FOLDER_NOT_WRITABLE
    return None


def _dead_here(pid: str, host: str | None) -> bool:
    """Whether the process ``pid`` of this machine (``host`` its tag; None: a name made
    before names carried one) is gone. Another machine's process cannot be looked up."""
    if not pid.isdigit() or (host is not None and host != host_tag()):
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):  # another user's process, alive; not a pid
        return False
    return False


def remove_stale_temps(folder: str) -> None:
    """Remove the temporary files in ``folder`` of kecli processes that are gone (killed
    while writing an export or a backup): they hold personal data."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not name.startswith(TEMP_PREFIX):
            continue
        parts = name[len(TEMP_PREFIX) :].split("-")
        if len(parts) >= 3 and _dead_here(parts[0], parts[1]):
            _unlink_quietly(os.path.join(folder, name))
