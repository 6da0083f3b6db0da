import { Command, Option } from 'commander';
import type { Lang } from '../../data/messages.js';
import { translator } from '../web/i18n.js';

/**
 * `vanban serve --db FILE [--host H] [--port P] [--token T]`: the local web page over a database
 * (pipeline/web). Loopback by default on a free port, printed on start; any other host needs a
 * token. The database is opened read-only; only a review opens it for writing, for that write.
 * The server's modules load inside the action, so other commands never pay for them.
 */

export interface ServeDeps {
  lang: Lang;
  dbOption: () => Option;
  /** Refuses with one sentence and exit code 2. */
  fail: (message: string) => never;
  /** Turns an option's text into a value or throws the CLI's usage error. */
  portParser: (value: string) => number;
}

export function serveCommand(deps: ServeDeps): Command {
  const t = translator(deps.lang);
  return new Command('serve')
    .description(t('web.serve.help'))
    .addOption(deps.dbOption())
    .addOption(new Option('--host <host>', t('web.serve.help.host')).default('127.0.0.1'))
    .addOption(new Option('--port <port>', t('web.serve.help.port')).argParser(deps.portParser).default(0))
    .addOption(new Option('--token <token>', t('web.serve.help.token')))
    .action(async (opts: { db: string; host: string; port: number; token?: string }) => {
      const [{ Store }, { startServer, TokenRequired }] = await Promise.all([import('../store/index.js'), import('../web/server.js')]);
      const store = Store.open(opts.db, { readOnly: true });
      let server;
      try {
        server = await startServer({ store, lang: deps.lang, host: opts.host, port: opts.port, token: opts.token, openWriter: () => new Store(opts.db) });
      } catch (error) {
        store.close();
        if (error instanceof TokenRequired) deps.fail(t('web.serve.tokenNeeded', { host: opts.host }));
        throw error;
      }
      process.stdout.write(`${t('web.serve.listening', { db: opts.db, url: server.url })}\n`);
      const stop = async () => {
        await server.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
