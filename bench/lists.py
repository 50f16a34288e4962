#!/usr/bin/env python3
"""How much of each document's numbered reference list citegraph finds, and how much of it
the claims cite: for real reports and papers as PDF, or as the text pdftotext gives for them.

For each file it runs `citegraph export --format json` and prints the callout style read,
the references found, the highest number among them and the numbers below it that are
missing, the references no claim cites, the numbers claims cite that the list lacks, and
the claims that cite something. Given FILE=OTHER, it also prints how many citing claims have
the cite set that the same claim has in the other reading (the PDF's, say), matched as
multisets of cite sets.

    python3 bench/lists.py --citegraph build/cli/citegraph tests/data/pdf/*.pdf
    python3 bench/lists.py --citegraph build/cli/citegraph \
        tests/data/twocolumn/cmj-2017-130-14-small-fiber.txt=tests/data/pdf/cmj-2017-130-14-small-fiber.pdf

A FILE=OTHER argument compares FILE's citing claims with OTHER's. Python 3 only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def read(citegraph, path):
    """The first document of `citegraph export --format json PATH`."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "out.json")
        run = subprocess.run([citegraph, "export", "--format", "json", "-o", out, path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            sys.exit(f"{path}: citegraph exited {run.returncode}: {run.stderr.strip()}")
        with open(out, encoding="utf-8") as f:
            return json.load(f)["documents"][0]


def cite_sets(doc):
    return collections.Counter(tuple(c["cites"]) for c in doc["claims"] if c["cites"])


def row(path, doc, other=None):
    numbers = [r["number"] for r in doc["references"]]
    cited = {n for c in doc["claims"] for n in c["cites"]}
    highest = max(numbers, default=0)
    missing = sorted(set(range(1, highest + 1)) - set(numbers))
    citing = sum(1 for c in doc["claims"] if c["cites"])
    fields = [os.path.basename(path), doc.get("callout_style", "?"), str(len(numbers)), str(highest),
              ",".join(map(str, missing)) or "-", str(len(set(numbers) - cited)),
              ",".join(map(str, sorted(cited - set(numbers)))) or "-", str(citing)]
    if other is not None:
        same = sum((cite_sets(doc) & cite_sets(other)).values())
        fields.append(f"{same}/{citing}")
    return "| " + " | ".join(fields) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--citegraph", default="build/cli/citegraph")
    parser.add_argument("files", nargs="+", help="FILE, or FILE=OTHER to compare cite sets with OTHER's")
    args = parser.parse_args()
    header = ["file", "style", "references", "highest", "missing", "uncited", "dangling", "citing claims"]
    if any("=" in f for f in args.files):
        header.append("cite sets as the other's")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for spec in args.files:
        path, _, other = spec.partition("=")
        doc = read(args.citegraph, path)
        print(row(path, doc, read(args.citegraph, other) if other else None))


if __name__ == "__main__":
    main()
