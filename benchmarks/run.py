"""End-to-end benchmark of the ingest flow on synthetic corpora.

    python benchmarks/run.py [--sizes 1000 10000] [--huge] [--workers 2] [--write-docs docs/benchmarks.md]

For each size it generates (once, cached under --workdir) a corpus with
make_corpus.py, then, each in a fresh child process whose whole process tree is
sampled for peak RSS:

1. a first run of the ingest flow into an empty warehouse,
2. a second run over the unchanged corpus (should skip everything),
3. the standalone ceiling of the slowest stage: spaCy ``nlp.pipe`` alone over the
   same texts the flow sent to NER, with ``n_process`` = workers.

It prints articles/s, seconds per stage, Prefect overhead (the ingest call's
wall time minus the time spent inside task bodies), the share of orchestration +
validation + loading, peak RSS, NER-alone seconds and the ratio end-to-end /
NER-alone. Results are also written as JSON (and as a Markdown table with
--write-docs). No assertion is made here: the targets are in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("discover", "read", "clean", "language", "ner", "wait for workers", "validate", "load")
SAMPLE_SECONDS = 0.05


# -- measuring a child process -----------------------------------------------------

def process_role(cmdline: list[str], is_root: bool) -> str:
    """What a process of the benchmark's tree is: the flow, a stage worker, the API server."""
    text = " ".join(cmdline)
    if is_root:
        return "flow"
    if "spawn_main" in text or "forkserver" in text:
        return "worker"
    if "uvicorn" in text or ("prefect" in text and "server" in text):
        return "API server"
    return "other"


