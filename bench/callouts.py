#!/usr/bin/env python3
"""How well citegraph finds the callouts of real papers in text converted from PDF.

GROBID's training data holds the body text of real papers as their PDFs give it, line by
line, with every bibliographic callout marked by hand (`<ref type="biblio">12</ref>`):
grobid-trainer/resources/dataset/fulltext/corpus/tei/*.training.fulltext.tei.xml in
https://github.com/kermitt2/grobid (Apache 2.0). For each paper with numbered callouts this
script writes the text as pdftotext prints it (paragraphs apart, lines kept, a superscript
glued to the text before it: "worldwide.1 Increased"), adds a reference list numbered 1 to
the highest number cited (the training files hold the body only), reads it with
`citegraph export --from text` (or, with --markdown, as Markdown), and compares, paragraph by paragraph, the numbers the
claims cite with the numbers the marked callouts name (as multisets).

Prints each paper's style as citegraph read it, precision and recall of the cited numbers,
and the paragraphs whose numbers are exactly right; then the totals, overall and by the
style the paper's marked callouts have. Papers whose callouts are author-year are counted
and skipped.

    python3 bench/callouts.py --corpus GROBID/grobid-trainer/resources/dataset/fulltext/corpus/tei \
        --citegraph build/cli/citegraph
"""
import argparse
import collections
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212-"  # the hyphen last, as a character class needs it
BARE_NUMBERS = re.compile(r"\s*\d[\d,\s" + DASHES + r"]*\)?\s*")  # "12", "3-5", "1, 2)"


def numbers_of(label):
    """The numbers a marked callout names ("[3-5]" -> 3, 4, 5); None if it names words."""
    if re.search(r"[A-Za-z]{2,}", label):
        return None
    numbers = []
    for part in re.split(r"[,;]", label.strip().strip("[]()")):
        part = part.strip().strip("[]() ")
        if not part:
            continue
        span = re.fullmatch(r"(\d{1,3})\s*[" + DASHES + r"]\s*(\d{1,3})", part)
        if span:
            first, last = int(span.group(1)), int(span.group(2))
            if first > last or last - first >= 50:
                return None
            numbers += range(first, last + 1)
        elif re.fullmatch(r"\d{1,3}", part):
            numbers.append(int(part))
        else:
            return None
    return numbers or None


def style_of(label):
    label = label.strip()
    return "bracket" if label.startswith("[") else "parenthesis" if label.startswith("(") else "superscript"


class paragraph_text:
    """The text of one <p>, <head> or <item>, lines kept, with its marked callouts."""

    def __init__(self, element):
        self.parts = []
        self.callouts = []  # (numbers, label)
        self.spans = []     # where each callout is in "".join(parts)
        self.read(element)
        text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(self.parts)).strip()
        self.text = re.sub(r"\n+", "\n", text)

    def callout_groups(self):
        """The cite sets a reader should give, in order: callouts with nothing but spaces and
        separators between them ("[3], [4]") are one."""
        raw = "".join(self.parts)
        groups, last_end = [], None
        for (numbers, _), (start, end) in zip(self.callouts, self.spans):
            if groups and re.fullmatch(r"[\s,;" + DASHES + r"]*", raw[last_end:start]):
                groups[-1] |= set(numbers)
            else:
                groups.append(set(numbers))
            last_end = end
        return [tuple(sorted(g)) for g in groups]

    def read(self, element):
        if element.text:
            self.parts.append(element.text)
        for child in element:
            if child.tag == "lb":
                self.parts.append("\n")
            elif child.tag == "note":
                pass  # a footnote's text is not the paragraph's
            elif child.tag == "ref" and child.get("type") == "biblio":
                self.read_callout(child)
            else:
                self.read(child)
            if child.tail:
                self.parts.append(child.tail)

    def read_callout(self, ref):
        label = "".join(ref.itertext())
        if BARE_NUMBERS.fullmatch(label):
            # A superscript, as pdftotext prints it: glued to the text before it, and to
            # the punctuation after it.
            while self.parts and self.parts[-1] != self.parts[-1].rstrip(" "):
                self.parts[-1] = self.parts[-1].rstrip(" ")
            if ref.tail and re.match(r"\s+[.,;:]", ref.tail):
                ref.tail = ref.tail.lstrip(" ")
            ref.text = (ref.text or "").strip()
        start = len("".join(self.parts))
        self.read(ref)
        self.callouts.append((numbers_of(label), label))
        self.spans.append((start, len("".join(self.parts))))


def paper_paragraphs(path):
    text = ET.parse(path).getroot().find("text")
    return [paragraph_text(e) for e in text.iter() if e.tag in ("p", "head", "item")]


def write_paper(paragraphs, highest, path, markdown):
    """Writes the paper with a list 1..highest; returns each paragraph's first and last line."""
    lines, spans = [], []
    for p in paragraphs:
        first = len(lines) + 1
        lines += p.text.split("\n")
        spans.append((first, len(lines)))
        lines.append("")
    lines += ["## References" if markdown else "References", ""]
    for n in range(1, highest + 1):
        lines.append(f"{n}. Author{chr(65 + n % 26)} X, Writer Y. A study of item number {n}. "
                     f"Journal of Studies. {1990 + n % 30};{n}:1-9.")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return spans


