import { describe, expect, it } from 'vitest';
import { servicesOver, valueOf } from './harness';
import { smallPlan } from './fixtures';
import type { ImportResult } from '../../../shared/contract/results';
import type { Plan } from '../../../shared/domain/schema';

/** A file written by a newer Holdplan or another tool: fields this version does not know, at every level. */
function planWithUnknownFields(): Record<string, unknown> {
  const plan = structuredClone(smallPlan()) as unknown as Record<string, unknown> & {
    term: Record<string, unknown>;
    closures: Record<string, unknown>[];
    rooms: Record<string, unknown>[];
    courses: { days: Record<string, unknown>[] }[];
    cohorts: { venue: Record<string, unknown>; window: Record<string, unknown> }[];
    sessions: Record<string, unknown>[];
  };
  plan.generator = { name: 'Hold-Excel', version: '3.1' };
  plan.term.budgetCode = 'F27';
  plan.closures[0]!.approvedBy = 'LH';
  plan.rooms[0]!.floor = 2;
  plan.courses[0]!.days[1]!.cateringNote = 'frokost kl. 12';
  plan.cohorts[0]!.venue.parking = 'bag huset';
  plan.cohorts[0]!.window.flexible = true;
  plan.sessions[0]!.note = { text: 'husk navneskilte', by: ['ane'] };
  return plan;
}

describe('import and export of a whole holdplan/v1 file', () => {
  it('keeps unknown fields at every level through import → store → export', async () => {
    const { call } = servicesOver();
    const file = planWithUnknownFields();
    const result = valueOf<ImportResult>(await call('plan.import', { plan: file }));
    expect(result.counts).toEqual({ centres: 3, rooms: 2, trainers: 2, courses: 2, cohorts: 2, sessions: 6 });
    const exported = valueOf<Plan>(await call('plan.export', {}));
    expect(exported).toEqual(file);
  });

  it('survives a second round trip through JSON unchanged', async () => {
    const first = servicesOver();
    valueOf(await first.call('plan.import', { plan: planWithUnknownFields() }));
    const text = JSON.stringify(valueOf<Plan>(await first.call('plan.export', {})));
    const second = servicesOver();
    valueOf(await second.call('plan.import', { plan: JSON.parse(text) }));
    expect(JSON.stringify(valueOf<Plan>(await second.call('plan.export', {})))).toBe(text);
  });

  it('refuses a file with a broken reference deep inside and keeps the old plan', async () => {
    const { refused } = servicesOver();
    const file = planWithUnknownFields() as { sessions: { trainerIds: string[] }[] };
    file.sessions[3]!.trainerIds = ['t-gone'];
    const r = await refused('plan.import', { plan: file });
    expect(r.error.message).toBe('The imported file is not consistent: session "s-4" names trainer "t-gone", which does not exist');
    expect(r.after).toEqual(r.before);
    expect(r.saved).toBe(false);
  });

  it('refuses a file in another format with one line naming the problem', async () => {
    const { refused } = servicesOver();
    const r = await refused('plan.import', { plan: { ...smallPlan(), format: 'holdplan/v9' } });
    expect(r.error.message).toBe('The imported file is not a valid holdplan/v1 data set: format: the format must be "holdplan/v1"');
    expect(r.after).toEqual(r.before);
  });

  it('counts further problems instead of printing them all on the line', async () => {
    const { refused } = servicesOver();
    const file = smallPlan();
    file.rooms = file.rooms.map((r) => ({ ...r, capacity: 0 }));
    const r = await refused('plan.import', { plan: file });
    expect(r.error.message).toBe('The imported file is not a valid holdplan/v1 data set: rooms[0].capacity: must hold at least one person (and 1 more problem)');
    expect(r.error.details).toHaveLength(2);
  });
});
