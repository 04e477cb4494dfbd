/**
 * A statement and its parameters, composed from parts (a multi-row INSERT, an IN list) without ever putting a
 * value into the text. Shaped as Prisma's own `Prisma.Sql` is read by `$queryRaw(statement)` / `$executeRaw`:
 * `sql` with `?` placeholders (SQLite), `text` with `$1…` (PostgreSQL), `values`. Our own rather than Prisma's
 * because the pure domain folders may not load the database client, and because the PostgreSQL client, generated
 * separately, would not recognise the SQLite client's fragments nested in its own template.
 */
export class Sql {
  constructor(
    readonly strings: string[],
    readonly values: unknown[],
  ) {}
  get sql(): string {
    return this.strings.reduce((text, part, i) => (i === 0 ? part : `${text}?${part}`), "");
  }
  get text(): string {
    return this.strings.reduce((text, part, i) => (i === 0 ? part : `${text}$${i}${part}`), "");
  }
  /** The remaining members of Prisma's shape (`:1…` placeholders, a debugging view), for its types. */
  get statement(): string {
    return this.strings.reduce((text, part, i) => (i === 0 ? part : `${text}:${i}${part}`), "");
  }
  inspect() {
    return { sql: this.sql, statement: this.statement, text: this.text, values: [...this.values] };
  }
}

/** A tagged template: values become parameters; a nested Sql is spliced in with its own parameters. */
export function sql(strings: readonly string[], ...values: unknown[]): Sql {
  const parts = [strings[0]!];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      parts[parts.length - 1] += value.strings[0]!;
      for (let j = 0; j < value.values.length; j++) {
        params.push(value.values[j]);
        parts.push(value.strings[j + 1]!);
      }
      parts[parts.length - 1] += strings[i + 1]!;
    } else {
      params.push(value);
      parts.push(strings[i + 1]!);
    }
  });
  return new Sql(parts, params);
}

/** Values (or fragments) separated by `separator`, e.g. the rows of a VALUES list. */
export function join(values: readonly unknown[], separator = ", "): Sql {
  if (values.length === 0) throw new Error("join() needs at least one value");
  return sql(["", ...Array<string>(values.length - 1).fill(separator), ""], ...values);
}

/** Text that is part of the statement itself (never a value from a request). */
export const raw = (text: string): Sql => new Sql([text], []);
