// Peer (c): graphql-yoga 5 on Node's http server (its default envelop plugins; GraphiQL off).
import http from 'node:http';
import { createYoga, createSchema } from 'graphql-yoga';
import { typeDefs, resolvers, portFromArgs } from './schema.mjs';

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers }), graphiql: false, logging: false, maskedErrors: false });
const port = portFromArgs(5093);
http.createServer(yoga).listen(port, '127.0.0.1', () => console.log(`graphql-yoga on http://127.0.0.1:${port}/graphql`));
