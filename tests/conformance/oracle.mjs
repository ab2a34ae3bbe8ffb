// The oracle of the differential conformance suite: graphql-js answers every case of cases/*.graphql
// over schema.graphql and data.json, the way a server would (parse, validate, execute).
//
//   node oracle.mjs                      -> { "<file>/<case>": { phase, document, variables, operationName, result } }
//   node oracle.mjs boutique             -> the same for boutique-cases/ over ../../schema.graphql, validation only
//   node oracle.mjs sdl-check <introspection.json> <sdl>...
//                                        -> { "fromIntrospection": printed, "fromSdl": [printed, ...] }
//
// The .NET side (tests/GraphQL.Tests/Conformance) runs our engine on the same cases and compares.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLDirective,
  GraphQLError,
  GraphQLNonNull,
  GraphQLString,
  GraphQLSchema,
  DirectiveLocation,
  MaxIntrospectionDepthRule,
  buildClientSchema,
  buildSchema,
  defaultFieldResolver,
  execute,
  getOperationAST,
  parse,
  printSchema,
  specifiedRules,
  subscribe,
  validate,
} from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));

/** Splits a case file into cases; the format is described in cases/README.md. */
export function readCases(dir = join(here, 'cases')) {
  const cases = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const group = basename(file, '.graphql');
    const lines = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').split('\n');
    let current = null;
    let inHeader = false;
    for (const line of lines) {
      const start = /^# case: (\S+)\s*$/.exec(line);
      if (start) {
        current = { id: `${group}/${start[1]}`, variables: null, operationName: null, validateOnly: false, body: [] };
        cases.push(current);
        inHeader = true;
        continue;
      }
      if (current === null) continue; // file preamble
      if (inHeader) {
        const header = /^# (variables|operationName|validateOnly)(?::\s*(.*))?$/.exec(line);
        if (header) {
          if (header[1] === 'variables') {
            current.variables = JSON.parse(header[2]);
            // The text as written: JSON.stringify turns numbers beyond a double (1e999) into null.
            current.variablesJson = header[2].trim();
          }
          else if (header[1] === 'operationName') current.operationName = header[2].trim();
          else current.validateOnly = true;
          continue;
        }
        inHeader = false;
      }
      current.body.push(line);
    }
  }
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`Duplicate case id ${c.id}`);
    seen.add(c.id);
    c.document = c.body.join('\n').replace(/\s+$/, '') + '\n';
    delete c.body;
  }
  return cases;
}

/**
 * The oracle's schema uses the September 2025 spec's `@deprecated` (§3.13.3):
 *   directive @deprecated(reason: String! = "No longer supported")
 *     on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
 * graphql-js 16.15 declares `reason: String` and adds the experimental DIRECTIVE_DEFINITION location.
 */
function withSpecDirectives(schema) {
  const config = schema.toConfig();
  const directives = config.directives.map((d) =>
    d.name !== 'deprecated'
      ? d
      : new GraphQLDirective({
          ...d.toConfig(),
          locations: d.locations.filter((l) => l !== DirectiveLocation.DIRECTIVE_DEFINITION),
          args: {
            ...d.toConfig().args,
            reason: { ...d.toConfig().args.reason, type: new GraphQLNonNull(GraphQLString) },
          },
        }),
  );
  return new GraphQLSchema({ ...config, directives });
}

