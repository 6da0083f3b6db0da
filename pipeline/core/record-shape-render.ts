import { VanbanRecordSchema } from './record.js';
import { shapeOf } from './record-check.js';
import type { Shape } from './shape.js';

/** The source of pipeline/core/record-shape.ts: the record schema as plain data (`shapeOf`). */
export function renderRecordShape(): string {
  return [
    '// Written by `npm run make:record-shape` from VanbanRecordSchema (record.ts): do not edit.',
    '// tests/pipeline/core/record-check.test.ts fails when it no longer matches the schema.',
    "import type { Shape } from './shape.js';",
    '',
    `export const RECORD_SHAPE: Shape = ${render(shapeOf(VanbanRecordSchema), '')};`,
    '',
  ].join('\n');
}

/** One key of an object per line; a shape without an object inside on one line. */
function render(shape: Shape, indent: string): string {
  const inner = `${indent}  `;
  switch (shape.kind) {
    case 'object':
      return `{ kind: 'object', keys: [\n${shape.keys.map(([key, s]) => `${inner}['${key}', ${render(s, inner)}],\n`).join('')}${indent}] }`;
    case 'array':
    case 'nullable':
    case 'optional':
      return `{ kind: '${shape.kind}', of: ${render(shape.of, indent)} }`;
    case 'tuple':
      return `{ kind: 'tuple', items: [${shape.items.map((s) => render(s, indent)).join(', ')}] }`;
    default:
      return `{ ${Object.entries(shape)
        .map(([key, value]) => `${key}: ${JSON.stringify(value).replaceAll('"', "'").replaceAll(',', ', ')}`)
        .join(', ')} }`;
  }
}
