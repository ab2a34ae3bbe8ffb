// Peer (b): mercurius on fastify 5 with the JIT on from the first request (jit: 1).
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { typeDefs, resolvers, portFromArgs } from './schema.mjs';

const app = Fastify({ logger: false });
app.register(mercurius, { schema: typeDefs, resolvers, jit: 1, graphiql: false });
const port = portFromArgs(5092);
await app.listen({ port, host: '127.0.0.1' });
console.log(`mercurius (jit: 1) on http://127.0.0.1:${port}/graphql`);