export function loadSchema() {
  return withSpecDirectives(buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8')));
}

/**
 * The Boutique API's printed schema (the repository root's schema.graphql), for the validation-only corpus
 * of boutique-cases/: custom scalars are pass-through, as buildSchema makes them.
 */
export function loadBoutiqueSchema() {
  return withSpecDirectives(buildSchema(readFileSync(join(here, '..', '..', 'schema.graphql'), 'utf8')));
}

export const boutiqueCasesDirectory = join(here, 'boutique-cases');

export function loadData() {
  return JSON.parse(readFileSync(join(here, 'data.json'), 'utf8'));
}

/** The spec's rules (§5): graphql-js's list without its non-normative MaxIntrospectionDepthRule. */
const rules = specifiedRules.filter((r) => r !== MaxIntrospectionDepthRule);

/** The few resolvers that are not "read the property of the parent" (mirrored in ConformanceSchema.cs). */
export function makeFieldResolver(data) {
  const byId = (id) => [...data.characters, ...data.starships].find((o) => o.id === id) ?? null;
  return (source, args, context, info) => {
    const name = info.fieldName;
    const type = info.parentType.name;
    if (name.startsWith('echo')) return args.value ?? null;
    if (name.endsWith('Throws')) throw new Error(`${type}.${name} throws.`);
    if (type === 'Query' && (name === 'character' || name === 'node')) return byId(args.id);
    if (type === 'Query' && name === 'argPresence') {
      return !('value' in args) ? 'absent' : args.value === null ? 'null' : 'value';
    }
    if (type === 'Query' && name === 'inputKeys') return args.value == null ? null : inputKeys(args.value, '').sort();
    return defaultFieldResolver(source, args, context, info);
  };
}

/**
 * The subscribe resolver of every Subscription field (mirrored in ConformanceSchema.cs): a finite source
 * stream of the events listed under the field's name in data.json's subscriptionEvents, each event an
 * object holding the value under the field's name (heroChanged's values are character ids).
 * `*Throws` fields fail to create their stream.
 */
export function makeSubscribeFieldResolver(data) {
  const byId = (id) => [...data.characters, ...data.starships].find((o) => o.id === id) ?? null;
  return (source, args, context, info) => {
    const name = info.fieldName;
    if (name.endsWith('Throws')) throw new Error(`Subscription.${name} throws.`);
    const values = data.subscriptionEvents[name] ?? [];
    return (async function* events() {
      for (const value of values) yield { [name]: name === 'heroChanged' ? byId(value) : value };
    })();
  };
}

function inputKeys(value, prefix) {
  const keys = [];
  for (const [key, inner] of Object.entries(value)) {
    keys.push(prefix + key);
    if (Array.isArray(inner)) {
      inner.forEach((item, i) => {
        if (item !== null && typeof item === 'object') keys.push(...inputKeys(item, `${prefix}${key}.${i}.`));
      });
    } else if (inner !== null && typeof inner === 'object') {
      keys.push(...inputKeys(inner, `${prefix}${key}.`));
    }
  }
  return keys;
}

function errorJson(e) {
  const out = { message: e.message };
  if (e.locations) out.locations = e.locations;
  if (e.path) out.path = e.path;
  return out;
}

/** Runs one case like a server: a syntax or validation error yields `{ errors }` without data. */
export async function runCase(schema, data, c) {
  let document;
  try {
    document = parse(c.document);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return { phase: 'parse', result: { errors: [errorJson(e)] } };
  }
  const validationErrors = validate(schema, document, rules);
  if (validationErrors.length > 0) {
    return { phase: 'validate', result: { errors: validationErrors.map(errorJson) } };
  }
  if (c.validateOnly) return { phase: 'validate', result: {} };
  const operation = getOperationAST(document, c.operationName ?? undefined);
  if (operation?.operation === 'subscription') return runSubscription(schema, data, c, document);
  const result = await execute(executionArgs(schema, data, c, document));
  // No data means the request failed before execution: operation selection or variable coercion.
  return { phase: 'data' in result ? 'execute' : 'request', result: responseJson(result) };
}

function executionArgs(schema, data, c, document) {
  return {
    schema,
    document,
    rootValue: data,
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
    fieldResolver: makeFieldResolver(data),
  };
}

function responseJson(result) {
  const out = {};
  if ('data' in result) out.data = result.data;
  if (result.errors) out.errors = result.errors.map(errorJson);
  return out;
}

/**
 * Subscribe (spec §6.2.3) and read the whole response stream: `{ events: [response, ...] }`. A source
 * stream that cannot be created (or variables that do not coerce) is a request error without data.
 */
async function runSubscription(schema, data, c, document) {
  const result = await subscribe({
    ...executionArgs(schema, data, c, document),
    subscribeFieldResolver: makeSubscribeFieldResolver(data),
  });
  if (!(Symbol.asyncIterator in result)) return { phase: 'request', result: responseJson(result) };
  const events = [];
  for await (const event of result) events.push(responseJson(event));
  return { phase: 'execute', result: { events } };
}

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Types and directives by name: their order is the implementation's (spec §4.2 orders neither). */
function withTypesByName(schema) {
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types].sort(byName), directives: [...config.directives].sort(byName) });
}

async function main(argv) {
  if (argv[0] === 'sdl-check') {
    const introspection = JSON.parse(readFileSync(argv[1], 'utf8'));
    // The order of the types and directives is the implementation's (spec §4.2 orders neither);
    // everything else (fields, arguments, values, descriptions, defaults) is compared in order.
    const fromIntrospection = printSchema(withTypesByName(buildClientSchema(introspection.data ?? introspection)));
    const fromSdl = argv.slice(2).map((file) => printSchema(withTypesByName(buildSchema(readFileSync(file, 'utf8')))));
    process.stdout.write(JSON.stringify({ fromIntrospection, fromSdl }));
    return;
  }
  // `node oracle.mjs boutique`: the cases of boutique-cases/ against the Boutique schema, parsed and validated only.
  const boutique = argv[0] === 'boutique';
  const schema = boutique ? loadBoutiqueSchema() : loadSchema();
  const data = boutique ? null : loadData();
  const out = {};
  for (const c of boutique ? readCases(boutiqueCasesDirectory).map((b) => ({ ...b, validateOnly: true })) : readCases()) {
    const { phase, result } = await runCase(schema, data, c);
    out[c.id] = {
      phase,
      document: c.document,
      variables: c.variables,
      variablesJson: c.variablesJson ?? null,
      operationName: c.operationName,
      validateOnly: c.validateOnly,
      result,
    };
  }
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