def evaluate(citegraph, path, folder, markdown):
    """None for a paper with no marked callout; ("author-year", None) for one with words."""
    paragraphs = paper_paragraphs(path)
    marked = [c for p in paragraphs for c in p.callouts]
    if not marked:
        return None
    if any(numbers is None for numbers, _ in marked):
        return "author-year", None
    highest = max(max(numbers) for numbers, _ in marked)
    style = collections.Counter(style_of(label) for _, label in marked).most_common(1)[0][0]
    text_path = os.path.join(folder, os.path.basename(path).split(".training")[0] + (".md" if markdown else ".txt"))
    spans = write_paper(paragraphs, highest, text_path, markdown)
    run = subprocess.run([citegraph, "export", "-q", "--no-config", "--from", "markdown" if markdown else "text",
                          text_path], capture_output=True, text=True, check=True)
    document = json.loads(run.stdout)["documents"][0]
    cited = collections.defaultdict(collections.Counter)
    citing = collections.defaultdict(list)  # each paragraph's citing claims' cite sets, in order
    for claim in document["claims"]:
        for i, (first, last) in enumerate(spans):
            if first <= claim["line"] <= last:
                cited[i].update(claim["cites"])
                if claim["cites"]:
                    citing[i].append(tuple(sorted(set(claim["cites"]))))
                break
    score = collections.Counter()
    misses = []
    for i, p in enumerate(paragraphs):
        truth = collections.Counter(n for numbers, _ in p.callouts for n in numbers)
        found = cited[i]
        both = sum((truth & found).values())
        score["tp"] += both
        score["fp"] += sum(found.values()) - both
        score["fn"] += sum(truth.values()) - both
        # Citing claims whose cite set is exactly a callout group's, matched in order.
        groups = p.callout_groups()
        matcher = difflib.SequenceMatcher(None, groups, citing[i], autojunk=False)
        score["claims exact"] += sum(block.size for block in matcher.get_matching_blocks())
        score["citing claims"] += len(citing[i])
        score["callout groups"] += len(groups)
        if truth or found:
            score["paragraphs"] += 1
            score["exact"] += truth == found
            if truth != found:
                misses.append((text_path, spans[i][0], dict(truth - found), dict(found - truth)))
    return style, (score, document["callout_style"], len(document["references"]), highest, misses)


def ratios(score):
    precision = score["tp"] / max(1, score["tp"] + score["fp"])
    recall = score["tp"] / max(1, score["tp"] + score["fn"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True, help="folder of *.training.fulltext.tei.xml")
    parser.add_argument("--citegraph", default="build/cli/citegraph")
    parser.add_argument("--keep", help="write the papers' text here (default: a temporary folder)")
    parser.add_argument("--misses", type=int, default=0, help="show up to N differing paragraphs per paper")
    parser.add_argument("--markdown", action="store_true",
                        help="write the papers as Markdown (the list under '## References') and read them so")
    args = parser.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="citegraph-callouts-")
    os.makedirs(folder, exist_ok=True)
    totals = collections.defaultdict(collections.Counter)
    papers = collections.Counter()
    for name in sorted(os.listdir(args.corpus)):
        path = os.path.join(args.corpus, name)
        if not name.endswith(".tei.xml"):
            continue
        try:
            result = evaluate(args.citegraph, path, folder, args.markdown)
        except ET.ParseError as error:
            print(f"{name}: not read ({error})", file=sys.stderr)
            continue
        if result is None:
            continue
        style, details = result
        papers[style] += 1
        if details is None:
            continue
        score, read_as, references, highest, misses = details
        totals["all"].update(score)
        totals[style].update(score)
        precision, recall, _ = ratios(score)
        print(f"{name.split('.training')[0][:44]:44} {style:11} read as {read_as:11} "
              f"list {references:3}/{highest:3}  P {precision:.2f}  R {recall:.2f}  "
              f"exact {score['exact']}/{score['paragraphs']}")
        for text_path, line, missed, extra in misses[:args.misses]:
            print(f"    {os.path.basename(text_path)}:{line}: missed {missed} extra {extra}")
    print()
    print(f"papers: {sum(papers.values())} ({', '.join(f'{k} {v}' for k, v in sorted(papers.items()))})")
    for style in ["all", "bracket", "parenthesis", "superscript"]:
        if style not in totals:
            continue
        precision, recall, f1 = ratios(totals[style])
        score = totals[style]
        print(f"{style:11}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
              f"paragraphs exact {score['exact']}/{score['paragraphs']}  "
              f"citing claims exact {score['claims exact']}/{score['citing claims']} "
              f"(of {score['callout groups']} callouts)")


if __name__ == "__main__":
    main()
