#!/usr/bin/env bash
# WARC ingest against folder ingest of the same pages, in one run: generates N articles (make_corpus.py), packs them
# with pack_warc.py --text (every page, text and HTML, as a response record among noise records), then ingests the
# folder and the WARC files into two stores and prints pages/s of each and their ratio (the machine is shared: only
# the same-run ratio means much). Then checks that the WARC store holds exactly the pages of records.tsv, each with
# the same title, date, authors and body as the folder's article for its source file; scores duplicates of both
# against the generator's ground truth; and ingests broken.warc.gz (three pages, one cut-off record, exit 1).
#
#   tests/bench/warc-bench.sh 20000          # corpus cached in $BENCH_DIR (default /tmp/newsingest-bench)
set -euo pipefail
n="${1:-20000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$repo/../shared/bench"
root="${BENCH_DIR:-/tmp/newsingest-bench}"
corpus="$root/warc-corpus-$n"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -f "$shared/pack_warc.py" ] || { echo "needs $shared (the shared/ folder beside the checkout)"; exit 2; }

mkdir -p "$root"
if [ ! -f "$corpus/warc/records.tsv" ]; then
    echo "generating $n articles into $corpus and packing them ..."
    python3 "$shared/make_corpus.py" --count "$n" --out "$corpus" --force >/dev/null
    python3 "$shared/pack_warc.py" "$corpus" --text
fi
echo "building the CLI (Release) ..."
dotnet publish "$repo/src/NewsIngest.Cli" -c Release -o "$root/bin" --nologo -v quiet >/dev/null
cli="$root/bin/newsingest"

run_timed() { # label, command...  → sets secs, rss_mb and code
    code=0
    /usr/bin/time -v "${@:2}" >"$root/$1.out" 2>"$root/$1.log" || code=$?
    secs="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$root/$1.log")"
    rss_mb="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$root/$1.log")"
}

cd "$corpus"
pages="$(($(wc -l < warc/records.tsv) - 1))"
rm -f "$root"/warc-folder.db* "$root"/warc-warc.db* "$root"/warc-broken.db*
run_timed folder "$cli" ingest docs --db "$root/warc-folder.db" --quiet
folder_secs="$secs"; folder_rss="$rss_mb"
run_timed warc "$cli" ingest warc/part-*.warc.gz --db "$root/warc-warc.db" --quiet
warc_secs="$secs"; warc_rss="$rss_mb"; warc_code="$code"
run_timed broken "$cli" ingest warc/broken.warc.gz --db "$root/warc-broken.db"
broken_code="$code"

echo
echo "corpus: $n articles, $pages pages packed into $(ls warc/part-*.warc.gz | wc -l) WARC files ($(du -sb warc | awk '{ printf "%.0f MB", $1 / 1048576 }'))"
echo "folder: $(cat "$root/folder.out")"
echo "warc:   $(cat "$root/warc.out") [exit $warc_code]"
printf '%-30s %9s %9s %9s\n' "ingest" "seconds" "pages/s" "peak MB"
printf '%-30s %9.2f %9.0f %9s\n' "folder of the source files" "$folder_secs" "$(awk -v n="$pages" -v s="$folder_secs" 'BEGIN { print n / s }')" "$folder_rss"
printf '%-30s %9.2f %9.0f %9s\n' "WARC files" "$warc_secs" "$(awk -v n="$pages" -v s="$warc_secs" 'BEGIN { print n / s }')" "$warc_rss"
awk -v w="$warc_secs" -v f="$folder_secs" 'BEGIN { printf "WARC / folder time (same run): %.2f\n", w / f }'
echo "broken.warc.gz [exit $broken_code]: $(cat "$root/broken.out")"
grep -E '^newsingest: ' "$root/broken.log" || true

python3 - "$corpus" "$root/warc-folder.db" "$root/warc-warc.db" "$root" <<'PY'
import collections, csv, json, sqlite3, sys
corpus, folder_db, warc_db, out_dir = sys.argv[1:]
tsv = {r["uri"]: r["doc_path"] for r in csv.DictReader(open(f"{corpus}/warc/records.tsv"), delimiter="\t")}
def rel(p):
    # Stored paths are absolute: the corpus's own spelling starts at its docs/ folder.
    at = p.rfind("/docs/") if p else -1
    return p[at + 1:] if at >= 0 else p
def load(db, key):
    c = sqlite3.connect(db)
    rows = c.execute(f"select a.{key}, a.title, a.published, a.authors, a.body, coalesce(d.{key}, a.{key}) from articles a left join articles d on d.id = a.duplicate_of").fetchall()
    return {rel(r[0]): r[1:4] + (r[4], rel(r[5])) for r in rows}
folder = load(folder_db, "path")
warc = load(warc_db, "url")
print(f"WARC store: {len(warc)} articles; records.tsv: {len(tsv)} pages; missing {len(set(tsv) - set(warc))}, not in records.tsv (noise) {len(set(warc) - set(tsv))}")
differ = collections.Counter()
for uri, doc in tsv.items():
    if uri in warc and doc in folder:
        for i, field in enumerate(("title", "published", "authors", "body")):
            if warc[uri][i] != folder[doc][i]:
                differ[field] += 1
print("pages whose field differs from the folder ingest of the source file:", dict(differ) or "none")
folder_canon = {p: v[4] for p, v in folder.items()}
warc_canon = {tsv[u]: tsv.get(v[4], v[4]) for u, v in warc.items() if u in tsv}
for name, canon in (("folder", folder_canon), ("warc", warc_canon)):
    with open(f"{out_dir}/clusters-{name}.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["path", "canonical"])
        writer.writerows(sorted(canon.items()))
PY
for store in folder warc; do
    echo "duplicates, $store ingest:"
    python3 "$repo/tests/bench/dup_score.py" "$corpus/ground_truth.tsv" "$root/clusters-$store.csv"
done
