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

/** Inside a document symbol, codes that only exist with Đ. */
export const SYMBOL_LOST_D_BAR: Record<string, string> = {
  ...LOST_D_BAR,
  ND: 'NĐ',
  QD: 'QĐ',
  QDi: 'QĐi',
  TTLT: 'TTLT',
};
