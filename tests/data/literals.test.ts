/**
 * Vietnamese words and patterns live in data/ (one typed table per concept); the code keeps only
 * the logic. This test parses every source file of the pipeline, the normalizers and the
 * extractors with the TypeScript compiler and fails on any string, template or regular-expression
 * literal that contains a Vietnamese letter (a Latin letter carrying a mark, or đ/Đ). Comments
 * are not literals, so they may quote Vietnamese freely.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['pipeline', 'extractors', 'normalizers'];

/** A Latin letter followed by a combining mark once decomposed (ạ, Ủ, ơ …), or the barred d. */
const VIETNAMESE_LETTER = /[A-Za-z]\p{M}|[\u0110\u0111]/u;

/** `\uXXXX` and `\u{X…}` escapes in a regular expression's source, written out, so an escape hides nothing. */
function unescapeUnicode(source: string): string {
  return source.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, long: string | undefined, short: string | undefined) =>
    String.fromCodePoint(parseInt(long ?? short ?? '0', 16)),
  );
}

function hasVietnameseLetter(text: string): boolean {
  return VIETNAMESE_LETTER.test(text.normalize('NFD'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file:line  literal` for every literal of the file that holds a Vietnamese letter. */
function vietnameseLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let value: string | undefined;
    if (ts.isRegularExpressionLiteral(node)) value = unescapeUnicode(node.text);
    else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // The cooked value: escapes written out, so "\u0110" counts as the Đ it is.
      value = node.text;
    }
    if (value !== undefined && hasVietnameseLetter(value)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${fileName}:${line + 1}  ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Vietnamese literals', () => {
  it('finds them in strings, templates and regular expressions, not in comments', () => {
    const sample = [
      "// Ủy ban in a comment, with a 'quoted' word: fine",
      "/* Đảng ủy, https://x.vn // not a comment start */",
      "const url = 'https://vanban.vn/'; // Sở",
      'const a = /Sở\\s+\\/\\/ x/u; // Bộ',
      "const b = 'Thủ tướng';",
      'const c = `x ${a} Hội`;',
      "const d = '\\u0110a';",
      'const e = String.raw`\\u1ee6y`;',
      "const f = 'plain ASCII';",
    ].join('\n');
    expect(vietnameseLiterals('sample.ts', sample).map((hit) => hit.split('  ')[0])).toEqual([
      'sample.ts:4',
      'sample.ts:5',
      'sample.ts:6',
      'sample.ts:7',
      'sample.ts:8',
    ]);
  });

  it('are kept in data/: none in pipeline/, extractors/ or normalizers/', () => {
    const hits = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((path) =>
      vietnameseLiterals(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(hits, `Vietnamese letters in literals outside data/:\n${hits.join('\n')}`).toEqual([]);
  });
});
