import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine, NativeTesseractEngine, TesseractJsEngine } from '../../../pipeline/ocr/engines.js';
import type { GrayImage } from '../../../pipeline/ocr/prepare.js';

/**
 * `--ocr auto` takes the native `tesseract` command where it is installed: one thread per process,
 * at most one process per core. A stand-in command on the PATH records what each process was given,
 * so this runs on machines without Tesseract too.
 */

const dir = mkdtempSync(join(tmpdir(), 'vanban-native-'));
const log = join(dir, 'log');
const script = `#!/bin/sh
case "$1" in
  --list-langs) echo "List of available languages in \\"/usr/share\\" (2):"; echo eng; echo vie; exit 0;;
  --version) echo "tesseract 9.9.9"; exit 0;;
esac
cat > /dev/null
mkdir -p "${log}"
touch "${log}/run.$$"
echo "$OMP_THREAD_LIMIT $(ls "${log}" | grep -c '^run')" >> "${log}/calls"
echo "$*" >> "${log}/args"
sleep 0.3
rm -f "${log}/run.$$"
printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'
printf '5\\t1\\t1\\t1\\t1\\t1\\t10\\t20\\t100\\t40\\t96\\tSố\\n'
`;
writeFileSync(join(dir, 'tesseract'), script);
chmodSync(join(dir, 'tesseract'), 0o755);
const PATH = process.env.PATH;
afterAll(() => {
  process.env.PATH = PATH;
  rmSync(dir, { recursive: true, force: true });
});

const image: GrayImage = { width: 40, height: 20, data: new Uint8Array(800).fill(255), dpi: 300 };

describe('OCR engines', () => {
  it('with auto, takes the native command where it is installed: one thread per process, one process per core', async () => {
    process.env.PATH = `${dir}${delimiter}${PATH}`;
    const engine = createOcrEngine('auto', { workers: 2 });
    expect(engine).toBeInstanceOf(NativeTesseractEngine);
    expect(engine.name).toBe('tesseract 9.9.9');
    const pages = await Promise.all(Array.from({ length: 6 }, () => engine.recognize(image)));
    expect(pages.every((p) => p.words[0]?.text === 'Số')).toBe(true);
    const calls = readFileSync(join(log, 'calls'), 'utf8').trim().split('\n').map((l) => l.split(' '));
    expect(calls).toHaveLength(6);
    expect(calls.every(([threads]) => threads === '1')).toBe(true);
    expect(Math.max(...calls.map(([, running]) => Number(running)))).toBeLessThanOrEqual(2);
    // Dark print on light paper: no line is read a second time inverted.
    const args = readFileSync(join(log, 'args'), 'utf8').trim().split('\n');
    expect(args.every((a) => a.includes('-c tessedit_do_invert=0'))).toBe(true);
    process.env.PATH = PATH;
  });

  it('with auto, falls back to tesseract.js where the command is missing', () => {
    process.env.PATH = join(dir, 'nothing-here');
    try {
      expect(createOcrEngine('auto')).toBeInstanceOf(TesseractJsEngine);
      expect(() => createOcrEngine('native')).toThrow(/not installed/);
    } finally {
      process.env.PATH = PATH;
    }
  });
});
