// The section page, /{section}: REST, paged with cursors. The first page comes from
// /api/v1/sections/{slug}/articles; "More" asks for the page after page.nextCursor and appends
// it. Cursors are keyset positions, so articles published meanwhile cause no repeats or gaps.
import { getJson } from './api.js';
import { el, fill, listItem, rail, showError, renderHeader, renderFooter } from './render.js';

const main = document.getElementById('main');
const [sectionSlug] = location.pathname.split('/').filter(Boolean);
const pageSize = Number(new URLSearchParams(location.search).get('limit')) || 10;

try {
  const [site, section, first, qiosk] = await Promise.all([
    getJson('/api/v1/site'),
    getJson(`/api/v1/sections/${encodeURIComponent(sectionSlug)}`),
    getJson(`/api/v1/sections/${encodeURIComponent(sectionSlug)}/articles`, { limit: pageSize }),
    getJson('/api/v1/latest', { section: 'qiosk', limit: 5 }),
  ]);
  renderHeader(site, section.slug);
  renderFooter(site, 'section-footer');
  fill(document.getElementById('rails'), rail('qiosk-rail', 'QIOSK', qiosk.data));
  document.title = `${section.name} | ${site.name}`;

  const list = el('ol', { class: 'article-list', id: 'article-list' });
  const status = el('p', { class: 'list-status', role: 'status', 'aria-live': 'polite' });
  const more = el('button', { type: 'button', class: 'more', id: 'more' }, 'More');
  let cursor = null;
  const add = (page) => {
    list.append(...page.data.map(listItem));
    cursor = page.page.nextCursor ?? null;
    more.hidden = !cursor;
    status.textContent = cursor ? '' : `That is all: ${list.children.length} articles.`;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    status.textContent = 'Loading…';
    try {
      const before = list.children.length;
      add(await getJson(`/api/v1/sections/${encodeURIComponent(sectionSlug)}/articles`, { limit: pageSize, cursor }));
      // Move focus to the first new article, so keyboard and screen-reader users land there.
      list.children[before]?.querySelector('h3 a')?.focus();
    } catch (error) {
      status.textContent = error.message;
    } finally {
      more.disabled = false;
    }
  });
  fill(main, 
    el('h1', {}, section.name),
    section.description ? el('p', { class: 'section-description' }, section.description) : null,
    list, more, status);
  add(first);
} catch (error) {
  showError(main, error);
}
