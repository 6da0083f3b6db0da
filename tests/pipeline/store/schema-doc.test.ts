import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedSchema, renderSchemaDoc, SCHEMA_FILES } from '../../../pipeline/store/schema-doc.js';
import { schemaComments } from '../../../pipeline/store/schema-comments.js';

/** The SQL files' comments are the schema's documentation, and docs/schema.md is made from them. */

const ROOT = join(import.meta.dirname, '../../..');

describe('schema documentation', () => {
  const relations = documentedSchema();

  it('has a comment for every table, view and column of a new database', () => {
    expect(relations.filter((r) => !r.about).map((r) => r.name)).toEqual([]);
    const undocumented = relations.flatMap((r) => r.columns.filter((c) => !c.meaning).map((c) => `${r.name}.${c.name}`));
    expect(undocumented).toEqual([]);
  });

  it('describes no column that a new database lacks', () => {
    const live = new Set(relations.flatMap((r) => r.columns.map((c) => `${r.name}.${c.name}`)));
    const described = [...schemaComments(SCHEMA_FILES)].flatMap(([relation, { columns }]) => [...columns.keys()].map((c) => `${relation}.${c}`));
    expect(described.filter((name) => !live.has(name))).toEqual([]);
  });

  it('is what docs/schema.md says (npm run docs:schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'schema.md'), 'utf8')).toBe(renderSchemaDoc(relations));
  });
});
