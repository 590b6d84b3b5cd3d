/** A range in one linted file. Lines and columns are 1-based; the end is exclusive. */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A value together with where it was written. */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}
