#!/usr/bin/env bash
# Query start-up benchmark: for each query command, the whole process's wall time of `newsingest` against the
# sqlite3 shell running the equivalent SQL on the same store, median of R runs (default 10) taken in alternation
# (newsingest, sqlite3, newsingest, ...) so that a busy machine slows both sides alike. Also times `--version` and
# `--help`. Prints the median wall time and the median CPU time (user + sys) of each side and their ratio.
#
#   tests/bench/query-bench.sh 100000        # store: $BENCH_DIR/ingest-100000.db (made by ingest-bench.sh), or built here
#
# The program measured: NEWSINGEST=/path/to/newsingest, default the Native AOT build that
# .ci/publish-native.sh writes to $BENCH_DIR/native. Several builds side by side:
#   NEWSINGEST="aot=/tmp/a/newsingest jit=/tmp/b/newsingest" tests/bench/query-bench.sh
set -euo pipefail
n="${1:-100000}"
runs="${RUNS:-10}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
db="${DB:-$root/ingest-$n.db}"
for tool in sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install sqlite3)"; exit 2; }
done
mkdir -p "$root"

if [ -z "${NEWSINGEST:-}" ]; then
    echo "building the Native AOT CLI into $root/native ..."
    "$repo/.ci/publish-native.sh" "$root/native" >/dev/null
    NEWSINGEST="native=$root/native/newsingest"
fi
builds=()
for item in $NEWSINGEST; do
    case "$item" in *=*) builds+=("$item") ;; *) builds+=("newsingest=$item") ;; esac
done
first="${builds[0]#*=}"

if [ ! -f "$db" ]; then
    corpus="$root/corpus-$n"
    if [ ! -f "$corpus/manifest.json" ]; then
        echo "generating $n articles into $corpus ..."
        python3 "$repo/../shared/bench/make_corpus.py" --count "$n" --out "$corpus" --force >/dev/null
    fi
    echo "ingesting them into $db ..."
    (cd "$corpus" && "$first" ingest docs --db "$db" --quiet)
fi

# A mid-store id and a word found in most articles, read from the store itself.
count="$(sqlite3 "$db" 'SELECT count(*) FROM articles')"
id="$(sqlite3 "$db" "SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET $((count / 2))")"
cols="a.id, a.path, a.sha256, a.title, a.published, a.date_source, a.authors, a.source, a.dateline, a.word_count, a.language, a.duplicate_of, a.duplicate_kind, a.similarity, a.boilerplate, a.warnings, a.provenance, a.modified"
search_sql() { # query, limit: ranked like `newsingest search` (title worth ten body matches, duplicates hidden), with snippets
    echo "SELECT $cols, bm25(articles_fts, 10.0, 1.0) AS rank, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH '$1' AND a.duplicate_of IS NULL ORDER BY rank, a.id LIMIT $2;"
}
names=(); ni_args=(); sql=()
add() { names+=("$1"); ni_args+=("$2"); sql+=("$3"); }
q="$(printf '%q' "$db")"
add "search market --limit 10" "search market --limit 10 --db $q" "$(search_sql market 10)"
add "search \"interest rates\" -n 20" "search '\"interest rates\"' --limit 20 --db $q" "$(search_sql '"interest rates"' 20)"
# In a pipe, search prints every match unless --limit says otherwise: the same query, all of its rows.
add "search \"interest rates\" (all)" "search '\"interest rates\"' --db $q" "$(search_sql '"interest rates"' -1)"
# The same rows as `list`: duplicates left out, newest first, undated last (NULL sorts below every value, so
# `published DESC` puts them last and SQLite can walk the published index and stop at the limit).
add "list --limit 20" "list --limit 20 --db $q" \
    "WITH page AS (SELECT a.id, a.published FROM articles a WHERE a.id NOT IN (SELECT d.id FROM articles d WHERE d.duplicate_of IS NOT NULL) ORDER BY a.published DESC, a.id LIMIT 20) SELECT ${cols/a.dateline, /a.dateline, a.body, } FROM page CROSS JOIN articles a ON a.id = page.id ORDER BY page.published DESC, page.id;"
