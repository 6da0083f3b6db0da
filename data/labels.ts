/**
 * Words the command line shows people: the labels of a record's summary (`vanban extract`,
 * `vanban show` without --json), some of them the document's own headings (Kính gửi, Nơi nhận),
 * and the help of options whose examples are Vietnamese.
 */

/** The summary's labels, one per field, padded to one column when printed. */
export const RECORD_LABELS = {
  file: 'File',
  status: 'Status',
  type: 'Type',
  number: 'Number',
  place: 'Place',
  date: 'Date',
  issuer: 'Issuer',
  title: 'Title',
  addressees: 'Kính gửi',
  signer: 'Signer',
  recipients: 'Nơi nhận',
  archive: 'Archive',
} as const;

/** Help of `vanban search` and its filters. */
export const SEARCH_HELP = {
  description: 'full-text search, with or without diacritics ("dang" finds "Đảng"); filters narrow it',
  type: 'document type, as a code or a name ("KH", "Kế hoạch", "ke hoach")',
  issuer: 'part of the issuer name ("Sở Thông tin", "so thong tin")',
  province: 'province or city of the issuer ("Thái Nguyên", "thai nguyen")',
} as const;
