// Independent check of a Parquet export: reads it with DuckDB (@duckdb/node-api, not the Parquet.Net library the
// exporter uses) and compares every value of every row with the jsonl export of the same store, in id order.
//   node tests/bench/parquet-check.mjs corpus.parquet corpus.jsonl     (NODE_PATH must reach @duckdb/node-api)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DuckDBInstance } = require('@duckdb/node-api');
const [parquet, jsonl] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const source = `read_parquet('${parquet.replaceAll("'", "''")}')`;
const total = Number((await con.runAndReadAll(`SELECT count(*) AS n FROM ${source}`)).getRowObjectsJS()[0].n);
const lines = createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })[Symbol.asyncIterator]();

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (v) => (v && typeof v === 'object' && !Array.isArray(v))
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : Array.isArray(v) ? v.map(sorted) : v;
let rows = 0;
let mismatches = 0;
const report = (id, field, got, want) => {
    if (++mismatches <= 20) console.log(`#${id} ${field}: parquet ${JSON.stringify(got)} != jsonl ${JSON.stringify(want)}`);
};
for (let offset = 0; offset < total; offset += 5000) {
    const batch = (await con.runAndReadAll(
        `SELECT id, path, sha256, title, CAST(published AS VARCHAR) AS published_day, published_text, date_source,
                modified_text, authors, source, dateline, body, word_count, language, duplicate_of, duplicate_kind,
                similarity, boilerplate, warnings, provenance, url, strftime(fetched, '%Y-%m-%dT%H:%M:%SZ') AS fetched
         FROM ${source} ORDER BY id LIMIT 5000 OFFSET ${offset}`)).getRowObjectsJS();
    for (const p of batch) {
        const { value: line, done } = await lines.next();
        if (done) { report(p.id, 'row', 'present', 'missing'); continue; }
        const j = JSON.parse(line);
        rows++;
        const id = Number(p.id);
        const day = j.published && j.published.length >= 10 ? j.published.slice(0, 10) : null;
        const checks = {
            id: [id, j.id], path: [p.path, j.path], sha256: [p.sha256, j.sha256], title: [p.title, j.title],
            published: [p.published_text, j.published], published_day: [p.published_day, day],
            date_source: [p.date_source, j.date_source], modified: [p.modified_text, j.modified],
            authors: [Array.from(p.authors ?? []), j.authors], source: [p.source, j.source], dateline: [p.dateline, j.dateline],
            body: [p.body, j.body], word_count: [Number(p.word_count), j.word_count], language: [p.language, j.language],
            duplicate_of: [p.duplicate_of === null ? null : Number(p.duplicate_of), j.duplicate_of],
            duplicate_kind: [p.duplicate_kind, j.duplicate_kind], similarity: [p.similarity, j.similarity],
            boilerplate: [JSON.parse(p.boilerplate), j.boilerplate], warnings: [JSON.parse(p.warnings), j.warnings],
            provenance: [sorted(JSON.parse(p.provenance)), sorted(j.provenance)], url: [p.url, j.url], fetched: [p.fetched, j.fetched],
        };
        for (const [field, [got, want]] of Object.entries(checks)) {
            if (!same(got, want)) report(id, field, got, want);
        }
    }
}
if (!(await lines.next()).done) { mismatches++; console.log('jsonl has more rows than the parquet file'); }
console.log(`duckdb read ${rows} rows of ${parquet}: ${mismatches} values differ from the jsonl export`);
process.exit(mismatches === 0 && rows === total ? 0 : 1);
