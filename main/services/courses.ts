// Courses and their day templates. Changing the days reshapes every cohort's
// sessions, so a change that would remove or alter planned sessions is first
// reported and only applied when the caller confirms.
import { HoldplanError } from '../../shared/domain/errors';
import { Course } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { applyCourseChange, courseChangeImpact, needsConfirmation } from './courseChange';
import { listInWords } from './describe';
import { deletingMessages as d } from './messages/deleting';
import { entityMessages as m } from './messages/entities';
import { say } from './messages/say';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuseTakenId, withId } from './support';

type CourseHandlers = Pick<Handlers, 'courses.list' | 'courses.get' | 'courses.create' | 'courses.update' | 'courses.delete'>;

export function courseHandlers(store: Store): CourseHandlers {
  return {
    'courses.list': async () => structuredClone(store.read().courses),
    'courses.get': async ({ id }) => structuredClone(findById(store.read().courses, id, 'course')),
    'courses.create': ({ course }) =>
      store.update((draft) => {
        const created = parseEntity(Course, withId(objectInput(course, 'course'), draft.courses, 'k'), 'course');
        refuseTakenId(draft.courses, created.id, 'course');
        draft.courses.push(created);
        return structuredClone(created);
      }),
    'courses.update': async ({ id, patch, confirm }) => {
      const plan = store.read();
      const before = findById(plan.courses, id, 'course');
      const after = parseEntity(Course, mergePatch(before, patch, 'course'), 'course');
      const preview = courseChangeImpact(plan, before, after);
      if (needsConfirmation(preview) && !confirm) return { applied: false, ...preview };
      return store.update((draft) => {
        const index = indexById(draft.courses, id, 'course');
        const current = draft.courses[index]!;
        const next = parseEntity(Course, mergePatch(current, patch, 'course'), 'course');
        const impact = courseChangeImpact(draft, current, next);
        if (needsConfirmation(impact) && !confirm)
          throw new HoldplanError('conflict', say(m.courseChangedMeanwhile()));
        draft.courses[index] = next;
        applyCourseChange(draft, current, next);
        return { applied: true, ...impact };
      });
    },
    'courses.delete': ({ id }) =>
      store.update((draft) => {
        const course = findById(draft.courses, id, 'course');
        const cohorts = draft.cohorts.filter((c) => c.courseId === id).map((c) => c.name);
        if (cohorts.length > 0) {
          throw new HoldplanError(
            'in-use',
            say(d.courseInUse({ course: course.name, cohorts: cohorts.length, list: listInWords(cohorts) })),
            cohorts,
          );
        }
        draft.courses = draft.courses.filter((c) => c.id !== id);
        return { deleted: id, unassignedSessionIds: [] };
      }),
  };
}
