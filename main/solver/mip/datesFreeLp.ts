// The dates-free reference model is checked against the reference checker at a
// given plan's values (no solving), so it keeps its own copy of every row, bound
// and cost beside the LP text: evaluate() tells the objective there and which
// rows or bounds that point breaks.
import { LpModel, type Sense, type Term } from './lpModel';
import type { MipSolution } from './assignmentMip';

interface RecordedRow {
  name: string;
  terms: readonly Term[];
  sense: Sense;
  rhs: number;
}

interface Bounds {
  lower: number;
  upper: number;
  integer: boolean;
}

export interface Evaluation {
  objective: number;
  /** Names of the rows (and columns, for bounds or integrality) the point breaks. */
  broken: string[];
}

const TOLERANCE = 1e-6;

export class CheckedLp {
  private readonly model = new LpModel();
  private readonly rows: RecordedRow[] = [];
  private readonly bounds = new Map<string, Bounds>();
  private readonly costs = new Map<string, number>();

  binary(name: string, cost = 0): string {
    this.bounds.set(name, { lower: 0, upper: 1, integer: true });
    if (cost !== 0) this.costs.set(name, cost);
    return this.model.binary(name, cost);
  }

  continuous(name: string, cost = 0): string {
    this.bounds.set(name, { lower: 0, upper: Infinity, integer: false });
    if (cost !== 0) this.costs.set(name, cost);
    return this.model.continuous(name, cost);
  }

  fix(name: string, value: number): void {
    this.model.fix(name, value);
    const b = this.bounds.get(name);
    if (b) this.bounds.set(name, { ...b, lower: value, upper: value });
  }

  addCost(name: string, cost: number): void {
    this.model.addCost(name, cost);
    this.costs.set(name, (this.costs.get(name) ?? 0) + cost);
  }

  row(name: string, terms: readonly Term[], sense: Sense, rhs: number): void {
    if (terms.every(([c]) => c === 0)) return;
    this.model.row(name, terms, sense, rhs);
    this.rows.push({ name, terms, sense, rhs });
  }

  get columnCount(): number {
    return this.model.columnCount;
  }

  get rowCount(): number {
    return this.model.rowCount;
  }

  get integerCount(): number {
    return this.model.integerCount;
  }

  get integralObjective(): boolean {
    return this.model.integralObjective;
  }

  toString(): string {
    return this.model.toString();
  }

  /** The objective at a point (missing columns are 0) and what the point breaks. */
  evaluate(values: MipSolution): Evaluation {
    const at = (col: string) => values.get(col) ?? 0;
    let objective = 0;
    for (const [col, c] of this.costs) objective += c * at(col);
    const broken: string[] = [];
    for (const [col, b] of this.bounds) {
      const v = at(col);
      if (v < b.lower - TOLERANCE || v > b.upper + TOLERANCE || (b.integer && Math.abs(v - Math.round(v)) > TOLERANCE)) broken.push(col);
    }
    for (const r of this.rows) {
      let lhs = 0;
      for (const [c, col] of r.terms) lhs += c * at(col);
      const ok = r.sense === '<=' ? lhs <= r.rhs + TOLERANCE : r.sense === '>=' ? lhs >= r.rhs - TOLERANCE : Math.abs(lhs - r.rhs) <= TOLERANCE;
      if (!ok) broken.push(r.name);
    }
    return { objective, broken };
  }
}
