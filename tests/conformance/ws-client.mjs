// Drives an endpoint with graphql-ws's own client (graphql-transport-ws): a query, a mutation, a
// subscription and an authenticated connection. Usage: node ws-client.mjs <http-url>.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2].replace(/^http/, 'ws');

function client(connectionParams) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

async function collect(c, payload) {
  const results = [];
  for await (const result of c.iterate(payload)) results.push(result);
  return results;
}

const anonymous = client({});
const query = await collect(anonymous, { query: '{ hello(name: "ws") }' });
console.log('query: ' + JSON.stringify(query));

const mutation = await collect(anonymous, { query: 'mutation($t: String!) { send(text: $t) }', variables: { t: 'sent over ws' } });
console.log('mutation: ' + JSON.stringify(mutation));

const countdown = await collect(anonymous, { query: 'subscription { countdown(from: 3) }' });
console.log('subscription: ' + countdown.map((r) => r.data.countdown).join(','));

let validationError = null;
try {
  await collect(anonymous, { query: '{ nope }' });
} catch (errors) {
  validationError = errors;
}
console.log('validation error: ' + JSON.stringify(validationError));
await anonymous.dispose();

const authenticated = client({ authorization: 'Bearer ada' });
const me = await collect(authenticated, { query: '{ me }' });
console.log('me: ' + JSON.stringify(me));
await authenticated.dispose();
process.exit(0);
