import type { TaskField } from '../../pipeline/core/record.js';

/**
 * A short document around a body whose tasks a test checks: a People's Committee's header (or a
 * Party committee's, Hướng dẫn 36-HD/VPTW), the type line with a subject (or a công văn's "V/v"
 * line), the body, the recipients and the signature (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
export interface TaskDocumentParts {
  type: string;
  number: string;
  body: string;
  /** A Party committee's header and signature instead of a People's Committee's. */
  party?: boolean;
}

export function taskDocument({ type, number, body, party }: TaskDocumentParts, subject: string): string {
  const header = party
    ? `ĐẢNG BỘ TỈNH LÂM ĐỒNG
TỈNH ỦY
*
Số ${number}
ĐẢNG CỘNG SẢN VIỆT NAM
Lâm Đồng, ngày 10 tháng 9 năm 2025`
    : `ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: ${number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 10 tháng 9 năm 2025`;
  const signature = party ? `T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Văn B` : `TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn B`;
  return `${header}
${type.startsWith('V/v') ? type : `${type}\n${subject}`}
${body}
Nơi nhận:
- Như trên;
- Lưu: VT.
${signature}
`;
}

/** One expected task: section and lead, then partners, deadline and frequency where the row gives them. */
export type ExpectedTask = [section: string, lead: string[], partners?: string[], deadline?: string | null, frequency?: string | null];

/** A variant written from the conventions: a named document whose tasks are expected. */
export interface TaskCase extends TaskDocumentParts {
  name: string;
  tasks: ExpectedTask[];
}

const fold = (names: string[]) => names.map((n) => n.toLocaleLowerCase('vi'));

/**
 * The tasks found and the ones expected as rows of the same shape, names case-folded: each found
 * task has the columns its expected row gives (section and lead always), so a test states only
 * what it checks.
 */
export function taskRows(found: TaskField[], expected: ExpectedTask[]): { got: unknown[][]; want: unknown[][] } {
  const got = found.map((t, i) => {
    const want = expected[i];
    const row: unknown[] = [t.section, fold(t.lead)];
    if (want && want[2] !== undefined) row.push(fold(t.partners));
    if (want && want[3] !== undefined) row.push(t.deadline);
    if (want && want[4] !== undefined) row.push(t.frequency?.toLocaleLowerCase('vi') ?? null);
    return row;
  });
  const want = expected.map(([section, lead, partners, deadline, frequency]) => [
    section,
    fold(lead),
    ...(partners !== undefined ? [fold(partners)] : []),
    ...(deadline !== undefined ? [deadline] : []),
    ...(frequency !== undefined ? [frequency] : []),
  ]);
  return { got, want };
}

/** A legal text's parts, as a ministry prints them (tasks-legal and tasks-forms5 build theirs from it). */
export interface LegalText {
  name: string;
  issuer: string;
  number: string;
  type: string;
  title: string;
  body: string;
  /** What is attached after the signature. */
  after?: string;
  tasks: ExpectedTask[];
}

/** The text of a ministry's legal document: header, motto, place and date, type, title, body, closing. */
export function legalDocument({ issuer, number, type, title, body, after }: LegalText): string {
  return `${issuer}
Số: ${number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 9 năm 2025
${type}
${title}
${body}
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
${after ?? ''}`;
}
