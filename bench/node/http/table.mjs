// Reads bench/http.sh's results.txt ("round R server doc RESULT rps=.. p99_ms=.. requests=.. errors=.. warmup=..")
// and prints a Markdown table: median requests/s and p99 per server and document, ours / peer, and each round's warm-up.
import fs from 'node:fs';

const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => {
  const [, , server, doc] = line.split(' ');
  const field = (k) => Number(line.match(new RegExp(k + '=([0-9.]+)'))[1]);
  const warmup = line.match(/warmup=(\S+)/)?.[1] ?? '';
  return { server, doc, rps: field('rps'), p99: field('p99_ms'), errors: field('errors'), warmup };
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const servers = [...new Set(rows.map((r) => r.server))].sort((a, b) => (a === 'ours' ? -1 : b === 'ours' ? 1 : a.localeCompare(b)));
const docs = [...new Set(rows.map((r) => r.doc))];
const stat = (server, doc) => {
  const rs = rows.filter((r) => r.server === server && r.doc === doc);
  return { rps: median(rs.map((r) => r.rps)), p99: median(rs.map((r) => r.p99)), errors: rs.reduce((n, r) => n + r.errors, 0), n: rs.length, warmup: rs.map((r) => r.warmup).join(', ') };
};
console.log('| document | server | requests/s (median) | p99 ms (median) | ours / server | errors | warm-up (per round) |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const doc of docs) {
  const ours = stat('ours', doc);
  for (const server of servers) {
    const s = stat(server, doc);
    if (s.n === 0) continue;
    const ratio = server === 'ours' ? '' : (ours.rps / s.rps).toFixed(2) + 'x';
    console.log(`| ${doc} | ${server} | ${s.rps.toFixed(0)} | ${s.p99.toFixed(2)} | ${ratio} | ${s.errors} | ${s.warmup} |`);
  }
}
