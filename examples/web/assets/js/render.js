// Building the page from Masthead's JSON: the frame every page shares (navigation, social links,
// the newsletter box, the LATEST and QIOSK rails) and the pieces pages are made of. Text always
// goes in as text; the one HTML inserted as such is body.html, which Masthead sanitizes.
import { API, href, postJson, ApiError } from './api.js';

/** document.createElement with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** node.replaceChildren, leaving out the null and false that optional parts give. */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
  return node;
}

/** The page address of an article or section, as Masthead's masthead.frontend.* templates say. */
export const articleHref = (teaser) => href(`/${teaser.section.slug}/${teaser.slug}`);
export const sectionHref = (section) => href(`/${section.slug}`);

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
export const formatDate = (iso) => dateFormat.format(new Date(iso));

/** "Analysis | Europe": the type label and the section, linked. */
export function kicker(item) {
  return el('p', { class: 'kicker' },
    el('span', { class: 'type-label' }, item.typeLabel), ' | ',
    el('a', { class: 'section-link', href: sectionHref(item.section) }, item.section.name));
}

/** An image with its alt text from the API, and caption and credit beneath when given. */
export function figure(image, { className = 'figure', eager = false } = {}) {
  if (!image) return null;
  const caption = [image.caption, image.credit && el('span', { class: 'credit' }, image.credit)].filter(Boolean);
  return el('figure', { class: className },
    el('img', {
      src: image.url, alt: image.alt ?? '', width: image.width, height: image.height,
      loading: eager ? 'eager' : 'lazy', decoding: 'async',
    }),
    caption.length ? el('figcaption', {}, ...caption.flatMap((c, i) => (i ? [' ', c] : [c]))) : null);
}

/** A "keep reading" teaser: image with credit, section, headline, excerpt. */
export function teaserCard(t) {
  return el('article', { class: 'teaser', 'data-slug': t.slug },
    t.heroImage ? el('figure', { class: 'teaser-image' },
      el('img', { src: t.heroImage.url, alt: t.heroImage.alt ?? '', loading: 'lazy', decoding: 'async' }),
      t.heroImage.credit ? el('figcaption', { class: 'credit' }, t.heroImage.credit) : null) : null,
    el('p', { class: 'teaser-section' }, el('a', { href: sectionHref(t.section) }, t.section.name)),
    el('h3', { class: 'teaser-headline' }, el('a', { href: articleHref(t) }, t.headline)),
    el('p', { class: 'excerpt' }, t.excerpt, t.excerptTruncated ? '…' : ''),
    el('p', { class: 'keep-reading' }, el('a', { href: articleHref(t), 'aria-label': `Keep reading: ${t.headline}` }, 'keep reading')));
}

/** A teaser in a list (section page, home): headline, kicker, dek, byline and date. */
export function listItem(t) {
  return el('li', { class: 'list-item', 'data-slug': t.slug },
    el('article', {},
      kicker(t),
      el('h3', {}, el('a', { href: articleHref(t) }, t.headline)),
      t.dek ? el('p', { class: 'dek' }, t.dek) : null,
      byline(t)));
}

/** "By A and B · February 22, 2022" */
export function byline(item) {
  const names = item.authors.map((a) => a.name);
  const by = names.length ? `By ${names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names.at(-1) : names[0]}` : null;
  return el('p', { class: 'byline' },
    by, by ? ' · ' : null,
    el('time', { datetime: item.publishedAt }, formatDate(item.publishedAt)));
}

/** A rail of headlines (LATEST, QIOSK), as a labelled landmark. */
export function rail(id, title, teasers) {
  const heading = el('h2', { id: `${id}-title` }, title);
  return el('section', { class: 'rail', id, 'aria-labelledby': `${id}-title` },
    heading,
    teasers.length
      ? el('ol', {}, teasers.map((t) => el('li', { 'data-slug': t.slug },
        el('a', { href: articleHref(t) }, t.headline),
        el('span', { class: 'rail-meta' }, `${t.typeLabel} · ${formatDate(t.publishedAt)}`))))
      : el('p', {}, 'Nothing yet.'));
}

