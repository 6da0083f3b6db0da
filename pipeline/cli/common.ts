import type { OcrSetting } from '../run/index.js';
import { LANGUAGES, resolveLang, translator, type MessageKey } from './i18n.js';

/**
 * What every command shares: the language people read, exit codes, the one-sentence refusal.
 * Light on purpose: the command line loads it for `--help`; the stages load only in actions.
 */

export const DEFAULT_DB = './vanban.sqlite';
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

export const { lang, bad: badLang } = resolveLang(process.argv.slice(2), process.env);
export const t = translator(lang);

/** A refusal the user can act on: one sentence, exit code 2 (thrown from parsers, caught in index.ts). */
export class UsageError extends Error {}

export function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export const usage = (key: MessageKey, params: Record<string, string | number>) => new UsageError(t(key, params));

/** The OCR setting: the option, else `VANBAN_OCR` (refused when it names no engine), else tesseract.js. */
export async function ocrSetting(option: OcrSetting | undefined): Promise<OcrSetting> {
  const { OCR_SETTINGS, ocrSettingProblem } = await import('../run/index.js');
  const fromEnv = process.env.VANBAN_OCR;
  if (option === undefined && fromEnv !== undefined && fromEnv !== '' && !OCR_SETTINGS.includes(fromEnv as OcrSetting)) {
    fail(t('usage.env', { name: 'VANBAN_OCR', value: fromEnv, choices: OCR_SETTINGS.join(', ') }));
  }
  const setting = option ?? ((fromEnv || 'tesseract.js') as OcrSetting);
  const problem = await ocrSettingProblem(setting);
  if (problem) fail(problem);
  return setting;
}

/** `--queue`: a Redis URL (redis:// or rediss://, TLS); true when it is not one. */
export function queueUrlProblem(value: string): boolean {
  try {
    const url = new URL(value);
    return !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname;
  } catch {
    return true;
  }
}

export { LANGUAGES };
