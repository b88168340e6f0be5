#!/usr/bin/env bash
# End-to-end ingest benchmark: generates N articles with ../shared/bench/make_corpus.py, times `newsingest ingest`
# (parse, clean, dedup, store, index) and, in the same run on the same files, the SQLite floor: the sqlite3 shell
# loading the text into a plain table and building an FTS5 index over it. Prints docs/s, MB/s, peak RSS and the
# ratio of ingest time to the floor; then times a second, unchanged ingest and scores duplicates against the
# generator's ground truth.
#
#   tests/bench/ingest-bench.sh 100000            # corpus cached in $BENCH_DIR (default /tmp/newsingest-bench)
set -euo pipefail
n="${1:-10000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
generator="$repo/../shared/bench/make_corpus.py"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
corpus="$root/corpus-$n"
for tool in python3 sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install sqlite3 time)"; exit 2; }
done
[ -f "$generator" ] || { echo "needs $generator (the shared/ folder beside the checkout)"; exit 2; }

mkdir -p "$root"
if [ ! -f "$corpus/manifest.json" ]; then
    echo "generating $n articles into $corpus ..."
    python3 "$generator" --count "$n" --out "$corpus" --force >/dev/null
fi
bytes="$(du -sb "$corpus/docs" | cut -f1)"
mb="$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"

echo "building the CLI (Release) ..."
dotnet publish "$repo/src/NewsIngest.Cli" -c Release -o "$root/bin" --nologo -v quiet >/dev/null
cli="$root/bin/newsingest"

run_timed() { # label, command...  → sets secs and rss_mb
    local log="$root/time.log"
    /usr/bin/time -v "${@:2}" >"$root/$1.out" 2>"$log" || { cat "$root/$1.out" "$log"; exit 1; }
    secs="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")"
    rss_mb="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
}

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
awk -v i="$ingest_secs" -v f="$floor_secs" -v a="$again_secs" 'BEGIN {
    printf "ratio ingest / SQLite floor: %.2f (target <= 1.5)\n", i / f
    printf "unchanged re-run / first run: %.1f%% (target < 10%%)\n", 100 * a / i }'

# Duplicates against the generator's ground truth: every labelled variant should point at its original's cluster.
"$cli" sql "select a.path, coalesce(c.path, a.path) from articles a left join articles c on c.id = a.duplicate_of" \
    --db "$db" --format csv > "$root/clusters.csv"
python3 "$repo/tests/bench/dup_score.py" "$corpus/ground_truth.tsv" "$root/clusters.csv"
