import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { TCVN3_FROM_A1, VISCII_C0, VISCII_FROM_80, VNI_LETTERS, VNI_MARKS } from '../../data/legacy-encodings.js';
import { decodeLegacyBytes, fromLegacyText, legacyFont } from '../../pipeline/core/text/legacy.js';
import { normalizeDocument } from '../../normalizers/index.js';
import { readBuffer } from '../../pipeline/read/index.js';
import { docFromText } from '../helpers.js';

/**
 * Encoders built from the same tables the other way round, so real sentences can be encoded into
 * each legacy encoding and read back.
 */
function toTcvn3(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const at = TCVN3_FROM_A1.indexOf(ch);
    if (at >= 0) bytes.push(0xa1 + at);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`TCVN3 has no code for ${ch}`);
  }
  return Buffer.from(bytes);
}

function toViscii(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const high = VISCII_FROM_80.indexOf(ch);
    const control = Object.entries(VISCII_C0).find(([, c]) => c === ch);
    if (high >= 0) bytes.push(0x80 + high);
    else if (control) bytes.push(Number(control[0]));
    else bytes.push(ch.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

/**
 * Unicode → Windows-1258, from Node's own decoding table: a letter the code page holds whole is
 * one byte; any other is its base letter (with circumflex, breve or horn) and a tone byte.
 */
function toCp1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = byteOf.get(ch);
    if (whole !== undefined) {
      bytes.push(whole);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((m) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(m))!;
    const base = [...nfd].filter((m) => m !== tone).join('').normalize('NFC');
    bytes.push(byteOf.get(base)!, byteOf.get(tone)!);
  }
  return Buffer.from(bytes);
}

/**
 * Unicode → TCVN3 as a `.VnTime` typist types it, shown as Windows-1252 text: a capital the table
 * has no code for (Ủ, Ỉ, Ấ…) can only be typed with its small letter.
 */
function typedInVnTime(text: string): string {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    let at = TCVN3_FROM_A1.indexOf(ch);
    if (at < 0) at = TCVN3_FROM_A1.indexOf(ch.toLocaleLowerCase('vi'));
    bytes.push(at >= 0 ? 0xa1 + at : ch.charCodeAt(0));
  }
  return new TextDecoder('windows-1252').decode(Uint8Array.from(bytes));
}

/** Unicode → VNI as Windows-1252 text: base letter, then its mark characters. */
function toVniText(text: string): string {
  const letters = Object.fromEntries(Object.entries(VNI_LETTERS).map(([k, v]) => [v, k]));
  const marks = Object.fromEntries(Object.entries(VNI_MARKS).map(([k, v]) => [v, k]));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (letters[ch] && !'íìÍÌ'.includes(ch)) {
      out += letters[ch];
      continue;
    }
    const nfd = ch.normalize('NFD');
    let base = nfd[0]!;
    // Shape marks first, as the VNI mark characters combine them ("ệ" is e + â-mark with dot).
    let rest = [...nfd.slice(1)].sort((a, b) => Number(/[\u0302\u0306\u031B]/.test(b)) - Number(/[\u0302\u0306\u031B]/.test(a))).join('');
    if (rest.startsWith('\u031B')) {
      base = letters[(base + '\u031B').normalize('NFC')]!;
      rest = rest.slice(1);
    }
    const upper = base !== base.toLowerCase();
    if (rest === '\u0323' && base.toLowerCase() === 'y') out += upper ? 'Î' : 'î';
    else if (base.toLowerCase() === 'i' && rest) out += letters[(base + rest).normalize('NFC')] ?? base + marks[rest];
    else out += base + (rest ? (upper ? marks[rest]!.toUpperCase() : marks[rest]!) : '');
  }
  return out;
}

const SENTENCES = [
  'ủy ban nhân dân tỉnh cao bằng ban hành kế hoạch thực hiện chỉ thị số 03-ct/tw ngày 19/5/2021',
  'tăng cường sự lãnh đạo của đảng đối với cuộc vận động người việt nam ưu tiên dùng hàng việt nam',
  'sở văn hóa, thể thao và du lịch chủ trì, phối hợp với các sở, ngành liên quan; nơi nhận: lưu vt.',
];

