// Peer (a): graphql-http's Node handler, executing with graphql-jit (compiled once per document).
import http from 'node:http';
import { parse } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createSchema, portFromArgs } from './schema.mjs';

const schema = createSchema();
const cache = new Map();

const handler = createHandler({
  schema,
  // Parse once per distinct query text; graphql-http validates the returned document.
  parse: (source) => {
    const key = typeof source === 'string' ? source : source.body;
    let entry = cache.get(key);
    if (!entry) cache.set(key, (entry = { document: parse(source), compiled: null }));
    return entry.document;
  },
  execute: (args) => {
    const key = args.document.loc?.source.body;
    let entry = cache.get(key);
    if (!entry) cache.set(key, (entry = { document: args.document, compiled: null }));
    if (!entry.compiled) {
      const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      if (!isCompiledQuery(compiled)) return compiled;
      entry.compiled = compiled;
    }
    return entry.compiled.query(args.rootValue, args.contextValue, args.variableValues);
  },
});

const port = portFromArgs(5091);
http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) return handler(req, res);
  res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`graphql-http + graphql-jit on http://127.0.0.1:${port}/graphql`));
