// Drives an endpoint with the subscriptions-transport-ws client (legacy "graphql-ws" subprotocol).
// Usage: node legacy-ws-client.mjs <http-url>.
import { SubscriptionClient } from 'subscriptions-transport-ws';
import WebSocket from 'ws';

const url = process.argv[2].replace(/^http/, 'ws');
const client = new SubscriptionClient(url, { connectionParams: { authorization: 'Bearer grace' }, reconnect: false }, WebSocket);

function collect(payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.request(payload).subscribe({
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

const query = await collect({ query: '{ hello(name: "legacy") me }' });
console.log('query: ' + JSON.stringify(query));
const countdown = await collect({ query: 'subscription { countdown(from: 2) }' });
console.log('subscription: ' + countdown.map((r) => r.data.countdown).join(','));
client.close();
process.exit(0);
