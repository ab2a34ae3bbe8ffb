// The fixed HTTP benchmark schema and data, identical to bench/GraphQL.PeerServer/BenchmarkSchema.cs:
// 100 users with ids "0".."99", names user<i>, each befriending the first three users.
import { buildSchema } from 'graphql';

export const typeDefs = /* GraphQL */ `
  type Query {
    hello(name: String = "world"): String!
    users(first: Int = 10): [User!]!
  }

  type User {
    id: ID!
    name: String!
    friends: [User!]!
  }
`;

const users = Array.from({ length: 100 }, (_, i) => ({ id: String(i), name: 'user' + i, friends: [] }));
const friends = users.slice(0, 3);
for (const user of users) user.friends = friends;

export const resolvers = {
  Query: {
    hello: (_, { name }) => 'Hello, ' + name + '!',
    users: (_, { first }) => users.slice(0, Math.max(0, Math.min(first, users.length))),
  },
};

/** The schema with the resolvers attached to its fields (graphql-http and graphql-jit take a plain schema). */
export function createSchema() {
  const schema = buildSchema(typeDefs);
  const query = schema.getQueryType().getFields();
  query.hello.resolve = resolvers.Query.hello;
  query.users.resolve = resolvers.Query.users;
  return schema;
}

/** The loopback port from `--port N` (default given by the caller). */
export function portFromArgs(fallback) {
  const i = process.argv.indexOf('--port');
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
