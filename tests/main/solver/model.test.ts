import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { NONE, buildModel, isoOfDay, toPlan } from '../../../main/solver/model';
import { tightInstance } from './tightInstance';

describe('working model', () => {
  it('writes back only planned values and keeps unknown fields everywhere', () => {
    const { plan } = tightInstance(7);
    const withExtras = {
      ...plan,
      vendorNote: { keep: true },
      sessions: plan.sessions.map((s) => ({ ...s, colour: 'teal' })),
    };
    const model = buildModel(withExtras);
    expect(toPlan(model, withExtras)).toEqual(withExtras);
    const s = model.sDay.findIndex((d) => d !== NONE);
    model.sDay[s] = model.termStart;
    model.sRoom[s] = NONE;
    const written = toPlan(model, withExtras);
    expect(written.sessions[s]).toEqual({ ...withExtras.sessions[s], date: plan.term.start, roomId: null });
    expect(written.sessions.filter((x, i) => x !== withExtras.sessions[i])).toHaveLength(1);
    expect((written as typeof withExtras).vendorNote).toEqual({ keep: true });
  });

  it('offers only legal dates, fitting rooms and qualified trainers for the planted plan’s choices', () => {
    const { plan, planted } = generateDemo({ size: 'small', seed: 3 });
    const model = buildModel(plan);
    planted.sessions.forEach((p, s) => {
      const c = model.sCohort[s]!;
      const legal = [...model.cLegal.subarray(model.cLegalStart[c]!, model.cLegalStart[c + 1]!)].map((d) => isoOfDay(model, d));
      expect(legal).toContain(p.date);
      if (p.roomId !== null) {
        const rooms = [...model.sRoomCands.subarray(model.sRoomCandStart[s]!, model.sRoomCandStart[s + 1]!)].map((r) => model.roomIds[r]);
        expect(rooms).toContain(p.roomId);
      }
      const tpl = model.sTemplate[s]!;
      const qualified = new Set([...model.tplQualified.subarray(model.tplQualifiedStart[tpl]!, model.tplQualifiedStart[tpl + 1]!)].map((t) => model.trainerIds[t]));
      for (const t of p.trainerIds) expect(qualified.has(t)).toBe(true);
    });
  });
});
