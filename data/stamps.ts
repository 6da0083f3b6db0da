/**
 * Lines that a digital-signature tool stamps onto a PDF page. They are evidence of issuer and time
 * but are not the document's text (FORMAT.md §2).
 */
export const SIGNATURE_STAMP_PATTERNS: RegExp[] = [
  /^\s*Ký bởi\s*:/iu,
  /^\s*Người ký\s*:/iu,
  /^\s*Cơ quan\s*:/iu,
  /^\s*Thời gian ký\s*:/iu,
  /^\s*Email\s*:/iu,
  /^\s*Signed by\s*:/iu,
  /^\s*Ngày ký\s*:/iu,
  /^\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$/u,
  /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?\s*$/u,
  /^\s*\d{2}\.\d{2}\.\d{4}\s+\d{2}:\d{2}:\d{2}\s*[+-]\d{2}:\d{2}\s*$/u,
];

/**
 * Names in a signature's certificate chain that are not the signer: certification and timestamp
 * authorities, in English and Vietnamese, with or without marks ("chứng thực", "dấu thời gian").
 */
export const CERTIFICATE_AUTHORITY =
  /\bCA\b|CA\b|RootCA|chung thuc|chứng thực|Certification|Authority|dấu thời gian|dau thoi gian|Time ?Stamp|TSA\b/i;

export function isSignatureStampLine(text: string): boolean {
  return SIGNATURE_STAMP_PATTERNS.some((re) => re.test(text));
}
