import { describe, expect, it } from 'vitest';
import { selectRoomPlan } from '../../../main/print/selectRoomPlan';
import { roomPlanDocument } from '../../../main/print/printDocument';
import type { Plan } from '../../../shared/domain/schema';
import { plantedTerm } from './demoPlan';

function withSlotTimes(plan: Plan): Plan {
  return {
    ...plan,
    slotTimes: { full: ['08:30', '15:00'], am: ['08:30', '11:30'], pm: ['12:00', '15:00'] },
    centres: plan.centres.map((c) => (c.id === 'c-aar' ? { ...c, slotTimes: { full: ['10:00', '16:00'] } } : c)),
  };
}

describe('room plan selection', () => {
  it("uses the centre's own slot times, else the data set's", () => {
    const plan = withSlotTimes(plantedTerm());
    const aarhus = selectRoomPlan(plan, 'c-aar', { week: '2027-W17' }).rows.flatMap((r) => r.cells.flat());
    expect(aarhus.filter((s) => s.slot === 'full').every((s) => s.times === '10.00–16.00')).toBe(true);
    const odense = selectRoomPlan(plan, 'c-ode', { week: '2027-W17' }).rows.flatMap((r) => r.cells.flat());
    expect(odense.filter((s) => s.slot === 'full').every((s) => s.times === '08.30–15.00')).toBe(true);
    expect(odense.length).toBeGreaterThan(0);
  });

  it('keeps a session at the centre that has no room yet in its own row', () => {
    const plan = plantedTerm();
    const session = plan.sessions.find((s) => s.roomId === 'r-kbh-2' && s.date !== null && s.date >= '2027-04-26' && s.date <= '2027-04-30')!;
    const unroomed = { ...plan, sessions: plan.sessions.map((s) => (s.id === session.id ? { ...s, roomId: null } : s)) };
    const data = selectRoomPlan(unroomed, 'c-kbh', { week: '2027-W17' });
    const last = data.rows[data.rows.length - 1]!;
    expect(last.room).toBeNull();
    expect(last.cells.flat().map((s) => s.id)).toEqual([session.id]);
  });

  it('shows one day, with the reason it is closed', () => {
    const data = selectRoomPlan(plantedTerm(), 'c-aal', { date: '2027-04-16' });
    expect(data.days).toEqual([{ date: '2027-04-16', closed: 'Personaledag' }]);
    expect(data.span).toBe('fredag 16. april 2027');
  });

  it('refuses a week that does not exist and a centre that does not', () => {
    expect(() => selectRoomPlan(plantedTerm(), 'c-kbh', { week: '2027-W54' })).toThrow('2027-W54 does not exist');
    expect(() => selectRoomPlan(plantedTerm(), 'c-xxx', { week: '2027-W17' })).toThrow('There is no centre with id "c-xxx"');
  });

  it('escapes names in the HTML and loads nothing from outside', () => {
    const plan = plantedTerm();
    const hacked = { ...plan, centres: plan.centres.map((c) => (c.id === 'c-kbh' ? { ...c, name: 'Center <script>alert(1)</script>' } : c)) };
    const doc = roomPlanDocument(hacked, 'c-kbh', { week: '2027-W17' });
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).toContain('&lt;script&gt;');
    expect(doc.html).not.toMatch(/\s(src|href)=/);
    expect(doc.landscape).toBe(true);
    expect(doc.fileName).toBe('lokaleplan-c-kbh-2027-W17.pdf');
  });
});
