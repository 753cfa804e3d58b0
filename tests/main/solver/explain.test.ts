// Why a session stays unassigned, asserted on small hand-built plans where the
// counts in the sentence can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { explainUnassigned } from '../../../main/solver/explain';
import { Plan } from '../../../shared/domain/schema';

interface Shape {
  participants?: number;
  window?: { start: string; end: string };
  days?: { skills?: string[]; minGapDays?: number; equipment?: string[]; trainers?: number }[];
  trainers?: { id: string; skills: string[]; unavailable?: { start: string; end: string }[]; maxDays?: number }[];
  sessions?: { dayIndex: number; date?: string; roomId?: string; trainerIds?: string[] }[];
  busy?: { trainerIds: string[]; dates: string[] };
}

/** One centre (Center Odense: rooms of 30 and 60), one cohort of a course, the given trainers; March 2027. */
function planOf(shape: Shape): Plan {
  const days = shape.days ?? [{ skills: ['dol-strategi'] }];
  const busyDates = shape.busy?.dates ?? [];
  return Plan.parse({
    format: 'holdplan/v1',
    term: { name: 'March', start: '2027-03-01', end: '2027-03-31' },
    centres: [{ id: 'c-ode', name: 'Center Odense', region: 'Syddanmark' }],
    rooms: [
      { id: 'r-1', centreId: 'c-ode', name: 'Lokale 1', capacity: 30, equipment: ['projector'] },
      { id: 'r-2', centreId: 'c-ode', name: 'Lokale 2', capacity: 60 },
      { id: 'r-3', centreId: 'c-ode', name: 'Lokale 3', capacity: 60 },
    ],
    trainers: (shape.trainers ?? []).map((t) => ({ name: `Trainer ${t.id}`, kind: 'external', homeRegion: 'Syddanmark', maxDays: 20, dayRate: 5000, ...t })),
    courses: [
      { id: 'k-dol', name: 'DOL strategi', days: days.map((d, i) => ({ title: `Dag ${i + 1}`, kind: 'teaching', slot: 'full', ...d })) },
      { id: 'k-other', name: 'Andet', days: busyDates.map((_, i) => ({ title: `Dag ${i + 1}`, kind: 'teaching', slot: 'full', trainers: shape.busy!.trainerIds.length })) },
    ].filter((k) => k.days.length > 0),
    cohorts: [
      { id: 'h-1', courseId: 'k-dol', name: 'DOL Odense hold 1', participants: shape.participants ?? 20, venue: { centreId: 'c-ode' }, window: shape.window ?? { start: '2027-03-08', end: '2027-03-12' } },
      ...(busyDates.length > 0 ? [{ id: 'h-2', courseId: 'k-other', name: 'Andet hold', participants: 10, venue: { centreId: 'c-ode' }, window: { start: '2027-03-01', end: '2027-03-31' } }] : []),
    ],
    sessions: [
      ...(shape.sessions ?? days.map((_, i) => ({ dayIndex: i }))).map((s) => ({ id: `s-${s.dayIndex}`, cohortId: 'h-1', slot: 'full', ...s })),
      ...busyDates.map((date, i) => ({ id: `b-${i}`, cohortId: 'h-2', dayIndex: i, slot: 'full', date, roomId: 'r-3', trainerIds: shape.busy!.trainerIds })),
    ],
  });
}

const qualified = (n: number, from = 0, extra: Partial<NonNullable<Shape['trainers']>[number]> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `t-${from + i}`, skills: ['dol-strategi'], ...extra }));
const WEEK = { start: '2027-03-08', end: '2027-03-12' };
const WEEK_DATES = ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'];

