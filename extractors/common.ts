import type { Line } from '../pipeline/model.js';

/** Span of a substring of a line, in document offsets. */
export function spanIn(line: Line, from = 0, to = line.text.length): [number, number] {
  return [line.start + from, line.start + to];
}

/** Span covering several lines. */
export function spanOf(lines: Line[]): [number, number] {
  if (lines.length === 0) return [0, 0];
  return [Math.min(...lines.map((l) => l.start)), Math.max(...lines.map((l) => l.end))];
}

/** True when a line's letters are (almost) all capitals: header blocks, type lines, signatures. */
export function isUpperLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85;
}

/** Collapses whitespace and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Strips list markers ("- ", "+ ", "• ") and trailing separators (";", ",", "."). */
export function stripItem(text: string): string {
  return squash(text.replace(/^\s*[-–+•·*]\s*/u, '').replace(/[\s;,.]+$/u, ''));
}

/** Clamps a confidence to [0, 1] with two decimals. */
export function confidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
