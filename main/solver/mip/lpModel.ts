// A small writer of CPLEX LP text (the format HiGHS reads): minimise a linear
// objective over named columns subject to named linear rows. Just enough for the
// benchmark's exact reference models; names are kept short and LP-safe by callers.

export type Term = readonly [coefficient: number, column: string];

export type Sense = '<=' | '>=' | '=';

interface Row {
  name: string;
  terms: readonly Term[];
  sense: Sense;
  rhs: number;
}

type Kind = 'binary' | 'integer' | 'continuous';

interface Column {
  kind: Kind;
  lower: number;
  upper: number;
}

/** Long rows are wrapped: LP readers limit line length. */
const TERMS_PER_LINE = 8;

function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`an LP coefficient must be finite, not ${n}`);
  return String(n);
}

function linear(terms: readonly Term[]): string {
  const parts: string[] = [];
  let line: string[] = [];
  for (const [c, name] of terms) {
    if (c === 0) continue;
    const sign = c < 0 ? '-' : '+';
    const abs = Math.abs(c);
    line.push(`${sign} ${abs === 1 ? '' : `${num(abs)} `}${name}`);
    if (line.length === TERMS_PER_LINE) {
      parts.push(line.join(' '));
      line = [];
    }
  }
  if (line.length > 0) parts.push(line.join(' '));
  return parts.length === 0 ? '0' : parts.join('\n   ');
}

export class LpModel {
  private readonly columns = new Map<string, Column>();
  private readonly objective = new Map<string, number>();
  private readonly rows: Row[] = [];

  /** A 0/1 column. */
  binary(name: string, cost = 0): string {
    return this.column(name, { kind: 'binary', lower: 0, upper: 1 }, cost);
  }

  /** A continuous column with the given bounds (default 0 … +∞). */
  continuous(name: string, cost = 0, lower = 0, upper = Infinity): string {
    return this.column(name, { kind: 'continuous', lower, upper }, cost);
  }

  /** Narrows a column's bounds, e.g. to fix a locked value. */
  fix(name: string, value: number): void {
    const col = this.columns.get(name);
    if (!col) throw new Error(`no column ${name}`);
    col.lower = value;
    col.upper = value;
  }

  addCost(name: string, cost: number): void {
    if (!this.columns.has(name)) throw new Error(`no column ${name}`);
    this.objective.set(name, (this.objective.get(name) ?? 0) + cost);
  }

  /** Adds a row; a row without columns states nothing and is left out. */
  row(name: string, terms: readonly Term[], sense: Sense, rhs: number): void {
    if (terms.every(([c]) => c === 0)) return;
    for (const [, col] of terms) if (!this.columns.has(col)) throw new Error(`row ${name} uses unknown column ${col}`);
    this.rows.push({ name, terms, sense, rhs });
  }

  get columnCount(): number {
    return this.columns.size;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  get integerCount(): number {
    let n = 0;
    for (const c of this.columns.values()) if (c.kind !== 'continuous') n++;
    return n;
  }

  /** True when every cost is a whole number, so any optimum is too. */
  get integralObjective(): boolean {
    for (const c of this.objective.values()) if (!Number.isInteger(c)) return false;
    return true;
  }

  toString(): string {
    const out: string[] = ['\\ Holdplan exact reference model', 'Minimize'];
    const obj: Term[] = [...this.objective].map(([name, c]) => [c, name] as const);
    out.push(` obj: ${linear(obj)}`);
    out.push('Subject To');
    for (const r of this.rows) out.push(` ${r.name}: ${linear(r.terms)} ${r.sense} ${num(r.rhs)}`);
    out.push('Bounds');
    const binaries: string[] = [];
    const generals: string[] = [];
    for (const [name, c] of this.columns) {
      if (c.kind === 'binary') binaries.push(name);
      if (c.kind === 'integer') generals.push(name);
      const isDefault = c.lower === 0 && (c.upper === Infinity || (c.kind === 'binary' && c.upper === 1));
      if (isDefault) continue;
      if (c.lower === c.upper) out.push(` ${name} = ${num(c.lower)}`);
      else out.push(` ${c.lower === -Infinity ? '-inf' : num(c.lower)} <= ${name} <= ${c.upper === Infinity ? '+inf' : num(c.upper)}`);
    }
    if (binaries.length > 0) out.push('Binaries', ...chunk(binaries));
    if (generals.length > 0) out.push('Generals', ...chunk(generals));
    out.push('End', '');
    return out.join('\n');
  }

  private column(name: string, column: Column, cost: number): string {
    if (this.columns.has(name)) throw new Error(`column ${name} declared twice`);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`column name ${name} is not LP-safe`);
    this.columns.set(name, column);
    if (cost !== 0) this.objective.set(name, cost);
    return name;
  }
}

function chunk(names: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 12) lines.push(` ${names.slice(i, i + 12).join(' ')}`);
  return lines;
}