describe('explaining an unassigned session', () => {
  it('counts the qualified trainers who are unavailable and those fully booked', () => {
    const plan = planOf({
      trainers: [
        ...qualified(9, 0, { unavailable: [{ start: '2027-03-01', end: '2027-03-19' }] }),
        ...qualified(3, 9, { maxDays: 0 }),
        ...qualified(2, 12),
        // Others without the skill are not counted.
        { id: 'u-1', skills: ['glu'] },
        { id: 'u-2', skills: [] },
      ],
      busy: { trainerIds: ['t-12', 't-13'], dates: WEEK_DATES },
    });
    expect(explainUnassigned(plan, ['s-0'])).toEqual([
      {
        sessionId: 's-0',
        session: 'DOL Odense hold 1 day 1',
        reason: '14 trainers have skill dol-strategi; 9 are unavailable on every legal date and 5 are fully booked (3 at their maximum days, 2 booked elsewhere whenever they are free)',
        cause: 'trainers-busy',
      },
    ]);
  });

  it('proves a shortfall when the qualified trainers’ maximum days are fewer than the days only they can teach', () => {
    const shape = (extra: NonNullable<Shape['trainers']>): Shape => ({
      days: [{ skills: ['dol-strategi'] }, { skills: ['dol-strategi'] }, { skills: ['dol-strategi'] }],
      trainers: [...qualified(1, 0, { maxDays: 1 }), ...qualified(1, 1, { maxDays: 1.5 }), ...extra],
      sessions: [
        { dayIndex: 0, date: '2027-03-08', roomId: 'r-2', trainerIds: ['t-0'] },
        { dayIndex: 1, date: '2027-03-09', roomId: 'r-2', trainerIds: ['t-1'] },
        { dayIndex: 2, date: '2027-03-10', roomId: 'r-2' },
      ],
    });
    const short = planOf(shape([]));
    expect(explainUnassigned(short, ['s-2'])[0]!.reason).toBe(
      '2 trainers have skill dol-strategi; 2 are fully booked (at their maximum days) and together they can teach 2.5 days this term, and the sessions only they can teach need 3',
    );
    expect(explainUnassigned(short, ['s-2'], 'da')[0]!.reason).toBe('2 undervisere har kompetencen dol-strategi; 2 er fuldt optaget (har nået deres højeste antal dage) og tilsammen kan de undervise 2,5 dage i terminen, og de kursusdage, kun de kan undervise, kræver 3');
    // A third qualified trainer, away that week, has days to spare: no shortfall to prove.
    const spare = planOf(shape(qualified(1, 2, { unavailable: [{ start: '2027-03-08', end: '2027-03-12' }] })));
    expect(explainUnassigned(spare, ['s-2'])[0]!.reason).not.toContain('together');
    // … unless they are away the whole term: then they add no days.
    const away = planOf(shape(qualified(1, 2, { unavailable: [{ start: '2027-03-01', end: '2027-03-31' }] })));
    expect(explainUnassigned(away, ['s-2'])[0]!.reason).toContain('together they can teach 2.5 days this term, and the sessions only they can teach need 3');
  });

  it('says when too few trainers are free on the same date for a two-trainer day', () => {
    const plan = planOf({
      days: [{ skills: ['dol-strategi'], trainers: 2 }],
      trainers: [...qualified(1, 0, { unavailable: [{ start: '2027-03-08', end: '2027-03-10' }] }), ...qualified(1, 1, { unavailable: [{ start: '2027-03-11', end: '2027-03-12' }] })],
    });
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe('2 trainers have skill dol-strategi; the others are never 2 free on the same date');
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('trainers-busy');
  });

  it('names the largest room when none holds the cohort', () => {
    const plan = planOf({ participants: 120, trainers: qualified(3) });
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe('no room at Center Odense holds 120 people (the largest holds 60)');
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('no-room-fits');
  });

  it('names the missing equipment', () => {
    const plan = planOf({ participants: 40, days: [{ skills: ['dol-strategi'], equipment: ['projector'] }], trainers: qualified(3) });
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe('2 rooms at Center Odense hold 40 people, but none has projector');
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('no-room-fits');
  });

  it('says when nobody has the skill', () => {
    const plan = planOf({ days: [{ skills: ['dol-strategi', 'jura'] }], trainers: qualified(4) });
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe('no trainer has skills dol-strategi and jura');
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('no-qualified-trainer');
  });

  it('says when no working day in the window fits the gaps to the cohort’s other days', () => {
    const plan = planOf({
      days: [{ skills: ['dol-strategi'] }, { skills: ['dol-strategi'], minGapDays: 7 }],
      trainers: qualified(2),
      sessions: [{ dayIndex: 0, date: '2027-03-08', roomId: 'r-2', trainerIds: ['t-0'] }, { dayIndex: 1 }],
      window: WEEK,
    });
    expect(explainUnassigned(plan, ['s-1'])[0]!.reason).toBe(
      "no working day in the cohort's window fits the gaps to its other days (5 working days in the window, none at the required distance)",
    );
    expect(explainUnassigned(plan, ['s-1'])[0]!.cause).toBe('no-legal-date');
  });

  it('says when the window holds no working day at all (Easter 2027)', () => {
    const plan = planOf({ window: { start: '2027-03-25', end: '2027-03-29' }, trainers: qualified(2) });
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe("the cohort's window (2027-03-25 to 2027-03-29) has no working day inside the term");
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('no-legal-date');
  });

  it('counts the rooms that are booked on every legal date', () => {
    const plan = planOf({ participants: 50, trainers: qualified(2), busy: { trainerIds: [], dates: WEEK_DATES } });
    // Lokale 3 is taken all week by the other cohort; Lokale 2 is closed for the week.
    plan.rooms[1]!.unavailable = [WEEK];
    expect(explainUnassigned(plan, ['s-0'])[0]!.reason).toBe('2 rooms at Center Odense fit the cohort; 1 is unavailable and 1 is booked on every one of its 5 legal dates');
    expect(explainUnassigned(plan, ['s-0'])[0]!.cause).toBe('rooms-taken');
  });
});

