/**
 * What a stage has to say about a document, returned with its result (as mammoth's `Result`
 * returns `value` and `messages` together) and gathered once into the record.
 *
 * Like a vfile message, each says where it came from and how much it matters:
 * - `origin`: the stage and part that raised it, `stage:part` — `read:txt`, `read:docx`,
 *   `read:scan`, `ocr`, `extract:header`, `extract:scan-evidence`;
 * - `severity`: `info` (what was done: a legacy encoding decoded), `warning` (a value may be
 *   wrong or missing: check it against the page), `error` (the input, or a part of it, could not
 *   be read);
 * - `span` (offsets into the record's `text`) and `page`, where it has a place.
 *
 * The record's `warnings` (vanban/1) are the texts of all messages, in the order they were raised.
 */

export type Severity = 'info' | 'warning' | 'error';

export interface Message {
  /** What happened, in one sentence. */
  message: string;
  /** The stage and part that raised it (`read:docx`, `ocr`, `extract:header`). */
  origin: string;
  severity: Severity;
  /** Where in the normalized text, when the message is about a value read from it. */
  span?: [number, number];
  /** The page it is about (1-based). */
  page?: number;
}

/** Where a message points: a span of the normalized text, a page. */
export interface Place {
  span?: [number, number];
  page?: number;
}

function make(severity: Severity) {
  return (origin: string, message: string, place: Place = {}): Message => ({ message, origin, severity, ...place });
}

export const infoMessage = make('info');
export const warningMessage = make('warning');
export const errorMessage = make('error');

/**
 * Origin of the reader's "this is a scan and needs OCR" notice (PDF without a text layer, image
 * file): the OCR stage drops it once it has read the pages.
 */
export const SCAN_ORIGIN = 'read:scan';

/** The `warnings` of a `vanban/1` record: every message's text, in order. */
export function warningTexts(messages: readonly Message[]): string[] {
  return messages.map((m) => m.message);
}
