"""The synthetic benchmark corpus: requested size, deterministic bytes."""
import hashlib
import json

from benchmarks.make_corpus import write_corpus


def _digest(root):
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes(tmp_path):
    a = write_corpus(60, tmp_path / "a", seed=7)
    b = write_corpus(60, tmp_path / "b", seed=7)
    assert a == b
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_other_seed_other_bytes(tmp_path):
    write_corpus(30, tmp_path / "a", seed=1)
    write_corpus(30, tmp_path / "b", seed=2)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "b")


def test_requested_article_count(tmp_path):
    stats = write_corpus(120, tmp_path, seed=3)
    assert stats["articles"] == 120
    assert sum(stats["by_language"].values()) == 120
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == stats["files"]
    jsonl_records = 0
    for p in files:
        if p.name.endswith(".jsonl"):
            for line in p.read_text().splitlines():
                try:
                    json.loads(line)
                    jsonl_records += 1
                except ValueError:
                    pass
    assert jsonl_records > 0
