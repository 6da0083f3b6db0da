import type { z } from 'zod';
import type { VanbanRecord } from './record.js';
import { RECORD_SHAPE } from './record-shape.js';
import type { Shape } from './shape.js';

export type { Shape } from './shape.js';

/**
 * Builds a record the way `VanbanRecordSchema.parse` does — the same checks, the same output (keys
 * in the schema's order, keys the schema does not name dropped) — without loading zod, whose ~95
 * module files cost every thread that builds a record ~70 CPU-ms at start (`vanban extract`, each
 * batch worker; issue 23). It walks `RECORD_SHAPE`, a plain description of the zod schema written
 * by `npm run make:record-shape` (`shapeOf` below); a test fails when the two drift apart and
 * compares the output with zod's on the development documents' records.
 */

export class RecordShapeError extends Error {
  constructor(path: string, expected: string) {
    super(`the record does not fit its schema at ${path || '(root)'}: expected ${expected}`);
    this.name = 'RecordShapeError';
  }
}

/** The record, built from `value` as `VanbanRecordSchema.parse(value)` builds it; throws `RecordShapeError` where zod would throw. */
export function checkRecord(value: unknown): VanbanRecord {
  return project(RECORD_SHAPE, value, '') as VanbanRecord;
}

function project(shape: Shape, value: unknown, path: string): unknown {
  switch (shape.kind) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordShapeError(path, 'an object');
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of shape.keys) {
        const present = key in input;
        // As zod: an optional key absent from the input stays absent; present, even undefined, it is kept.
        if (!present && inner.kind === 'optional') continue;
        out[key] = project(inner, input[key], `${path}.${key}`);
      }
      return out;
    }
    case 'array':
      if (!Array.isArray(value)) throw new RecordShapeError(path, 'an array');
      return value.map((item, i) => project(shape.of, item, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(value) || value.length !== shape.items.length) throw new RecordShapeError(path, `a tuple of ${shape.items.length}`);
      return shape.items.map((item, i) => project(item, value[i], `${path}[${i}]`));
    case 'nullable':
      return value === null ? null : project(shape.of, value, path);
    case 'optional':
      return value === undefined ? undefined : project(shape.of, value, path);
    case 'string':
      if (typeof value !== 'string') throw new RecordShapeError(path, 'a string');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new RecordShapeError(path, 'a boolean');
      return value;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new RecordShapeError(path, 'a finite number');
      if (shape.int && !Number.isSafeInteger(value)) throw new RecordShapeError(path, 'an integer');
      if (shape.min && (shape.min[1] ? value < shape.min[0] : value <= shape.min[0])) throw new RecordShapeError(path, `a number ${shape.min[1] ? '≥' : '>'} ${shape.min[0]}`);
      if (shape.max && (shape.max[1] ? value > shape.max[0] : value >= shape.max[0])) throw new RecordShapeError(path, `a number ${shape.max[1] ? '≤' : '<'} ${shape.max[0]}`);
      return value;
    }
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) throw new RecordShapeError(path, `one of ${shape.values.join(', ')}`);
      return value;
    case 'literal':
      if (!shape.values.includes(value)) throw new RecordShapeError(path, `${shape.values.map(String).join(' or ')}`);
      return value;
  }
}

/** Internals of a zod 4 schema that `shapeOf` reads. */
interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: { check: string; format?: string; value?: number; inclusive?: boolean } } }>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/**
 * The plain description of a zod schema (the record schema's kinds only: anything else is refused,
 * so a new kind in the schema fails the generator and the test instead of being checked loosely).
 */
export function shapeOf(schema: z.ZodType): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return { kind: 'object', keys: Object.entries(def.shape!).map(([key, inner]) => [key, shapeOf(inner)]) };
    case 'array':
      return { kind: 'array', of: shapeOf(def.element!) };
    case 'tuple':
      if (def.rest) throw new Error('shapeOf: a tuple with a rest element');
      return { kind: 'tuple', items: def.items!.map(shapeOf) };
    case 'nullable':
    case 'optional':
      return { kind: def.type, of: shapeOf(def.innerType!) };
    case 'string':
    case 'boolean':
      if (def.checks?.length) throw new Error(`shapeOf: checks on a ${def.type}`);
      return { kind: def.type };
    case 'number': {
      const shape: Extract<Shape, { kind: 'number' }> = { kind: 'number' };
      for (const { _zod } of def.checks ?? []) {
        const check = _zod.def;
        if (check.check === 'number_format' && check.format === 'safeint') shape.int = true;
        else if (check.check === 'greater_than') shape.min = tighter(shape.min, [check.value!, check.inclusive!], 1);
        else if (check.check === 'less_than') shape.max = tighter(shape.max, [check.value!, check.inclusive!], -1);
        else throw new Error(`shapeOf: the number check ${check.check}${check.format ? ` ${check.format}` : ''}`);
      }
      return shape;
    }
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries!) };
    case 'literal':
      return { kind: 'literal', values: [...def.values!] };
    default:
      throw new Error(`shapeOf: the zod type ${def.type}`);
  }
}

/** Of two bounds, the one that lets fewer numbers through (`side` 1 for a lower bound, -1 for an upper). */
function tighter(was: [number, boolean] | undefined, bound: [number, boolean], side: 1 | -1): [number, boolean] {
  if (!was) return bound;
  if (was[0] !== bound[0]) return side * (bound[0] - was[0]) > 0 ? bound : was;
  return was[1] && bound[1] ? was : [was[0], false];
}
