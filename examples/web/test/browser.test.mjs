// Browser tests of the example frontend: Debian's Chromium (/usr/bin/chromium) driven by
// playwright-core, against the packaged Masthead and the example served from another origin.
// .ci/browser-tests starts both and sets the environment below; each test saves a screenshot.
//
//   API    Masthead's base address            (http://127.0.0.1:18201)
//   WEB    the example frontend's address     (http://127.0.0.1:18203)
//   SMTP_PORT  port for the test SMTP server  (18204; the app's mailer points at it)
//   MASTHEAD_ADMIN_TOKEN  the app's bootstrap token (admin export, drafts, preview links)
//   SHOTS  where screenshots go               (target/browser)
//   CHROMIUM  the browser                     (/usr/bin/chromium)
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startSmtp, decodeQuotedPrintable } from './smtp.mjs';

const API = process.env.API ?? 'http://127.0.0.1:18201';
const WEB = process.env.WEB ?? 'http://127.0.0.1:18203';
const ADMIN = process.env.MASTHEAD_ADMIN_TOKEN;
const SHOTS = process.env.SHOTS ?? 'target/browser';
const SEED = 'blinken-cancels-meeting-with-lavrov-citing-russian-invasion';
const KEEP_READING = [
  "Latin America's hidden role in shaping US foreign policy",
  'US missile depletion from Houthi, Israel conflicts may shock you',
  'Symposium: Why was Japan the only nuclear holocaust in 80 yrs?',
];
// A 1x1 grey PNG: the demo's images live on hosts this closed network cannot reach, so the
// browser gets this instead (a failed image would be a console error, and not the frontend's).
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let browser;
let smtp;
const opened = new Set();

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  smtp = await startSmtp(Number(process.env.SMTP_PORT ?? 18204));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // No --user-data-dir: Playwright refuses it and starts Chromium on a fresh temporary profile
    // of its own, deleted when the browser closes.
  });
});

// A failed test leaves its pages open: save what they showed, then close them.
afterEach(async () => {
  for (const o of opened) {
    await o.page.screenshot({ path: join(SHOTS, `${o.name}-failed.png`), fullPage: true }).catch(() => {});
    await o.context.close();
  }
  opened.clear();
});

after(async () => {
  await browser?.close();
  await smtp?.close();
});

/**
 * A fresh page that records console errors and uncaught exceptions, with images from outside
 * this machine answered by a placeholder. Call done() at the end: it saves the screenshot.
 */
