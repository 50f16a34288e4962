#!/usr/bin/env python3
"""Write a deterministic corpus of synthetic country reports for benchmarking citegraph.

Each report has the shape of tests/data/usdol-mali-2021.txt: a running page header
repeated at every page break (cutting paragraphs mid-sentence and tables between rows,
tables then resuming under "Table N. ... (Cont.)"), roman-numbered sections I.-VII.,
paragraphs whose sentences end in citation groups such as "(3,5,11-13)", tab-separated
tables with citations in their cells, and a REFERENCES list of "- " entries: the first 28
unnumbered, then "- 29 ...", "- 30 ...".

Wording is sampled from the real report at generation time (its sentences, a word-level
Markov chain trained on them, its table rows and reference titles), so the text reads like
the original. The structure is generated, and consistent by construction:

* every number a citation group names exists in that report's reference list;
* references are first cited in list order, and every reference is cited at least once;
* parentheses that are not citations -- "(2018–2022)", "(MICS 5)", "(No. 138)",
  "(Table 4)" -- never consist of numbers below 1000 only.

Standard library only. The same --seed, --megabytes and size bounds always give the same
files (given the same source report).

    python3 bench/generate_corpus.py --out /tmp/corpus --megabytes 30 --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT / "tests" / "data" / "usdol-mali-2021.txt"
MB = 1_000_000  # the benchmark counts megabytes as 10^6 bytes

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]

# (country, demonym, capital, url slug, ISO-3 code)
COUNTRIES = [
    ("Mali", "Malian", "Bamako", "mali", "MLI"),
    ("Niger", "Nigerien", "Niamey", "niger", "NER"),
    ("Burkina Faso", "Burkinabe", "Ouagadougou", "burkina-faso", "BFA"),
    ("Senegal", "Senegalese", "Dakar", "senegal", "SEN"),
    ("Guinea", "Guinean", "Conakry", "guinea", "GIN"),
    ("Benin", "Beninese", "Cotonou", "benin", "BEN"),
    ("Togo", "Togolese", "Lome", "togo", "TGO"),
    ("Chad", "Chadian", "N'Djamena", "chad", "TCD"),
    ("Mauritania", "Mauritanian", "Nouakchott", "mauritania", "MRT"),
    ("Ghana", "Ghanaian", "Accra", "ghana", "GHA"),
    ("Cameroon", "Cameroonian", "Yaounde", "cameroon", "CMR"),
    ("Madagascar", "Malagasy", "Antananarivo", "madagascar", "MDG"),
    ("Uganda", "Ugandan", "Kampala", "uganda", "UGA"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "ethiopia", "ETH"),
    ("Tanzania", "Tanzanian", "Dar es Salaam", "tanzania", "TZA"),
    ("Zambia", "Zambian", "Lusaka", "zambia", "ZMB"),
    ("Malawi", "Malawian", "Lilongwe", "malawi", "MWI"),
    ("Mozambique", "Mozambican", "Maputo", "mozambique", "MOZ"),
    ("Sierra Leone", "Sierra Leonean", "Freetown", "sierra-leone", "SLE"),
    ("Liberia", "Liberian", "Monrovia", "liberia", "LBR"),
    ("Nepal", "Nepali", "Kathmandu", "nepal", "NPL"),
    ("Bangladesh", "Bangladeshi", "Dhaka", "bangladesh", "BGD"),
    ("Cambodia", "Cambodian", "Phnom Penh", "cambodia", "KHM"),
    ("Bolivia", "Bolivian", "La Paz", "bolivia", "BOL"),
    ("Paraguay", "Paraguayan", "Asuncion", "paraguay", "PRY"),
    ("Honduras", "Honduran", "Tegucigalpa", "honduras", "HND"),
    ("Guatemala", "Guatemalan", "Guatemala City", "guatemala", "GTM"),
    ("Haiti", "Haitian", "Port-au-Prince", "haiti", "HTI"),
]

ASSESSMENTS = [
    "MINIMAL ADVANCEMENT – EFFORTS MADE BUT CONTINUED PRACTICE THAT DELAYED ADVANCEMENT",
    "MODERATE ADVANCEMENT",
    "MINIMAL ADVANCEMENT",
    "SIGNIFICANT ADVANCEMENT",
    "NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR",
]

NEWSPAPERS = ["L’Essor", "Le Reporter", "Mining Technology", "Le Quotidien", "Reuters",
              "Al Jazeera", "The Guardian", "Jeune Afrique", "RFI", "Le Monde", "AllAfrica",
              "The New Humanitarian", "Associated Press", "Agence France-Presse"]
SURNAMES = ["Djire", "Vella", "Coulibaly", "Cisse", "Traore", "Diallo", "Keita", "Sangare",
            "Toure", "Konate", "Ndiaye", "Mensah", "Okafor", "Haidara", "Maiga", "Sow", "Ba"]
GIVEN = ["Doussou", "Heidi", "Diango", "Bouba", "Aminata", "Moussa", "Fatoumata", "Ibrahim",
         "Awa", "Seydou", "Mariam", "Ousmane", "Kadiatou", "Adama"]

# Non-citation parentheses that may follow a programme or plan name.
SURVEYS = ["MICS 5", "MICS 6", "DHS", "EPAM", "ENTE"]

LAW_TITLES = [
    "Code du Travail, Loi N° {a:02d}-{b:03d}",
    "Code pénal, Loi N° {a:02d}-{b:03d}",
    "Code de protection de l'enfant, Loi N° {a:02d}-{b:03d}/P-RM",
    "Portant loi d'orientation sur l'éducation, Loi {a:02d} – {b:03d}",
    "La Constitution",
    "Law {y}-{b:03d} modifying the Labor Code",
    "Decree {y}-{b:03d} to create a National Coordinating Committee for the Fight Against "
    "Trafficking in Persons and Associated Practices",
    "Arrête {y}-{c} Amendment to List of Hazardous Work for Children Under 18",
    "Ordonnance n°{y}-{b:03d} Portant Statut General des Militaires",
    "Fixant l'Organisation et les Modalités de Fonctionnement de la Cellule National de Lutte "
    "Contre le Travail des Enfants, Decret N° {a:02d}-{b:03d}/P-RM",
    "Law No. {y}-{b:03d} on Combating Trafficking in Persons and Similar Practices",
]
DRAFT_TITLES = ["Draft Loi sur la traite de personnes",
                "Draft Child Protection Code amendment",
                "Projet de loi relatif a la lutte contre la traite des personnes et les "
                "pratiques assimilées"]
CONVENTIONS = [("Forced Labour Convention, 1930", 29), ("Minimum Age Convention, 1973", 138),
               ("Worst Forms of Child Labour Convention, 1999", 182),
               ("Labour Inspection Convention, 1947", 81)]

# Words a generated title does not end on, and month names it does not contain
# ("... operations of the MOL that may. 2010." reads as May 2010).
TITLE_STOP = {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "its",
              "of", "on", "or", "that", "the", "their", "to", "was", "were", "which", "with"}
MONTH_WORD_RE = re.compile(r"\b(" + "|".join(MONTHS + [m[:3] for m in MONTHS] + ["Sept"]) + r")\b",
                           re.IGNORECASE)
# Words that make a title read as a law, a draft, an e-mail or a cable; kept out of the
# titles of publications so that every entry's kind is what the generator meant.
SOURCE_KIND_RE = re.compile(r"\b(Loi|Codes?|Arrête|Decrees?|Décret|Laws?|Ordonnance|Constitution|"
                            r"Circulaire|Circular|E-mail|Reporting|Drafts?|Projet|Portant|Fixant|"
                            r"Minist\w+|Acts?|Bills?|Statutes?|Regulations?)\b", re.IGNORECASE)
CITATION_RE = re.compile(r"\s*\((\d{1,3}(?:[-–]\d{1,3})?(?:,\s?\d{1,3}(?:[-–]\d{1,3})?)*)\)")
CITATION_SPLIT_RE = re.compile(r"\s*\(\d{1,3}(?:[-–]\d{1,3})?(?:,\s?\d{1,3}(?:[-–]\d{1,3})?)*\)\s*")
YEAR_RE = re.compile(r"(?<![\d.,/])(199\d|20[0-2]\d)(?![\d])")


# --------------------------------------------------------------------------------------
# Reading the real report


@dataclass
class SourceText:
    country: str
    demonym: str
    capital: str
    header: str
    sentences: list[str]                      # body sentences, citations removed
    chain: dict[tuple[str, str], list[str]]   # order-2 word Markov chain
    starts: list[tuple[str, str]]
    rows: dict[str, list[list[str]]]          # table header line -> data rows (cells)
    ref_titles: list[str]                     # the second segment of each real reference
    cell_sentences: list[str]                 # sentences taken from table description cells
    digest: str


def strip_citations(text: str) -> str:
    return CITATION_RE.sub("", text).strip()


def split_sentences(text: str) -> list[str]:
    # A sentence ends at ". " before a capital letter, except after abbreviations.
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)
    out: list[str] = []
    for part in parts:
        if out and re.search(r"(\b[A-Z]\.|\bU\.S\.|\bNo\.|\bArt\.|\bC\.|\bD\.C\.)$", out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def usable_sentence(s: str) -> bool:
    return ("made minimal advancement" not in s and not s.startswith("Table ") and len(s) >= 40 and s[0].isupper() and s.endswith(".") and s.count("(") == s.count(")")
            and "\t" not in s and not CITATION_RE.search(s))


def read_source(path: Path) -> SourceText:
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[line] = counts.get(line, 0) + 1
    header = max(counts, key=lambda k: (counts[k], len(k)))
    ref_start = next(i for i, line in enumerate(lines) if line.strip() == "REFERENCES")

    cap = re.search(r"U\.S\. Embassy- ([A-Z][\w' -]+?)\.", raw)
    capital = cap.group(1) if cap else "Bamako"
    country_line = [lines[i] for i in range(1, len(lines) - 2)
                    if lines[i + 2] == header and 0 < len(lines[i].split()) <= 3]
    country = country_line[0].strip() if country_line else "Mali"
    dem = re.search(r"\b(" + re.escape(country) + r"\w+)\b", raw)
    demonym = dem.group(1) if dem else country

    sentences: list[str] = []
    cell_sentences: list[str] = []
    rows: dict[str, list[list[str]]] = {}
    current_header = None
    body = lines[:ref_start]
    for i, line in enumerate(body):
        if not line.strip() or line == header:   # a table goes on across blanks and page breaks
            continue
        if line.startswith("Table "):
            current_header = "pending"
            continue
        if "\t" in line:
            if current_header == "pending":
                current_header = line.strip()
                rows.setdefault(current_header, [])
                continue
            if current_header and current_header != "pending":
                cells = line.split("\t")
                rows[current_header].append(cells)
                for cell in cells[1:]:
                    for s in split_sentences(CITATION_RE.sub(" ", cell)):
                        s = re.sub(r"\s+", " ", s).strip()
                        if usable_sentence(s):
                            cell_sentences.append(s)
            continue
        current_header = None
        if re.match(r"^[IVX]+\. ", line) or len(line) < 60:
            continue
        for chunk in CITATION_SPLIT_RE.split(line):
            for s in split_sentences(chunk):
                if usable_sentence(s):
                    sentences.append(s)

    # Order-2 Markov chain over words, parenthesised asides removed so that generated
    # text never opens a parenthesis it does not close (or one that reads as a citation).
    chain: dict[tuple[str, str], list[str]] = {}
    starts: list[tuple[str, str]] = []
    for s in sentences + cell_sentences:
        clean = re.sub(r"\s*\([^()]*\)", "", s)
        clean = re.sub(r"</?i>|\*", "", clean)
        words = clean.split()
        if len(words) < 4:
            continue
        starts.append((words[0], words[1]))
        for a, b, c in zip(words, words[1:], words[2:]):
            chain.setdefault((a, b), []).append(c)

    ref_titles: list[str] = []
    for line in lines[ref_start + 1:]:
        m = re.match(r"^- (?:\d+ )?(.*)$", line)
        if not m:
            continue
        segs = re.split(r"(?<![A-Z])(?<!\bNo)(?<!U\.S)\. ", m.group(1))
        if len(segs) >= 3:
            title = segs[1].strip()
            # titles of laws, e-mails and cables would change what kind of source an
            # entry reads as, so only the titles of publications are reused
            if (15 <= len(title) <= 200 and "(" not in title and "<" not in title
                    and not re.search(r"\b(19|20)\d\d\b", title) and not SOURCE_KIND_RE.search(title)
                    and not MONTH_WORD_RE.search(title)):
                ref_titles.append(title)

    return SourceText(country, demonym, capital, header, sentences, chain, starts, rows,
                      ref_titles, cell_sentences, hashlib.sha256(raw.encode()).hexdigest())


# --------------------------------------------------------------------------------------
# One report


@dataclass
class Target:
    country: str
    demonym: str
    capital: str
    slug: str
    iso: str


@dataclass
class Block:
    kind: str                                  # "para", "heading" or "table"
    text: str = ""
    title: str = ""
    header: str = ""
    rows: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Report:
    def __init__(self, src: SourceText, rng: random.Random, target_bytes: int, index: int):
        self.src = src
        self.rng = rng
        self.target_bytes = target_bytes
        self.index = index
        c = rng.choice(COUNTRIES)
        self.t = Target(*c)
        self.year = rng.randint(2016, 2023)            # the reporting year
        self.shift = self.year - 2021                   # the source reports on 2021
        self.assessment = rng.choice(ASSESSMENTS)
        # The reference count follows the report's size: 80 for the smallest, 300 at ~1 MB.
        scale = max(0.0, min(1.0, (target_bytes - 200_000) / 800_000))
        self.n_refs = max(80, min(300, int(80 + 220 * scale + rng.randint(-15, 15))))
        self.next_new = 1          # the next reference not yet cited
        self.groups_made = 0
        # Expected number of citation groups, so that new references are spread over the
        # first ~70% of the text.
        self.expected_groups = max(self.n_refs * 2, target_bytes // 260)
        self.table_no = 0
        self.sub_country()

    # ---- wording ---------------------------------------------------------------

    def sub_country(self) -> None:
        s = self.src
        names = [(re.compile(r"\b" + re.escape(s.demonym) + r"\b"), self.t.demonym),
                 (re.compile(r"\b" + re.escape(s.country) + r"\b"), self.t.country),
                 (re.compile(r"\b" + re.escape(s.capital) + r"\b"), self.t.capital)]
        self._subs = names

    def localize(self, text: str) -> str:
        for pattern, repl in self._subs:
            text = pattern.sub(repl, text)
        if self.shift:
            text = YEAR_RE.sub(lambda m: str(int(m.group(1)) + self.shift), text)
        return text

    def markov_sentence(self) -> str:
        rng, chain = self.rng, self.src.chain
        for _ in range(20):
            a, b = rng.choice(self.src.starts)
            words = [a, b]
            ended = False
            while len(words) < 60:
                nxt = chain.get((words[-2], words[-1]))
                if not nxt:
                    break
                w = rng.choice(nxt)
                words.append(w)
                if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|No\.|U\.S\.|D\.C\.|C\.", w):
                    ended = True
                    break
            if not ended or len(words) < 7:
                continue
            text = " ".join(words).rstrip(",;:–-")
            if not text.endswith("."):
                text = text.rstrip(".") + "."
            if text.count("“") != text.count("”") or text.count('"') % 2:
                continue
            return text
        return self.rng.choice(self.src.sentences)

    def sentence(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            s = self.rng.choice(self.src.sentences)
        elif r < 0.55 and self.src.cell_sentences:
            s = self.rng.choice(self.src.cell_sentences)
        else:
            s = self.markov_sentence()
        s = self.localize(s)
        if self.rng.random() < 0.08:
            s = s[:-1] + f" ({self.rng.randint(2009, 2016) + self.shift}–" \
                         f"{self.rng.randint(2019, 2024) + self.shift})."
        return s

    # ---- citations ------------------------------------------------------------

    def cite(self, force_new: bool = False) -> str:
        """A citation group such as "(3,5,11-13)"; introduces new references in order."""
        rng = self.rng
        self.groups_made += 1
        numbers: list[int] = []
        remaining = self.n_refs - self.next_new + 1
        if remaining > 0:
            budget = max(1, int(self.expected_groups * 0.7) - self.groups_made)
            p = min(1.0, 1.6 * remaining / budget)
            if force_new or rng.random() < p:
                take = min(remaining, rng.choice([1, 1, 1, 1, 2, 2, 3, 4]))
                numbers.extend(range(self.next_new, self.next_new + take))
                self.next_new += take
        known = self.next_new - 1
        if known > 0:
            extra = rng.choice([0, 1, 1, 2, 2, 3, 4, 5]) if numbers else rng.choice([1, 1, 2, 2, 3, 4, 6])
            for _ in range(extra):
                if rng.random() < 0.5:
                    n = rng.randint(max(1, known - 25), known)   # recent sources
                else:
                    n = rng.randint(1, known)
                numbers.append(n)
            if rng.random() < 0.1 and known >= 4:                # a range of older ones
                lo = rng.randint(1, known - 3)
                numbers.extend(range(lo, lo + rng.randint(3, min(6, known - lo + 1))))
        if not numbers:                   # nothing cited yet: introduce the first source
            numbers.append(self.next_new)
            self.next_new += 1
        numbers = sorted(set(numbers))
        return "(" + self.compress(numbers) + ")"

    def compress(self, numbers: list[int]) -> str:
        parts: list[str] = []
        i = 0
        while i < len(numbers):
            j = i
            while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
                j += 1
            if j - i >= 2:
                dash = "–" if self.rng.random() < 0.3 else "-"
                parts.append(f"{numbers[i]}{dash}{numbers[j]}")
            else:
                parts.extend(str(n) for n in numbers[i:j + 1])
            i = j + 1
        return ",".join(parts)

    def remaining_refs_group(self) -> str | None:
        if self.next_new > self.n_refs:
            return None
        numbers = list(range(self.next_new, min(self.n_refs, self.next_new + 5) + 1))
        self.next_new = numbers[-1] + 1
        return "(" + self.compress(numbers) + ")"

    # ---- blocks ---------------------------------------------------------------

    def paragraph(self, cited: float = 0.8) -> Block:
        rng = self.rng
        out: list[str] = []
        n = rng.randint(2, 8)
        for k in range(n):
            out.append(self.sentence())
            last = k == n - 1
            if rng.random() < (0.9 if last else cited):
                out.append(self.cite())
        return Block("para", " ".join(out))

    def table(self, title: str, header: str, rows: list[str], notes: list[str] | None = None) -> Block:
        self.table_no += 1
        return Block("table", title=f"Table {self.table_no}. {title}", header=header,
                     rows=rows, notes=notes or [])

    def n_rows(self, base: int) -> int:
        scale = self.target_bytes / 60_000
        return max(base, int(base * self.rng.uniform(1.0, max(1.0, scale ** 0.5))))

    def cells_from(self, header_prefix: str) -> list[list[str]]:
        for header, rows in self.src.rows.items():
            if header.startswith(header_prefix):
                return rows
        return []

    def described(self, sentences: int) -> str:
        """A description cell: sentences, most followed by a citation group."""
        out = []
        for k in range(sentences):
            out.append(self.sentence())
            if k == 0 or self.rng.random() < 0.6:
                out.append(self.cite())
        return " ".join(out)

    def table_statistics(self) -> list[Block]:
        rng, y = self.rng, self.year
        # The population stays "(Unavailable)": "(1,306,423)" would read as a citation group.
        rows = [f"Working (% and population)\t5 to 14\t{rng.uniform(5, 55):.1f} (Unavailable)",
                f"Attending School (%)\t5 to 14\t{rng.uniform(30, 95):.1f}",
                f"Combining Work and School (%)\t7 to 14\t{rng.uniform(2, 40):.1f}",
                f"Primary Completion Rate (%)\t\t{rng.uniform(30, 99):.1f}"]
        survey = rng.choice(SURVEYS)
        notes = [f"Source for primary completion rate: Data from {y - rng.randint(1, 5)}, published by "
                 f"UNESCO Institute for Statistics, {y + 1}. {self.cite()}",
                 f"Source for all other data: International Labor Organization's analysis of "
                 f"statistics from Multiple Indicator Cluster Survey ({survey}), "
                 f"{y - rng.randint(2, 7)}. {self.cite()}"]
        return [self.table("Statistics on Children's Work and Education",
                           "Children\tAge\tPercent", rows, notes)]

    def table_sectors(self) -> Block:
        src_rows = self.cells_from("Sector/Industry")
        activities = [strip_citations(r[1]) for r in src_rows if len(r) > 1 and strip_citations(r[1])]
        sectors = ["Agriculture", "Industry", "Services", "Categorical Worst Forms of Child Labor‡"]
        rows = []
        for sector in sectors:
            for k in range(self.n_rows(3)):
                act = self.localize(self.rng.choice(activities))
                rows.append(f"{sector if k == 0 else ''}\t{act} {self.cite()}")
        notes = ["† Determined by national law or regulation as hazardous and, as such, relevant to "
                 "Article 3(d) of ILO C. 182.",
                 "‡ Child labor understood as the worst forms of child labor *per se* under Article "
                 "3(a)–(c) of ILO C. 182."]
        return self.table("Overview of Children's Work by Sector and Activity",
                          "Sector/Industry\tActivity", rows, notes)

    def table_ratification(self) -> Block:
        conv = ["ILO C. 138, Minimum Age", "ILO C. 182, Worst Forms of Child Labor", "UN CRC",
                "UN CRC Optional Protocol on Armed Conflict",
                "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child "
                "Pornography", "Palermo Protocol on Trafficking in Persons"]
        rows = [f"{c}\t{'✓' if self.rng.random() < 0.85 else ''}" for c in conv]
        return self.table("Ratification of International Conventions on Child Labor",
                          "Convention\tRatification", rows)

    def table_laws(self) -> Block:
        src_rows = [r for r in self.cells_from("Standard") if len(r) >= 4]
        rows = []
        for _ in range(self.n_rows(len(src_rows) or 6)):
            r = self.rng.choice(src_rows)
            meets = self.rng.choice(["Yes", "Yes", "No"])
            age = r[2] if r[2] else ""
            rows.append(f"{r[0]}\t{meets}\t{age}\t{self.localize(strip_citations(r[3]))} {self.cite()}")
        return self.table("Laws and Regulations on Child Labor",
                          "Standard\tMeets International Standards\tAge\tLegislation", rows,
                          [f"‡ Age calculated based on available information {self.cite()}"])

    def table_described(self, title: str, header: str, prefix: str, base: int) -> Block:
        names = [self.localize(r[0]) for r in self.cells_from(prefix) if r and r[0].strip()]
        if not names:
            names = ["Ministry of Labor", "National Steering Committee"]
        rows = [f"{self.rng.choice(names)}\t{self.described(self.rng.randint(1, 4))}"
                for _ in range(self.n_rows(base))]
        return self.table(title, header, rows)

    def table_enforcement(self, kind: str) -> Block:
        prefix = f"Overview of {kind} Law Enforcement"
        labels = [r[0] for r in self.cells_from(prefix) if r and r[0].strip()]
        y = self.year
        values = ["Yes", "No", "Unknown", "N/A", "0", "12", "113", "571", "\\$115,000"]
        rows = []
        for label in labels:
            a, b = self.rng.choice(values), self.rng.choice(values)
            rows.append(f"{label}\t{a} {self.cite()}\t{b} {self.cite()}")
        return self.table(f"{kind} Law Enforcement Efforts Related to Child Labor",
                          f"{prefix}\t{y - 1}\t{y}", rows)

    def table_policies(self) -> Block:
        names = [re.sub(r"\s*\(\d{4}–\d{4}\)", "", self.localize(r[0]))
                 for r in self.cells_from("Policy") if r and r[0].strip()]
        rows = []
        for _ in range(self.n_rows(4)):
            name = self.rng.choice(names)
            if self.rng.random() < 0.6:
                start = self.rng.randint(2012, 2021) + self.shift
                name += f" ({start}–{start + self.rng.randint(3, 9)})"
            rows.append(f"{name}\t{self.described(self.rng.randint(1, 4))}")
        return self.table("Key Policies Related to Child Labor", "Policy\tDescription", rows,
                          [f"‡ The government had other policies that may have addressed child labor "
                           f"issues or had an impact on child labor. {self.cite()}"])

    def table_programs(self) -> Block:
        b = self.table_described("Key Social Programs to Address Child Labor", "Program\tDescription",
                                 "Program", 5)
        b.notes = ["† Program is funded by the Government of " + self.t.country + ".",
                   "‡ The government had other social programs that may have included the goal of "
                   f"eliminating or preventing child labor. {self.cite()}"]
        return b

    def table_actions(self) -> Block:
        src_rows = [r for r in self.cells_from("Area") if len(r) >= 3]
        rows = []
        area_prev = None
        picks = sorted(self.rng.choices(range(len(src_rows)), k=self.n_rows(len(src_rows))))
        current_area = src_rows[0][0]
        for i in picks:
            # the area label is only on the first row of each area in the source
            for j in range(i, -1, -1):
                if src_rows[j][0].strip():
                    current_area = src_rows[j][0]
                    break
            r = src_rows[i]
            start = self.rng.randint(2009, 2020) + self.shift
            years = f"{self.year}" if self.rng.random() < 0.2 else f"{start} – {self.year}"
            area = current_area if current_area != area_prev else ""
            area_prev = current_area
            rows.append(f"{area}\t{self.localize(r[1])}\t{years}")
        return self.table("Suggested Government Actions to Eliminate Child Labor",
                          "Area\tSuggested Action\tYear(s) Suggested", rows)

    def paras(self, budget: int, cited: float = 0.8) -> list[Block]:
        out, size = [], 0
        while size < budget:
            b = self.paragraph(cited)
            out.append(b)
            size += len(b.text)
        return out

    def body(self) -> list[Block]:
        rng, t, y = self.rng, self.t, self.year
        level = self.assessment.split(" – ")[0].split()[0].lower()
        # What the tables (~35 kB) and the reference list (~165 bytes an entry) leave over
        # goes to paragraphs.
        share = max(40_000, self.target_bytes - 165 * self.n_refs - 38_000)
        w = [0.16, 0.16, 0.22, 0.1, 0.12, 0.14, 0.1]
        intro = [f"In {y}, {t.country} made {level} advancement in efforts to eliminate the worst "
                 f"forms of child labor."] + [self.sentence() for _ in range(rng.randint(6, 10))]
        blocks = [Block("para", " ".join(intro))]

        def section(n: int, title: str) -> None:
            blocks.append(Block("heading", f"{n}. {title}"))

        section_titles = ["PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR",
                          "LEGAL FRAMEWORK FOR CHILD LABOR", "ENFORCEMENT OF LAWS ON CHILD LABOR",
                          "COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR",
                          "GOVERNMENT POLICIES ON CHILD LABOR", "SOCIAL PROGRAMS TO ADDRESS CHILD LABOR",
                          "SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR"]
        roman = ["I", "II", "III", "IV", "V", "VI", "VII"]

        def head(i: int) -> None:
            blocks.append(Block("heading", f"{roman[i]}. {section_titles[i]}"))

        head(0)
        blocks += self.paras(200)
        blocks += self.table_statistics()
        blocks.append(Block("para", "Based on a review of available information, Table "
                            f"{self.table_no + 1} provides an overview of children's work by sector and activity."))
        blocks.append(self.table_sectors())
        blocks += self.paras(share * w[0])

        head(1)
        blocks.append(Block("para", f"{t.country} has ratified all key international conventions "
                            f"concerning child labor (Table {self.table_no + 1})."))
        blocks.append(self.table_ratification())
        blocks += self.paras(300)
        blocks.append(self.table_laws())
        blocks += self.paras(share * w[1])

        head(2)
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_described("Agencies Responsible for Child Labor Law Enforcement",
                                           "Organization/Agency\tRole", "Organization/Agency", 4))
        blocks += self.paras(share * w[2] * 0.3)
        blocks.append(Block("heading", "Labor Law Enforcement"))
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_enforcement("Labor"))
        blocks += self.paras(share * w[2] * 0.35)
        blocks.append(Block("heading", "Criminal Law Enforcement"))
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_enforcement("Criminal"))
        blocks += self.paras(share * w[2] * 0.35)

        head(3)
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_described("Key Mechanisms to Coordinate Government Efforts on Child Labor",
                                           "Coordinating Body\tRole & Description", "Coordinating Body", 4))
        blocks += self.paras(share * w[3])

        head(4)
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_policies())
        blocks += self.paras(share * w[4])

        head(5)
        blocks += self.paras(300, cited=0.3)
        blocks.append(self.table_programs())
        blocks += self.paras(share * w[5])
        # every reference is cited at least once
        while (group := self.remaining_refs_group()) is not None:
            blocks.append(Block("para", f"{self.sentence()} {group}"))

        head(6)
        blocks.append(Block("para", "Based on the reporting above, suggested actions are identified "
                            f"that would advance the elimination of child labor in {t.country} "
                            f"(Table {self.table_no + 1})."))
        blocks.append(self.table_actions())
        return blocks

    # ---- references -------------------------------------------------------------

    def day_date(self, year: int, month: int | None = None) -> str:
        m = month or self.rng.randint(1, 12)
        return f"{MONTHS[m - 1]} {self.rng.randint(1, 28)}, {year}"

    def ref_year(self, back: int = 6) -> int:
        # mostly recent; the list is written in the year after the reporting year
        return min(self.year + 1, self.year - math.floor(self.rng.triangular(-1, back, 0.5)))

    def url(self, host: str, path: str, angle: float = 0.75) -> str:
        u = f"https://{host}/{path}"
        if self.rng.random() < 0.03:
            return f"[{u.replace('%20', ' ')}]({u})"
        return f"<{u}>" if self.rng.random() < angle else u

    def title(self) -> str:
        if self.rng.random() < 0.5 and self.src.ref_titles:
            return self.localize(self.rng.choice(self.src.ref_titles))
        # A Markov title names no year, month or number: the entry's own date follows it,
        # and a date in the title would compete with that one.
        for _ in range(50):
            words = self.markov_sentence().rstrip(".").split()[: self.rng.randint(5, 14)]
            while words and (words[-1].lower().strip(",;:") in TITLE_STOP or not words[-1][-1].isalpha()):
                words.pop()
            text = self.localize(" ".join(words))
            if (len(words) >= 4 and not re.search(r"\d", text) and not MONTH_WORD_RE.search(text)
                    and not SOURCE_KIND_RE.search(text)):
                return text
        return self.localize(self.rng.choice(self.src.ref_titles))

    def slugify(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]

    def references(self) -> list[str]:
        rng, t, y = self.rng, self.t, self.year
        entries: list[str] = []
        # editions of two annual series, in the list at random places
        tip_years = list(range(y - rng.randint(2, 4), y + 1))
        hr_years = list(range(y - rng.randint(1, 3), y))
        series: list[str] = []
        for sy in tip_years:
            series.append(f"U.S. Department of State. Trafficking in Persons Report- {sy}: {t.country}. "
                          f"Washington, D.C., {self.day_date(sy, 6)}. "
                          f"{self.url('www.state.gov', f'reports/{sy}-trafficking-in-persons-report/{t.slug}/')}")
        for sy in hr_years:
            series.append(f"U.S. Department of State. Country Reports on Human Rights Practices-{sy}: "
                          f"{t.country}. Washington, D.C., {self.day_date(sy + 1, 3)}. "
                          f"{self.url('www.state.gov', f'reports/{sy}-country-reports-on-human-rights-practices/{t.slug}/')}")

        kinds = ["reporting"] * 20 + ["email"] * 10 + ["law"] * 10 + ["draft"] * 2 + ["ilo"] * 5 + \
                ["news"] * 14 + ["un"] * 8 + ["report"] * 14 + ["accessed"] * 7 + ["onfile"] * 6 + \
                ["monthyear"] * 4
        while len(entries) + len(series) < self.n_refs:
            entries.append(self.reference(rng.choice(kinds)))
        for s in series:
            entries.insert(rng.randint(0, len(entries)), s)
        return entries

    def reference(self, kind: str) -> str:
        rng, t, y = self.rng, self.t, self.year
        if kind == "reporting":
            return f"U.S. Embassy- {t.capital}. Reporting. {self.day_date(self.ref_year())}."
        if kind == "email":
            who = rng.choice([f"U.S. Embassy- {t.capital} official", "UN Food and Agriculture "
                              "Organization Rome official", f"ILO {t.country} official"])
            return f"{who}. E-mail communication to USDOL official. {self.day_date(self.ref_year(4))}."
        if kind == "law":
            ly = rng.randint(1960, y)
            title = rng.choice(LAW_TITLES).format(a=ly % 100, b=rng.randint(1, 140), y=ly,
                                                  c=rng.randint(1000, 9999))
            when = self.day_date(ly) if rng.random() < 0.6 else str(ly)
            label = "Enacted: " if rng.random() < 0.75 else ""
            where = ("Source on file." if rng.random() < 0.4 else
                     self.url("www.ilo.org", f"dyn/natlex/docs/ELECTRONIC/{rng.randint(10000, 99999)}/"
                              f"{rng.randint(10000, 99999)}/F{rng.randint(10**8, 10**9)}/{t.iso}-{ly}.pdf"))
            return f"Government of {t.country}. {title}. {label}{when}. {where}"
        if kind == "draft":
            return (f"Government of {t.country}. {rng.choice(DRAFT_TITLES)}. "
                    f"{self.day_date(self.ref_year(3))}. Source on file.")
        if kind == "ilo":
            name, no = rng.choice(CONVENTIONS)
            kindword = rng.choice(["Individual Observation", "Individual Direct Request"])
            py = self.ref_year(6)
            return (f"ILO Committee of Experts. {kindword} concerning {name} (No. {no}) {t.country} "
                    f"(ratification: {rng.randint(1960, 2010)}). Published: {py}. "
                    f"https://www.ilo.org/dyn/normlex/en/f?p=1000:13100:0::NO:13100:P13100_COMMENT_ID:"
                    f"{rng.randint(3_000_000, 4_200_000)}")
        if kind == "news":
            ny = self.ref_year(6)
            title = self.title()
            paper = rng.choice(NEWSPAPERS)
            u = self.url(f"www.{self.slugify(paper) or 'news'}.com", f"{ny}/{self.slugify(title)}")
            if rng.random() < 0.5:
                return f"{rng.choice(SURNAMES)}, {rng.choice(GIVEN)}. {title}. {paper}, {self.day_date(ny)}. {u}"
            if rng.random() < 0.3:
                d = rng.randint(1, 28)
                m = rng.randint(1, 12)
                return (f"{paper}. Communiqué du conseil des ministres du mercredi {d} {MONTHS_FR[m - 1]} "
                        f"{ny}. {self.day_date(ny, m)}. {u}")
            return f"{paper}. {title}. {self.day_date(ny)}. {u}"
        if kind == "un":
            uy = self.ref_year(5)
            sess = uy - 1946
            sym = f"A/{sess}/{rng.randint(100, 999)}{rng.choice(['-', '–'])}S/{uy}/{rng.randint(100, 600)}"
            if rng.random() < 0.5:
                return (f"UN Security Council. Report of the Secretary-General: Children and Armed Conflict. "
                        f"{sym}. {self.day_date(uy)}. {self.url('undocs.org', f's/{uy}/{rng.randint(100, 600)}')}")
            return (f"UN Security Council. Report of the Secretary-General: Children and Armed Conflict. "
                    f"{self.day_date(uy)}: {sym}. Source on file.")
        if kind == "report":
            org = rng.choice(["Human Rights Watch", "American Bar Association", "UNICEF", "IOM",
                              "World Bank", "ILO", "UNODC", "Amnesty International", "Walk Free"])
            ry = self.ref_year(6)
            title = self.title()
            u = self.url(f"www.{self.slugify(org)}.org", f"news/{ry}/{self.slugify(title)}")
            r = rng.random()
            if r < 0.5:
                return f"{org}. {title}. {self.day_date(ry)}. {u}"
            if r < 0.7:
                return f"{org}. {title}. {self.day_date(ry)}: Technical Progress Report. Source on file."
            if r < 0.85:
                return f"{org}. {title}. New York, {ry}. {u}"
            return (f"{org}. {title}. {ry}. Please see “Labor Law Enforcement: Sources and Definitions” "
                    f"in the Reference Materials section of this report. {u}")
        if kind == "accessed":
            ay = self.ref_year(4)
            label = rng.choice(["Accessed ", "Accessed: ", "Accessed on "])
            if rng.random() < 0.4:
                return (f"UNESCO Institute for Statistics. Gross intake ratio to the last grade of primary "
                        f"education, both sexes (%). {label}{self.day_date(ay)}. For more information, "
                        f"please see “Children’s Work and Education Statistics: Sources and Definitions” in "
                        f"the Reference Materials section of this report. <http://data.uis.unesco.org/>")
            title = self.title()
            return (f"ILO. {title}. {label}{self.day_date(ay)}. "
                    f"{self.url('www.ilo.org', f'ipec/projects/global/WCMS_{rng.randint(100000, 999999)}/lang--en/index.htm')}")
        if kind == "onfile":
            oy = self.ref_year(10)
            return f"Government of {t.country}. {self.title()}. {oy}. Source on file."
        # month and year only
        my = self.ref_year(6)
        return (f"{rng.choice(['American Bar Association', 'UNICEF', 'Save the Children', 'ILO-IPEC'])}. "
                f"{self.title()}. {MONTHS[rng.randint(0, 11)]} {my}. "
                f"{self.url('www.example-ngo.org', f'{my}/{rng.randint(1000, 9999)}.html')}")

    # ---- writing with page breaks -------------------------------------------------

    def render(self) -> str:
        rng = self.rng
        header = self.assessment
        out: list[str] = ["", "", header, ""]
        page_left = rng.randint(4000, 7000)

        def page_break() -> None:
            nonlocal page_left
            # now and then a footer (the country's name) stands above the header, as on
            # the source's pages; a paragraph cut short may run into one too
            if rng.random() < 0.1:
                out.extend(["", self.t.country])
            out.extend(["", header, ""])
            if rng.random() < 0.15:
                out.extend([" ", " ", " "])
            page_left = rng.randint(4000, 7000)

        def emit(lines: list[str]) -> None:
            nonlocal page_left
            if out and out[-1] not in ("", " "):
                out.append("")
            out.extend(lines)
            page_left -= sum(len(l) + 1 for l in lines)

        for b in self.body():
            if b.kind == "para":
                text = b.text
                while page_left < len(text):
                    cut = self.cut_point(text, max(0, page_left))
                    if cut is None:
                        break
                    emit([text[:cut]])
                    page_break()
                    text = text[cut + 1:]
                emit([text])
                if page_left < 0:
                    page_break()
            elif b.kind == "heading":
                if page_left < 400:
                    page_break()
                emit([b.text])
            elif b.kind == "table":
                if page_left < 600:
                    page_break()
                emit([b.title])
                emit([b.header])
                rows = b.rows
                i = 0
                while i < len(rows):
                    out.append(rows[i])
                    page_left -= len(rows[i]) + 1
                    i += 1
                    if page_left < 0 and i < len(rows) and i >= 2:
                        page_break()
                        emit([b.title + " (Cont.)"])
                        emit([b.header])
                for note in b.notes:
                    emit([note])
                if page_left < 0:
                    page_break()
        # the list
        if page_left < 300:
            page_break()
        emit(["REFERENCES"])
        out.append("")
        for i, entry in enumerate(self.references(), start=1):
            line = f"- {entry}" if i <= 28 else f"- {i} {entry}"
            out.append(line)
            page_left -= len(line) + 1
            if page_left < 0 and i < self.n_refs:
                page_break()
        return "\n".join(out)

    @staticmethod
    def cut_point(text: str, near: int) -> int | None:
        """A space inside a sentence, near `near`, where a page may end: not in parentheses,
        not after a sentence's end or a citation group, and followed by a lower-case word."""
        depth_at = []
        depth = 0
        for ch in text:
            depth_at.append(depth)
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
        best = None
        lo = max(80, near - 600)
        for i in range(lo, min(len(text) - 80, near + 600)):
            if text[i] != " " or depth_at[i]:
                continue
            prev, nxt = text[i - 1], text[i + 1]
            if prev in ".:;)" or not nxt.islower():
                continue
            if best is None or abs(i - near) < abs(best - near):
                best = i
        return best


