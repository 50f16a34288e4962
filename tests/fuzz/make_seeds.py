#!/usr/bin/python3
"""Writes the seed corpus of every fuzz target, cut from the real documents in tests/data.

usage: make_seeds.py DATA_DIR OUT_DIR MAX_LEN

libFuzzer reads only the first MAX_LEN bytes of an input, so whole documents make poor
seeds. For the line-based formats each seed is a run of lines of the document joined to
the start of its reference list (claims and the references they cite, within MAX_LEN);
for the XML formats each seed is the document cut down, still well formed, to a few
children per element (so the root, metadata, sections and reference list all survive),
plus a few raw cuts that are not well formed. The citation-group and date targets get the
bracket groups and the reference entries of the documents, a few per seed.
"""
import copy
import os
import re
import sys
import xml.etree.ElementTree as ET

DOCUMENTS = {
    "fuzz_text": ["usdol-mali-2021.txt"],
    "fuzz_markdown": ["md-arxiv-2203.01017-tableformer.md"],
    "fuzz_html": ["wikipedia-duck.html"],
    "fuzz_jats": ["jats-plosone-2020-dairy-lca.nxml", "jats-bmc-microbiology-2011.nxml"],
    "fuzz_tei": ["tei-grobid-jner-2016-fes.tei.xml"],
}
NAMESPACES = {
    "": None, "xlink": "http://www.w3.org/1999/xlink", "mml": "http://www.w3.org/1998/Math/MathML",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
REFERENCE_HEADING = re.compile(rb"^(#+ *)?(REFERENCES|References|Bibliography|Notes)\s*$", re.M)


def write(out_dir, target, name, data):
    os.makedirs(os.path.join(out_dir, target), exist_ok=True)
    with open(os.path.join(out_dir, target, name), "wb") as f:
        f.write(data)


def runs_of_lines(data, max_len):
    """Runs of lines, each followed by the start of the reference list, within max_len."""
    heading = REFERENCE_HEADING.search(data)
    references = data[heading.start():] if heading else b""
    tail = references[: max_len // 2]
    tail = tail[: tail.rfind(b"\n") + 1] if b"\n" in tail else tail
    body = data[: heading.start()] if heading else data
    lines = body.splitlines(keepends=True)
    seeds, run = [], b""
    for line in lines:
        if run and len(run) + len(line) + len(tail) > max_len:
            seeds.append(run + tail)
            run = b""
        run += line[: max_len - len(tail)]
    if run:
        seeds.append(run + tail)
    seeds.append(data[:max_len])
    return seeds


def pruned(element, first, keep):
    """A copy keeping `keep` children from index `first` (and the last child) of every element."""
    out = copy.copy(element)
    out[:] = []
    out.attrib = {k: v for k, v in element.attrib.items() if k != "coords"}  # GROBID's page boxes
    children = list(element)
    chosen = children[first:first + keep]
    if children and children[-1] not in chosen:
        chosen.append(children[-1])
    for child in chosen:
        out.append(pruned(child, 0 if first >= len(children) else first, keep))
    if out.text and len(out.text) > 300:
        out.text = out.text[:300]
    return out


def xml_cuts(data, max_len):
    for prefix, uri in NAMESPACES.items():
        if uri:
            ET.register_namespace(prefix, uri)
    default = re.search(rb'<[A-Za-z]+[^>]*?\sxmlns="([^"]+)"', data)
    if default:
        ET.register_namespace("", default.group(1).decode())
    root = ET.fromstring(data)
    seeds = []
    for first in range(0, 12):
        for keep in range(6, 0, -1):
            text = ET.tostring(pruned(root, first, keep), encoding="utf-8")
            if len(text) <= max_len:
                seeds.append(text)
                break
    raw = [data[at:at + max_len] for at in range(0, len(data), len(data) // 4 or 1)][:4]
    return seeds + raw


def bracket_groups(data):
    return sorted(set(re.findall(rb"[(\[][0-9 ,;\-\xe2\x80\x93]{1,40}[)\]]", data)))


def reference_lines(data):
    heading = REFERENCE_HEADING.search(data)
    if not heading:
        return []
    return [line for line in data[heading.end():].splitlines() if len(line.strip()) > 20]


def main():
    data_dir, out_dir, max_len = sys.argv[1], sys.argv[2], int(sys.argv[3])
    documents = {}
    for target, names in DOCUMENTS.items():
        for name in names:
            with open(os.path.join(data_dir, name), "rb") as f:
                documents[name] = f.read()
            data = documents[name]
            xml = target in ("fuzz_jats", "fuzz_tei")
            seeds = xml_cuts(data, max_len) if xml else runs_of_lines(data, max_len)
            for i, seed in enumerate(dict.fromkeys(seeds)):
                write(out_dir, target, f"{name}-{i:03d}", seed)
                if target == "fuzz_text":
                    write(out_dir, "fuzz_exports", f"{name}-{i:03d}", seed)
    # The small targets: a few groups (with a list-size byte first) or entries per seed.
    groups = [g for d in documents.values() for g in bracket_groups(d)]
    for i in range(0, len(groups), 4):
        write(out_dir, "fuzz_number_groups", f"groups-{i:04d}", bytes([80]) + b" see ".join(groups[i:i + 4]))
    entries = [e for name, d in documents.items() if not name.endswith(("xml", "html")) for e in reference_lines(d)]
    for i in range(0, len(entries), 2):
        write(out_dir, "fuzz_dates", f"entries-{i:04d}", b"\n".join(entries[i:i + 2])[:512])


if __name__ == "__main__":
    main()