describe('explaining an unassigned session in Danish', () => {
  const da = (plan: Plan, id = 's-0') => explainUnassigned(plan, [id], 'da')[0]!;

  it('counts the same trainers as in English, in the words a Danish planner reads', () => {
    const plan = planOf({
      trainers: [...qualified(9, 0, { unavailable: [{ start: '2027-03-01', end: '2027-03-19' }] }), ...qualified(3, 9, { maxDays: 0 }), ...qualified(2, 12)],
      busy: { trainerIds: ['t-12', 't-13'], dates: WEEK_DATES },
    });
    expect(da(plan)).toEqual({
      sessionId: 's-0',
      session: 'DOL Odense hold 1 dag 1',
      reason:
        '14 undervisere har kompetencen dol-strategi; 9 er utilgængelige på alle mulige datoer og 5 er fuldt optaget (3 har nået deres højeste antal dage, 2 er optaget andetsteds, når de er ledige)',
      cause: 'trainers-busy',
    });
  });

  it('names the largest room, the missing equipment and the missing skills', () => {
    expect(da(planOf({ participants: 120, trainers: qualified(3) })).reason).toBe('intet lokale på Center Odense har plads til 120 personer (det største har plads til 60)');
    expect(da(planOf({ participants: 40, days: [{ skills: ['dol-strategi'], equipment: ['projector'] }], trainers: qualified(3) })).reason).toBe(
      '2 lokaler på Center Odense har plads til 40 personer, men ingen af dem har projector',
    );
    expect(da(planOf({ days: [{ skills: ['dol-strategi', 'jura'] }], trainers: qualified(4) })).reason).toBe('ingen underviser har kompetencerne dol-strategi og jura');
  });

  it('writes the window in Danish dates and counts booked rooms', () => {
    expect(da(planOf({ window: { start: '2027-03-25', end: '2027-03-29' }, trainers: qualified(2) })).reason).toBe(
      'holdets periode (tor. 25. mar. 2027 til man. 29. mar. 2027) har ingen arbejdsdag inden for terminen',
    );
    const plan = planOf({ participants: 50, trainers: qualified(2), busy: { trainerIds: [], dates: WEEK_DATES } });
    plan.rooms[1]!.unavailable = [WEEK];
    expect(da(plan).reason).toBe('2 lokaler på Center Odense passer til holdet; 1 er utilgængeligt og 1 er optaget på alle dens 5 mulige datoer');
  });
});
