#!/usr/bin/env python3
"""Time citegraph over a synthetic corpus of country reports.

Generates (or reuses) a corpus with generate_corpus.py, then runs

    citegraph export --format graphml -o OUT.graphml FILE...     (default)
    citegraph check FILE...                                       (--check)

over the whole corpus several times, each run a fresh child process, and prints the input
size, the best wall time, the throughput and the child's peak resident set size, plus
what the output holds. Builds nothing: point --citegraph at a Release build.

    python3 bench/run.py
    python3 bench/run.py --check --megabytes 10
"""

from __future__ import annotations

import argparse
import json
import mmap
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".corpus-cache"
sys.path.insert(0, str(BENCH_DIR))

import generate_corpus  # noqa: E402
import linked_corpus  # noqa: E402

MB = generate_corpus.MB


def corpus_params(args: argparse.Namespace) -> dict:
    return {"seed": args.seed, "megabytes": args.megabytes, "min_kb": args.min_kb,
            "max_kb": args.max_kb, "generator": generate_corpus.fingerprint()}


def cached_corpus(params: dict) -> list[Path] | None:
    """The cached corpus's files if the cache was made with exactly these parameters."""
    try:
        manifest = json.loads((CACHE_DIR / "manifest.json").read_text())
    except (OSError, ValueError):
        return None
    if any(manifest.get(k) != v for k, v in params.items()):
        return None
    files = [CACHE_DIR / name for name in manifest.get("files", [])]
    return files if files and all(f.is_file() for f in files) else None


def make_corpus(args: argparse.Namespace, scratch: Path) -> tuple[list[Path], str]:
    params = corpus_params(args)
    if not args.no_cache:
        files = cached_corpus(params)
        if files:
            return files, f"reused {CACHE_DIR.relative_to(REPO_ROOT)}"
    if args.cache:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
        where, how = CACHE_DIR, f"generated into {CACHE_DIR.relative_to(REPO_ROOT)}"
    else:
        where, how = scratch / "corpus", "generated into a temporary directory"
    started = time.perf_counter()
    files = generate_corpus.generate(where, args.megabytes, args.seed, args.min_kb, args.max_kb,
                                     quiet=True)
    problems = [f"{f.name}: {p}" for f in files
                for p in generate_corpus.verify_report(f.read_text(encoding="utf-8"))]
    if problems:
        sys.exit("generated corpus is inconsistent:\n  " + "\n  ".join(problems[:20]))
    return files, f"{how} in {time.perf_counter() - started:.1f} s"


# Runs in a fresh, small Python process: spawns citegraph with its output sent to files,
# waits for it, and prints {"status", "wall", "maxrss"}. A child's ru_maxrss counts the
# memory of the process it was spawned from (Linux keeps that mm's high-water mark across
# exec), so spawning citegraph straight from this script would report at least this
# script's own peak (the corpus generator's included); the wrapper keeps that floor at
# about 8 MiB. os.wait4 gives exactly this child's rusage, so each run is measured alone.
WRAPPER = r"""
import json, os, sys, time
argv, out, err = json.loads(sys.stdin.read()), sys.argv[1], sys.argv[2]
o = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
e = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
acts = [(os.POSIX_SPAWN_DUP2, o, 1), (os.POSIX_SPAWN_DUP2, e, 2)]
t = time.perf_counter()
try:
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=acts)
except OSError as error:
    print(json.dumps({"error": str(error)}))
    sys.exit(0)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t
print(json.dumps({"status": os.waitstatus_to_exitcode(status), "wall": wall, "maxrss": ru.ru_maxrss}))
"""


def run_once(argv: list[str], stdout: Path, stderr: Path) -> tuple[int, float, int]:
    """Runs argv as a fresh child; returns (exit status, wall seconds, peak RSS in KiB)."""
    # argv goes through standard input: 10,000 file names exceed the size of one argument.
    result = subprocess.run([sys.executable, "-I", "-S", "-c", WRAPPER, str(stdout), str(stderr)],
                            input=json.dumps(argv), capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"run.py: the measuring wrapper failed:\n{result.stderr}")
    m = json.loads(result.stdout)
    if "error" in m:
        sys.exit(f"run.py: cannot run {argv[0]}: {m['error']}")
    return m["status"], m["wall"], m["maxrss"]


def build_type(binary: Path) -> str | None:
    """CMAKE_BUILD_TYPE of the CMake build tree holding the binary; None if not found."""
    for folder in list(binary.resolve().parents)[:4]:
        cache = folder / "CMakeCache.txt"
        if cache.is_file():
            m = re.search(r"^CMAKE_BUILD_TYPE:\w+=(.*)$", cache.read_text(errors="replace"), re.M)
            return m.group(1).strip() if m else ""
    return None


