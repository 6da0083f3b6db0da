import { userInfo } from 'node:os';
import type { Command, Option } from 'commander';
import type { MessageKey, Translate } from './i18n.js';

/**
 * `vanban review DOC-ID FIELD VALUE [--confirm] [--by NAME]`: a person confirms or corrects one
 * value of a stored document. The review is kept apart from the extraction (store/reviews.ts),
 * so the next ingest — a new pipeline version, the file moved, the DOCX of the same document —
 * keeps it, and the views show it over what the extraction says.
 */

export interface ReviewCommandDeps {
  t: Translate;
  fail: (message: string, code?: number) => never;
  dbOption: () => Option;
  examples: (lines: string[]) => string;
  exitNotFound: number;
}

/** The operating-system user, when the person gives no name. */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? 'unknown';
  }
}

export function registerReview(command: Command, { t, fail, dbOption, examples, exitNotFound }: ReviewCommandDeps): Command {
  return command
    .description(t('help.review'))
    .argument('<doc-id>', t('help.review.key'))
    .argument('<field>', t('help.review.field'))
    .argument('<value>', t('help.review.value'))
    .addOption(dbOption())
    .option('--confirm', t('help.review.confirm'))
    .option('--by <name>', t('help.review.by'))
    .addHelpText('after', examples(['vanban review 12 number 24/TTr-UBND --by lan', 'vanban review 12 date 2024-03-15 --confirm', "vanban review 12 'tasks[2].deadline' 2024-06-30"]))
    .action(async (key: string, field: string, value: string, opts: { db: string; confirm?: boolean; by?: string }) => {
      const { ReviewError, Store } = await import('../store/index.js');
      const { reviewedDocumentKey } = await import('../run/index.js');
      const store = new Store(opts.db, { mustExist: true });
      try {
        const found = store.lookup(key);
        if (found.kind !== 'document') {
          fail(t(found.kind === 'several' ? 'show.several' : 'show.notFound', { key, db: opts.db, n: found.kind === 'several' ? found.documents.length : 0 }), exitNotFound);
          return;
        }
        const { id, record } = found.document;
        const by = opts.by?.trim() || osUser();
        const review = store.addReview({ documentId: id, field, value, reviewer: by, confirm: opts.confirm, reviewedKey: reviewedDocumentKey(record, field, value) });
        const done = review.action === 'confirm' ? 'review.confirmed' : 'review.corrected';
        process.stdout.write(`${t(done, { id, field, value: review.valueAfter ?? '', before: review.valueBefore ?? '—', by })}\n`);
      } catch (error) {
        if (error instanceof ReviewError) fail(t(`review.${error.reason}` as MessageKey, error.details));
        throw error;
      } finally {
        store.close();
      }
    });
}
