// Raw-socket probes of the graphql-transport-ws close codes and ping/pong.
// Usage: node ws-probes.mjs <http-url> (the server's connection init timeout must be short).
import WebSocket from 'ws';

const url = process.argv[2].replace(/^http/, 'ws');
const PROTOCOL = 'graphql-transport-ws';

function probe(name, expectedCode, protocols, steps) {
  return new Promise((resolve) => {
    const socket = protocols ? new WebSocket(url, protocols) : new WebSocket(url);
    const send = (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    socket.on('open', () => steps(send, socket));
    socket.on('close', (code, reason) => {
      const ok = code === expectedCode;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: close ${code} ${reason.toString()}`);
      resolve(ok);
    });
    socket.on('error', (error) => console.log(`error ${name}: ${error.message}`));
  });
}

const init = { type: 'connection_init', payload: {} };
const subscribe = (id) => ({ id, type: 'subscribe', payload: { query: 'subscription { messages }' } });
const afterAck = (socket, then) => socket.on('message', (data) => {
  if (JSON.parse(data.toString()).type === 'connection_ack') then();
});

const results = [];
results.push(await probe('4400 invalid message', 4400, PROTOCOL, (send) => send('{"not":"a message"}')));
results.push(await probe('4400 unknown type', 4400, PROTOCOL, (send) => { send(init); send({ type: 'hello' }); }));
results.push(await probe('4401 subscribe before ack', 4401, PROTOCOL, (send) => send(subscribe('1'))));
results.push(await probe('4403 forbidden by the interceptor', 4403, PROTOCOL, (send) => send({ type: 'connection_init', payload: { authorization: 'Bearer reject' } })));
results.push(await probe('4406 no subprotocol', 4406, null, () => {}));
results.push(await probe('4408 init timeout', 4408, PROTOCOL, () => {}));
results.push(await probe('4409 duplicate subscriber id', 4409, PROTOCOL, (send, socket) => {
  afterAck(socket, () => { send(subscribe('same')); send(subscribe('same')); });
  send(init);
}));
results.push(await probe('4429 too many initialisation requests', 4429, PROTOCOL, (send) => { send(init); send(init); }));

// ping -> pong, then a normal close.
results.push(await probe('ping answered with pong', 1000, PROTOCOL, (send, socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === 'connection_ack') send({ type: 'ping' });
    if (message.type === 'pong') socket.close(1000, 'done');
  });
  send(init);
}));

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed}/${results.length} probes passed`);
process.exit(failed === 0 ? 0 : 1);
