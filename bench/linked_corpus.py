#!/usr/bin/env python3
"""Write a corpus of short Markdown notes that cite each other, for the provenance benchmark.

    python3 bench/linked_corpus.py --out /tmp/linked --documents 10000 --seed 1

Each note has front matter (title, date, and a DOI, a URL or neither), a few paragraphs whose
sentences end in `[n]` callouts, and a `## References` list of 8-20 entries:

- about a third name an earlier note of the corpus: by its DOI (as `doi:` or a doi.org link,
  in either case), by its URL (http or https, `www.`, trailing slash, tracking parameters),
  or, for a note with neither, by its title and year;
- about a third are outside works shared across the corpus (a pool of one per five notes),
  each spelled in one of the ways above, so they merge into one source;
- the rest are outside works of their own.

Notes cite only earlier notes (a chain of dated documents), except one in 500 that cites a
later one, so the corpus holds a few short cycles. The same seed and size always give the
same files; the standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ADJECTIVES = ["Coastal", "Upland", "Northern", "Southern", "Eastern", "Western", "Rural", "Urban",
              "Seasonal", "Regional", "Lowland", "Arid", "Humid", "Central", "Delta", "Highland",
              "Riverine", "Pastoral", "Forest", "Island", "Border", "Mountain", "Valley", "Steppe",
              "Savanna"]
SUBJECTS = ["Groundwater", "Rainfall", "Harvest", "Livestock", "Fisheries", "Migration", "Schooling",
            "Nutrition", "Markets", "Wages", "Housing", "Forestry", "Irrigation", "Sanitation",
            "Transport", "Energy", "Health", "Tenure", "Credit", "Drought", "Flooding", "Erosion",
            "Labour", "Trade", "Pasture"]
FORMS = ["Review", "Survey", "Assessment", "Bulletin", "Outlook", "Atlas", "Census", "Profile",
         "Inventory", "Digest", "Monitor", "Yearbook", "Briefing", "Synthesis", "Appraisal",
         "Record", "Register", "Audit", "Summary", "Inquiry", "Handbook", "Overview", "Ledger",
         "Report", "Study"]
PUBLISHERS = ["National Water Office", "Ministry of Agriculture", "Statistics Bureau",
              "Regional Research Institute", "University Press", "Field Survey Unit"]
WORDS = ("water tables fell across the basin while demand rose in every district and the dry "
         "season lengthened as wells failed and herders moved earlier than in past years with "
         "prices climbing at rural markets where fewer children attended school").split()


@dataclass
class Work:
    title: str
    year: int
    doi: str = ""
    url: str = ""
    publisher: str = ""


def title_of(i: int) -> str:
    """A unique three-word title for index i (up to 25^3 = 15625), without digits."""
    a, rest = i % 25, i // 25
    return f"{ADJECTIVES[a]} {SUBJECTS[rest % 25]} {FORMS[(rest // 25) % 25]}"


def spelled(work: Work, rng: random.Random) -> str:
    """A reference entry naming the work by DOI, URL or title and year, spelled variously."""
    head = f"{work.publisher}. {work.title}. {work.year}."
    if work.doi:
        doi = work.doi.upper() if rng.random() < 0.3 else work.doi
        return f"{head} " + (f"https://doi.org/{doi}" if rng.random() < 0.5 else f"doi:{doi}")
    if work.url:
        url = work.url
        if rng.random() < 0.3:
            url = url.replace("https://", "http://")
        if rng.random() < 0.3:
            url = url.replace("://", "://www.", 1)
        if rng.random() < 0.3:
            url += "/"
        if rng.random() < 0.3:
            url += "?utm_source=newsletter&utm_medium=email"
        return f"{head} Available from: {url}"
    title = work.title.lower() if rng.random() < 0.3 else work.title
    return f"{work.publisher}. {title}. {work.year}."


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize()


def outside_work(key: str, rng: random.Random) -> Work:
    n = rng.randint(0, 10**9)
    title = f"{rng.choice(ADJECTIVES)} {rng.choice(SUBJECTS)} {rng.choice(FORMS)} of the {key} Programme"
    work = Work(title, rng.randint(1995, 2023), publisher=rng.choice(PUBLISHERS))
    kind = rng.random()
    if kind < 0.4:
        work.doi = f"10.7777/outside.{key.lower()}.{n}"
    elif kind < 0.8:
        work.url = f"https://data.example.net/{key.lower()}/{n}"
    return work


def programme(n: int) -> str:
    """A word that makes an outside title unique: letters only, e.g. "Kabedo"."""
    syllables = ["ka", "be", "do", "ri", "mu", "sa", "te", "lo", "ni", "vu"]
    word = ""
    while True:
        word += syllables[n % 10]
        n //= 10
        if n == 0:
            return word.capitalize()


def generate(out_dir: Path, documents: int, seed: int) -> list[Path]:
    if not 1 <= documents <= 15625:
        raise ValueError("documents must be between 1 and 15625")
    rng = random.Random(f"linked-{seed}-{documents}")
    notes: list[Work] = []
    for i in range(documents):
        year = 2005 + (i * 18) // documents
        work = Work(title_of(i), year, publisher=rng.choice(PUBLISHERS))
        kind = rng.random()
        if kind < 0.35:
            work.doi = f"10.5555/bench.{seed}.{i + 1}"
        elif kind < 0.7:
            work.url = f"https://notes.example.org/{seed}/note-{i + 1}"
        notes.append(work)
    shared = [outside_work(f"S{programme(k)}", random.Random(f"shared-{seed}-{k}"))
              for k in range(max(1, documents // 5))]

    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i, note in enumerate(notes):
        entries: list[str] = []
        for _ in range(rng.randint(8, 20)):
            pick = rng.random()
            if pick < 0.33 and i > 0:
                entries.append(spelled(notes[rng.randrange(max(0, i - 2000), i)], rng))
            elif pick < 0.66:
                entries.append(spelled(rng.choice(shared), rng))
            else:
                entries.append(spelled(outside_work(f"U{programme(i)}x{len(entries)}", rng), rng))
        if i % 500 == 250 and i + 3 < documents:
            entries.append(spelled(notes[i + rng.randint(1, 3)], rng))  # a later note: a cycle
        # Each entry is cited once, in list order, and some twice.
        body: list[str] = []
        for n in range(1, len(entries) + 1):
            extra = f", {rng.randint(1, n)}" if n > 1 and rng.random() < 0.2 else ""
            body.append(f"{sentence(rng)} [{n}{extra}].")
        paragraphs = [" ".join(body[k:k + 4]) for k in range(0, len(body), 4)]
        front = [f"title: {note.title}", f"date: {note.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
        if note.doi:
            front.append(f"doi: {note.doi}")
        if note.url:
            front.append(f"url: {note.url}")
        text = "\n".join(["---", *front, "---", "", f"# {note.title}", "", "## Findings", "",
                          "\n\n".join(paragraphs), "", "## References", "",
                          *(f"{n}. {entry}" for n, entry in enumerate(entries, start=1)), ""])
        path = out_dir / f"note-{i + 1:05d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    manifest = {"documents": documents, "seed": seed, "files": [p.name for p in paths]}
    (out_dir / "manifest.json").write_text(json.dumps(manifest) + "\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", "-o", required=True, type=Path, help="directory to write into")
    p.add_argument("--documents", type=int, default=10000, help="how many notes (default 10000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    a = p.parse_args(argv)
    paths = generate(a.out, a.documents, a.seed)
    print(f"wrote {len(paths)} notes, {sum(x.stat().st_size for x in paths) / 1e6:.2f} MB, to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
