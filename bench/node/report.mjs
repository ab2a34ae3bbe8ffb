// Combines the rounds of bench/engine.sh into one table (median of the rounds per cell).
//
//   node report.mjs <results folder>
//
// The folder holds round1/, round2/, ...; each has node.json (engine.mjs) and dotnet/results/*-report-full.json
// (BenchmarkDotNet's JSON exporter). Prints a Markdown table and writes summary.json beside the rounds.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node report.mjs <results folder>');

const phases = [
  ['Parse', 'parse'],
  ['Validate', 'validate'],
  ['Execute', 'execute'],
  ['EndToEndCached', 'endToEndCached'],
  ['EndToEndUncached', 'endToEndUncached'],
];
const cases = ['hello', 'introspection', 'users'];

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

const cells = new Map(); // "case/phase/impl" -> { ns: [], bytes: [] }
const cell = (key) => cells.get(key) ?? cells.set(key, { ns: [], bytes: [] }).get(key);

const rounds = readdirSync(folder).filter((d) => /^round\d+$/.test(d)).sort();
for (const round of rounds) {
  const nodeFile = join(folder, round, 'node.json');
  if (existsSync(nodeFile)) {
    for (const r of JSON.parse(readFileSync(nodeFile, 'utf8')).results) cell(`${r.case}/${r.phase}/${r.impl}`).ns.push(r.nsPerOp);
  }
  const dotnetResults = join(folder, round, 'dotnet', 'results');
  if (!existsSync(dotnetResults)) continue;
  for (const file of readdirSync(dotnetResults).filter((f) => /-report-full(-compressed)?\.json$/.test(f))) {
    for (const b of JSON.parse(readFileSync(join(dotnetResults, file), 'utf8')).Benchmarks) {
      const match = /Case=(\w+)/.exec(b.Parameters ?? '');
      const phase = phases.find(([method]) => method === b.Method)?.[1];
      if (!match || !phase || !b.Statistics) continue;
      const c = cell(`${match[1]}/${phase}/ours`);
      c.ns.push(b.Statistics.Median);
      c.bytes.push(b.Memory?.BytesAllocatedPerOperation);
    }
  }
}

const fmtNs = (ns) => (Number.isFinite(ns) ? (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`) : '–');
const fmtBytes = (b) => (Number.isFinite(b) ? (b >= 1024 ? `${(b / 1024).toFixed(1)} KB` : `${b} B`) : '–');
const fmtRatio = (r) => (Number.isFinite(r) ? `${r.toFixed(1)}x` : '–');

const rows = [];
console.log(`Median of ${rounds.length} round(s). Ratio = their time / our time (higher is better for us).\n`);
console.log('| Case | Phase | Ours | Ours allocated | graphql-js | graphql-jit | vs graphql-js | vs graphql-jit |');
console.log('|------|-------|-----:|---------------:|-----------:|------------:|--------------:|---------------:|');
for (const c of cases) {
  for (const [, phase] of phases) {
    const ours = cells.get(`${c}/${phase}/ours`);
    const js = cells.get(`${c}/${phase}/graphql-js`);
    const jit = cells.get(`${c}/${phase}/graphql-jit`);
    const row = {
      case: c,
      phase,
      oursNs: median(ours?.ns ?? []),
      oursBytes: median(ours?.bytes ?? []),
      graphqlJsNs: median(js?.ns ?? []),
      graphqlJitNs: median(jit?.ns ?? []),
      rounds: { ours: ours?.ns ?? [], graphqlJs: js?.ns ?? [], graphqlJit: jit?.ns ?? [] },
    };
    row.vsGraphqlJs = row.graphqlJsNs / row.oursNs;
    row.vsGraphqlJit = row.graphqlJitNs / row.oursNs;
    rows.push(row);
    console.log(
      `| ${c} | ${phase} | ${fmtNs(row.oursNs)} | ${fmtBytes(row.oursBytes)} | ${fmtNs(row.graphqlJsNs)} | ${fmtNs(row.graphqlJitNs)} | ${fmtRatio(row.vsGraphqlJs)} | ${fmtRatio(row.vsGraphqlJit)} |`,
    );
  }
}

writeFileSync(join(folder, 'summary.json'), JSON.stringify({ rounds: rounds.length, rows }, null, 2) + '\n');
