"""Speed and output of the English NER stage (transforms.entities).

    .venv/bin/python benchmarks/eval_entities.py [--docs 80] [--processes 2]
    .venv/bin/python benchmarks/eval_entities.py --junk

--junk: runs parse, clean, language and entities (the transforms of the
ingest flow, without Prefect or DuckDB) over the seeds, the English eval
pages (tests/eval/cleaning/cases/en_*), all eval pages and the holdout pages, and prints per
corpus the number of canonical entities and the share judged junk in
tests/eval/entities/junk_labels.json (by entity and by mention); entities
not yet judged are listed so the labels file can grow.

Texts: the seed articles (../shared/seeds) and the English long texts of
tests/eval/language, repeated to --docs documents. Prints:
- whether the NER-only pipeline finds exactly the entities of the full one;
- docs/s for the full pipeline and the NER-only one, in 1 and N processes;
- the top canonical entities over the seeds (name, label, mentions).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

from transforms.entities import (  # noqa: E402
    NER_MODEL,
    extract_mentions,
    load_ner_model,
    mention_rows,
    resolve_document,
)
from transforms.entity_names import build_entities  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def seeds_dir() -> Path:
    return next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()),
                Path("shared/seeds"))


def corpus(n_docs: int) -> tuple[list[str], list[str]]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    english = [p.read_text(encoding="utf-8")
               for p in sorted((ROOT / "tests" / "eval" / "language" / "long").glob("en_*.txt"))]
    base = seeds + english
    return seeds, [base[i % len(base)] for i in range(n_docs)]


def docs_per_second(nlp, texts: list[str], n_process: int) -> tuple[float, float]:
    """(docs per wall-clock second, docs per CPU second of this process).
    The machine is shared, so the CPU figure is the steadier one for 1
    process; for N processes only the wall clock means anything."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return len(texts) / wall, len(texts) / cpu


def top_entities(seeds: list[str], nlp, k: int = 15) -> list[dict]:
    rows = [row for i, mentions in enumerate(extract_mentions(seeds, nlp))
            for row in mention_rows(f"seed{i}", None, resolve_document(mentions))]
    return build_entities(rows)[:k]


def pipeline_entities(paths: list[Path], nlp) -> list[dict]:
    """Canonical entities (name, label, mentions) of files run through the
    flow's transforms: build_records, add_languages, add_entities."""
    import hashlib

    from flows.frames import SURFACE_SCHEMA, frame, parsed_batch
    from transforms.document import build_records
    from transforms.enrich import add_entities, add_languages
    from transforms.entity_names import choose_canonical

    records = []
    for path in paths:
        raw = path.read_bytes()
        records.append(build_records(str(path), path.parent.name, hashlib.sha256(raw).hexdigest(), raw))
    batch = parsed_batch(records)
    articles, comments = add_languages(batch.articles, batch.comments)
    _, surfaces = add_entities(articles, comments, nlp)
    counts: dict[str, tuple[dict, dict]] = {}
    for row in frame(surfaces, SURFACE_SCHEMA).iter_rows(named=True):
        by_surface, by_label = counts.setdefault(row["entity_id"], ({}, {}))
        by_surface[row["surface"]] = by_surface.get(row["surface"], 0) + row["mention_count"]
        by_label[row["label"]] = by_label.get(row["label"], 0) + row["mention_count"]
    entities = []
    for by_surface, by_label in counts.values():
        name, label, _ = choose_canonical(by_surface, by_label)
        entities.append({"name": name, "label": label, "mentions": sum(by_surface.values())})
    return sorted(entities, key=lambda e: (-e["mentions"], e["name"]))


def junk_report(nlp) -> None:
    """Entities and junk share per corpus (see module docstring)."""
    import json

    labels = json.loads((ROOT / "tests" / "eval" / "entities" / "junk_labels.json").read_text())["labels"]
    def pages(folder: str) -> list[Path]:
        return sorted(p for p in (ROOT / "tests" / "eval" / "cleaning" / folder).iterdir()
                      if p.is_file() and not p.name.endswith(".gold.json") and not p.name.startswith("README"))

    cases = pages("cases")
    corpora = {
        "seeds": sorted(seeds_dir().glob("*.txt")),
        "English eval pages": [p for p in cases if p.name.startswith("en_")],
        "all eval pages": cases,
        "holdout pages": pages("holdout"),
    }
    print("| corpus | files | entities | junk entities | junk share | junk share of mentions | not judged |")
    print("|---|---|---|---|---|---|---|")
    leftovers = {}
    for corpus, paths in corpora.items():
        entities = pipeline_entities(paths, nlp)
        keys = [(f"{e['name']}|{e['label']}", e["mentions"]) for e in entities]
        junk = [(k, n) for k, n in keys if labels.get(k) == "junk"]
        unjudged = [k for k, _ in keys if k not in labels]
        mentions = sum(n for _, n in keys) or 1
        print(f"| {corpus} | {len(paths)} | {len(keys)} | {len(junk)} | {len(junk) / max(len(keys), 1):.1%} "
              f"| {sum(n for _, n in junk) / mentions:.1%} | {len(unjudged)} |")
        leftovers[corpus] = (junk, unjudged)
    for corpus, (junk, unjudged) in leftovers.items():
        print(f"\n{corpus}: junk left: {', '.join(k for k, _ in junk) or '-'}")
        print(f"{corpus}: not judged: {', '.join(unjudged) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--junk", action="store_true", help="entity count and junk share per corpus")
    args = parser.parse_args()
    if args.junk:
        junk_report(load_ner_model())
        return
    seeds, texts = corpus(args.docs)
    words = sum(len(t.split()) for t in texts) / len(texts)
    full = spacy.load(NER_MODEL)
    slim = load_ner_model()
    same = all(
        [(e.text, e.label_, e.start_char) for e in a.ents] == [(e.text, e.label_, e.start_char) for e in b.ents]
        for a, b in zip(full.pipe(texts[:40]), slim.pipe(texts[:40]))
    )
    print(f"pipelines: full {full.pipe_names} / NER only {slim.pipe_names}")
    print(f"same entities (text, label, offset) on {min(40, len(texts))} docs: {same}")
    print(f"\n{len(texts)} docs, {words:.0f} words on average")
    print("| pipeline | processes | docs/s (wall) | docs per CPU-second |")
    print("|---|---|---|---|")
    for name, nlp in (("full", full), ("NER only", slim)):
        docs_per_second(nlp, texts[:8], 1)  # warm up
        for n in sorted({1, args.processes}):
            wall, cpu = docs_per_second(nlp, texts, n)
            print(f"| {name} | {n} | {wall:.1f} | {cpu:.1f} |" if n == 1 else f"| {name} | {n} | {wall:.1f} | - |")
    print("\ntop entities over the seeds (name, label, mentions):")
    for entity in top_entities(seeds, slim):
        print(f"  {entity['mention_count']:>3}  {entity['name']} ({entity['label']})")


if __name__ == "__main__":
    main()
