#!/usr/bin/python3
"""Runs bench/compare.py end to end on small corpora and reads its table.

    check_compare.py CITEGRAPH

compare.py measures citegraph against the regex + networkx script (../shared/baseline, or
the copy its --pycite names) for issue 15's goals. Run here on 3 copies of the Mali report
and 3 generated reports, one round, it must exit 0 and print its header and one row per
corpus, each with the corpus, the count of documents, the input's size in MB (for the copies,
the Mali report's size times three), a positive time for the script, check and each export,
each ratio as a positive number followed by "x" and four peak-RSS-per-input figures.

Exits 77 (skipped) when networkx or the baseline script is missing, 1 on any failure.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
COMPARE = REPO_ROOT / "bench" / "compare.py"
PYCITE = REPO_ROOT.parent / "shared" / "baseline" / "pycite.py"
MALI = REPO_ROOT / "tests" / "data" / "usdol-mali-2021.txt"
DOCS = 3

HEADER = ["corpus", "docs", "MB", "pycite s", "check s", "check MB/s", "pycite/check", "graphml s",
          "pycite/graphml", "json s", "dot s", "dot/graphml", "prov-json s", "prov/graphml",
          "peak RSS / input (check, graphml, dot, prov)"]


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def fail(message: str) -> None:
    print(f"check_compare.py: {message}", file=sys.stderr)
    sys.exit(1)


def main() -> int:
    citegraph = sys.argv[1]
    try:
        import networkx  # noqa: F401
    except ImportError:
        print("networkx is not installed: skipped")
        return 77
    if not PYCITE.exists():
        print(f"no baseline script at {PYCITE}: skipped")
        return 77
    run = subprocess.run([sys.executable, str(COMPARE), "--citegraph", citegraph, "--pycite", str(PYCITE),
                          "--sizes", str(DOCS), "--runs", "1"], capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        fail(f"compare.py exited {run.returncode}:\n{run.stderr}")
    lines = [line for line in run.stdout.splitlines() if line.startswith("|")]
    if len(lines) != 4 or cells(lines[0]) != HEADER:
        fail(f"expected the header, its rule and two rows:\n{run.stdout}")
    for line, corpus in zip(lines[2:], ["copies", "distinct"]):
        row = dict(zip(HEADER, cells(line)))
        if len(cells(line)) != len(HEADER) or row["corpus"] != corpus or row["docs"] != str(DOCS):
            fail(f"a row of {corpus}, {DOCS} documents, expected: {line}")
        if corpus == "copies" and row["MB"] != f"{DOCS * MALI.stat().st_size / 1e6:.1f}":
            fail(f"{DOCS} copies of the Mali report are not {row['MB']} MB")
        for name in ["MB", "pycite s", "check s", "check MB/s", "graphml s", "json s", "dot s", "prov-json s"]:
            if float(row[name]) < 0 or (name == "MB" and float(row[name]) <= 0):
                fail(f"{corpus}: {name} is {row[name]}")
        for name in ["pycite/check", "pycite/graphml", "dot/graphml", "prov/graphml"]:
            if not row[name].endswith("x") or float(row[name][:-1]) <= 0:
                fail(f"{corpus}: {name} is {row[name]}, not a ratio")
        peaks = [float(p) for p in row[HEADER[-1]].split(",")]
        if len(peaks) != 4 or min(peaks) <= 0:
            fail(f"{corpus}: peak RSS per input is {row[HEADER[-1]]}")
    print(run.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
