import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

/**
 * Where a law's name ends in running text: the sentence's words after it (a deadline "trước ngày …", a condition "nếu …")
 * are no part of it and the date they carry is not the law's. Sentences written from real law names.
 */
const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 77/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 3 năm 2025', 'KẾ HOẠCH', 'Tuyên truyền năm 2025'];
const cite = async (body: string) =>
  (await recordFromText([...HEADER, body, 'I. MỤC ĐÍCH', '1. Nội dung.'].join('\n'))).citations.map((c) => [c.type, c.number ?? c.name, c.date]);

describe('law names end where the sentence goes on', () => {
  it.each([
    ['Hoàn thành việc rà soát theo Luật Trồng trọt trước ngày 31/12/2025.', 'Luật Trồng trọt'],
    ['Thực hiện Luật Trẻ em nếu ngày 01/6/2026 trùng ngày nghỉ.', 'Luật Trẻ em'],
    ['Các cơ quan thực hiện Luật Đất đai từ ngày 01/8/2024.', 'Luật Đất đai'],
  ])('a stop word before a date that is not the law\'s: %s', async (sentence, name) => {
    expect(await cite(sentence)).toEqual([['Luật', name, null]]);
  });

});
