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
