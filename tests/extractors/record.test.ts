import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { withPrintedTonePlacement } from '../../extractors/printed.js';
import { useStampEvidence } from '../../extractors/scan-evidence.js';
import { assessConfidence } from '../../extractors/confidence.js';
import { normalizeDocument } from '../../normalizers/index.js';
import type { RawDocument } from '../../pipeline/core/model.js';
import type { ExtractedFields } from '../../pipeline/core/record.js';
import { formatRecord } from '../../pipeline/cli/format-record.js';
import { translator } from '../../pipeline/cli/i18n.js';

/** A one-page document whose lines OCR read at `confidence`, signed by `stamps`. */
function scanned(text: string, confidence: number, stamps: RawDocument['stamps']): RawDocument {
  let start = 0;
  const lines = text.split('\n').map((t, y) => {
    const line = { text: t, start, end: start + t.length, page: 1, x: 0, y, width: t.length, column: 'full' as const, confidence };
    start += t.length + 1;
    return line;
  });
  return { source: { path: 'x.pdf', sha256: 'x', size: 1, format: 'pdf', pages: 1, ocr: true }, rawText: text, lines, needsOcr: false, stamps, messages: [] };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** The fields the extractors read, out of a record. */
function fieldsOf({ docType, number, place, date, issuer, title, addressees, signer, recipients, archive, citations, tasks }: ExtractedFields): ExtractedFields {
  return { docType, number, place, date, issuer, title, addressees, signer, recipients, archive, citations, tasks };
}

const HEADER = 'UỶ BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: /TB-UBND\nQuảng Ngãi, ngày tháng 11 năm 2024\nTHÔNG BÁO\nVề việc tham dự Hội nghị của Uỷ ban\nỦy ban nhân dân tỉnh thông báo như sau.';
const SIGNED = [{ signer: 'Phùng Tô Long', time: '2024-11-06T08:49:06+07:00' }];

describe('the record', () => {
  it('gathers every stage’s messages once, and its warnings are their texts in order', () => {
    const raw = scanned(HEADER, 0.6, SIGNED);
    const record = extractRecord(normalizeDocument({ ...raw, messages: [{ message: 'Read by a test.', origin: 'read:test', severity: 'info' }] }));
    expect(record.messages.map((m) => [m.origin, m.severity])).toEqual([
      ['read:test', 'info'],
      ['extract:scan-evidence', 'warning'],
    ]);
    expect(record.warnings).toEqual(record.messages.map((m) => m.message));
    expect(record.date).toMatchObject({ day: 6, iso: '2024-11-06' });
    // The quoted issuer keeps the page's tone placement; the normalized text has one placement.
    expect(record.issuer?.lines[0]).toBe('UỶ BAN NHÂN DÂN');
  });

  it('is built by steps that return new fields and leave the ones they are given as they were', () => {
    const doc = normalizeDocument(scanned(HEADER, 0.6, SIGNED));
    const fields = deepFreeze(fieldsOf(extractRecord(normalizeDocument(scanned(HEADER, 1, [])))));
    const before = structuredClone(fields);

    const stamp = useStampEvidence(fields, doc);
    expect(stamp.date).toMatchObject({ day: 6, iso: '2024-11-06' });
    expect(stamp.messages).toHaveLength(1);
    const weighed = assessConfidence(fields, doc, stamp, { asOf: '2026-01-01' });
    expect(weighed.title!.confidence).toBeLessThan(fields.title!.confidence);
    expect(weighed.title).toMatchObject({ review: true, reason: 'read-unsurely' });
    const printed = withPrintedTonePlacement(fields, doc.corrections);
    expect(printed.title!.value).toContain('Uỷ ban');
    expect(fields).toEqual(before);
  });
});

describe('a digital signature stands in for a name the text lacks', () => {
  const closing = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH';
  it('names the signer from the one person who signed, in title case, and says so', () => {
    const record = extractRecord(normalizeDocument(scanned(`${HEADER}\n${closing}`, 0.95, [{ signer: 'NGUYỄN TRÍ HÒA', time: '2024-11-06T08:49:06+07:00' }, { signer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', time: null }])));
    expect(record.signer).toMatchObject({ name: 'Nguyễn Trí Hòa', authority: 'KT' });
    expect(record.messages.some((m) => m.message.includes('digital signature (Nguyễn Trí Hòa)'))).toBe(true);
  });

  it('keeps a printed name, and names nobody when two people signed or only a body did', () => {
    const printed = extractRecord(normalizeDocument(scanned(`${HEADER}\n${closing}\nLê Văn Bình`, 0.95, [{ signer: 'NGUYỄN TRÍ HÒA', time: null }])));
    expect(printed.signer?.name).toBe('Lê Văn Bình');
    const two = extractRecord(normalizeDocument(scanned(`${HEADER}\n${closing}`, 0.95, [{ signer: 'NGUYỄN TRÍ HÒA', time: null }, { signer: 'TRẦN VĂN AN', time: null }])));
    expect(two.signer?.name).toBeNull();
    const body = extractRecord(normalizeDocument(scanned(`${HEADER}\n${closing}`, 0.95, [{ signer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', time: null }])));
    expect(body.signer?.name).toBeNull();
  });
});

describe('confidence from evidence, and the review flags', () => {
  const signedCopy = () => extractRecord(normalizeDocument(scanned(HEADER, 0.95, SIGNED)), { asOf: '2026-01-01' });

  it('a number left blank on a signed copy is doubted, below a date the signature completed', () => {
    const record = signedCopy();
    expect(record.number).toMatchObject({ raw: '/TB-UBND', review: true, reason: 'handwritten-blank' });
    expect(record.date).toMatchObject({ iso: '2024-11-06', reason: 'from-signature' });
    expect(record.date!.confidence).toBeGreaterThan(record.number!.confidence);
    // The signing day is not always the date the clerk gives the document: it keeps its measured
    // share right (not the surer share of the field's other dates) and is marked for review.
    expect(record.date).toMatchObject({ confidence: 0.88, review: true });
  });

  it('a date completed from the signing time goes to review, whatever the calibration makes of it', () => {
    for (const confidence of [0.95, 0.6]) {
      const record = extractRecord(normalizeDocument(scanned(HEADER, confidence, SIGNED)), { asOf: '2026-01-01' });
      expect(record.date).toMatchObject({ iso: '2024-11-06', reason: 'from-signature', review: true });
      expect(record.date!.confidence).toBeLessThan(0.9);
    }
  });

  it('a date after the day it is read is doubted', () => {
    const record = extractRecord(normalizeDocument(scanned(HEADER.replace('ngày tháng 11 năm 2024', 'ngày 05 tháng 11 năm 2024'), 1, [])), { asOf: '2024-10-01' });
    expect(record.date).toMatchObject({ iso: '2024-11-05', review: true, reason: 'date-in-future' });
    const later = extractRecord(normalizeDocument(scanned(HEADER.replace('ngày tháng 11 năm 2024', 'ngày 05 tháng 11 năm 2024'), 1, [])), { asOf: '2024-12-01' });
    expect(later.date!.reason).not.toBe('date-in-future');
  });

  it('a symbol naming another body than the issuer is doubted', () => {
    const record = extractRecord(normalizeDocument(scanned(HEADER.replace('Số: /TB-UBND', 'Số: 12/TB-HĐND'), 1, [])), { asOf: '2026-01-01' });
    expect(record.number).toMatchObject({ seq: '12', review: true, reason: 'symbol-mismatch' });
    const agrees = extractRecord(normalizeDocument(scanned(HEADER.replace('Số: /TB-UBND', 'Số: 12/TB-UBND'), 1, [])), { asOf: '2026-01-01' });
    expect(agrees.number!.reason).toBeUndefined();
    expect(agrees.number!.confidence).toBeGreaterThan(record.number!.confidence);
  });

  it('a number whose type code the OCR repair rewrote is doubted, typed or scanned', () => {
    for (const ocr of [true, false]) {
      const read = (number: string) => {
        const raw = scanned(HEADER.replace('Số: /TB-UBND', `Số: ${number}`), 1, []);
        return extractRecord(normalizeDocument(ocr ? raw : { ...raw, source: { ...raw.source, ocr: false }, lines: raw.lines.map(({ confidence: _, ...l }) => l) }), { asOf: '2026-01-01' });
      };
      const rewritten = read('12/2024/T8-UBND');
      expect(rewritten.number).toMatchObject({ raw: '12/2024/TB-UBND', review: true });
      const printed = read('12/2024/TB-UBND');
      expect(printed.number!.review).toBe(false);
      expect(rewritten.number!.confidence).toBeLessThan(printed.number!.confidence);
    }
  });

  it('the human output marks doubted values and says why, in either language', () => {
    const record = signedCopy();
    const en = formatRecord(record, translator('en'));
    expect(en).toMatch(/^Number +\/TB-UBND \(State\) \[check: blank filled by hand or stamp, not read\]$/m);
    expect(formatRecord(record, translator('vi'))).toMatch(/\/TB-UBND \(Nhà nước\) \[cần kiểm tra: chỗ trống điền tay hoặc đóng dấu, chưa đọc được\]/);
    // A value a person reviewed shows the reviewed value and who reviewed it, not the doubt.
    const reviewed = formatRecord(record, translator('en'), new Map([['number', { value: '12/TB-UBND', reviewer: 'Lan' }]]));
    expect(reviewed).toMatch(/^Number +12\/TB-UBND \[reviewed \(Lan\)\]$/m);
  });
});