add "show $id" "show $id --db $q" "SELECT ${cols/a.dateline, /a.dateline, a.body, } FROM articles a WHERE a.id = $id;"
add "stats" "stats --db $q" "SELECT count(*) FROM articles; SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL; SELECT count(DISTINCT duplicate_of) FROM articles WHERE duplicate_of IS NOT NULL; SELECT count(*) FROM files WHERE status = 'failed'; SELECT count(*) FROM runs; SELECT min(source), count(*) FROM articles GROUP BY source COLLATE NOCASE ORDER BY min(source) IS NULL, count(*) DESC; SELECT month, count(*) FROM (SELECT CASE WHEN length(published) = 4 THEN published ELSE substr(published, 1, 7) END AS month FROM articles) GROUP BY month ORDER BY month IS NULL, month;"
add "dups" "dups --db $q" "SELECT a.id, a.path, a.title, a.word_count, a.duplicate_kind, a.similarity, a.duplicate_reason, coalesce(a.duplicate_of, a.id) AS canonical FROM articles a WHERE a.duplicate_of IS NOT NULL OR a.id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) ORDER BY canonical, a.duplicate_of IS NOT NULL, a.id;"
add "--version" "--version" ""
add "--help" "--help" ""

timing="$root/query-time.txt"
perf=""
perf stat -x, -e task-clock -o "$timing" true >/dev/null 2>&1 && perf=1
one() { # prints "wall_ms cpu_ms" for one run of the command; CPU from perf's task-clock when perf is there
    local start end
    start="$(date +%s%N)"
    if [ -n "$perf" ]; then
        perf stat -x, -e task-clock -o "$timing" "$@" >/dev/null 2>&1 || true
    else
        /usr/bin/time -f '%U %S' -o "$timing" "$@" >/dev/null 2>&1 || true
    fi
    end="$(date +%s%N)"
    if [ -n "$perf" ]; then
        awk -F, -v s="$start" -v e="$end" '/task-clock/ { printf "%.2f %.2f\n", (e - s) / 1e6, $1 }' "$timing"
    else # the last line: a failing command's status comes first
        tail -n 1 "$timing" | awk -v s="$start" -v e="$end" '{ printf "%.2f %.2f\n", (e - s) / 1e6, ($1 + $2) * 1000 }'
    fi
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
echo "store: $db ($count articles); $runs runs each, alternating; wall ms and CPU ms (user + sys), medians"
header="$(printf '%-30s' command)"
for b in "${builds[@]}"; do header+="$(printf ' %10s %8s' "${b%%=*}" cpu)"; done
header+="$(printf ' %10s %8s' sqlite3 cpu)"
for b in "${builds[@]}"; do header+="$(printf ' %9s' "÷ ${b%%=*}")"; done
echo "$header"
for i in "${!names[@]}"; do
    declare -A wall=() cpu=()
    for ((r = 0; r < runs; r++)); do
        for b in "${builds[@]}"; do
            label="${b%%=*}"; bin="${b#*=}"
            # eval: the arguments are written as a shell would read them (the phrase keeps its quotes).
            read -r w c < <(eval "one $(printf '%q' "$bin") ${ni_args[$i]}")
            wall[$label]+="$w "; cpu[$label]+="$c "
        done
        if [ -n "${sql[$i]}" ]; then
            read -r w c < <(one sqlite3 -readonly -json "$db" "${sql[$i]}")
            wall[sqlite3]+="$w "; cpu[sqlite3]+="$c "
        fi
    done
    line="$(printf '%-30s' "${names[$i]}")"
    for b in "${builds[@]}"; do
        label="${b%%=*}"
        line+="$(printf ' %10s %8s' "$(tr ' ' '\n' <<<"${wall[$label]}" | grep . | median)" "$(tr ' ' '\n' <<<"${cpu[$label]}" | grep . | median)")"
    done
    if [ -n "${sql[$i]}" ]; then
        sw="$(tr ' ' '\n' <<<"${wall[sqlite3]}" | grep . | median)"
        line+="$(printf ' %10s %8s' "$sw" "$(tr ' ' '\n' <<<"${cpu[sqlite3]}" | grep . | median)")"
        for b in "${builds[@]}"; do
            nw="$(tr ' ' '\n' <<<"${wall[${b%%=*}]}" | grep . | median)"
            line+="$(printf ' %8.2fx' "$(awk -v a="$nw" -v b="$sw" 'BEGIN { print a / b }')")"
        done
    else
        line+="$(printf ' %10s %8s' - -)"
    fi
    echo "$line"
    unset wall cpu
done
echo "goal: each query command <= 1.5x the sqlite3 shell's wall time; --version and --help < 30 ms"
