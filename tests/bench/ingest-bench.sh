#!/usr/bin/env bash
# End-to-end ingest benchmark: for each size, generates the articles with ../shared/bench/make_corpus.py, times
# `newsingest ingest` (parse, clean, dedup, store, index) and, in the same run on the same files, the SQLite floor:
# the sqlite3 shell loading the text into a plain table and building an FTS5 index over it. Prints docs/s, MB/s,
# peak RSS and the ratio of ingest time to the floor; then times a second, unchanged ingest and scores duplicates
# against the generator's ground truth. Closes with one table of every size.
#
#   tests/bench/ingest-bench.sh                  # 10,000, 20,000 and 100,000 articles
#   tests/bench/ingest-bench.sh --million        # the same, then 1,000,000 (about 5 GB of files)
#   tests/bench/ingest-bench.sh 20000            # the sizes given
#
# Corpora are cached in $BENCH_DIR (default /tmp/newsingest-bench). The program measured is the Native AOT build
# users install (.ci/publish-native.sh); NEWSINGEST=/path/to/newsingest measures another build.
set -euo pipefail
sizes=()
for arg in "$@"; do
    case "$arg" in
        --million) sizes+=(10000 20000 100000 1000000) ;;
        *) sizes+=("$arg") ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 20000 100000)
repo="$(cd "$(dirname "$0")/../.." && pwd)"
generator="$repo/../shared/bench/make_corpus.py"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install sqlite3 time)"; exit 2; }
done
[ -f "$generator" ] || { echo "needs $generator (the shared/ folder beside the checkout)"; exit 2; }
mkdir -p "$root"

if [ -n "${NEWSINGEST:-}" ]; then
    cli="$NEWSINGEST"
else
    echo "building the Native AOT CLI into $root/native ..."
    "$repo/.ci/publish-native.sh" "$root/native" >/dev/null
    cli="$root/native/newsingest"
fi
summary_rows=()

run_timed() { # label, command...  → sets secs and rss_mb
    local log="$root/time.log"
    /usr/bin/time -v "${@:2}" >"$root/$1.out" 2>"$log" || { cat "$root/$1.out" "$log"; exit 1; }
    secs="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")"
    rss_mb="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
}

bench_one() { # n
n="$1"
corpus="$root/corpus-$n"
if [ ! -f "$corpus/manifest.json" ]; then
    echo "generating $n articles into $corpus ..."
    python3 "$generator" --count "$n" --out "$corpus" --force >/dev/null
fi
bytes="$(du -sb "$corpus/docs" | cut -f1)"
mb="$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"

db="$root/ingest-$n.db"
rm -f "$db" "$db-wal" "$db-shm"
cd "$corpus"
run_timed ingest "$cli" ingest docs --db "$db" --verbose
ingest_secs="$secs"; ingest_rss="$rss_mb"
stages="$(grep -o 'stages: .*' "$root/time.log" | tail -1 || true)"
run_timed again "$cli" ingest docs --db "$db" --quiet
again_secs="$secs"

floor_db="$root/floor-$n.db"
rm -f "$floor_db"
find docs -type f | sort > "$root/paths.txt"
cat > "$root/floor.sql" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -65536;
CREATE TABLE paths (path TEXT);
.import $root/paths.txt paths
CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT);
SQL
sqlite3 "$floor_db" < "$root/floor.sql" >/dev/null
run_timed load sqlite3 "$floor_db" "PRAGMA cache_size = -65536; BEGIN; INSERT INTO articles (body) SELECT readfile(path) FROM paths; COMMIT;"
load_secs="$secs"
run_timed fts sqlite3 "$floor_db" "PRAGMA cache_size = -65536; CREATE VIRTUAL TABLE fts USING fts5(body, content='articles', content_rowid='id'); INSERT INTO fts (fts) VALUES ('rebuild');"
fts_secs="$secs"
floor_secs="$(awk -v a="$load_secs" -v b="$fts_secs" 'BEGIN { print a + b }')"

summary="$(cat "$root/ingest.out")"
echo
echo "corpus: $n files, $mb MB ($corpus)"
echo "ingest: $summary"
echo "$stages"
printf '%-34s %10s %12s %10s %10s\n' "step" "seconds" "articles/s" "MB/s" "peak MB"
row() { printf '%-34s %10.2f %12.0f %10.1f %10s\n' "$1" "$2" "$(awk -v n="$n" -v s="$2" 'BEGIN { print n / s }')" "$(awk -v m="$mb" -v s="$2" 'BEGIN { print m / s }')" "$3"; }
row "newsingest ingest (first run)" "$ingest_secs" "$ingest_rss"
row "newsingest ingest (unchanged)" "$again_secs" "-"
row "sqlite3: load plain table" "$load_secs" "-"
row "sqlite3: build FTS5 index" "$fts_secs" "-"
row "sqlite3 floor (load + index)" "$floor_secs" "-"
target="$([ "$n" -ge 100000 ] && echo 1.0 || echo 1.3)"; [ "$n" -ge 1000000 ] && target=1.1
ratio="$(awk -v i="$ingest_secs" -v f="$floor_secs" 'BEGIN { printf "%.2f", i / f }')"
rerun="$(awk -v i="$ingest_secs" -v a="$again_secs" 'BEGIN { printf "%.1f", 100 * a / i }')"
echo "ratio ingest / SQLite floor: $ratio (target <= $target)"
echo "unchanged re-run / first run: $rerun% (target < 5%)"

# Duplicates against the generator's ground truth: every labelled variant should point at its original's cluster.
"$cli" sql "select a.path, coalesce(c.path, a.path) from articles a left join articles c on c.id = a.duplicate_of" \
    --db "$db" --format csv > "$root/clusters.csv"
dups="$(python3 "$repo/tests/bench/dup_score.py" "$corpus/ground_truth.tsv" "$root/clusters.csv")"
echo "$dups"
recall="$(awk '$1 == "all" { print $2 }' <<<"$dups")"
precision="$(awk '/pair precision/ { print $NF }' <<<"$dups")"
summary_rows+=("$(printf '%10s %9s %9.2f %9.2f %7s %6s %9.2f %6s%% %8s %14s %8s' \
    "$n" "$mb" "$ingest_secs" "$floor_secs" "${ratio}x" "$target" "$again_secs" "$rerun" "$ingest_rss" "$recall" "$precision")")
cd "$repo"
}

for n in "${sizes[@]}"; do
    bench_one "$n"
done
echo
echo "ingest of generated articles ($cli), the floor measured in the same run; seconds of wall time"
printf '%10s %9s %9s %9s %7s %6s %9s %7s %8s %14s %8s\n' articles MB ingest floor ratio goal re-run "re-run" "peak MB" "dup recall" precision
printf '%s\n' "${summary_rows[@]}"
