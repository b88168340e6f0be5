#!/usr/bin/env bash
# Parquet export against the jsonl export of the same store, in one run: for each size, generates the articles
# (make_corpus.py), ingests them, then times `export --format jsonl` and `export --format parquet` (rows/s, peak RSS,
# file size) and prints the ratio of the two times (the machine is shared: only the same-run ratio means much).
# When node can load @duckdb/node-api (NODE_PATH), parquet-check.mjs then compares every value with the jsonl export.
#
#   tests/bench/parquet-bench.sh 5000 20000      # corpora and stores cached in $BENCH_DIR (default /tmp/newsingest-bench)
#
# The program measured is the Release build of this checkout; NEWSINGEST=/path/to/newsingest measures another
# (the Native AOT build, say).
set -euo pipefail
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 20000)
repo="$(cd "$(dirname "$0")/../.." && pwd)"
generator="$repo/../shared/bench/make_corpus.py"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -f "$generator" ] || { echo "needs $generator (the shared/ folder beside the checkout)"; exit 2; }
mkdir -p "$root"
if [ -n "${NEWSINGEST:-}" ]; then
    cli="$NEWSINGEST"
else
    echo "building the CLI (Release) ..."
    dotnet publish "$repo/src/NewsIngest.Cli" -c Release -o "$root/bin" --nologo -v quiet >/dev/null
    cli="$root/bin/newsingest"
fi

run_timed() { # label, command...  → sets secs and rss_mb
    /usr/bin/time -v "${@:2}" >"$root/$1.out" 2>"$root/$1.log" || { cat "$root/$1.log"; exit 1; }
    secs="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$root/$1.log")"
    rss_mb="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$root/$1.log")"
}

rows=()
for n in "${sizes[@]}"; do
    corpus="$root/corpus-$n"
    db="$root/export-$n.db"
    if [ ! -f "$corpus/manifest.json" ]; then
        echo "generating $n articles into $corpus ..."
        python3 "$generator" --count "$n" --out "$corpus" --force >/dev/null
    fi
    if [ ! -f "$db" ]; then
        echo "ingesting $corpus into $db ..."
        "$cli" ingest "$corpus/docs" --db "$db" --quiet
    fi
    run_timed jsonl "$cli" export --format jsonl --output "$root/export-$n.jsonl" --db "$db"
    jsonl_secs="$secs"; jsonl_rss="$rss_mb"
    run_timed parquet "$cli" export --format parquet --output "$root/export-$n.parquet" --db "$db"
    parquet_secs="$secs"; parquet_rss="$rss_mb"
    rows+=("$(awk -v n="$n" -v j="$jsonl_secs" -v p="$parquet_secs" -v jr="$jsonl_rss" -v pr="$parquet_rss" \
        -v js="$(stat -c %s "$root/export-$n.jsonl")" -v ps="$(stat -c %s "$root/export-$n.parquet")" \
        'BEGIN { printf "%8d %8.2f %9.0f %8s %8.1f | %8.2f %9.0f %8s %8.1f | %6.2f", n, j, n / j, jr, js / 1048576, p, n / p, pr, ps / 1048576, p / j }')")
    if node -e "require('@duckdb/node-api')" 2>/dev/null; then
        node "$repo/tests/bench/parquet-check.mjs" "$root/export-$n.parquet" "$root/export-$n.jsonl"
    fi
done

echo
printf '%8s %8s %9s %8s %8s | %8s %9s %8s %8s | %6s\n' "articles" "jsonl s" "rows/s" "peak MB" "MB" "parquet s" "rows/s" "peak MB" "MB" "p / j"
printf '%s\n' "${rows[@]}"