describe('legacy encodings', () => {
  it('reads real sentences encoded in TCVN3, VNI and VISCII back to the same Unicode', () => {
    for (const sentence of SENTENCES) {
      expect(decodeLegacyBytes(toTcvn3(sentence), 'tcvn3')).toBe(sentence);
      expect(fromLegacyText(toVniText(sentence), 'vni')).toBe(sentence);
      expect(fromLegacyText(toVniText(sentence.toLocaleUpperCase('vi')), 'vni')).toBe(sentence.toLocaleUpperCase('vi'));
      expect(decodeLegacyBytes(Buffer.from(toVniText(sentence), 'latin1'), 'vni')).toBe(sentence);
      expect(decodeLegacyBytes(toViscii(sentence), 'viscii')).toBe(sentence);
      expect(decodeLegacyBytes(toViscii(sentence.toLocaleUpperCase('vi')), 'viscii')).toBe(sentence.toLocaleUpperCase('vi'));
    }
  });

  it('converts the mojibake of the format notes', () => {
    expect(fromLegacyText('Uû ban nh©n d©n', 'tcvn3')).toBe('Uỷ ban nhân dân');
    expect(fromLegacyText('UÛy ban nhaân daân', 'vni')).toBe('Ủy ban nhân dân');
  });

  it('detects a plain-text file in each 8-bit encoding (Windows-1258 too, lower case or capitals) and says which', async () => {
    const text = SENTENCES.join('\n');
    for (const [bytes, name] of [
      [toTcvn3(text), 'TCVN3'],
      [Buffer.from(toVniText(text), 'latin1'), 'VNI'],
      [toViscii(text), 'VISCII'],
      [toCp1258(text), 'Windows-1258'],
      [toCp1258(text.toLocaleUpperCase('vi')), 'Windows-1258'],
    ] as const) {
      const raw = await readBuffer(bytes, 'old.txt');
      expect(raw.rawText.toLocaleLowerCase('vi')).toBe(text);
      expect(raw.messages).toEqual([expect.objectContaining({ origin: 'read:txt', severity: 'info', message: expect.stringContaining(name) })]);
    }
    // Latin-1 French is none of them: refused with the reason.
    const french = Buffer.from('Ceci est un texte très ancien, écrit en français à Lyon, déjà numérisé.', 'latin1');
    await expect(readBuffer(french, 'french.txt')).rejects.toThrow(/UTF-8/);
  });

  it('converts mojibake lines inside Unicode text, word by word, and records each change', async () => {
    const mojibake = toTcvn3('cộng hòa xã hội chủ nghĩa việt nam').toString('latin1');
    const doc = await docFromText(`Ủy ban nhân dân tỉnh Hà Giang\n${mojibake}\nSố: 12/KH-UBND`);
    expect(doc.text).toBe('Ủy ban nhân dân tỉnh Hà Giang\ncộng hòa xã hội chủ nghĩa việt nam\nSố: 12/KH-UBND');
    const fixes = doc.corrections.filter((c) => c.reason === 'legacy-encoding:tcvn3');
    expect(fixes.length).toBeGreaterThan(3);
    for (const fix of fixes) expect(doc.text.slice(fix.span[0], fix.span[1])).toBe(fix.to);
    // Unicode text with Latin-1 letters that Vietnamese shares is left alone.
    expect((await docFromText('Hà Nội, ngày 5 tháng 6 năm 2024 — café, naïve')).corrections.filter((c) => c.reason.startsWith('legacy'))).toEqual([]);
  });

  it('gives back the capitals a .VnTime typist could not type: words and lines in capitals, sentence openings, a body type', async () => {
    const lines = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH CAO BẰNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/KH-UBND',
      'KẾ HOẠCH',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 03-CT/TW. Ấp Tân Hòa được giao.',
      'Chủ tịch Ủy ban nhân dân tỉnh giao Bộ Tài chính và các ủy viên, ủy quyền cho Sở Nội vụ.',
      '- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;',
      'BỘ TÀI CHÍNH',
    ];
    const doc = await docFromText(lines.map(typedInVnTime).join('\n'));
    expect(doc.text.split('\n')).toEqual(lines);
    // A word of capitals with one toned letter inside a Unicode line is not mojibake: left alone.
    expect((await docFromText('Bộ Tài chính\nVIỆT NAM')).text).toBe('Bộ Tài chính\nVIỆT NAM');
  });

  it('converts DOCX runs by their font: .VnTime as TCVN3, .VnTimeH as capitals, VNI-Times as VNI', async () => {
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyFont('Times New Roman')).toBeNull();
    const document = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun({ text: toTcvn3('ủy ban nhân dân').toString('latin1'), font: '.VnTimeH' })] }),
          new Paragraph({ children: [new TextRun({ text: toTcvn3('tỉnh cao bằng').toString('latin1'), font: '.VnTime' })] }),
          new Paragraph({ children: [new TextRun({ text: toVniText('Kế hoạch tuyên truyền'), font: 'VNI-Times' }), new TextRun({ text: ' năm 2024', font: 'Times New Roman' })] }),
        ],
      }],
    });
    const raw = await readBuffer(await Packer.toBuffer(document), 'old.docx');
    expect(raw.rawText.split('\n').filter(Boolean)).toEqual(['ỦY BAN NHÂN DÂN', 'tỉnh cao bằng', 'Kế hoạch tuyên truyền năm 2024']);
    expect(raw.messages.map((m) => m.message).join(' ')).toMatch(/TCVN3.*VNI|VNI.*TCVN3/);
    expect(raw.messages.every((m) => m.origin === 'read:docx' && m.severity === 'info')).toBe(true);
    expect(normalizeDocument(raw).text).toContain('ỦY BAN NHÂN DÂN');
  });
});
