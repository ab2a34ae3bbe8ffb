// graphql-js and graphql-jit over the same schemas, documents and data as
// bench/GraphQL.Benchmarks/Engine (see docs/performance.md, "GraphQL engine").
//
//   node engine.mjs [--time-ms 300] [--batches 10] [--filter regex]
//
// Prints one JSON object: { runtime, results: [{ case, phase, impl, nsPerOp, minNsPerOp, batches, opsPerBatch }] }.
// Each measurement warms up, sizes a batch to about --time-ms, runs --batches batches and reports the
// median batch's ns/op (and the fastest). Phases, matching the BenchmarkDotNet methods:
//   parse             parse(text)
//   validate          validate(schema, parsed)
//   execute           execute (a fresh DataLoader per request) + JSON.stringify, on a parsed and validated
//                     document (graphql-jit: the compiled query + its stringify)
//   endToEndCached    the text looked up in a Map of prepared documents, then execute + stringify
//   endToEndUncached  parse + validate + execute + stringify (graphql-jit: + compileQuery)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, parse, validate, execute } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import DataLoader from 'dataloader';

const here = dirname(fileURLToPath(import.meta.url));
const engine = join(here, '..', 'GraphQL.Benchmarks', 'Engine');
const read = (folder, name) => readFileSync(join(engine, folder, `${name}.graphql`), 'utf8');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const timeMs = Number(option('--time-ms', '300'));
const batches = Number(option('--batches', '10'));
const filter = new RegExp(option('--filter', '.'));

// ---- data: the same formula as UserData.cs -------------------------------------------------
const USER_COUNT = 1000;
const users = [];
for (let i = 0; i < USER_COUNT; i++) {
  users.push({
    id: `u${i}`,
    name: `User ${i}`,
    friendIds: [`u${(i * 7 + 1) % USER_COUNT}`, `u${(i * 13 + 2) % USER_COUNT}`, `u${(i * 31 + 3) % USER_COUNT}`],
  });
}
const usersById = new Map(users.map((u) => [u.id, u]));
const fetchByIds = (keys) => Promise.resolve(keys.map((k) => usersById.get(k)));
const newContext = () => ({ userById: new DataLoader(fetchByIds) });

// ---- schemas: the same SDL and resolvers as BenchSchemas.cs ---------------------------------
function smallSchema() {
  const schema = buildSchema(read('Schemas', 'small'));
  const query = schema.getQueryType().getFields();
  query.hello.resolve = () => 'world';
  query.users.resolve = (_, { first }) => users.slice(0, Math.min(first, USER_COUNT));
  schema.getType('User').getFields().friends.resolve = (user, _, context) => context.userById.loadMany(user.friendIds);
  return schema;
}

const small = smallSchema();
const medium = buildSchema(read('Schemas', 'medium'));
const cases = [
  { name: 'hello', schema: small, text: read('Documents', 'hello') },
  { name: 'introspection', schema: medium, text: read('Documents', 'introspection') },
  { name: 'users', schema: small, text: read('Documents', 'users') },
];

// ---- timing ----------------------------------------------------------------------------------
const isThenable = (v) => v !== null && typeof v === 'object' && typeof v.then === 'function';

async function runBatch(fn, n, async) {
  const start = process.hrtime.bigint();
  if (async) {
    for (let i = 0; i < n; i++) await fn();
  } else {
    for (let i = 0; i < n; i++) fn();
  }
  return Number(process.hrtime.bigint() - start);
}

async function measure(fn) {
  const async = isThenable(fn());
  // Warm-up (lets V8 optimize) and sizing: double n until a batch takes a tenth of the target.
  let n = 1;
  for (;;) {
    const elapsed = await runBatch(fn, n, async);
    if (elapsed >= (timeMs * 1e6) / 10) break;
    n *= 2;
  }
  const perOp = (await runBatch(fn, n, async)) / n;
  const opsPerBatch = Math.max(1, Math.round((timeMs * 1e6) / perOp));
  await runBatch(fn, opsPerBatch, async); // one full batch of warm-up
  const samples = [];
  for (let b = 0; b < batches; b++) samples.push((await runBatch(fn, opsPerBatch, async)) / opsPerBatch);
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { nsPerOp: Math.round(median), minNsPerOp: Math.round(samples[0]), batches, opsPerBatch };
}

// ---- the cases ---------------------------------------------------------------------------------
function check(result, what) {
  if (result.errors?.length || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result;
}

function phases({ name, schema, text }) {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`${name} is invalid: ${errors[0].message}`);
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`${name} does not compile: ${JSON.stringify(compiled)}`);
  const prepared = new Map([[text, { document, compiled }]]);

  const js = (doc) => {
    const result = execute({ schema, document: doc, contextValue: newContext() });
    return isThenable(result) ? result.then((r) => JSON.stringify(check(r, name))) : JSON.stringify(check(result, name));
  };
  const jit = (query) => {
    const result = query.query(undefined, newContext(), {});
    return isThenable(result) ? result.then((r) => query.stringify(check(r, name))) : query.stringify(check(result, name));
  };
  const parseAndValidate = (t) => {
    const doc = parse(t);
    if (validate(schema, doc).length) throw new Error(`${name} is invalid`);
    return doc;
  };

  return [
    ['parse', 'graphql-js', () => parse(text)],
    ['validate', 'graphql-js', () => validate(schema, document)],
    ['execute', 'graphql-js', () => js(document)],
    ['execute', 'graphql-jit', () => jit(compiled)],
    ['endToEndCached', 'graphql-js', () => js(prepared.get(text).document)],
    ['endToEndCached', 'graphql-jit', () => jit(prepared.get(text).compiled)],
    ['endToEndUncached', 'graphql-js', () => js(parseAndValidate(text))],
    ['endToEndUncached', 'graphql-jit', () => {
      const query = compileQuery(schema, parseAndValidate(text));
      if (!isCompiledQuery(query)) throw new Error(`${name} does not compile`);
      return jit(query);
    }],
  ];
}

const results = [];
for (const c of cases) {
  for (const [phase, impl, fn] of phases(c)) {
    const id = `${c.name}/${phase}/${impl}`;
    if (!filter.test(id)) continue;
    const m = await measure(fn);
    process.stderr.write(`${id}: ${m.nsPerOp} ns/op\n`);
    results.push({ case: c.name, phase, impl, ...m });
  }
}

process.stdout.write(
  JSON.stringify({ runtime: `node ${process.version}`, graphql: '16.15.0', graphqlJit: '0.8.9', timeMs, results }, null, 2) + '\n',
);
