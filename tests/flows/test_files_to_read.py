"""A re-run reads only files whose path, size or modification time changed."""
from datetime import datetime

import pytest

from flows.frames import files_to_read
from flows.sources import FileRef

T0, T1 = datetime(2024, 1, 1, 12, 0, 0, 123456), datetime(2024, 1, 2)
KNOWN = {"a/x.txt": ("h1", 10, T0), "a/y.txt": ("h2", 20, T0)}


@pytest.mark.parametrize("ref, read", [
    (FileRef("a/x.txt", "a", 10, T0), False),   # same path, size, mtime
    (FileRef("a/x.txt", "a", 11, T0), True),    # size changed
    (FileRef("a/x.txt", "a", 10, T1), True),    # touched or rewritten
    (FileRef("a/z.txt", "a", 10, T0), True),    # new path
])
def test_files_to_read(ref, read):
    assert files_to_read([ref], KNOWN, full_refresh=False) == ([ref] if read else [])


def test_full_refresh_reads_everything():
    refs = [FileRef("a/x.txt", "a", 10, T0), FileRef("a/y.txt", "a", 20, T0)]
    assert files_to_read(refs, KNOWN, full_refresh=True) == refs
