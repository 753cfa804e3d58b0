// The difference between two plans, kept small so that a hundred undo steps of
// a 1,800-session term do not hold a hundred copies of it: lists of entities
// (anything with an id) keep only the entities that differ, everything else
// (term, closures, unknown top-level fields) is kept whole when it differs.
import type { Plan } from '../../shared/domain/schema';

type KeyPatch =
  | { kind: 'absent' }
  | { kind: 'value'; value: unknown }
  /** `order` is the ids in the target's order; `entities` the target's version of each entity that differs. */
  | { kind: 'entities'; order: string[]; entities: Map<string, unknown> };

/** Applied to the plan it was taken from, it gives the plan it was taken to. */
export type PlanPatch = ReadonlyMap<string, KeyPatch>;

type Entity = { id: string };

function asEntityList(value: unknown): Entity[] | null {
  if (!Array.isArray(value)) return null;
  const ids = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') return null;
    const id = (item as Entity).id;
    if (ids.has(id)) return null;
    ids.add(id);
  }
  return value as Entity[];
}

function entitiesPatch(from: readonly Entity[], to: readonly Entity[]): KeyPatch | null {
  const before = new Map(from.map((e) => [e.id, JSON.stringify(e)]));
  const entities = new Map<string, unknown>();
  for (const e of to) {
    if (before.get(e.id) !== JSON.stringify(e)) entities.set(e.id, structuredClone(e));
  }
  const order = to.map((e) => e.id);
  const sameOrder = order.length === from.length && order.every((id, i) => from[i]?.id === id);
  return sameOrder && entities.size === 0 ? null : { kind: 'entities', order, entities };
}

/** What turns `from` into `to`; empty when they hold the same data. */
export function patchBetween(from: Plan, to: Plan): PlanPatch {
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  const patch = new Map<string, KeyPatch>();
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in b)) {
      patch.set(key, { kind: 'absent' });
      continue;
    }
    const listA = asEntityList(a[key]);
    const listB = asEntityList(b[key]);
    if (listA && listB) {
      const entities = entitiesPatch(listA, listB);
      if (entities) patch.set(key, entities);
    } else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      patch.set(key, { kind: 'value', value: structuredClone(b[key]) });
    }
  }
  return patch;
}

/** Makes `draft` the plan the patch leads to, in place (a store change works on its draft). */
export function applyPatch(draft: Plan, patch: PlanPatch): void {
  const target = draft as Record<string, unknown>;
  for (const [key, change] of patch) {
    if (change.kind === 'absent') {
      delete target[key];
    } else if (change.kind === 'value') {
      target[key] = structuredClone(change.value);
    } else {
      const current = new Map((asEntityList(target[key]) ?? []).map((e) => [e.id, e]));
      const next: unknown[] = [];
      for (const id of change.order) {
        const entity = change.entities.has(id) ? structuredClone(change.entities.get(id)) : current.get(id);
        // An entity neither kept nor recorded can only come from a change made
        // outside the history; leaving it out is the best that can be done.
        if (entity !== undefined) next.push(entity);
      }
      target[key] = next;
    }
  }
}
