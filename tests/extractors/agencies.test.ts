import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalAgency, extractAgencies, splitAgencyList } from '../../extractors/agencies.js';
import { isVariantOf } from '../../pipeline/core/names.js';
import { withTraditionalTones } from '../../pipeline/core/text/tone.js';
import { linkDocument } from '../../pipeline/link/index.js';
import { Store } from '../../pipeline/store/index.js';
import { DIFFERENT_BODIES, SAME_BODY } from './agency-pairs.js';
import { recordFromText } from '../helpers.js';

describe('splitting lists of agencies', () => {
  it.each([
    ['Sở Văn hoá và Thể thao, Sở Thông tin và Truyền thông', ['Sở Văn hoá và Thể thao', 'Sở Thông tin và Truyền thông']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Lao động - Thương binh và Xã hội, Sở Y tế', ['Sở Lao động - Thương binh và Xã hội', 'Sở Y tế']],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức chính trị - xã hội', ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', 'các tổ chức chính trị - xã hội']],
    ['Báo Thái Nguyên, Đài Phát thanh – Truyền hình Thái Nguyên, Tạp chí Văn nghệ Thái Nguyên', ['Báo Thái Nguyên', 'Đài Phát thanh – Truyền hình Thái Nguyên', 'Tạp chí Văn nghệ Thái Nguyên']],
    ['Đảng đoàn HĐND, BCS đảng UBND tỉnh', ['Đảng đoàn HĐND', 'BCS đảng UBND tỉnh']],
    ['Sở Y tế, Công an tỉnh', ['Sở Y tế', 'Công an tỉnh']],
    ['HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương', ['HĐND các tỉnh, thành phố trực thuộc Trung ương', 'UBND các tỉnh, thành phố trực thuộc Trung ương']],
    ['Giám đốc các Sở: Nội vụ, Tài chính và Xây dựng', ['Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính', 'Giám đốc Sở Xây dựng']],
    ['Các ban, ban cán sự đảng, đảng đoàn; huyện, thành, thị, đảng ủy trực thuộc; các sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
      ['Các ban, ban cán sự đảng, đảng đoàn', 'huyện, thành, thị, đảng ủy trực thuộc', 'các sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội']],
    ['Ban Tuyên giáo các quận, huyện, thị ủy, các Đảng ủy khối, trực thuộc', ['Ban Tuyên giáo các quận, huyện, thị ủy, các Đảng ủy khối, trực thuộc']],
    ['UBND các huyện, thành phố, thị xã', ['UBND các huyện, thành phố, thị xã']],
  ])('%s', (text, names) => {
    expect(splitAgencyList(text)).toEqual(names);
  });

  // Issue 25: a standard name with commas in it is one body, alone, after an official or in a distributed list.
  it.each([
    ['Giám đốc Sở Văn hóa, Thể thao và Du lịch', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['Bộ Văn hóa, Thể thao và Du lịch', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh', ['Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh']],
    ['các Sở Văn hóa, Thể thao và Du lịch', ['các Sở Văn hóa, Thể thao và Du lịch']],
    ['Giám đốc các Sở: Nội vụ, Văn hóa, Thể thao và Du lịch', ['Giám đốc Sở Nội vụ', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Văn hoá, Thể thao và Du lịch; Thủ trưởng các cơ quan, đơn vị có liên quan',
      ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Văn hoá, Thể thao và Du lịch', 'Thủ trưởng các cơ quan, đơn vị có liên quan']],
    ['Các Bộ: Công an, Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu tư', ['Bộ Công an', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Kế hoạch và Đầu tư']],
  ])('keeps a name with commas whole: %s', (text, names) => {
    expect(splitAgencyList(text)).toEqual(names);
  });

  it.each([
    ['Giám đốc các Sở: Nội vụ, Tài chính', ['Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính']],
    ['các Sở Nội vụ, Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Giám đốc các Sở Kế hoạch và Đầu tư, Tài chính và Lao động - Thương binh và Xã hội',
      ['Giám đốc Sở Kế hoạch và Đầu tư', 'Giám đốc Sở Tài chính', 'Giám đốc Sở Lao động - Thương binh và Xã hội']],
    ['Các sở: Thông tin và Truyền thông, Xây dựng, Nội vụ', ['Sở Thông tin và Truyền thông', 'Sở Xây dựng', 'Sở Nội vụ']],
    ['Sở Văn hóa, Thể thao và Du lịch, Sở Y tế', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']],
    ['Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tài chính', ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính']],
    ['Giám đốc các Sở Nội vụ, Văn hóa, Thể thao và Du lịch, Chủ tịch UBND các huyện',
      ['Giám đốc Sở Nội vụ', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch UBND các huyện']],
  ])('splits a list whose head is distributed or whose next body opens with a head: %s', (text, names) => {
    expect(splitAgencyList(text)).toEqual(names);
  });
});

describe('canonical agencies', () => {
  const name = (printed: string, province: string | null) => canonicalAgency(printed, province)?.name ?? null;

  it('expands abbreviations, places tones one way and scopes by the document’s province', () => {
    for (const printed of ['UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh Thái Nguyên', 'UBND tỉnh (b/c)']) {
      expect(name(printed, 'Thái Nguyên')).toBe('Ủy ban nhân dân tỉnh Thái Nguyên');
    }
    expect(name('UBND tỉnh', 'Cao Bằng')).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
    expect(name('Sở TT&TT', 'Thái Nguyên')).toBe('Sở Thông tin và Truyền thông tỉnh Thái Nguyên');
    expect(name('Sở Văn hoá và Thể thao', 'Hà Nội')).toBe('Sở Văn hóa và Thể thao thành phố Hà Nội');
    expect(name('BTG Tỉnh ủy', 'Sơn La')).toBe('Ban Tuyên giáo Tỉnh ủy Sơn La');
    expect(name('Ban Tuyên giáo tỉnh ủy', 'Sơn La')).toBe('Ban Tuyên giáo Tỉnh ủy Sơn La');
    expect(name('TT Tỉnh ủy', 'Quảng Ngãi')).toBe('Thường trực Tỉnh ủy Quảng Ngãi');
    expect(name('Ủy ban MTTQ tỉnh (BCĐ CVĐ) (b/c)', 'Thái Nguyên')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên');
    expect(name('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Sơn La')).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La');
  });

  it('keeps a body that names its own place, and central bodies, unscoped by the document', () => {
    expect(name('Báo Thái Nguyên', 'Hà Nội')).toBe('Báo Thái Nguyên');
    expect(name('Bộ Thông tin và Truyền thông', 'Nghệ An')).toBe('Bộ Thông tin và Truyền thông');
    expect(name('Ban Tuyên giáo Ủy ban TW MTTQ VN', 'Sơn La')).toBe('Ban Tuyên giáo Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
    expect(name('Đảng đoàn MTTQ Việt Nam', 'Nghệ An')).toBe('Đảng đoàn Mặt trận Tổ quốc Việt Nam');
    expect(name('Cổng Thông tin điện tử Bộ Y tế', 'Nghệ An')).toBe('Cổng Thông tin điện tử Bộ Y tế');
    expect(name('UBND các tỉnh, TP trực thuộc TW', 'Nghệ An')).toBe('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương');
    expect(name('Tòa án nhân dân tối cao', 'Nghệ An')).toBe('Tòa án nhân dân tối cao');
  });

  it('marks collective names and scopes them without changing their words', () => {
    const districts = canonicalAgency('UBND các huyện, thành phố, thị xã', 'Thái Nguyên')!;
    expect(districts).toMatchObject({ name: 'Ủy ban nhân dân các huyện, thành phố, thị xã (tỉnh Thái Nguyên)', collective: true, kind: 'people-committee' });
    expect(name('Các sở, ban, ngành của tỉnh', 'Thái Nguyên')).toBe(name('các sở, ban, ngành', 'Thái Nguyên'));
  });

  it('stands a body for its official, and refuses people and references', () => {
    expect(canonicalAgency('Giám đốc Sở Tài chính', 'Quảng Ngãi')).toMatchObject({ name: 'Sở Tài chính tỉnh Quảng Ngãi', official: 'Giám đốc' });
    expect(canonicalAgency('Chánh Văn phòng UBND tỉnh', 'Quảng Ngãi')).toMatchObject({ name: 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi', official: 'Chánh' });
    expect(name('Chủ tịch UBND các huyện, thành phố', 'Quảng Ngãi')).toBe('Ủy ban nhân dân các huyện, thành phố (tỉnh Quảng Ngãi)');
    for (const printed of ['Như trên', 'Như Điều 3', 'Lưu: VT', 'Đ/c Trưởng Ban TGTU', 'Chánh, Phó Chánh VPTU', 'Các Phó Thủ tướng Chính phủ', 'Bộ trưởng (để báo cáo)', 'Tiếp tục rà soát', 'Ban hành các văn bản']) {
      expect(canonicalAgency(printed, 'Hà Nội')).toBeNull();
    }
  });

  it('corrects a misread department name towards the standard one, but never into another department', () => {
    expect(canonicalAgency('Sở Thong tin va Truyen thonq', 'Thái Nguyên')).toMatchObject({ name: 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên', match: 'fuzzy' });
    expect(name('Sở Ngoại vụ', 'Thái Nguyên')).toBe('Sở Ngoại vụ tỉnh Thái Nguyên');
    expect(name('Sở Nội vụ', 'Thái Nguyên')).toBe('Sở Nội vụ tỉnh Thái Nguyên');
  });

  it('places tone marks one way: hòa, thủy, Ủy', () => {
    expect(withTraditionalTones('Uỷ ban, Khánh Hoà, thuỷ lợi, khoẻ, quý, hoàng, thuyết')).toBe('Ủy ban, Khánh Hòa, thủy lợi, khỏe, quý, hoàng, thuyết');
  });
});

describe('matching variants (labelled pairs, tests/agency-pairs.ts)', () => {
  it('takes every misreading for the same body', () => {
    expect(SAME_BODY.filter(([a, b]) => !isVariantOf(a, b))).toEqual([]);
  });
  it('never merges two different bodies', () => {
    expect(DIFFERENT_BODIES.filter(([a, b]) => isVariantOf(a, b))).toEqual([]);
  });
});

describe('locating agency mentions', () => {
  // A name's pattern is compiled once per thread, not once per mention of every document (issue 23).
  it('finds each printed name in its span, line breaks included, and compiles no pattern for a name it has seen', () => {
    const text = 'Giao Sở Nội vụ chủ trì; Sở Tài\nchính phối hợp.\nNơi nhận:\n- Sở Nội vụ;';
    const recipientAt = text.lastIndexOf('- Sở');
    const sources = {
      text,
      issuer: null,
      addressees: [],
      recipients: [{ name: 'Sở Nội vụ', span: [recipientAt, text.length] as [number, number] }],
      tasks: [{ lead: ['Sở Nội vụ'], partners: ['Sở Tài chính'], span: [0, 46] as [number, number] }],
    };
    const spansOf = () => extractAgencies(sources, 'Thái Nguyên').flatMap((a) => a.mentions.map((m) => [m.text, m.role, m.span]));
    const first = spansOf();
    expect(first).toEqual(expect.arrayContaining([
      ['Sở Nội vụ', 'lead', [5, 14]],
      ['Sở Tài chính', 'partner', [24, 36]],
      ['Sở Nội vụ', 'recipient', [recipientAt + 2, recipientAt + 11]],
    ]));
    const Original = globalThis.RegExp;
    let compiled = 0;
    globalThis.RegExp = new Proxy(Original, { construct: (target, args, newTarget) => (compiled++, Reflect.construct(target, args, newTarget)) });
    try {
      expect(spansOf()).toEqual(first);
    } finally {
      globalThis.RegExp = Original;
    }
    expect(compiled).toBe(0);
  });
});

describe('the agencies table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-agencies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const plan = (province: string, number: string, items: string) => `ỦY BAN NHÂN DÂN
TỈNH ${province.toLocaleUpperCase('vi')}
Số: ${number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
${province}, ngày 05 tháng 6 năm 2024
KẾ HOẠCH
Triển khai chuyển đổi số
I. TỔ CHỨC THỰC HIỆN
${items}
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;

  it('links issuers, recipients and task agencies across documents, and a misspelling to its agency', async () => {
    const store = new Store(join(dir, 'a.db'));
    const docs = [
      plan('Thái Nguyên', '10/KH-UBND', '1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh triển khai.\n2. UBND các huyện, thành phố thực hiện.'),
      plan('Thái Nguyên', '11/KH-UBND', '1. Giám đốc Sở TT&TT chỉ đạo.\n2. Hiệp hội Doanh ngiệp tỉnh tuyên truyền đến hội viên.'),
      plan('Cao Bằng', '12/KH-UBND', '1. Sở Thông tin và Truyền thông chủ trì.'),
    ];
    for (const [i, text] of docs.entries()) {
      const record = await recordFromText(text);
      store.saveDocument({ ...record, source: { ...record.source, path: `/in/${i}.txt`, sha256: String(i) } }, record.text!, { size: 1, mtime: 0 }, linkDocument(record));
    }
    const rows = (sql: string, ...args: unknown[]) => store.db.prepare(sql).all(...args) as Array<Record<string, unknown>>;
    const assigned = rows(`SELECT number, section, role, printed FROM tasks_by_agency WHERE agency = 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên' ORDER BY number`);
    expect(assigned).toEqual([
      { number: '10/KH-UBND', section: 'I.1', role: 'lead', printed: 'Sở Thông tin và Truyền thông' },
      { number: '11/KH-UBND', section: 'I.1', role: 'lead', printed: 'Giám đốc Sở TT&TT' },
    ]);
    expect(rows(`SELECT province FROM agencies WHERE name LIKE 'Sở Thông tin và Truyền thông%' ORDER BY province`)).toEqual([{ province: 'Cao Bằng' }, { province: 'Thái Nguyên' }]);
    // The issuer "Ủy ban nhân dân tỉnh Thái Nguyên" and the recipient "UBND tỉnh" of both plans are one agency.
    expect(rows(`SELECT issued, received FROM agency_directory WHERE agency = 'Ủy ban nhân dân tỉnh Thái Nguyên'`)).toEqual([{ issued: 2, received: 2 }]);
    const association = rows(`SELECT role, printed, match FROM agency_mentions m JOIN agencies a ON a.id = m.agency_id WHERE a.name = 'Hiệp hội Doanh nghiệp tỉnh Thái Nguyên' ORDER BY m.id`);
    expect(association).toEqual([
      { role: 'partner', printed: 'Hiệp hội Doanh nghiệp tỉnh', match: 'exact' },
      { role: 'lead', printed: 'Hiệp hội Doanh ngiệp tỉnh', match: 'similar' },
    ]);
    expect(rows('SELECT name, similarity > 0.75 AS close FROM agency_variants')).toEqual([{ name: 'Hiệp hội Doanh ngiệp tỉnh Thái Nguyên', close: 1 }]);
    store.close();
  });
});