class PeakRSS(threading.Thread):
    """Samples the summed RSS of a process and all its descendants, and each one's own peak."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self._stop_event = pid, 0, threading.Event()
        self.samples: list[int] = []  # one per SAMPLE_SECONDS: does memory grow as the run goes on?
        self.process_peaks: dict[int, tuple[str, int]] = {}  # pid -> (role, its own peak)
        self._roles: dict[int, str] = {}

    def _role(self, proc) -> str:
        if proc.pid not in self._roles:
            self._roles[proc.pid] = process_role(proc.cmdline(), proc.pid == self.pid)
        return self._roles[proc.pid]

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop_event.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    role = self._role(proc)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                total += rss
                if rss > self.process_peaks.get(proc.pid, ("", 0))[1]:
                    self.process_peaks[proc.pid] = (role, rss)
            self.peak = max(self.peak, total)
            self.samples.append(total)
            time.sleep(SAMPLE_SECONDS)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak

    def role_peaks_mb(self) -> dict[str, float]:
        """Largest own peak per role (the tree's peak is at most their sum over processes)."""
        out: dict[str, float] = {}
        for role, rss in self.process_peaks.values():
            out[role] = max(out.get(role, 0.0), rss / 2**20)
        return out


def run_child(args: list[str], env: dict, out: Path) -> dict:
    """Run this script in child mode; return its JSON result plus wall seconds and peak RSS."""
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", *args,
                             "--out", str(out)], env=env, cwd=str(ROOT))
    sampler = PeakRSS(proc.pid)
    sampler.start()
    code = proc.wait()
    peak = sampler.stop()
    wall = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"benchmark child {args[0]} failed with exit code {code}")
    result = json.loads(out.read_text())
    quarters = [sampler.samples[i * len(sampler.samples) // 4:(i + 1) * len(sampler.samples) // 4] for i in range(4)]
    result.update(process_seconds=wall, peak_rss_mb=peak / 2**20,
                  peak_rss_mb_by_quarter=[max(q, default=0) / 2**20 for q in quarters],
                  peak_rss_mb_by_role=sampler.role_peaks_mb())
    return result


# -- child modes ---------------------------------------------------------------------

def cpu_seconds() -> float:
    """User + system CPU of this process and of its children that have been waited for."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child_ingest(corpus: str, db: str, workers: int, batch_size: int) -> dict:
    t0 = time.perf_counter()
    from flows.config import configure_environment

    configure_environment()
    from flows.ingest import ingest

    t1 = time.perf_counter()
    state = ingest(paths=[corpus], db=db, workers=workers, batch_size=batch_size, return_state=True)
    t2 = time.perf_counter()
    summary = state.result()
    summary.pop("quarantine_messages", None)
    summary.pop("quarantine_records", None)
    bodies = task_body_seconds(state.state_details.flow_run_id)
    return {"import_seconds": t1 - t0, "call_seconds": t2 - t1, "summary": summary, "task_bodies": bodies}


def task_body_seconds(flow_run_id) -> dict[str, float]:
    """Seconds in the RUNNING state (the task bodies) per task name, from the Prefect API.

    Task run states reach the API as events, recorded asynchronously: poll until the
    count is stable."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import TaskRunSort

    flt = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
    runs: list = []
    with get_client(sync_client=True) as client:
        previous, deadline = -1, time.monotonic() + 60
        while time.monotonic() < deadline:
            runs, offset = [], 0
            while True:
                page = client.read_task_runs(flow_run_filter=flt, sort=TaskRunSort.EXPECTED_START_TIME_ASC,
                                              limit=200, offset=offset)
                runs += page
                offset += len(page)
                if len(page) < 200:
                    break
            done = sum(1 for r in runs if r.state_type and r.state_type.value == "COMPLETED")
            if done == len(runs) and len(runs) == previous:
                break
            previous = len(runs)
            time.sleep(1.0)
    out: dict[str, float] = {}
    for r in runs:
        name = r.name.rsplit("-", 1)[0]
        out[name] = out.get(name, 0.0) + r.total_run_time.total_seconds()
    out["_task_runs"] = len(runs)
    return out


def ner_texts_from_db(db: str) -> list[str]:
    """The texts the flow sent to NER, rebuilt from what it loaded."""
    import duckdb

    from transforms.enrich import _ner_texts

    con = duckdb.connect(db, read_only=True)
    try:
        articles = con.execute("select article_id, body, language from articles order by source_file").pl()
        comments = con.execute(
            "select comment_id, article_id, body, language from comments order by article_id, position").pl()
    finally:
        con.close()
    return [text for _, _, text in _ner_texts(articles, comments)]


def child_ner(db: str, workers: int) -> dict:
    from flows.config import configure_environment

    configure_environment()
    texts = ner_texts_from_db(db)
    t0 = time.perf_counter()
    from transforms.entities import load_ner_model

    nlp = load_ner_model()
    t1 = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, n_process=workers):
        entities += len(doc.ents)
    t2 = time.perf_counter()
    return {"texts": len(texts), "entities": entities, "load_seconds": t1 - t0,
            "pipe_seconds": t2 - t1, "seconds": t2 - t0}


# -- one size ------------------------------------------------------------------------

def ensure_corpus(n: int, seed: int, workdir: Path) -> tuple[Path, dict]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.make_corpus import write_corpus

    corpus, manifest = workdir / f"corpus-{n}-s{seed}", workdir / f"corpus-{n}-s{seed}.json"
    if not manifest.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.perf_counter()
        stats = write_corpus(n, corpus, seed)
        stats["seconds"] = round(time.perf_counter() - started, 2)
        manifest.write_text(json.dumps(stats, indent=2))
        print(f"corpus {n}: {stats['files']} files, {stats['bytes'] / 2**20:.0f} MB "
              f"in {stats['seconds']} s", flush=True)
    return corpus, json.loads(manifest.read_text())


def stage_seconds(summary: dict) -> dict[str, float]:
    raw = {k.lower(): float(v) for k, v in summary.get("stage_seconds", {}).items()}
    return {s: raw.get(s, 0.0) for s in STAGES} | {k: v for k, v in raw.items() if k not in STAGES}


def bench_size(n: int, args, env: dict) -> dict:
    corpus, manifest = ensure_corpus(n, args.seed, args.workdir)
    db = args.workdir / f"warehouse-{n}.duckdb"
    for old in args.workdir.glob(f"warehouse-{n}*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    common = [str(corpus), str(db), str(args.workers), str(args.batch_size)]
    out = args.workdir / "child.json"
    print(f"[{n}] first run ...", flush=True)
    first = run_child(["ingest", *common], env, out)
    print(f"[{n}] first run {first['call_seconds']:.1f} s; second run ...", flush=True)
    second = run_child(["ingest", *common], env, out)
    print(f"[{n}] second run {second['call_seconds']:.1f} s; NER alone ...", flush=True)
    ner = run_child(["ner", str(db), str(args.workers)], env, out) if not args.no_ner_alone else None
    return summarise(n, manifest, first, second, ner)


# Prefect task names -> benchmark stages ("finish" rebuilds the entities table and
# "publish-snapshot" writes the read snapshot: both count as loading; "derive" is the flow
# waiting for the workers' clean + language + NER of a batch).
TASK_STAGES = {"discover": "discover", "read-and-hash": "read", "derive": "wait for workers",
               "validate-files": "validate", "validate": "validate", "load": "load",
               "finish": "load", "publish-snapshot": "load"}
# Stages that run in the worker processes: their seconds are summed over the workers (so
# with 2 workers busy at once they can add up to twice the wall time) and overlap the
# flow process's own work; they are reported, not subtracted from the run.
WORKER_STAGES = ("clean", "language", "ner")


def body_stages(task_bodies: dict) -> dict[str, float]:
    out = {s: 0.0 for s in STAGES if s not in WORKER_STAGES}
    for name, seconds in task_bodies.items():
        if not name.startswith("_"):
            stage = TASK_STAGES.get(name, name)
            out[stage] = out.get(stage, 0.0) + seconds
    return out


def summarise(n: int, manifest: dict, first: dict, second: dict, ner: dict | None) -> dict:
    flow_stages = stage_seconds(first["summary"])       # measured by the flow (and by the workers)
    if first.get("task_bodies", {}).get("_task_runs"):
        stages = body_stages(first["task_bodies"])      # measured by Prefect around each body
    else:
        stages = {k: v for k, v in flow_stages.items() if k not in WORKER_STAGES}
    bodies = sum(stages.values())                       # the flow process's task bodies
    stages.update({s: flow_stages.get(s, 0.0) for s in WORKER_STAGES})
    run_s = first["call_seconds"]
    overhead = run_s - bodies
    articles = first["summary"].get("articles_loaded", 0)
    row = {
        "articles": n, "files": manifest["files"], "articles_loaded": articles,
        "comments_loaded": first["summary"].get("comments_loaded", 0),
        "mentions_loaded": first["summary"].get("mentions_loaded", 0),
        "quarantined": first["summary"].get("records_quarantined", 0),
        "run_seconds": run_s, "flow_seconds": first["summary"].get("seconds"),
        "import_seconds": first["import_seconds"], "process_seconds": first["process_seconds"],
        "articles_per_second": n / run_s, "stages": stages, "task_bodies_seconds": bodies,
        "flow_stage_seconds": stage_seconds(first["summary"]), "cpu_seconds": first.get("cpu_seconds"),
        "task_runs": first.get("task_bodies", {}).get("_task_runs"),
        "prefect_overhead_seconds": overhead,
        "orchestration_validation_load_share": (overhead + stages["validate"] + stages["load"]) / run_s,
        "peak_rss_mb": first["peak_rss_mb"],
        "peak_rss_mb_by_quarter": first.get("peak_rss_mb_by_quarter"),
        "peak_rss_mb_by_role": first.get("peak_rss_mb_by_role"),
        "rerun_seconds": second["call_seconds"], "rerun_share": second["call_seconds"] / run_s,
        "rerun_files_unchanged": second["summary"].get("files_unchanged"),
        "rerun_peak_rss_mb": second["peak_rss_mb"],
    }
    if ner:
        row.update(ner_alone_seconds=ner["seconds"], ner_alone_texts=ner["texts"],
                   ner_alone_peak_rss_mb=ner["peak_rss_mb"], ratio_to_ner=run_s / ner["seconds"],
                   ner_alone_cpu_seconds=ner.get("cpu_seconds"),
                   cpu_ratio_to_ner=(first.get("cpu_seconds") or 0) / (ner.get("cpu_seconds") or 1))
    return row


# -- reporting -------------------------------------------------------------------------

def machine() -> dict:
    import psutil

    return {"nproc": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def table(rows: list[dict], workers: int) -> str:
    def f(x, nd=1):
        return "-" if x is None else f"{x:.{nd}f}"

    lines = [
        f"| measure (workers={workers}) | " + " | ".join(f"{r['articles']:,} articles" for r in rows) + " |",
        "|---|" + "---:|" * len(rows),
    ]

    def add(name, fn):
        lines.append(f"| {name} | " + " | ".join(fn(r) for r in rows) + " |")

    add("files (incl. duplicates, broken, unsupported)", lambda r: f"{r['files']:,}")
    add("end-to-end seconds (ingest call)", lambda r: f(r["run_seconds"]))
    add("articles/s", lambda r: f(r["articles_per_second"]))
    for s in STAGES:
        label = f"  {s} s" + (" (in the workers, summed over them)" if s in WORKER_STAGES else "")
        add(label, lambda r, s=s: f(r["stages"].get(s), 2))
    add("Prefect overhead s (run - task bodies)", lambda r: f(r["prefect_overhead_seconds"], 2))
    add("orchestration + validation + load share", lambda r: f"{100 * r['orchestration_validation_load_share']:.1f}%")
    add("peak RSS MB (process tree)", lambda r: f(r["peak_rss_mb"], 0))
    add("  peak RSS MB per quarter of the run", lambda r: " / ".join(f(x, 0) for x in r.get("peak_rss_mb_by_quarter") or []))
    add("  own peak RSS MB: flow / largest worker / API server",
        lambda r: " / ".join(f((r.get("peak_rss_mb_by_role") or {}).get(k), 0) for k in ("flow", "worker", "API server")))
    add("NER alone s (nlp.pipe, same texts)", lambda r: f(r.get("ner_alone_seconds")))
    add("ratio end-to-end / NER alone", lambda r: f(r.get("ratio_to_ner"), 2))
    add("CPU s, end-to-end / NER alone (process trees)",
        lambda r: f"{f(r.get('cpu_seconds'), 0)} / {f(r.get('ner_alone_cpu_seconds'), 0)}")
    add("CPU ratio end-to-end / NER alone", lambda r: f(r.get("cpu_ratio_to_ner"), 2))
    add("re-run over unchanged corpus s", lambda r: f(r["rerun_seconds"], 2))
    add("re-run / first run", lambda r: f"{100 * r['rerun_share']:.1f}%")
    return "\n".join(lines)


def write_docs(path: Path, text: str) -> None:
    """Replace the block between the results markers of docs/benchmarks.md."""
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    doc = path.read_text() if path.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    head, _, rest = doc.partition(start)
    _, _, tail = rest.partition(end)
    path.write_text(f"{head}{start}\n{text}\n{end}{tail}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--huge", action="store_true", help="also run 100,000 articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsfunnel-bench"))
    ap.add_argument("--no-ner-alone", action="store_true", help="skip the NER-alone ceiling")
    ap.add_argument("--write-docs", type=Path, help="put the results table into this Markdown file")
    args = ap.parse_args(argv)

    if args.child:
        mode, *rest = args.child
        result = (child_ingest(rest[0], rest[1], int(rest[2]), int(rest[3])) if mode == "ingest"
                  else child_ner(rest[0], int(rest[1])))
        result["cpu_seconds"] = cpu_seconds()
        args.out.write_text(json.dumps(result, default=str))
        return 0

    args.workdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)                       # an ephemeral API per run, like the CLI
    env.setdefault("PREFECT_HOME", str(args.workdir / "prefect-home"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    sizes = sorted(set(args.sizes + ([100_000] if args.huge else [])))
    info = machine()
    rows = []
    for n in sizes:
        rows.append(bench_size(n, args, env))
        (args.workdir / "results.json").write_text(json.dumps({"machine": info, "rows": rows}, indent=2))
    text = table(rows, args.workers)
    header = (f"Machine: {info['nproc']} cores, {info['ram_gb']} GB RAM, Python {info['python']}, "
              f"{info['platform']}; load average at start {info['load_average_at_start']}.")
    print(header)
    print(text)
    if len(rows) > 1 and rows[-1]["articles"] >= 100_000:
        base = next((r for r in rows if r["articles"] == 10_000), None)
        if base:
            print(f"peak RSS 100,000 / 10,000: {rows[-1]['peak_rss_mb'] / base['peak_rss_mb']:.2f}x")
    if args.write_docs:
        write_docs(args.write_docs, header + "\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
