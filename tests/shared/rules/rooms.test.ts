import { describe, expect, it } from 'vitest';
import { edit, penaltyOf, plannedPlan, violationsOf, withChange } from './fixtures';

describe('room-wrong-centre', () => {
  it("reports a room of another centre than the cohort's", () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { roomId: 'r-ode-1' }), 'room-wrong-centre');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.roomIds).toEqual(['r-ode-1']);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 1 is in Sal A at Center Odense, but Aalborg PPR hold 1 is taught at Center Aalborg.');
  });

  it("accepts a room of the cohort's own centre", () => {
    expect(violationsOf(plannedPlan(), 'room-wrong-centre')).toEqual([]);
  });
});

describe('room-at-customer-site', () => {
  it("reports a room booked for a session at the customer's site", () => {
    const v = violationsOf(edit(plannedPlan(), 'site-1', { roomId: 'r-ode-1' }), 'room-at-customer-site');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe("Vejle skoleforvaltning hold 1, day 1 is taught at the customer's site (Vejle Kommune, Skolegade 1) but has Sal A at Center Odense booked.");
  });

  it('accepts a customer-site session without a room', () => {
    expect(violationsOf(plannedPlan(), 'room-at-customer-site')).toEqual([]);
  });
});

describe('room-too-small', () => {
  it('penalises each seat short', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-2', { roomId: 'r-aal-2' }), 'room-too-small');
    expect(penaltyOf(v)).toBe(5);
    expect(v[0]!.justification).toBe('Lokale 2 at Center Aalborg seats 20, but Aalborg PPR hold 1, day 2 has 25 participants: 5 seats short.');
  });

  it('accepts a room that seats exactly the participants', () => {
    const plan = withChange(plannedPlan(), (p) => (p.cohorts[0]!.participants = 30));
    expect(violationsOf(plan, 'room-too-small')).toEqual([]);
  });
});

describe('room-missing-equipment', () => {
  it('penalises each missing equipment tag', () => {
    let plan = withChange(plannedPlan(), (p) => (p.courses[0]!.days[0]!.equipment = ['projector', 'video']));
    plan = withChange(plan, (p) => (p.rooms[1]!.capacity = 30));
    plan = edit(plan, 'ppr-1', { roomId: 'r-aal-2' });
    const v = violationsOf(plan, 'room-missing-equipment');
    expect(penaltyOf(v)).toBe(2);
    expect(v[0]!.justification).toBe('Lokale 2 at Center Aalborg lacks projector and video, which Aalborg PPR hold 1, day 1 needs.');
  });

  it('accepts a room with the equipment, and a day that needs none', () => {
    // ppr-1 needs a projector and Lokale 1 has one; ppr-2 needs nothing in Lokale 2.
    const plan = withChange(edit(plannedPlan(), 'ppr-2', { roomId: 'r-aal-2' }), (p) => (p.rooms[1]!.capacity = 30));
    expect(violationsOf(plan, 'room-missing-equipment')).toEqual([]);
  });
});

describe('room-unavailable', () => {
  const blocked = () => withChange(plannedPlan(), (p) => p.rooms[0]!.unavailable.push({ start: '2027-01-11', end: '2027-01-12' }));

  it('reports a session in a room on a day it is out of use', () => {
    const v = violationsOf(blocked(), 'room-unavailable');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Lokale 1 at Center Aalborg is unavailable on Mon 11 Jan 2027, when Aalborg PPR hold 1, day 1 is booked in it.');
  });

  it('accepts the room on other days', () => {
    expect(violationsOf(edit(blocked(), 'ppr-1', { date: '2027-01-13' }), 'room-unavailable')).toEqual([]);
  });
});