# --------------------------------------------------------------------------------------


def generate(out_dir: Path, megabytes: float, seed: int, min_kb: int, max_kb: int,
             source: Path = DEFAULT_SOURCE, quiet: bool = False) -> list[Path]:
    src = read_source(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    total_target = int(megabytes * MB)
    rng = random.Random(f"corpus-{seed}")
    paths: list[Path] = []
    total = 0
    i = 0
    while total < total_target:
        i += 1
        target = rng.randint(min_kb * 1000, max_kb * 1000)
        left = total_target - total
        if left < target + min_kb * 1000:       # the last one takes what is left
            target = max(min_kb * 1000, min(left, max_kb * 1000))
        report = Report(src, random.Random(f"report-{seed}-{i}"), target, i)
        text = report.render()
        name = f"report-{i:03d}-{report.t.slug}-{report.year}.txt"
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        size = len(text.encode("utf-8"))
        total += size
        paths.append(path)
        if not quiet:
            print(f"{name}\t{size / MB:.2f} MB\t{report.n_refs} references", file=sys.stderr)
    manifest = {"seed": seed, "megabytes": megabytes, "min_kb": min_kb, "max_kb": max_kb,
                "generator": fingerprint(source), "files": [p.name for p in paths], "bytes": total}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return paths


def expand(group: str) -> list[int]:
    numbers: list[int] = []
    for part in group.split(","):
        lo, _, hi = part.strip().replace("–", "-").partition("-")
        numbers.extend(range(int(lo), int(hi or lo) + 1))
    return numbers


def verify_report(text: str) -> list[str]:
    """Problems with one generated report's structure; [] when it is consistent."""
    problems: list[str] = []
    lines = text.split("\n")
    try:
        ref_at = lines.index("REFERENCES")
    except ValueError:
        return ["no REFERENCES line"]
    header = lines[2]
    numbers: list[int] = []
    for i, line in enumerate(lines[ref_at + 1:], start=ref_at + 2):
        if not line.strip() or line == header or line.strip() in (c[0] for c in COUNTRIES):
            continue
        m = re.match(r"^- (?:(\d+) )?\S", line)
        if not m:
            problems.append(f"line {i}: not a reference entry: {line[:60]!r}")
            continue
        expected = len(numbers) + 1
        if (m.group(1) is None) != (expected <= 28) or (m.group(1) and int(m.group(1)) != expected):
            problems.append(f"line {i}: reference {expected} numbered {m.group(1)!r}")
        numbers.append(expected)
    n_refs = len(numbers)
    cited: set[int] = set()
    first_seen: list[int] = []
    for i, line in enumerate(lines[:ref_at], start=1):
        for m in CITATION_RE.finditer(line):
            group = expand(m.group(1))
            if group != sorted(set(group)):
                problems.append(f"line {i}: citation group ({m.group(1)}) is not ascending")
            for n in group:
                if not 1 <= n <= n_refs:
                    problems.append(f"line {i}: cites {n}, the list has {n_refs}")
                if n not in cited:
                    cited.add(n)
                    first_seen.append(n)
        if line.count("(") != line.count(")"):
            problems.append(f"line {i}: unbalanced parentheses")
    if first_seen != sorted(first_seen):
        problems.append("references are not first cited in list order")
    missing = [n for n in range(1, n_refs + 1) if n not in cited]
    if missing:
        problems.append(f"never cited: {missing[:10]}")
    if not 80 <= n_refs <= 300:
        problems.append(f"{n_refs} references, expected 80-300")
    return problems


def fingerprint(source: Path = DEFAULT_SOURCE) -> str:
    """Changes whenever the generator or its source report changes."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(source.read_bytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", "-o", required=True, type=Path, help="directory to write into")
    p.add_argument("--megabytes", type=float, default=30, help="total size, 10^6 bytes (default 30)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--min-kb", type=int, default=250, help="smallest report, kB (default 250)")
    p.add_argument("--max-kb", type=int, default=1000, help="largest report, kB (default 1000)")
    p.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="real report to sample wording from")
    p.add_argument("--quiet", "-q", action="store_true")
    p.add_argument("--verify", action="store_true",
                   help="check every written report's citations against its reference list")
    a = p.parse_args(argv)
    if a.min_kb <= 0 or a.max_kb < a.min_kb:
        p.error("need 0 < --min-kb <= --max-kb")
    paths = generate(a.out, a.megabytes, a.seed, a.min_kb, a.max_kb, a.source, a.quiet)
    total = sum(os.path.getsize(x) for x in paths)
    if a.verify:
        bad = 0
        for path in paths:
            for problem in verify_report(path.read_text(encoding="utf-8")):
                print(f"{path.name}: {problem}", file=sys.stderr)
                bad += 1
        if bad:
            return 1
    print(f"wrote {len(paths)} reports, {total / MB:.2f} MB, to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
