import { readFileSync } from 'node:fs';
import { packagePath } from '../../pipeline/core/paths.js';
import type { TaskCandidate } from './candidates.js';

/**
 * The task clause scorer: a logistic regression over the candidates' features (extractors/tasks/candidates.ts), its weights
 * and threshold in data/task-scorer.json, trained by scripts/train-task-scorer.ts on the gold tasks of the tuning documents
 * only (never the aside).
 */

export interface TaskScorer {
  weights: Record<string, number>;
  threshold: number;
  /** 'add': the scorer adds the items the readings left; 'decide': it also decides on the items they took. */
  mode?: 'add' | 'decide';
}

let model: TaskScorer | undefined;

/** The stored scorer (read once). */
export function taskScorer(): TaskScorer {
  return (model ??= JSON.parse(readFileSync(packagePath('data/task-scorer.json'), 'utf8')) as TaskScorer);
}

/** The probability that a candidate is a task the document gives. */
export function taskProbability(candidate: TaskCandidate, scorer: TaskScorer = taskScorer()): number {
  let z = 0;
  for (const [name, value] of Object.entries(candidate.features)) z += (scorer.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
