// Runs graphql-http's server audit (GraphQL over HTTP) against a running endpoint.
// Usage: node http-audit.mjs <url>. Prints every audit; exits non-zero when a MUST or SHOULD fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
let failures = 0;
let passed = 0;
for (const result of results) {
  const required = result.name.startsWith('MUST') || result.name.startsWith('SHOULD');
  if (result.status === 'ok') {
    passed++;
    console.log(`ok    ${result.id} ${result.name}`);
    continue;
  }
  if (required) failures++;
  let body = '';
  try {
    body = result.response ? ` ${result.response.status} ${await result.response.text()}` : '';
  } catch {
    // the body was already read by the audit
  }
  console.log(`${result.status.padEnd(5)} ${result.id} ${result.name}: ${result.reason}${body}`);
}

console.log(`${passed}/${results.length} audits passed, ${failures} MUST/SHOULD failures`);
process.exit(failures === 0 ? 0 : 1);
