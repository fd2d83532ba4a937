// The home page: the newest articles (the LATEST rail, site-wide) and QIOSK, over REST.
import { getJson } from './api.js';
import { el, fill, listItem, rail, showError, renderHeader, renderFooter } from './render.js';

const main = document.getElementById('main');

try {
  const [site, latest, qiosk] = await Promise.all([
    getJson('/api/v1/site'),
    getJson('/api/v1/latest', { limit: 10 }),
    getJson('/api/v1/latest', { section: 'qiosk', limit: 5 }),
  ]);
  renderHeader(site);
  renderFooter(site, 'home-footer');
  document.title = site.name;
  fill(main, 
    el('h1', { class: 'visually-hidden' }, site.name),
    site.description ? el('p', { class: 'site-description' }, site.description) : null,
    el('section', { 'aria-labelledby': 'latest-title', id: 'latest' },
      el('h2', { id: 'latest-title' }, 'LATEST'),
      el('ol', { class: 'article-list' }, latest.data.map(listItem))));
  fill(document.getElementById('rails'), rail('qiosk-rail', 'QIOSK', qiosk.data));
} catch (error) {
  showError(main, error);
}
