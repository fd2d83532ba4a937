// The article page, /{section}/{slug}: one GraphQL query brings the article, its "keep reading"
// teasers, the LATEST and QIOSK rails and the site frame. ?preview=<token> opens a draft
// through a preview link (POST /api/v1/admin/articles/{id}/preview-link) and marks it.
import { graphql } from './api.js';
import { el, fill, figure, kicker, byline, teaserCard, rail, showError, renderHeader, renderFooter, notice } from './render.js';

/** The page's one query; README "Build a frontend" shows it too. */
export const ARTICLE_PAGE_QUERY = `query ArticlePage($slug: String!, $preview: String) {
  article(slug: $slug, preview: $preview) {
    slug headline dek typeLabel publishedAt updatedAt readingTimeMinutes
    section { slug name }
    authors { slug name }
    heroImage { url alt caption credit width height }
    body { html }
    related(first: 3) {
      slug headline typeLabel excerpt excerptTruncated publishedAt
      section { slug name }
      heroImage { url alt credit }
    }
  }
  latest(first: 6) { slug headline typeLabel publishedAt section { slug name } }
  qiosk: latest(section: "qiosk", first: 5) { slug headline typeLabel publishedAt section { slug name } }
  site {
    name
    navigation { slug name }
    socialLinks { network label url }
    newsletter { slug name blurb cadence }
  }
}`;

const main = document.getElementById('main');
const [sectionSlug, slug] = location.pathname.split('/').filter(Boolean);
const preview = new URLSearchParams(location.search).get('preview');

try {
  // A previewed draft comes with an empty "keep reading": teasers are ranked for published articles.
  const data = await graphql(ARTICLE_PAGE_QUERY, preview ? { slug, preview } : { slug });
  render(data);
} catch (error) {
  // A not-found article still brings the site frame (GraphQL answers the other fields).
  if (error.data?.site) frame(error.data, sectionSlug);
  if (preview && error.problem?.extensions?.code?.startsWith('preview-link')) {
    error.message = error.problem.extensions.code === 'preview-link-expired'
      ? 'This preview link has expired. Ask for a new one, or read the published article.'
      : 'This preview link is not valid.';
  }
  showError(main, error);
}

function frame(data, currentSection, openSlug) {
  renderHeader(data.site, currentSection);
  renderFooter(data.site, 'article-footer');
  // LATEST without the article being read: ask for one more than shown, drop the open one.
  const latest = data.latest.filter((t) => t.slug !== openSlug).slice(0, 5);
  const qiosk = data.qiosk.filter((t) => t.slug !== openSlug);
  fill(document.getElementById('rails'), rail('latest', 'LATEST', latest), rail('qiosk-rail', 'QIOSK', qiosk));
}

function render({ article, latest, qiosk, site }) {
  frame({ latest, qiosk, site }, article.section.slug, article.slug);
  document.title = `${article.headline} | ${site.name}`;
  if (article.section.slug !== sectionSlug || article.slug !== slug) {
    // A former slug or a moved article: show the current address without reloading.
    history.replaceState(null, '', `/${article.section.slug}/${article.slug}${location.search}`);
  }
  fill(main, 
    preview ? notice('Preview: this article is not published. It is shown through a preview link, as it stands now.', 'preview') : null,
    el('article', { class: 'story', 'aria-labelledby': 'headline', 'data-preview': preview ? 'true' : null },
      el('header', { class: 'story-header' },
        kicker(article),
        el('h1', { id: 'headline' }, article.headline),
        article.dek ? el('p', { class: 'dek' }, article.dek) : null,
        byline(article),
        el('p', { class: 'reading-time' }, `${article.readingTimeMinutes} min read`)),
      figure(article.heroImage, { className: 'hero', eager: true }),
      bodyOf(article)),
    article.related?.length ? el('section', { class: 'related', 'aria-labelledby': 'related-title' },
      el('h2', { id: 'related-title' }, 'Keep reading'),
      el('div', { class: 'teasers' }, article.related.map(teaserCard))) : null);
}

/** body.html is sanitized by Masthead (an allow-list of tags, safe URLs), so it may go in as HTML. */
function bodyOf(article) {
  const body = el('div', { class: 'body' });
  body.innerHTML = article.body.html;
  return body;
}
