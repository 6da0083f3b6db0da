/**
 * Abbreviations that carry Đ, and the forms OCR and careless typing give them when the Đ loses its
 * bar. Only forms that are never valid on their own are listed (HD is Hướng dẫn, DA is Dự án).
 */
export const LOST_D_BAR: Record<string, string> = {
  BCD: 'BCĐ',
  CVD: 'CVĐ',
  HDND: 'HĐND',
  DBQH: 'ĐBQH',
  TTDT: 'TTĐT',
  BCSD: 'BCSĐ',
  BGDDT: 'BGDĐT',
  DUK: 'ĐUK',
  BCDCVD: 'BCĐCVĐ',
  BCDCVDTP: 'BCĐCVĐTP',
};

/** The abbreviations written with Đ, for spotting one with a stray letter ("CVEĐ"). */
export const BARRED_D_ABBREVIATIONS = new Set(Object.values(LOST_D_BAR));

/** A word in capitals without Đ: one of LOST_D_BAR's keys, maybe. */
export const UNBARRED_CAPITALS_WORD = /(?<![\p{L}\p{N}])([A-Z]{2,8})(?![\p{L}\p{N}])/gu;

/** A word in capitals with a Đ in it: one of BARRED_D_ABBREVIATIONS with a stray letter OCR split off the Đ, maybe. */
export const BARRED_D_WORD = /(?<![\p{L}\p{N}])[A-ZĐ]*Đ[A-ZĐ]*(?![\p{L}\p{N}])/gu;

/** Inside a document symbol, codes that only exist with Đ. */
export const SYMBOL_LOST_D_BAR: Record<string, string> = {
  ...LOST_D_BAR,
  ND: 'NĐ',
  QD: 'QĐ',
  QDi: 'QĐi',
  TTLT: 'TTLT',
};
