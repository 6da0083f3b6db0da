import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.js';
import { createWebApp } from './app.js';
import type { Lang } from './i18n.js';

/** Starting and stopping the web server (`vanban serve`, the browser tests, the bench). */

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
export const isLoopback = (host: string) => LOOPBACK.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

export interface ServeOptions {
  store: Store;
  lang: Lang;
  host?: string;
  /** 0 (the default) takes a free port. */
  port?: number;
  token?: string;
  openWriter?: () => Store;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Refused: a host other than loopback without a token. The caller says why in the user's language. */
export class TokenRequired extends Error {}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token) throw new TokenRequired(host);
  const { app } = createWebApp({
    store: options.store,
    lang: options.lang,
    token: options.token,
    hosts: isLoopback(host) ? LOOPBACK : [],
    openWriter: options.openWriter,
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
