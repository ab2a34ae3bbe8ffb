// Smoke test of the oracle itself: `npm test`. The comparison with our engine lives in
// tests/GraphQL.Tests/Conformance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCases, loadSchema, loadData, runCase, loadBoutiqueSchema, boutiqueCasesDirectory } from './oracle.mjs';

test('the corpus has at least 300 cases with unique ids', () => {
  const cases = readCases();
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length);
});

test('graphql-js answers a valid query with data', async () => {
  const out = await runCase(loadSchema(), loadData(), { document: '{ hero { name } }', variables: null, operationName: null });
  assert.deepEqual(JSON.parse(JSON.stringify(out)), { phase: 'execute', result: { data: { hero: { name: 'R2-D2' } } } });
});

test('graphql-js answers a syntax error with one error and no data', async () => {
  const out = await runCase(loadSchema(), loadData(), { document: '{', variables: null, operationName: null });
  assert.equal(out.phase, 'parse');
  assert.equal(out.result.errors.length, 1);
  assert.equal('data' in out.result, false);
});

test('the Boutique corpus has at least 40 cases and graphql-js validates its listing query', async () => {
  const cases = readCases(boutiqueCasesDirectory);
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
  const listing = cases.find((c) => c.id === 'b01-catalog-queries/listing-first-page');
  const out = await runCase(loadBoutiqueSchema(), null, { ...listing, validateOnly: true });
  assert.deepEqual(JSON.parse(JSON.stringify(out)), { phase: 'validate', result: {} });
});
