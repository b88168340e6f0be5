#!/usr/bin/env bash
# PostgreSQL benchmark and done-when check. In one run, on the same generated corpus (N articles from
# ../shared/bench/make_corpus.py):
#   1. SQLite: one `newsingest ingest docs` into a new file (the same-run baseline);
#   2. PostgreSQL: one process ingesting docs into a new database;
#   3. PostgreSQL: two processes at once, each given half of the corpus's subfolders, into another new database;
# prints articles/s and the ratio to SQLite for each; then search p50/p95 (whole `newsingest search` processes, as
# users run them) on the SQLite file and the two-process database; then checks that the two-process database exports
# the same records (path, title, published, authors, body) and the same duplicate links (by path) and kinds as the
# SQLite file. Exit 1 when they differ.
#
#   tests/bench/pg-bench.sh 20000                     # starts its own server through .ci/postgres.sh
#   NEWSINGEST_BENCH_PG=postgresql://me@db/postgres tests/bench/pg-bench.sh 20000   # or uses a server you name
#
# The figures are wall-clock times on whatever else the machine runs: compare the ratios of one run, not the
# seconds of two.
set -euo pipefail
n="${1:-20000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
generator="$repo/../shared/bench/make_corpus.py"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
corpus="$root/corpus-$n"
[ -f "$generator" ] || { echo "needs $generator (the shared/ folder beside the checkout)"; exit 2; }
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 2; }

if [ -z "${NEWSINGEST_BENCH_PG:-}" ]; then
    # shellcheck source=../../.ci/postgres.sh
    . "$repo/.ci/postgres.sh"
    NEWSINGEST_BENCH_PG="$NEWSINGEST_TEST_PG"
fi
server="$NEWSINGEST_BENCH_PG"
with_db() { sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$1#" <<<"$server"; }

mkdir -p "$root"
if [ ! -f "$corpus/manifest.json" ]; then
    echo "generating $n articles into $corpus ..."
    python3 "$generator" --count "$n" --out "$corpus" --force >/dev/null
fi

echo "building the CLI (Release) ..."
dotnet publish "$repo/src/NewsIngest.Cli" -c Release -o "$root/bin" --nologo -v quiet >/dev/null
cli="$root/bin/newsingest"

fresh_db() { # name → URI of a new, empty database
    psql "$server" -qAt -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
    with_db "$1"
}
now() { date +%s.%N; }
rate() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

cd "$corpus"
mapfile -t folders < <(find docs -mindepth 1 -maxdepth 1 -type d | sort)
half=$(( ${#folders[@]} / 2 ))
first=("${folders[@]:0:$half}")
second=("${folders[@]:$half}")

sqlite_db="$root/pg-bench-$n.db"
rm -f "$sqlite_db" "$sqlite_db-wal" "$sqlite_db-shm"
start="$(now)"; "$cli" ingest docs --db "$sqlite_db" --quiet >"$root/sqlite.out"; sqlite_secs="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"

one="$(fresh_db newsingest_bench_one)"
start="$(now)"; "$cli" ingest docs --db "$one" --quiet >"$root/pg-one.out"; one_secs="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"

two="$(fresh_db newsingest_bench_two)"
start="$(now)"
"$cli" ingest "${first[@]}" --db "$two" --quiet >"$root/pg-two-a.out" &
a=$!
"$cli" ingest "${second[@]}" --db "$two" --quiet >"$root/pg-two-b.out" &
b=$!
wait "$a"; wait "$b"
two_secs="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"

echo
echo "corpus: $n files ($corpus); SQLite summary: $(cat "$root/sqlite.out")"
printf '%-44s %9s %11s %14s\n' "ingest" "seconds" "articles/s" "vs SQLite"
row() { printf '%-44s %9.1f %11s %14s\n' "$1" "$2" "$(rate "$2")" "$(awk -v s="$sqlite_secs" -v t="$2" 'BEGIN { printf "%.2fx the time", t / s }')"; }
row "SQLite, one process" "$sqlite_secs"
row "PostgreSQL, one process" "$one_secs"
row "PostgreSQL, two processes (a half each)" "$two_secs"

queries=(minister "government policy" "econom*" "\"prime minister\"" "bank OR market" "title:election" "health -hospital" police school water)
timed_search() { # db → per-query seconds, one a line
    local q t
    for q in "${queries[@]}"; do
        t="$(now)"; "$cli" search "$q" --db "$1" --format json --limit 10 >/dev/null || true; awk -v a="$t" -v b="$(now)" 'BEGIN { print b - a }'
    done
}
percentiles() { sort -n | awk '{ v[NR] = $1 } END { p50 = v[int((NR + 1) / 2)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "p50 %.0f ms, p95 %.0f ms", p50 * 1000, v[i] * 1000 }'; }
echo
# --limit 10, a page as people read it: in a pipe search otherwise prints every match (thousands of rows here).
echo "search --limit 10, whole processes, ${#queries[@]} queries twice each:"
echo "  SQLite:     $( (timed_search "$sqlite_db"; timed_search "$sqlite_db") | percentiles)"
echo "  PostgreSQL: $( (timed_search "$two"; timed_search "$two") | percentiles)"

"$cli" export --db "$sqlite_db" --format jsonl >"$root/export-sqlite.jsonl"
"$cli" export --db "$two" --format jsonl >"$root/export-pg-two.jsonl"
echo
python3 - "$root/export-sqlite.jsonl" "$root/export-pg-two.jsonl" <<'PY'
import json, sys

def load(name):
    rows = [json.loads(line) for line in open(name, encoding="utf-8")]
    path_of = {r["id"]: r["path"] for r in rows}
    return {r["path"]: (r["title"], r["published"], tuple(r["authors"]), r["body"],
                        path_of.get(r["duplicate_of"]), r["duplicate_kind"]) for r in rows}

sqlite, pg = load(sys.argv[1]), load(sys.argv[2])
fields = ("title", "published", "authors", "body", "duplicate_of (path)", "duplicate_kind")
differ = [p for p in sorted(set(sqlite) | set(pg)) if sqlite.get(p) != pg.get(p)]
links = sum(1 for v in sqlite.values() if v[4] is not None)
print(f"done-when check: {len(sqlite)} SQLite records ({links} duplicate links), {len(pg)} PostgreSQL records (two processes)")
for p in differ[:10]:
    a, b = sqlite.get(p), pg.get(p)
    if a is None or b is None:
        print(f"  {p}: only in {'PostgreSQL' if a is None else 'SQLite'}")
    else:
        print(f"  {p}: " + ", ".join(f"{f} {x!r} vs {y!r}" for f, x, y in zip(fields, a, b) if x != y)[:300])
print("SAME records and duplicate links" if not differ else f"DIFFERENT: {len(differ)} paths")
sys.exit(1 if differ else 0)
PY
