import { MARKED_LETTERS } from './alphabet.js';

/**
 * Evidence that a text is Vietnamese: letters only Vietnamese uses, and — for text typed or
 * converted without diacritics — the commonest syllables of administrative Vietnamese, spelled
 * without marks. Words that are also common English words ("do", "to", "ban", "can") are left out.
 */

/** Letters with Vietnamese marks (lower case; compare after lower-casing). */
export const VIETNAMESE_MARKED_LETTERS = new RegExp(`[${MARKED_LETTERS}]`, 'u');

/** The conjunction "và" (and), which joins two names, numbers or laws. */
export const AND = 'và';

export const UNMARKED_VIETNAMESE_SYLLABLES = new Set([
  'cua', 'cac', 'nhung', 'duoc', 'trong', 'thuc', 'hien', 'nguoi', 'viec', 'theo', 'ngay', 'thang', 'nam', 'tinh',
  'huyen', 'xa', 'uy', 'nhan', 'dan', 'chi', 'thi', 'ke', 'hoach', 'quyet', 'dinh', 'van', 've', 'va', 'voi',
  'cho', 'tai', 'tren', 'nay', 'da', 'se', 'khong', 'mot', 'hai', 'bao', 'cao', 'cong', 'tac', 'kinh', 'te',
  'hoi', 'phat', 'trien', 'quan', 'ly', 'nha', 'nuoc', 'dang', 'bo', 'phong', 'truong', 'thong', 'tin', 'tuyen',
  'truyen', 'hang', 'viet', 'chinh', 'phu', 'thu', 'tuong', 'giao', 'nghi', 'so', 'tren', 'phoi', 'hop', 'chu',
  'tri', 'nhiem', 'vu', 'doi', 'dong', 'lanh', 'dao', 'thuong', 'truc', 'huong', 'dan', 'noi', 'dung', 'muc',
  'dich', 'yeu', 'cau', 'toan', 'dia', 'phuong', 'tang', 'cuong', 'trung', 'uong',
]);
