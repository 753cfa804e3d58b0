// How one cell becomes one field's value. Every reader gets a non-empty cell and
// says what it could not read; the entity's schema checks the rest (ranges,
// whole numbers), so its messages stay the same as everywhere else in Holdplan.
import { REGIONS, WEEKDAYS, type Plan, type Region } from '../../../../shared/domain/schema';
import { cellText, type Cell } from '../cells';
import { readDate, readDateRanges, readList, readNumber, type Read } from '../danishValues';
import { importingMessages } from '../../../services/messages/importing';
import { say } from '../../../services/messages/say';

export type FieldReader = (cell: Cell, plan: Plan) => Read<unknown>;

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

export const text: FieldReader = (cell) => ok(cellText(cell));
export const number: FieldReader = (cell) => readNumber(cell);
export const date: FieldReader = (cell) => readDate(cell);
export const list: FieldReader = (cell) => ok(readList(cell));
export const dateRanges: FieldReader = (cell) => readDateRanges(cell);

const fold = (s: string) => s.trim().toLocaleLowerCase('da');

export const region: FieldReader = (cell) => {
  const wanted = fold(cellText(cell)).replace(/^region\s+/, '').replace(/ae/g, 'æ');
  const found = REGIONS.find((r) => fold(r) === wanted);
  return found ? ok<Region>(found) : fail(say(importingMessages.notARegion({ text: cellText(cell), regions: REGIONS })));
};

const KINDS: Record<string, 'internal' | 'external'> = { internal: 'internal', intern: 'internal', external: 'external', ekstern: 'external' };
export const DANISH_KIND = { internal: 'intern', external: 'ekstern' } as const;

export const trainerKind: FieldReader = (cell) => {
  const kind = KINDS[fold(cellText(cell))];
  return kind ? ok(kind) : fail(say(importingMessages.notAKind({ text: cellText(cell) })));
};

export const DANISH_WEEKDAYS = { mon: 'man', tue: 'tir', wed: 'ons', thu: 'tor', fri: 'fre' } as const;
const WEEKDAY_NAMES: Record<string, (typeof WEEKDAYS)[number]> = {};
for (const day of WEEKDAYS) {
  const da = DANISH_WEEKDAYS[day];
  for (const name of [day, da]) WEEKDAY_NAMES[name] = day;
}
Object.assign(WEEKDAY_NAMES, { mandag: 'mon', tirsdag: 'tue', onsdag: 'wed', torsdag: 'thu', fredag: 'fri', monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri' });

export const weekdays: FieldReader = (cell) => {
  const days: string[] = [];
  for (const item of readList(cell)) {
    const day = WEEKDAY_NAMES[fold(item).replace(/\.$/, '')];
    if (!day) return fail(say(importingMessages.notAWeekday({ text: item })));
    days.push(day);
  }
  return ok(days);
};

/** A centre named by its id or its name. */
export const centreRef: FieldReader = (cell, plan) => {
  const wanted = cellText(cell);
  const centre = plan.centres.find((c) => c.id === wanted) ?? plan.centres.find((c) => fold(c.name) === fold(wanted));
  return centre ? ok(centre.id) : fail(say(importingMessages.noCentreNamed({ text: wanted })));
};

/** A course named by its id, its code or its name. */
export const courseRef: FieldReader = (cell, plan) => {
  const wanted = cellText(cell);
  const course =
    plan.courses.find((c) => c.id === wanted) ??
    plan.courses.find((c) => c.code !== '' && fold(c.code) === fold(wanted)) ??
    plan.courses.find((c) => fold(c.name) === fold(wanted));
  return course ? ok(course.id) : fail(say(importingMessages.noCourseNamed({ text: wanted })));
};
