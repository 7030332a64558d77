// Runs graphql-http's server audit (https://github.com/graphql/graphql-http) against one endpoint and
// prints the results as JSON. Usage: node audit.mjs URL '{"Header": "value"}'
import { auditServer } from 'graphql-http';

const [url, headers] = [process.argv[2], JSON.parse(process.argv[3] || '{}')];

// The audit has no option for headers: credentials go in through the fetch it is given.
const fetchFn = (input, init = {}) => {
  const merged = new Headers(init.headers || {});
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return fetch(input, { ...init, headers: merged });
};

const results = await auditServer({ url, fetchFn });
const out = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') entry.reason = result.reason;
  out.push(entry);
}
process.stdout.write(JSON.stringify(out));