def count_graphml(path: Path) -> dict[str, int]:
    """Nodes by their kind and edges, by a scan of the bytes (no XML parse)."""
    counts: dict[str, int] = {}
    if path.stat().st_size == 0:
        return counts
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for m in re.finditer(rb'<data key="kind">([a-z_-]+)</data>', data):
            kind = m.group(1).decode()
            counts[kind] = counts.get(kind, 0) + 1
        counts["edges"] = sum(1 for _ in re.finditer(rb"<edge\b", data))
    return counts


def count_check(path: Path) -> dict[str, int]:
    """Totals from check's per-document summary lines."""
    counts: dict[str, int] = {}
    text = path.read_text(encoding="utf-8", errors="replace")
    for m in re.finditer(r": (\d+) claims: (.*)$", text, re.M):
        counts["claims"] = counts.get("claims", 0) + int(m.group(1))
        for n, verdict in re.findall(r"(\d+) ([a-z-]+)", m.group(2)):
            counts[verdict] = counts.get(verdict, 0) + int(n)
    for m in re.finditer(r": (\d+) references: (\d+) stale", text):
        counts["references"] = counts.get("references", 0) + int(m.group(1))
        counts["stale references"] = counts.get("stale references", 0) + int(m.group(2))
    return counts


def supports_recursive(binary: Path) -> bool:
    """Whether this citegraph walks directories (`check --recursive DIR`)."""
    done = subprocess.run([str(binary), "check", "--help"], capture_output=True, text=True)
    return "--recursive" in done.stdout


