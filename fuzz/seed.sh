#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ (git-ignored) with small files from tests/fixtures and the
# shipped fact base, then runs the target:
#
#     fuzz/seed.sh extract 600        # ten minutes of the extract target (one process)
#
# With KEEP_GOING=1 the run goes on past crashes and timeouts (libFuzzer's fork mode, one
# worker), saving each in fuzz/artifacts/<target>/, so one run reports every kind of crash.
#
# The first byte of a `check` input chooses how the rest is read (0 text, 1 Markdown,
# 2 HTML), so its seeds get that byte in front.
set -euo pipefail
target=${1:?usage: fuzz/seed.sh TARGET [SECONDS]}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus="$here/corpus/$target"
mkdir -p "$corpus"
case "$target" in
extract)
    cp "$root"/tests/fixtures/extract/*.txt "$root"/tests/fixtures/check/*.txt "$corpus"/ ;;
check)
    for f in "$root"/tests/fixtures/check/*.txt; do
        { printf '\0'; cat "$f"; } >"$corpus/text-$(basename "$f")"
    done
    { printf '\1'; cat "$root/tests/fixtures/inputs/article.md"; } >"$corpus/article.md"
    { printf '\2'; cat "$root/tests/fixtures/inputs/article.html"; } >"$corpus/article.html" ;;
markdown)
    cp "$root"/tests/fixtures/inputs/article.* "$root"/tests/conformance/*.md "$corpus"/ ;;
facts)
    cp "$root"/facts/*.toml "$corpus"/ ;;
*)
    echo "unknown target $target (extract, check, markdown, facts)" >&2
    exit 2 ;;
esac
keep_going=()
if [ "${KEEP_GOING:-0}" = 1 ]; then
    keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
cd "$root"
exec cargo fuzz run -s none -a "$target" "$corpus" -- \
    -dict="$here/dict/$target.dict" -max_total_time="$seconds" \
    -timeout=10 -max_len=4096 -rss_limit_mb=2048 -print_final_stats=1 "${keep_going[@]}"
