// The JSON Feed a running Masthead serves, checked against the published JSON Schema of JSON
// Feed 1.1 (the jsonfeed-schema package; jsonfeed.org itself publishes none), site-wide and
// narrowed to a section. The Java tests check the same feeds against a stricter schema of our own.
//
//   node consumers/jsonfeed/check.mjs http://127.0.0.1:8080
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const schema = require('jsonfeed-schema/schema-v1.1.json');
const base = process.argv[2] ?? 'http://localhost:8080';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = false;
for (const path of ['/api/v1/feeds/json', '/api/v1/feeds/json?section=europe']) {
  const response = await fetch(base + path, { headers: { Accept: 'application/feed+json' } });
  const type = response.headers.get('content-type') ?? '';
  const feed = await response.json();
  if (!response.ok || !type.startsWith('application/feed+json') || !validate(feed)) {
    failed = true;
    console.error(`${path}: ${response.status} ${type}`, JSON.stringify(validate.errors ?? feed, null, 2));
  } else if (feed.items.length === 0) {
    failed = true;
    console.error(`${path}: no items to check`);
  } else {
    console.log(`${path}: valid JSON Feed 1.1, ${feed.items.length} items`);
  }
}
process.exit(failed ? 1 : 0);