def run_linked(args: argparse.Namespace, binary: Path) -> int:
    """Times import and linking over linked corpora of growing size; prints one row each."""
    sizes = sorted({int(n) for n in args.linked.split(",")})
    recursive = supports_recursive(binary)
    export = args.format == "json"
    print(f"binary:   {binary} (CMAKE_BUILD_TYPE={build_type(binary) or 'unset'})")
    print("command:  citegraph " + ("export --format json -o OUT" if export else "check") +
          (" --recursive DIR" if recursive else " FILE..."))
    rows = []
    with tempfile.TemporaryDirectory(prefix="citegraph-bench-") as tmp:
        scratch = Path(tmp)
        for size in sizes:
            where = (CACHE_DIR / f"linked-{args.seed}-{size}") if args.cache else scratch / f"linked-{size}"
            manifest = where / "manifest.json"
            if not (args.cache and manifest.is_file() and not args.no_cache):
                shutil.rmtree(where, ignore_errors=True)
                linked_corpus.generate(where, size, args.seed)
            files = [where / name for name in json.loads(manifest.read_text())["files"]]
            in_bytes = sum(f.stat().st_size for f in files)
            out_path = scratch / ("out.json" if export else "check.txt")
            cmd = [str(binary)] + (["export", "--format", "json", "-o", str(out_path)] if export else ["check"])
            cmd += ["--recursive", str(where)] if recursive else [str(f) for f in files]
            walls, rss = [], []
            for _ in range(args.runs):
                status, wall, maxrss = run_once(cmd, scratch / "stdout.txt" if export else out_path,
                                                scratch / "stderr.txt")
                if status != 0:
                    err = (scratch / "stderr.txt").read_text(encoding="utf-8", errors="replace")
                    print(f"{size} documents: citegraph exited with status {status}\n{err[-2000:]}",
                          file=sys.stderr)
                    return 1
                walls.append(wall)
                rss.append(maxrss)
            found = json.loads(out_path.read_text()) if export else count_check(out_path)
            if export:
                refs = sum(len(d["references"]) for d in found["documents"])
                sources = len(found.get("sources", []))
            else:
                refs, sources = found.get("references", 0), None
            row = (size, in_bytes / MB, refs, sources, min(walls), max(rss) / 1024)
            rows.append(row)
            print(f"{size:6d} documents  {row[1]:6.1f} MB  {refs:7d} references" +
                  ("" if sources is None else f"  {sources:6d} sources") +
                  f"  best {row[4]:7.2f} s  {row[4] / size * 1e6:7.0f} us/doc"
                  f"  peak RSS {row[5]:7.1f} MiB  {row[5] * 1024 / size:6.1f} KiB/doc")
    base = rows[0]
    print("growth against the smallest corpus (linear: time and memory grow like documents):")
    for size, mb, refs, sources, wall, mib in rows:
        print(f"table row: | {size} | {mb:.1f} | {refs} | {'-' if sources is None else sources} | "
              f"{wall:.2f} | {wall / base[4]:.2f}x | {mib:.0f} | {mib / base[5]:.2f}x | {size / base[0]:.1f}x |")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--citegraph", type=Path, default=REPO_ROOT / "build" / "cli" / "citegraph",
                   help="the binary to time (default: build/cli/citegraph)")
    p.add_argument("--megabytes", type=float, default=30, help="corpus size, 10^6 bytes (default 30)")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument("--min-kb", type=int, default=250, help="smallest report, kB (default 250)")
    p.add_argument("--max-kb", type=int, default=1000, help="largest report, kB (default 1000)")
    p.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    p.add_argument("--check", action="store_true", help="time `citegraph check` instead of export")
    p.add_argument("--format", default="graphml", choices=["graphml", "json", "dot", "prov-json", "provn"],
                   help="export format (default graphml)")
    p.add_argument("--cache", action="store_true",
                   help=f"write the corpus to {CACHE_DIR.relative_to(REPO_ROOT)} for later runs")
    p.add_argument("--no-cache", action="store_true", help="ignore a cached corpus")
    p.add_argument("--keep-output", type=Path, help="copy the last run's output here")
    p.add_argument("--linked", metavar="N,N,...",
                   help="instead: time `check` (or with --format json, `export --format json`) over "
                        "corpora of N short notes that cite each other (linked_corpus.py), e.g. "
                        "1000,2500,5000,10000")
    args = p.parse_args(argv)

    binary = args.citegraph if args.citegraph.is_absolute() else (Path.cwd() / args.citegraph)
    if not os.access(binary, os.X_OK):
        print(f"run.py: {binary} is not an executable; build it first, e.g.\n"
              f"  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build citegraph_cli",
              file=sys.stderr)
        return 2
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.linked:
        return run_linked(args, binary)

    with tempfile.TemporaryDirectory(prefix="citegraph-bench-") as tmp:
        scratch = Path(tmp)
        files, origin = make_corpus(args, scratch)
        in_bytes = sum(f.stat().st_size for f in files)
        out_path = scratch / ("check.txt" if args.check else f"out.{args.format}")
        err_path = scratch / "stderr.txt"
        if args.check:
            cmd = [str(binary), "check", *map(str, files)]
            shown = f"citegraph check FILE x{len(files)}"
        else:
            cmd = [str(binary), "export", "--format", args.format, "-o", str(out_path), *map(str, files)]
            shown = f"citegraph export --format {args.format} -o OUT FILE x{len(files)}"
        stdout_path = out_path if args.check else scratch / "stdout.txt"

        kind = build_type(binary)
        print(f"binary:   {binary}" + ("" if kind is None else f" (CMAKE_BUILD_TYPE={kind or 'unset'})"))
        if kind is not None and kind not in ("Release", "RelWithDebInfo"):
            print("          not an optimised build: configure with -DCMAKE_BUILD_TYPE=Release to time it")
        print(f"corpus:   {len(files)} reports, {in_bytes / MB:.2f} MB (seed {args.seed}; {origin})")
        print(f"command:  {shown}")
        walls: list[float] = []
        rss: list[int] = []
        for i in range(1, args.runs + 1):
            status, wall, maxrss = run_once(cmd, stdout_path, err_path)
            stderr = err_path.read_text(encoding="utf-8", errors="replace")
            if status != 0:
                sys.stdout.flush()
                print(f"run {i}: citegraph exited with status {status}", file=sys.stderr)
                sys.stderr.write("".join(stderr.splitlines(True)[-20:]))
                return 1
            walls.append(wall)
            rss.append(maxrss)
            print(f"run {i}:    {wall:7.3f} s   peak RSS {maxrss / 1024:8.1f} MiB")

        warnings = [line for line in stderr.splitlines() if ": warning: " in line]
        best = min(walls)
        print(f"input:    {in_bytes / MB:.2f} MB")
        print(f"wall:     {best:.3f} s (best of {args.runs}; median {sorted(walls)[len(walls) // 2]:.3f} s)")
        print(f"speed:    {in_bytes / MB / best:.2f} MB/s")
        print(f"peak RSS: {max(rss) / 1024:.1f} MiB (largest of {args.runs} runs)")
        out_size = out_path.stat().st_size
        if args.check:
            counts = count_check(out_path)
            print(f"output:   {out_size / MB:.2f} MB report; " +
                  ", ".join(f"{v} {k}" for k, v in counts.items()))
        else:
            counts = count_graphml(out_path) if args.format == "graphml" else {}
            print(f"output:   {out_size / MB:.2f} MB {args.format}" +
                  ("; nodes: " + ", ".join(f"{v} {k}" for k, v in counts.items() if k != "edges") +
                   f"; {counts.get('edges', 0)} edges" if counts else ""))
        print(f"warnings: {len(warnings)} on standard error")
        for line in warnings[:10]:
            print(f"  {line}")
        claims = counts.get("claim", counts.get("claims", "-"))
        refs = counts.get("reference", counts.get("references", "-"))
        print(f"table row: | {'check' if args.check else 'export ' + args.format} | {in_bytes / MB:.1f} | "
              f"{len(files)} | {best:.2f} | {in_bytes / MB / best:.1f} | {max(rss) / 1024:.0f} | "
              f"{claims} | {refs} |")
        if args.keep_output:
            shutil.copyfile(out_path, args.keep_output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