async function open(name, { viewport = { width: 1280, height: 900 }, placeholderImages = true } = {}) {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const handle = { name, page, context };
  opened.add(handle);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  // Routing turns the browser's HTTP cache off, so a page that tests caching goes without it.
  if (placeholderImages) {
    await page.route(/^https:\/\/(demo|synthetic)\.masthead\.dev\//, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  }
  return {
    page,
    problems,
    async done({ allowErrors = false } = {}) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      opened.delete(handle);
      await context.close();
      if (!allowErrors) assert.deepEqual(problems, [], 'no console errors');
    },
  };
}

async function api(path, init = {}) {
  const response = await fetch(API + path, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN}`, ...init.headers },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const slugsIn = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.dataset.slug));

test('the article page shows the seed article: headline, dek, credit, three teasers, frame', async () => {
  const { page, done } = await open('article');
  const seed = (await api(`/api/v1/articles/${SEED}`)).body;
  await page.goto(`${WEB}/europe/${SEED}`);
  await page.locator('#headline').waitFor();

  assert.equal(await page.locator('#headline').textContent(), "Blinken cancels meeting with Lavrov, citing Russian 'invasion'");
  assert.equal(await page.locator('.story .dek').textContent(),
    "The move follows an announcement by the White House that it's slapping a first tranche of sanctions on Moscow.");
  assert.equal(await page.locator('.story .type-label').textContent(), 'Analysis');
  assert.equal(await page.locator('.story .section-link').textContent(), 'Europe');
  assert.match(await page.locator('.story .byline').textContent(), /^By Europe Desk · February 22, 2022$/);
  assert.equal(await page.locator('.hero figcaption .credit').textContent(), 'State Department photo by Ron Przysucha/ Public Domain');
  assert.match(await page.locator('.hero figcaption').textContent(), /^Secretary of State Antony J\. Blinken gives opening remarks/);
  assert.equal(await page.locator('.hero img').getAttribute('alt'), seed.heroImage.alt, 'alt text from the API');
  assert.equal(await page.locator('.story .body p').count(), 6);
  assert.match(await page.locator('.story .body').textContent(), /Nord Stream 2 pipeline/);

  const teasers = page.locator('.related .teaser');
  assert.equal(await teasers.count(), 3, 'exactly three teasers');
  assert.deepEqual(await page.locator('.related .teaser-headline').allTextContents(), KEEP_READING);
  assert.deepEqual(await page.locator('.related .teaser-section').allTextContents(),
    ['Latin America', 'Military Industrial Complex', 'Global Crises']);
  assert.equal(await teasers.nth(1).locator('.credit').textContent(), 'U.S. Navy photo by Mass Communication Specialist 2nd Class Aaron Lau/ Public domain');
  assert.match(await teasers.nth(0).locator('.excerpt').textContent(), /^For much of the Washington D\.C\. foreign policy apparatus/);

  assert.deepEqual(await page.locator('nav[aria-label="Sections"] a').allTextContents(),
    ['Europe', 'Latin America', 'Military Industrial Complex', 'Global Crises', 'QIOSK']);
  assert.equal(await page.locator('#header-social a').count(), 5, 'social links');
  assert.match(await page.locator('#newsletter .blurb').textContent(), /^Subscribe now to our weekly round-up/);
  assert.match(await page.locator('#newsletter').textContent(), /mail you a link to confirm/);
  for (const landmark of ['banner', 'navigation', 'main', 'complementary', 'contentinfo']) {
    assert.ok(await page.getByRole(landmark).count() >= 1, `landmark ${landmark}`);
  }
  assert.ok(await page.locator('#qiosk-rail li').count() >= 1, 'QIOSK rail');
  assert.equal(await page.title(), "Blinken cancels meeting with Lavrov, citing Russian 'invasion' | Masthead Demo");
  await done();
});

test('the article page reads well on a phone-sized viewport', async () => {
  const { page, done } = await open('article-phone', { viewport: { width: 390, height: 844 } });
  await page.goto(`${WEB}/europe/${SEED}`);
  await page.locator('.related .teaser').nth(2).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
  const heroWidth = await page.locator('.hero img').evaluate((img) => img.getBoundingClientRect().width);
  assert.ok(heroWidth <= 390, 'the hero image fits the screen');
  await done();
});

test('LATEST leaves out the open article', async () => {
  const { page, done } = await open('latest');
  // The newest article heads the site-wide LATEST; open it and its rail must not list it.
  const newest = (await api('/api/v1/latest?limit=1')).body.data[0];
  await page.goto(`${WEB}/${newest.section.slug}/${newest.slug}`);
  await page.locator('#latest li').first().waitFor();
  const rail = await slugsIn(page, '#latest li');
  assert.equal(rail.length, 5);
  assert.ok(!rail.includes(newest.slug), `LATEST lists the open article: ${rail}`);
  const expected = (await api('/api/v1/latest?limit=6')).body.data.map((t) => t.slug).filter((s) => s !== newest.slug);
  assert.deepEqual(rail, expected);
  await done();
});

test('the home page shows LATEST and QIOSK', async () => {
  const { page, done } = await open('home');
  await page.goto(`${WEB}/`);
  await page.locator('#latest li').first().waitFor();
  const expected = (await api('/api/v1/latest?limit=10')).body.data.map((t) => t.slug);
  assert.deepEqual(await slugsIn(page, '#latest li.list-item'), expected);
  const qiosk = (await api('/api/v1/latest?section=qiosk&limit=5')).body.data.map((t) => t.slug);
  assert.ok(qiosk.length > 0);
  assert.deepEqual(await slugsIn(page, '#qiosk-rail li'), qiosk);
  await done();
});

test('the section page pages with "More", without repeats, and the browser caches by ETag', async () => {
  const { page, done } = await open('section', { placeholderImages: false }); // a section page shows no images
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // Requests to the API and how each was answered: 304 for a revalidation with If-None-Match.
  const answers = new Map();
  cdp.on('Network.requestWillBeSent', (e) => answers.set(e.requestId, { ...answers.get(e.requestId), url: e.request.url }));
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    if (e.headers['If-None-Match'] || e.headers['if-none-match']) answers.set(e.requestId, { ...answers.get(e.requestId), conditional: true });
  });
  cdp.on('Network.responseReceivedExtraInfo', (e) => answers.set(e.requestId, { ...answers.get(e.requestId), status: e.statusCode }));

  let total = 0;
  for (let cursor = null; ;) {
    const page1 = (await api(`/api/v1/sections/europe/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`)).body;
    total += page1.data.length;
    cursor = page1.page.nextCursor;
    if (!cursor) break;
  }
  assert.ok(total > 8, `enough Europe articles to page (${total})`);

  await page.goto(`${WEB}/europe?limit=4`);
  await page.locator('#article-list li').first().waitFor();
  assert.equal(await page.locator('#article-list li').count(), 4);
  const more = page.locator('#more');
  let clicks = 0;
  while (await more.isVisible()) {
    const before = await page.locator('#article-list li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length > n, before);
    clicks++;
  }
  const slugs = await slugsIn(page, '#article-list li');
  assert.equal(new Set(slugs).size, slugs.length, `no repeats: ${slugs}`);
  assert.equal(slugs.length, total, 'every article of the section, once');
  assert.equal(clicks, Math.ceil(total / 4) - 1);
  assert.match(await page.locator('.list-status').textContent(), new RegExp(`That is all: ${total} articles`));

  // Coming back: the app under test says max-age=0, so the browser revalidates every answer
  // it kept, sending its ETag in If-None-Match, and Masthead answers 304 without a body.
  const etag = (await fetch(`${API}/api/v1/site`)).headers.get('etag');
  assert.ok(etag, 'the API sends an ETag');
  await page.goto(`${WEB}/`);
  await page.locator('#latest li').first().waitFor();
  await page.waitForLoadState('networkidle');
  answers.clear();
  await page.goto(`${WEB}/europe?limit=4`);
  await page.locator('#article-list li').first().waitFor();
  await page.waitForLoadState('networkidle');
  const toApi = [...answers.values()].filter((a) => a.url?.startsWith(API));
  assert.equal(toApi.length, 4, 'site, section, first page, QIOSK');
  assert.ok(toApi.every((a) => a.conditional && a.status === 304), `each revalidated with If-None-Match, 304: ${JSON.stringify(toApi)}`);
  await done();
});

test('a signup from the article page ends, through the mail and the confirm page, confirmed', async () => {
  const { page, problems, done } = await open('signup');
  const email = `reader-${Date.now()}@example.com`;
  await page.goto(`${WEB}/europe/${SEED}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await page.locator('.signup-status.ok').waitFor();
  assert.match(await page.locator('.signup-status').textContent(), /check your inbox/i);
  await page.screenshot({ path: join(SHOTS, 'signup-sent.png'), fullPage: true });

  const mail = await smtp.waitFor((m) => m.to.includes(email));
  const text = mailText(mail.raw);
  const link = text.match(/https?:\/\/[^\s"<>]+\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/)?.[0];
  assert.ok(link, `a confirm link in the mail:\n${text.slice(0, 2000)}`);
  assert.ok(link.startsWith(WEB), `the link points at the frontend (${link})`);

  const exportOf = async () => (await api('/api/v1/admin/newsletter/exports', { method: 'POST', body: JSON.stringify({ email }) })).body;
  assert.equal((await exportOf()).subscriptions[0].status, 'PENDING');

  const confirmPage = await page.context().newPage();
  confirmPage.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  confirmPage.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await confirmPage.goto(link);
  await confirmPage.locator('#result .notice.ok').waitFor();
  assert.match(await confirmPage.locator('#result').textContent(), /you are subscribed to the Weekly round-up/);
  await confirmPage.screenshot({ path: join(SHOTS, 'signup-confirmed.png'), fullPage: true });
  assert.equal((await exportOf()).subscriptions[0].status, 'CONFIRMED');

  // The mail's unsubscribe link (every mail has one) opens the unsubscribe page, which asks before it acts.
  // The mail has two: the one-click address of the API in List-Unsubscribe, the page's in the text.
  const unsubscribe = text.match(/https?:\/\/[^\s"<>]+\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]+/g)
    ?.find((url) => url.startsWith(`${WEB}/newsletter/`));
  assert.ok(unsubscribe, `an unsubscribe link in the mail:\n${mail.raw.slice(0, 3000)}`);
  await confirmPage.goto(unsubscribe);
  await confirmPage.getByRole('button', { name: 'Unsubscribe' }).click();
  await confirmPage.locator('#result .notice.ok').waitFor();
  assert.equal((await exportOf()).subscriptions[0].status, 'UNSUBSCRIBED');
  await confirmPage.screenshot({ path: join(SHOTS, 'unsubscribed.png'), fullPage: true });
  await done();
});

test('a draft opens through a preview link and is marked as a preview', async () => {
  const { page, done } = await open('preview');
  const slug = `browser-draft-${Date.now()}`;
  const draft = await api('/api/v1/admin/articles', {
    method: 'POST',
    body: JSON.stringify({
      slug, headline: 'A draft seen through a preview link', dek: 'Not published yet', type: 'news',
      section: 'europe', authors: ['demo-europe-desk'], tags: [], body: { html: '<p>Draft text.</p>' },
    }),
  });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const link = await api(`/api/v1/admin/articles/${draft.body.id}/preview-link`, { method: 'POST' });
  assert.equal(link.status, 201, JSON.stringify(link.body));

  await page.goto(`${WEB}/europe/${slug}?preview=${link.body.token}`);
  await page.locator('#headline').waitFor();
  assert.equal(await page.locator('#headline').textContent(), 'A draft seen through a preview link');
  assert.match(await page.locator('.notice.preview').textContent(), /^Preview: this article is not published/);
  await done();
});

test('errors are shown in words: 404, API down, 429 on signup', async () => {
  const { page, problems, done } = await open('error-404');
  await page.goto(`${WEB}/europe/no-such-article`);
  await page.locator('[role="alert"]').waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Page not found');
  assert.match(await page.locator('main [role="alert"]').textContent(), /no such page/);
  assert.deepEqual(problems, [], 'a missing article is a GraphQL not-found, no failed request');
  await done();

  const down = await open('error-api-down');
  await down.page.goto(`${WEB}/europe/${SEED}?api=http://127.0.0.1:9`);
  await down.page.locator('[role="alert"]').waitFor();
  assert.match(await down.page.locator('main [role="alert"]').textContent(), /Masthead cannot be reached at http:\/\/127\.0\.0\.1:9/);
  await down.done({ allowErrors: true }); // the refused connection is logged by the browser itself

  // The app runs with 2 signups per mailbox and hour: the third is a real 429.
  const limited = await open('error-429');
  const email = `limited-${Date.now()}@example.com`;
  await limited.page.goto(`${WEB}/europe/${SEED}`);
  for (let i = 1; i <= 3; i++) {
    await limited.page.getByLabel('Email address').fill(email);
    await limited.page.getByRole('button', { name: 'Subscribe' }).click();
    await limited.page.locator(i < 3 ? '.signup-status.ok' : '.signup-status.error').waitFor();
  }
  assert.match(await limited.page.locator('.signup-status').textContent(), /^Too many tries\. Please try again in \d+ (seconds|minutes)\.$/);
  await limited.done({ allowErrors: true }); // the browser logs the 429 response as an error
});

/**
 * A mail's text: each MIME part decoded as its own Content-Transfer-Encoding says (7bit parts
 * as they are: decoding them as quoted-printable would garble a token that follows an "=").
 */
function mailText(raw) {
  return raw.split(/\r?\n--[^\r\n]*\r?\n/).map((part) => {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
    if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8');
    return part;
  }).join('\n');
}
