import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import type { TaskCandidate } from '../../extractors/tasks/candidates.js';
import { taskProbability, taskScorer } from '../../extractors/tasks/scorer.js';
import { docFromText } from '../helpers.js';
import { taskDocument } from './task-document.js';

/**
 * The task clause scorer (extractors/tasks/candidates.ts, scorer.ts; weights in data/task-scorer.json): the items it weighs,
 * the ones the conventions exclude before any weighing, and the stored model's shape. Documents written from the
 * conventions (Nghị định 30/2020, the gold rules), not from development files.
 */

async function weighed(type: string, number: string, body: string): Promise<{ candidates: TaskCandidate[]; tasks: Array<[string, string[]]> }> {
  const candidates: TaskCandidate[] = [];
  const record = extractRecord(await docFromText(taskDocument({ type, number, body }, 'Về việc triển khai công tác năm 2026')), { tasks: { candidates } });
  return { candidates: candidates.filter((c) => Object.keys(c.features).length), tasks: record.tasks.map((t) => [t.section, t.lead]) };
}

const sections = (candidates: TaskCandidate[]) => candidates.map((c) => c.task.section);

describe('task clause scorer', () => {
  it('weighs the items that name a body with a duty, found by the readings or not', async () => {
    const { candidates, tasks } = await weighed(
      'KẾ HOẠCH',
      '21/KH-UBND',
      `I. MỤC ĐÍCH, YÊU CẦU
1. Các sở, ngành bảo đảm tiến độ đề ra.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính tổ chức giải chạy trong quý II/2026.
2. Sở Y tế:
a) Bố trí lực lượng y tế tại các điểm thi đấu.
b) Báo cáo kết quả trước ngày 30/6/2026.`,
    );
    // (The aims part is no candidate: it says how the work is done, it gives none.)
    expect(sections(candidates)).toEqual(['II.1', 'II.2']);
    expect(tasks).toEqual([
      ['II.1', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['II.2', ['Sở Y tế']],
    ]);
    const covered = candidates.map((c) => c.covered);
    expect(covered).toEqual([true, true]);
  });

  it('weighs no list of members, no body answering before the law and no name holding a verb', async () => {
    const { candidates } = await weighed(
      'QUYẾT ĐỊNH',
      '35/QĐ-UBND',
      `QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo công tác chuyển đổi số tỉnh, gồm:
1. Ban Thường trực:
- Số lượng: 03 đồng chí.
2. Tổ giúp việc:
- Thành phần: 05 công chức.
Điều 2. Hội Người cao tuổi tỉnh chịu trách nhiệm trước pháp luật về hoạt động của Hội.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.`,
    );
    expect(sections(candidates)).toEqual(['Điều 3']);
  });

  it('weighs no clause of a normative text that sets a step within a time limit counted from an event (procedure)', async () => {
    const { candidates } = await weighed(
      'NGHỊ ĐỊNH',
      '12/2026/NĐ-CP',
      `Điều 5. Thẩm định hồ sơ
1. Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Xây dựng có trách nhiệm thẩm định và trả lời bằng văn bản.
Điều 6. Trách nhiệm thi hành
Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.`,
    );
    expect(sections(candidates)).not.toContain('Điều 5.1');
  });

  it('gives a duty by an assigning verb in an implementation part more weight than the same clause under a condition', async () => {
    const { candidates } = await weighed(
      'KẾ HOẠCH',
      '22/KH-UBND',
      `III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương triển khai trồng rừng thay thế.`,
    );
    const [candidate] = candidates;
    expect(candidate).toBeDefined();
    const conditional = { ...candidate!, features: { ...candidate!.features, 'cue.condition': 1, opensWithCase: 1, implementation: 0 } };
    expect(taskProbability(candidate!)).toBeGreaterThan(taskProbability(conditional));
  });

  it('stores a model whose weights are the features the candidates carry, and a threshold between 0 and 1', async () => {
    const stored = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/task-scorer.json'), 'utf8')) as { weights: Record<string, number>; threshold: number; trained: string };
    expect(stored).toEqual(taskScorer());
    expect(stored.threshold).toBeGreaterThan(0);
    expect(stored.threshold).toBeLessThan(1);
    expect(stored.trained).toMatch(/tuning documents/u);
    const { candidates } = await weighed(
      'CHỈ THỊ',
      '04/CT-UBND',
      `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính, báo cáo trước ngày 15/12/2026.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát.`,
    );
    const names = new Set(candidates.flatMap((c) => Object.keys(c.features)));
    expect([...names].sort()).toEqual(Object.keys(stored.weights).sort());
  });
});
