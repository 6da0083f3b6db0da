/** A zod schema as plain data (record-check.ts): the kinds the record schema uses, and their checks. */
export type Shape =
  | { kind: 'object'; keys: Array<[string, Shape]> }
  | { kind: 'array'; of: Shape }
  | { kind: 'tuple'; items: Shape[] }
  | { kind: 'nullable'; of: Shape }
  | { kind: 'optional'; of: Shape }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'number'; int?: boolean; min?: [number, boolean]; max?: [number, boolean] }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; values: unknown[] };
