"""Finding and reading the raw input files (the only file-system I/O of a run).

Discovery walks folders recursively (following links, guarded against loops), keeps the
supported extensions and counts the rest. Reading returns the bytes and their hash;
a file that vanished or cannot be read becomes a quarantine record, never an exception.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from transforms.document import file_quarantine
from transforms.readers import is_supported


@dataclass(frozen=True)
class FileRef:
    source_file: str      # path as given (relative where it was given relative)
    collection: str       # the folder the file sits in
    size_bytes: int
    modified_at: datetime


@dataclass
class Discovery:
    files: list[FileRef] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


def _collection_of(path: str) -> str:
    parent = Path(path).parent
    return parent.name or Path(os.path.abspath(parent)).name or "."


def _file_ref(path: str, st: os.stat_result) -> FileRef:
    return FileRef(path, _collection_of(path), st.st_size, datetime.fromtimestamp(st.st_mtime))


def _walk(root: str, found: Discovery, seen_dirs: set[tuple[int, int]]) -> None:
    try:
        st = os.stat(root)
    except OSError as exc:
        found.quarantine.append(file_quarantine(root, f"cannot open folder: {exc.strerror}", "folder_is_readable"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        found.quarantine.append(
            file_quarantine(root, "symbolic link loop: this folder was already visited; skipped", "no_symlink_loop")
        )
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        found.quarantine.append(file_quarantine(root, f"cannot list folder: {exc.strerror}", "folder_is_readable"))
        return
    for entry in entries:
        path = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=True):
                _walk(path, found, seen_dirs)
            elif entry.is_file(follow_symlinks=True):
                _add_file(path, found)
            elif entry.is_symlink():
                found.quarantine.append(file_quarantine(path, "broken symbolic link", "file_exists"))
        except OSError as exc:  # e.g. ELOOP on a self-referencing link
            found.quarantine.append(file_quarantine(path, f"cannot follow: {exc.strerror}", "no_symlink_loop"))


def _add_file(path: str, found: Discovery) -> None:
    if not is_supported(path):
        found.unsupported.append(path)
        return
    try:
        found.files.append(_file_ref(path, os.stat(path)))
    except OSError as exc:
        found.quarantine.append(file_quarantine(path, f"cannot stat: {exc.strerror}", "file_exists"))


def discover(paths: tuple[str, ...] | list[str]) -> Discovery:
    """Every supported file under the given files and folders, each path once, in a stable order."""
    found = Discovery()
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        if os.path.isdir(path):
            _walk(path, found, seen_dirs)
        elif os.path.isfile(path):
            _add_file(path, found)
        else:
            found.quarantine.append(
                file_quarantine(path, "no such file or folder; check the path you gave", "file_exists")
            )
    unique: dict[str, FileRef] = {}
    for ref in found.files:
        unique.setdefault(ref.source_file, ref)
    found.files = list(unique.values())
    return found


@dataclass(frozen=True)
class ReadResult:
    ref: FileRef
    raw: bytes | None
    content_hash: str | None
    error: str | None = None


def read_file(ref: FileRef) -> ReadResult:
    try:
        with open(ref.source_file, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return ReadResult(ref, None, None, "the file vanished between discovery and reading")
    except IsADirectoryError:
        return ReadResult(ref, None, None, "a folder, not a file")
    except OSError as exc:
        return ReadResult(ref, None, None, f"cannot read: {exc.strerror}")
    return ReadResult(ref, raw, hashlib.sha256(raw).hexdigest())
