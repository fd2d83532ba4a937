// Talking to Masthead: where it is, REST and GraphQL reads, and errors a reader can understand.
import config from '/config.js';

const params = new URLSearchParams(location.search);

/** The API's base address: ?api= on the page's URL, else config.js, else http://localhost:8080. */
export const API = (params.get('api') || config.api || 'http://localhost:8080').replace(/\/+$/, '');

/**
 * A link to another page of this frontend. When the API came from ?api=, the link carries it on,
 * so a reader who opened the example against another Masthead stays there.
 */
export function href(path, query = {}) {
  const q = new URLSearchParams(query);
  if (params.get('api')) q.set('api', params.get('api'));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A failure to show the reader: message is the sentence, status the HTTP status (0: no answer). */
export class ApiError extends Error {
  constructor(message, status = 0, problem = null) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

async function send(url, init) {
  try {
    return await fetch(url, init);
  } catch {
    // fetch only throws when there is no answer at all: down, refused, or blocked by CORS.
    throw new ApiError(`Masthead cannot be reached at ${API}. Is it running, and does it allow this site's origin (${location.origin}) in quarkus.http.cors.origins?`);
  }
}

/** The sentence a problem+json answer carries, for the reader. */
async function problemOf(response) {
  const problem = await response.json().catch(() => null);
  const detail = problem?.errors?.[0]?.message ?? problem?.detail ?? problem?.title;
  let message = detail ?? `Masthead answered ${response.status}.`;
  if (response.status === 404) message = 'Not found: there is no such page.';
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    message = `Too many tries. Please try again in ${seconds > 0 ? formatWait(seconds) : 'a little while'}.`;
  }
  return new ApiError(message, response.status, problem);
}

function formatWait(seconds) {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/**
 * GET a REST resource as JSON. The browser's HTTP cache does the caching: Masthead's answers
 * carry Cache-Control and a strong ETag (exposed to pages by CORS), so a fresh copy is reused
 * and a stale one is revalidated with If-None-Match, answered 304 without a body. Nothing here
 * defeats that (no cache-busting parameters, no cache: 'no-store').
 */
export async function getJson(path, query = {}) {
  const url = new URL(API + path);
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') url.searchParams.set(k, v);
  const response = await send(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** POST JSON to a REST endpoint; answers {status, body} for 2xx, throws ApiError otherwise. */
export async function postJson(path, body) {
  const response = await send(API + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  return { status: response.status, body: await response.json() };
}

/**
 * A GraphQL query sent by GET, so that the browser caches its answer like any REST read
 * (a query by GET is a simple cross-origin request: no preflight). Answers data; a field
 * error such as not-found is thrown as an ApiError carrying the error's code.
 */
export async function graphql(query, variables = {}) {
  const url = new URL(API + '/graphql');
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  const response = await send(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  const { data, errors } = await response.json();
  if (errors?.length) {
    const code = errors[0].extensions?.code;
    const status = code === 'not-found' ? 404 : code === 'rate-limited' ? 429 : 400;
    const message = code === 'not-found' ? 'Not found: there is no such page.' : errors[0].message;
    const error = new ApiError(message, status, errors[0]);
    error.data = data;
    throw error;
  }
  return data;
}
