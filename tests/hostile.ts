import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** Helpers for the hostile-input tests: temporary folders and the CLI run as an ordinary user. */

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'vanban.mjs');

/** A fresh folder any user can enter (the CLI may run as `nobody` in it). */
export function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vanban-${prefix}-`));
  chmodSync(dir, 0o777);
  return dir;
}

/** The uid of `nobody`: as root, permissions are not enforced, so attacks on them run the CLI as this user. */
export const NOBODY = 65534;
export const IS_ROOT = process.getuid?.() === 0;

/** Runs the CLI; `asUser` drops to that uid (only possible as root; otherwise it runs as the current user). */
export function vanban(args: string[], options: { asUser?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const drop = options.asUser !== undefined && IS_ROOT ? { uid: options.asUser, gid: options.asUser } : {};
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, HOME: tmpdir(), ...options.env },
    ...drop,
  });
}

/* ---- Hostile files, made small: each claims far more than it holds. ---- */


/** A PNG whose header declares `width`×`height` gray pixels; only a few rows of data follow. */
export function hugePng(width = 20000, height = 20000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const rows = deflateSync(Buffer.alloc((width + 1) * 4, 0xff));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF from object bodies (1: catalog, 2: pages), with a correct cross-reference table. */
function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A one-page PDF whose page is one image declared as `width`×`height` pixels (a few KB of data). */
export function pdfWithHugeImage(width = 20000, height = 20000): Buffer {
  const data = deflateSync(Buffer.alloc(width * 8, 0xff));
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ]);
}

/** A PDF of `pages` blank pages sharing one empty content stream. */
export function blankPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} /MediaBox [0 0 595 842] >>`,
    '<< /Length 0 >>\nstream\n\nendstream',
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>'),
  ]);
}

/**
 * A DOCX whose `word/document.xml` declares (in its local header and the directory) a tenth of
 * the size it inflates to: the directory-only guard believes it.
 */
export function lyingDocx(docx: Buffer): Buffer {
  const out = Buffer.from(docx);
  const name = Buffer.from('word/document.xml');
  for (const [signature, sizeAt, nameAt] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]] as const) {
    for (let i = out.indexOf(name); i >= 0; i = out.indexOf(name, i + 1)) {
      const header = i - nameAt;
      if (header >= 0 && out.readUInt32LE(header) === signature) out.writeUInt32LE(Math.floor(out.readUInt32LE(header + sizeAt) / 10), header + sizeAt);
    }
  }
  return out;
}

/** /etc/shadow as a careless export leaves it. */
export function shadowFile(): string {
  const salt = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'[(i * 31 + seed * 17) % 64]).join('');
  const users = ['root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data', 'backup', 'list', 'irc', 'nobody', 'systemd-network', 'sshd', 'admin'];
  return users.map((u, i) => `${u}:${i % 3 ? '*' : `$6$${salt(16, i)}$${salt(86, i + 7)}`}:19700:0:99999:7:::`).join('\n') + '\n';
}

export const ENGLISH_NOTE = 'Remember to call Bob about the invoice tomorrow morning. Thanks!\n';
export const CREDENTIALS = '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = ap-southeast-1\n';

