import { gunzipSync, gzipSync } from 'node:zlib';
import { PIPELINE_VERSION } from '../../store/index.js';
import type { OcrSetting } from '../../ocr/index.js';
import type { VanbanRecord } from '../../core/record.js';

/**
 * What travels through Redis between the coordinator (`vanban ingest --queue`) and the workers
 * (`vanban worker`): one job per file, named by the file's content and the pipeline version, and
 * its result — the record and the text, gzipped when large so Redis holds less.
 */

/** The BullMQ queue every coordinator and worker of a Redis database shares. */
export const QUEUE_NAME = 'vanban';

/**
 * Events kept in Redis's event stream (BullMQ's default is 10 000). A completed event carries the
 * job's result, so the stream would hold 10 000 results; the coordinator reads events as they
 * come and asks for a job's state when one was missed, so a short stream loses nothing.
 * Every queue handle sets it (BullMQ stores it in the queue's meta when a handle opens).
 */
export const EVENTS_MAX_LEN = 2000;

/** A file's job: reached by its path on storage every worker mounts, checked against its sha256. */
export interface FileJob {
  path: string;
  sha256: string;
  size: number;
  ocr: OcrSetting;
  maxBytes: number;
}

/** What a worker sends back for a file (plain, or `{ gzip }` when large). */
export interface FileOutcome {
  record: VanbanRecord;
  text: string;
  /** Milliseconds the worker spent on the file. */
  ms: number;
  engineMessages: string[];
  /** `host:pid` of the worker that did it. */
  worker: string;
}

export type WireOutcome = FileOutcome | { gzip: string };

/**
 * The job's id: the same content under the same pipeline version is one job, whoever adds it and
 * however often (BullMQ ignores an add whose id exists), so a rerun or a second coordinator never
 * queues a file twice. BullMQ refuses ids with `:`.
 */
export function jobIdOf(sha256: string): string {
  return `${sha256}-v${PIPELINE_VERSION}`;
}

/** Results above this many bytes of JSON are gzipped (text compresses about 4:1). */
export const COMPRESS_ABOVE = 16 * 1024;

export function packOutcome(outcome: FileOutcome): WireOutcome {
  const json = JSON.stringify(outcome);
  return json.length > COMPRESS_ABOVE ? { gzip: gzipSync(json).toString('base64') } : outcome;
}

export function unpackOutcome(wire: WireOutcome | string | null): FileOutcome {
  const value = typeof wire === 'string' ? (JSON.parse(wire) as WireOutcome) : wire;
  if (!value || typeof value !== 'object') throw new Error('no result');
  if ('gzip' in value) return JSON.parse(gunzipSync(Buffer.from(value.gzip, 'base64')).toString('utf8')) as FileOutcome;
  return value;
}

/**
 * A failed job carries its error code with its reason (`[code] reason`), because BullMQ keeps
 * only a message: the coordinator stores both, as the local batch does.
 */
export function packFailure(code: string, message: string): string {
  return `[${code}] ${message}`;
}

export function unpackFailure(reason: string | undefined): { code: string; message: string } {
  const match = /^\[([a-z0-9-]+)\] ([\s\S]*)$/.exec(reason ?? '');
  return match ? { code: match[1]!, message: match[2]! } : { code: 'internal', message: reason || 'failed without a reason' };
}
