#!/usr/bin/env python3
"""citegraph side by side with the regex + networkx script a user would write instead.

For each corpus (copies of the Mali report, and distinct reports from generate_corpus.py)
and each size, runs in one sitting:

    python3 pycite.py FILE... -o OUT.graphml           (the baseline: check + GraphML)
    citegraph check FILE...
    citegraph export --format F -o OUT FILE...          (F: graphml, json, dot, prov-json)

each a fresh child measured alone (wall time, peak RSS; see run.py), and prints the times,
the ratios that matter (baseline / citegraph; DOT and PROV-JSON / GraphML), check's input
rate and each run's peak RSS over the input size. With --runs N the commands run in N
rounds, each round running every command once in turn, and each keeps its best time: a
machine that slows down in the middle of a sitting slows the script and citegraph alike.
Ratios from one sitting cancel most of the machine's noise; absolute times do not.

    python3 bench/compare.py --citegraph build-release/cli/citegraph --sizes 500,2000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

import generate_corpus  # noqa: E402
from run import MB, build_type, run_once  # noqa: E402

MALI = REPO_ROOT / "tests" / "data" / "usdol-mali-2021.txt"
EXPORTS = ["graphml", "json", "dot", "prov-json"]


def copies(where: Path, n: int) -> list[Path]:
    where.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        f = where / f"mali-{i:05d}.txt"
        shutil.copyfile(MALI, f)
        files.append(f)
    return files


def distinct(where: Path, n: int, seed: int) -> list[Path]:
    """n generated reports of 40-120 kB each (the generator sizes by megabytes)."""
    files: list[Path] = []
    megabytes = n * 0.08
    while len(files) < n:
        shutil.rmtree(where, ignore_errors=True)
        files = generate_corpus.generate(where, megabytes, seed, 40, 120, quiet=True)
        megabytes *= 1.1
    for extra in files[n:]:
        extra.unlink()
    return files[:n]


def measure_in_rounds(commands: dict[str, list[str]], outputs: dict[str, Path], scratch: Path,
                      runs: int) -> dict[str, tuple[float, int]]:
    """Each command's best wall seconds and peak RSS (KiB) over `runs` rounds, every command
    once a round, in turn; exits if a command fails: a status other than 0, or an output it
    was to write (`outputs`, by command; check's is its standard output) missing or empty."""
    best = {name: (float("inf"), 0) for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            output = outputs.get(name, scratch / "stdout")
            output.unlink(missing_ok=True)
            status, wall, rss = run_once(argv, scratch / "stdout", scratch / "stderr")
            if status != 0 or not output.exists() or output.stat().st_size == 0:
                sys.exit(f"compare.py: {name} failed (exit {status}, {output.name} "
                         f"{'empty' if output.exists() else 'missing'}): {' '.join(argv[:3])} ...\n"
                         + (scratch / "stderr").read_text()[-2000:])
            fastest, peak = best[name]
            best[name] = (min(fastest, wall), max(peak, rss))
    return best


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--citegraph", type=Path, default=REPO_ROOT / "build" / "cli" / "citegraph")
    p.add_argument("--pycite", type=Path, default=REPO_ROOT.parent / "shared" / "baseline" / "pycite.py")
    p.add_argument("--python", default="/usr/bin/python3", help="the Python that has networkx (Debian's)")
    p.add_argument("--sizes", default="500,2000", help="documents per corpus, comma-separated")
    p.add_argument("--corpora", default="copies,distinct")
    p.add_argument("--runs", type=int, default=1,
                   help="rounds, each running every command once in turn (each command's best is kept)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()

    binary = args.citegraph.resolve()
    print(f"citegraph: {binary} (build type {build_type(binary) or 'unknown'})")
    print(f"baseline:  {args.pycite}")
    header = ("| corpus | docs | MB | pycite s | check s | check MB/s | pycite/check | graphml s | pycite/graphml "
              "| json s | dot s | dot/graphml | prov-json s | prov/graphml | peak RSS / input (check, graphml, dot, prov) |")
    print(header)
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for corpus in args.corpora.split(","):
        for n in (int(s) for s in args.sizes.split(",")):
            with tempfile.TemporaryDirectory(prefix="citegraph-compare-") as tmp:
                scratch = Path(tmp)
                files = copies(scratch / "in", n) if corpus == "copies" else distinct(scratch / "in", n, args.seed)
                size = sum(f.stat().st_size for f in files)
                names = [str(f) for f in files]
                commands = {
                    "pycite": [args.python, str(args.pycite), *names, "-o", str(scratch / "py.graphml")],
                    "check": [str(binary), "check", *names],
                }
                outputs = {"pycite": scratch / "py.graphml"}
                for fmt in EXPORTS:
                    outputs[fmt] = scratch / f"out.{fmt}"
                    commands[fmt] = [str(binary), "export", "--format", fmt, "-o", str(outputs[fmt]), *names]
                measured = measure_in_rounds(commands, outputs, scratch, args.runs)
                base = measured["pycite"][0]
                check, check_rss = measured["check"]
                times = {fmt: measured[fmt][0] for fmt in EXPORTS}
                rss = {fmt: measured[fmt][1] for fmt in EXPORTS}
                mb = size / MB
                # Two decimals: one rounded 3.04 and 2.96 alike to the 3.0 the goal bounds.
                per_input = lambda kib: f"{kib * 1024 / size:.2f}"  # noqa: E731
                print(f"| {corpus} | {n} | {mb:.1f} | {base:.2f} | {check:.2f} | {mb / check:.1f} | {base / check:.1f}x "
                      f"| {times['graphml']:.2f} | {base / times['graphml']:.1f}x | {times['json']:.2f} "
                      f"| {times['dot']:.2f} | {times['dot'] / times['graphml']:.1f}x | {times['prov-json']:.2f} "
                      f"| {times['prov-json'] / times['graphml']:.1f}x "
                      f"| {per_input(check_rss)}, {per_input(rss['graphml'])}, {per_input(rss['dot'])}, "
                      f"{per_input(rss['prov-json'])} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
