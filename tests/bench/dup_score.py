#!/usr/bin/env python3
"""Scores duplicate clusters against make_corpus.py's ground truth: recall per variant kind and pair precision.

  python3 tests/bench/dup_score.py GROUND_TRUTH.tsv CLUSTERS.csv     (CSV rows: path, canonical path; a header row "path,...")
"""
import csv, sys, collections
truth = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def key(p):
    # Stored paths are absolute since ingest normalises them: compare from the corpus's docs/ folder on.
    at = p.rfind("/docs/")
    if at >= 0:
        return p[at + 1:]
    return "docs/" + p if not p.startswith("docs/") else p
canon = {key(row[0]): key(row[1]) for row in csv.reader(open(sys.argv[2])) if row and row[0] != "path"}
found = collections.Counter(); total = collections.Counter()
for row in truth:
    a, b = key(row["dup_path"]), key(row["orig_path"])
    total[row["kind"]] += 1
    if a in canon and b in canon and canon[a] == canon[b]:
        found[row["kind"]] += 1
labelled = set()
groups = collections.defaultdict(set)
for row in truth:
    labelled.add(key(row["dup_path"])); labelled.add(key(row["orig_path"]))
members = collections.defaultdict(list)
for path, c in canon.items():
    members[c].append(path)
# Pair precision: pairs inside found clusters whose two ends belong to one labelled family.
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]; x = parent[x]
    return x
for row in truth:
    parent[find(key(row["dup_path"]))] = find(key(row["orig_path"]))
tp = fp = 0
for c, ms in members.items():
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if find(ms[i]) == find(ms[j]): tp += 1
            else: fp += 1
print("duplicates vs ground truth (recall per kind):")
for kind in sorted(total):
    print(f"  {kind:<12} {found[kind]:>6}/{total[kind]:<6} {found[kind] / total[kind]:.3f}")
print(f"  all          {sum(found.values()):>6}/{sum(total.values()):<6} {sum(found.values()) / max(1, sum(total.values())):.3f}")
print(f"  pair precision {tp}/{tp + fp} = {tp / max(1, tp + fp):.4f}")
