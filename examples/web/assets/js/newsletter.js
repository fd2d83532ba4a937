// The pages the newsletter's mails link to: /newsletter/confirm?token= and
// /newsletter/unsubscribe?token=. Opening the link (a GET) changes nothing; the page posts the
// token. Confirming happens on load (scanners that only fetch cannot run it); unsubscribing waits
// for the button, so that link previews cannot trigger it.
import { getJson, postJson, href } from './api.js';
import { el, fill, notice, renderHeader, renderFooter } from './render.js';

const main = document.getElementById('main');
const action = document.body.dataset.action; // "confirm" or "unsubscribe"
const token = new URLSearchParams(location.search).get('token');

getJson('/api/v1/site').then((site) => {
  renderHeader(site);
  renderFooter(site, `newsletter-${action}`);
}).catch(() => { /* the frame is optional here; the main message says what matters */ });

const result = el('div', { id: 'result' });

if (!token) {
  fill(result, notice('This link has no token. Please open the link from the mail as it is.'));
} else if (action === 'confirm') {
  fill(result, notice('Confirming your subscription…', 'status'));
  confirm();
} else {
  const button = el('button', { type: 'button', id: 'unsubscribe' }, 'Unsubscribe');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const { body } = await postJson('/api/v1/newsletter/unsubscribe', { token });
      fill(result, notice(`You are unsubscribed from the ${body.list.name}. No more mails will come from it.`, 'ok'));
    } catch (error) {
      button.disabled = false;
      result.append(notice(tokenMessage(error)));
    }
  });
  fill(result, el('p', {}, 'Stop receiving this newsletter?'), button);
}

fill(main, el('h1', {}, action === 'confirm' ? 'Confirm your subscription' : 'Unsubscribe'), result);

async function confirm() {
  try {
    const { body } = await postJson('/api/v1/newsletter/confirmations', { token });
    fill(result, notice(`Thank you: you are subscribed to the ${body.list.name}.`, 'ok'),
      el('p', {}, el('a', { href: href('/') }, 'Go to the front page')));
  } catch (error) {
    fill(result, notice(tokenMessage(error)),
      error.problem?.type?.endsWith('/token-expired')
        ? el('p', {}, 'Sign up again with the form below; a new link will come by mail.') : null);
  }
}

function tokenMessage(error) {
  const type = error.problem?.type ?? '';
  if (type.endsWith('/token-expired')) return 'This link has expired (links work for 48 hours).';
  if (type.endsWith('/invalid-token')) return 'This link has been used already or is not complete. If you are subscribed, there is nothing more to do.';
  return error.message;
}
