// Browser mode: the same services as the desktop app, over HTTP on 127.0.0.1.
// Static files (the built UI) are public because they hold no data; every
// operation needs this run's token and must come from our own origin, which
// stops other sites and DNS-rebinding pages from driving the services.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../../shared/contract/operations';
import type { Envelope, WireError } from '../../shared/contract/envelope';
import { httpPath } from '../../shared/contract/envelope';
import { bearerToken, newToken, tokenMatches } from './token';
import { readStatic } from './staticFiles';
import { readBody, BodyTooLarge } from './requestBody';
import { SECURITY_HEADERS } from './securityHeaders';
import { inLanguage, languageOf } from '../services/language';
import { browserModeMessages } from '../services/messages/browserMode';
import { generalMessages } from '../services/messages/general';
import { say } from '../services/messages/say';

export interface WebServerOptions {
  handlers: Handlers;
  /** 0 or absent: any free port. */
  port?: number;
  /** The built renderer, normally dist/renderer. */
  staticDir: string;
  /** Loopback only; anything else is refused. */
  host?: string;
  /** A whole large holdplan/v1 import must fit. */
  maxBodyBytes?: number;
}

export interface WebServer {
  /** Open this: it carries the token in the fragment, which browsers never send to a server. */
  url: string;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = httpPath('');
const DEFAULT_MAX_BODY = 64 * 1024 * 1024;

const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) {
    throw new Error(`Browser mode only listens on a 127.x.x.x loopback address, not "${host}".`);
  }
  const token = newToken();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let ownHost = '';

  const server = createServer((req, res) => {
    // The transport's own refusals come before any operation, so they take the services' language here.
    inLanguage(languageOf(options.handlers), () =>
      handle(req, res).catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        sendEnvelope(res, 500, refusal('internal', say(generalMessages.internal({ message }))));
      }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== ownHost) {
      sendEnvelope(res, 403, refusal('unauthorized', say(browserModeMessages.wrongHost())));
      return;
    }
    const path = new URL(req.url ?? '/', `http://${ownHost}`).pathname;
    if (path.startsWith(API_PREFIX)) {
      await handleApi(req, res, path.slice(API_PREFIX.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendEnvelope(res, 405, refusal('invalid-input', say(browserModeMessages.methodNotAllowed({ method: req.method }))), { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readStatic(options.staticDir, path);
    if (file.kind === 'forbidden') {
      sendText(res, 403, 'Forbidden');
    } else if (file.kind === 'not-found') {
      sendText(res, 404, 'Not found');
    } else {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': file.body.length, 'Cache-Control': file.cache });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${ownHost}`) {
      sendEnvelope(res, 403, refusal('unauthorized', say(browserModeMessages.originNotAllowed({ origin }))));
      return;
    }
    const given = bearerToken(req.headers.authorization);
    if (given === null || !tokenMatches(token, given)) {
      sendEnvelope(res, 401, refusal('unauthorized', say(browserModeMessages.noToken())), {
        'WWW-Authenticate': 'Bearer',
      });
      return;
    }
    if (req.method !== 'POST') {
      sendEnvelope(res, 405, refusal('invalid-input', say(browserModeMessages.postOnly())), { Allow: 'POST' });
      return;
    }
    let text: string;
    try {
      text = await readBody(req, maxBody);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        sendEnvelope(res, 413, refusal('invalid-input', say(browserModeMessages.tooLarge({ size: sizeInWords(maxBody) }))), { Connection: 'close' });
        return;
      }
      throw e;
    }
    let body: unknown;
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      sendEnvelope(res, 400, refusal('invalid-input', say(browserModeMessages.notJson({ error: reason }))));
      return;
    }
    // Whatever dispatch answers is the operation's result, success or refusal,
    // exactly as over IPC; HTTP statuses other than 200 mean the transport refused.
    sendEnvelope(res, 200, await dispatch(options.handlers, decodeName(name), body));
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const { port } = server.address() as AddressInfo;
  ownHost = `${host}:${port}`;

  return {
    url: `http://${ownHost}/#token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((e) => (e ? reject(e) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function refusal(code: WireError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message, details: [] } };
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
