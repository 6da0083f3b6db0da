import type { SqlFile } from './migrate.js';

/**
 * Reads the schema's documentation out of the SQL files' `--` comments:
 * - the comment lines directly above `CREATE TABLE|VIEW name` describe the relation;
 * - a column is described by the comment at the end of the line that defines it, after the
 *   comment lines directly above that line: a column of `CREATE TABLE (…)`, `ALTER TABLE t ADD
 *   COLUMN c`, or a view's select-list item (the line where the item ends, named by its `AS` or
 *   its last name);
 * - `-- hidden name: …` inside a `CREATE TABLE` describes a column SQLite adds (FTS5's).
 * A blank line ends a comment block; comments anywhere else are ordinary comments.
 */

export interface RelationComments {
  about: string;
  columns: Map<string, string>;
}

const CONSTRAINT = /^(PRIMARY|UNIQUE|CHECK|FOREIGN|CONSTRAINT)\b/i;

/** A line's code and its `--` comment (a `--` inside quotes is code). */
export function splitComment(line: string): { code: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '-' && line[i + 1] === '-') {
      return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2).trim() };
    }
  }
  return { code: line.trimEnd(), comment: '' };
}

/** The SQL without its comments (for showing a view's definition). */
export function withoutComments(sql: string): string {
  return sql
    .split('\n')
    .map((line) => splitComment(line).code)
    .filter((code) => code.trim() !== '')
    .join('\n');
}

/** A statement being read: its relation, the paren depth, and for a view whether the line is in its select list. */
interface OpenStatement {
  relation: string;
  kind: 'table' | 'view';
  depth: number;
  selecting: boolean;
}

/** Follows one line of code through the statement; returns the column the line defines, if any. */
function readLine(open: OpenStatement, code: string): string | undefined {
  const startDepth = open.depth;
  for (const [token] of code.replace(/'(?:[^']|'')*'/g, "''").matchAll(/\(|\)|\w+/g)) {
    if (token === '(') open.depth++;
    else if (token === ')') open.depth--;
    // Only the outer SELECT … FROM lists a view's columns; subqueries are deeper.
    else if (open.depth === 0 && /^select$/i.test(token)) open.selecting = true;
    else if (open.depth === 0 && /^from$/i.test(token)) open.selecting = false;
  }
  const item = code.trim().replace(/,$/, '');
  if (open.kind === 'table') {
    const name = /^"?(\w+)"?\s*(=)?/.exec(item);
    // `tokenize = …` is an FTS5 option, not a column.
    return startDepth === 1 && name && !name[2] && !CONSTRAINT.test(item) ? name[1] : undefined;
  }
  if (!open.selecting || open.depth !== 0) return undefined;
  return (/\bAS\s+"?(\w+)"?$/i.exec(item) ?? /(?:^|[\s.(])"?(\w+)"?$/.exec(item))?.[1];
}

/** What the comments of these SQL files, read in order, say about each table, view and column. */
export function schemaComments(files: SqlFile[]): Map<string, RelationComments> {
  const relations = new Map<string, RelationComments>();
  const describe = (relation: string, column: string, text: string, file: SqlFile) => {
    const known = relations.get(relation);
    if (!known) throw new Error(`${file.name}: a comment on ${relation}.${column}, a table the files before it do not create`);
    known.columns.set(column, text);
  };
  for (const file of files) {
    let pending: string[] = [];
    let open: OpenStatement | null = null;
    for (const line of file.sql.split('\n')) {
      const { code, comment } = splitComment(line);
      if (!code) {
        const hidden = /^hidden (\w+): (.+)$/.exec(comment);
        if (!comment) pending = [];
        else if (open?.kind === 'table' && hidden) describe(open.relation, hidden[1]!, hidden[2]!, file);
        else pending.push(comment);
        continue;
      }
      const text = [...pending, comment].filter(Boolean).join(' ');
      pending = [];
      if (!open) {
        const create = /^CREATE\s+(?:VIRTUAL\s+)?(TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/i.exec(code);
        const addColumn = /^ALTER\s+TABLE\s+"?(\w+)"?\s+ADD\s+(?:COLUMN\s+)?"?(\w+)"?/i.exec(code);
        if (addColumn && text) describe(addColumn[1]!, addColumn[2]!, text, file);
        if (!create) continue;
        relations.set(create[2]!, { about: text, columns: new Map() });
        open = { relation: create[2]!, kind: create[1]!.toLowerCase() as 'table' | 'view', depth: 0, selecting: false };
        readLine(open, code.slice(create[0].length));
      } else {
        const column = readLine(open, code);
        if (column && text) describe(open.relation, column, text, file);
      }
      if (open.depth === 0 && code.endsWith(';')) open = null;
    }
  }
  return relations;
}
