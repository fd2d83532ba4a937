// A tiny SMTP server for the browser tests: it accepts every mail (no TLS, no auth: the app is
// started with quarkus.mailer.start-tls=DISABLED) and keeps them in memory for the test to read.
import { createServer } from 'node:net';

/** Starts the catcher on port; answers { messages, close(), waitFor(predicate, ms) }. */
export function startSmtp(port) {
  const messages = [];
  const waiters = [];
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let data = [];
    let rcpt = [];
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 catcher ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (process.env.SMTP_LOG && !inData) console.error(`smtp> ${line}`);
        if (inData) {
          if (line === '.') {
            inData = false;
            const message = { to: rcpt, raw: data.join('\r\n') };
            messages.push(message);
            data = [];
            rcpt = [];
            reply('250 OK queued');
            for (const w of [...waiters]) w();
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') { socket.write('250-catcher\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n'); }
        else if (verb === 'HELO') reply('250 catcher');
        else if (verb === 'MAIL') { rcpt = []; reply('250 OK'); }
        else if (verb === 'RCPT') { rcpt.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1')); reply('250 OK'); }
        else if (verb === 'DATA') { inData = true; reply('354 End data with <CR><LF>.<CR><LF>'); }
        else if (verb === 'QUIT') { reply('221 Bye'); socket.end(); }
        else if (verb === 'RSET') { rcpt = []; data = []; reply('250 OK'); }
        else if (verb === 'NOOP') reply('250 OK');
        else reply('502 Not implemented');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
    messages,
    // The app's mailer keeps its connection open for the next mail: end it, or close() waits.
    close: () => new Promise((r) => { server.close(r); for (const s of sockets) s.destroy(); }),
    /** The first mail that satisfies predicate, waiting for it up to ms. */
    waitFor(predicate, ms = 20000) {
      return new Promise((res, rej) => {
        const check = () => {
          const found = messages.find(predicate);
          if (found) { waiters.splice(waiters.indexOf(check), 1); clearTimeout(timer); res(found); }
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(check), 1);
          rej(new Error(`No such mail within ${ms} ms; caught: ${messages.map((m) => m.to).join(', ') || 'none'}`));
        }, ms);
        waiters.push(check);
        check();
      });
    },
  })));
}

/** The mail's text with quoted-printable soft breaks and escapes undone (links survive intact). */
export function decodeQuotedPrintable(raw) {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
}
