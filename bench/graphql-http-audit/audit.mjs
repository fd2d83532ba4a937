// Runs the graphql-http server audits against a running Masthead and prints every result.
// Usage: node audit.mjs [http://localhost:8080/graphql]   (exit code 1 when a MUST audit fails)
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const results = await Promise.all(serverAudits({ url, fetchFn: fetch }).map(async (audit) => {
  const result = await audit.fn();
  return { id: audit.id, name: audit.name, ...result };
}));
let mustFailures = 0;
for (const r of results) {
  const level = r.name.split(' ')[0];
  if (r.status !== 'ok' && level === 'MUST') mustFailures++;
  console.log(`${r.status.padEnd(7)} ${r.name}${r.status === 'ok' ? '' : `\n        ${r.reason}`}`);
}
const count = (s) => results.filter((r) => r.status === s).length;
console.log(`\n${results.length} audits: ${count('ok')} ok, ${count('warn')} warn, ${count('error')} error; `
  + `${mustFailures} MUST failure(s)`);
process.exit(mustFailures > 0 ? 1 : 0);