/** A message for the reader, in words, in a live region so screen readers announce it. */
export function notice(message, kind = 'error') {
  return el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

/** Show an error in place of the page's content. */
export function showError(container, error) {
  const message = error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`;
  fill(container, el('h1', {}, error.status === 404 ? 'Page not found' : 'This page could not be loaded'),
    notice(message));
  document.title = error.status === 404 ? 'Not found' : 'Error';
}

/** Header: the publication's name, social links and section navigation. */
export function renderHeader(site, currentSection) {
  const header = document.querySelector('header[role="banner"], body > header');
  fill(header, 
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('div', { class: 'masthead-bar' },
      el('p', { class: 'site-name' }, el('a', { href: href('/') }, site.name)),
      socialLinks(site, 'header-social')),
    el('nav', { 'aria-label': 'Sections' },
      el('ul', {}, site.navigation.map((s) => el('li', {},
        el('a', { href: sectionHref(s), 'aria-current': s.slug === currentSection ? 'page' : null }, s.name))))));
}

function socialLinks(site, id) {
  if (!site.socialLinks?.length) return null;
  return el('div', { class: 'social', id },
    el('p', { id: `${id}-title`, class: 'social-title' }, 'Follow us on social'),
    el('ul', { 'aria-labelledby': `${id}-title` }, site.socialLinks.map((l) => el('li', {},
      el('a', { href: l.url, rel: 'noopener', 'data-network': l.network }, l.label)))));
}

/** Footer: the newsletter signup box, the social links again, and where the content comes from. */
export function renderFooter(site, source = 'article-footer') {
  const footer = document.querySelector('body > footer');
  fill(footer, 
    site.newsletter ? newsletterBox(site.newsletter, source) : null,
    socialLinks(site, 'footer-social'),
    el('p', { class: 'powered' }, `${site.name} · content from Masthead at ${API}`));
}

/**
 * The weekly round-up box: posts the address to Masthead, then says what happens next (the
 * confirmation mail), the same words for everyone, as the API answers the same for everyone.
 */
export function newsletterBox(list, source) {
  const status = el('div', { class: 'signup-status', role: 'status', 'aria-live': 'polite' });
  const input = el('input', { type: 'email', id: 'signup-email', name: 'email', required: true, autocomplete: 'email', placeholder: 'you@example.com' });
  const button = el('button', { type: 'submit' }, 'Subscribe');
  const form = el('form', {
    class: 'signup-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      status.className = 'signup-status';
      if (!input.value.trim()) {
        status.textContent = 'Please enter your email address.';
        status.classList.add('error');
        return;
      }
      button.disabled = true;
      status.textContent = 'Signing you up…';
      try {
        const { body } = await postJson('/api/v1/newsletter/subscriptions', { email: input.value, list: list.slug, source });
        fill(status, el('strong', {}, 'Almost done: check your inbox. '),
          body.message ?? 'We have sent you a mail with a link; open it to confirm your subscription.',
          ' The link works for 48 hours; nothing is sent to you until you confirm.');
        status.classList.add('ok');
        form.reset();
      } catch (error) {
        status.textContent = error.status === 400 && error.problem?.errors?.[0]
          ? `Please check the address: ${error.problem.errors[0].message}.`
          : error.message;
        status.classList.add('error');
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', { for: 'signup-email' }, 'Email address'),
  el('div', { class: 'signup-row' }, input, button));
  return el('section', { class: 'newsletter', id: 'newsletter', 'aria-labelledby': 'newsletter-title' },
    el('h2', { id: 'newsletter-title' }, 'Newsletter'),
    el('p', { class: 'blurb' }, list.blurb),
    el('p', { class: 'explain' }, `${list.name}${list.cadence ? `, ${list.cadence}` : ''}. We mail you a link to confirm (double opt-in); every mail has a link to unsubscribe.`),
    form, status);
}
