// One colour per programme family (the course code before its first dash:
// DOL-FL and DOL-PL are both DOL), so a room plan reads by programme at a glance.
import type { Course } from '../../../shared/domain/schema';

const PALETTE = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#ff7f0e', '#393b79',
  '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363', '#ad494a',
] as const;

export function familyOf(course: Pick<Course, 'code' | 'id'>): string {
  const code = course.code || course.id;
  return code.split('-')[0] ?? code;
}

export interface ProgrammeColours {
  /** Colour of a course, by its id. */
  byCourse: ReadonlyMap<string, string>;
  /** Family → colour and a course name that stands for it, for the legend. */
  families: ReadonlyMap<string, { colour: string; name: string }>;
}

export function programmeColours(courses: readonly Course[]): ProgrammeColours {
  const families = new Map<string, { colour: string; name: string }>();
  const byCourse = new Map<string, string>();
  const ordered = [...courses].sort((a, b) => familyOf(a).localeCompare(familyOf(b)));
  for (const course of ordered) {
    const family = familyOf(course);
    let entry = families.get(family);
    if (!entry) {
      entry = { colour: PALETTE[families.size % PALETTE.length]!, name: course.name.split(':')[0] ?? course.name };
      families.set(family, entry);
    }
    byCourse.set(course.id, entry.colour);
  }
  return { byCourse, families };
}
