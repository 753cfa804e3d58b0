// Dragging a session in a timeline: the verdict while hovering, and on drop
// either saving (with the moved values locked) or refusing with the reasons,
// leaving the planner to force the move in the dialog.
import { useCallback, useRef } from 'react';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import type { SessionPatchInput } from '../../store/calendarSlice';
import type { Session } from '../../../shared/domain/schema';
import type { DragTarget } from './SessionTimeline';
import { verdictFor } from './verdict/verdict';
import { usePlanIndex } from './verdict/usePlanIndex';
import type { PlanIndex } from './verdict/planIndex';

export type RowKind = 'room' | 'trainer';

/** Only what the drop changes: a session dropped where it was changes nothing. */
export function patchForDrop(kind: RowKind, s: Session, target: DragTarget): SessionPatchInput {
  const patch: SessionPatchInput = {};
  if (target.date !== s.date) patch.date = target.date;
  if (kind === 'room' && target.toResourceId !== s.roomId) patch.roomId = target.toResourceId;
  if (kind === 'trainer' && target.toResourceId !== target.fromResourceId) {
    patch.trainerIds = s.trainerIds.map((id) => (id === target.fromResourceId ? target.toResourceId : id));
  }
  return patch;
}

export function useSessionEditing(kind: RowKind) {
  const { t, language } = useT();
  const index = usePlanIndex();
  const latest = useRef<PlanIndex | null>(index);
  latest.current = index;
  const saveSession = useAppStore((s) => s.saveSession);
  const setSessionLocks = useAppStore((s) => s.setSessionLocks);
  const setPendingMove = useAppStore((s) => s.setPendingMove);
  const openSession = useAppStore((s) => s.openSession);

  const describeTarget = useCallback(
    (ix: PlanIndex, target: DragTarget) => {
      const row = kind === 'room' ? ix.rooms.get(target.toResourceId)?.name : ix.trainers.get(target.toResourceId)?.name;
      return `${formatDate(language, target.date)} · ${row ?? target.toResourceId}`;
    },
    [kind, language],
  );

  const judge = useCallback(
    (target: DragTarget) => {
      const ix = latest.current;
      const s = ix?.sessions.get(target.sessionId);
      if (!ix || !s) return { hard: [], target: '' };
      return { hard: verdictFor(ix, s.id, patchForDrop(kind, s, target), language).hard, target: describeTarget(ix, target) };
    },
    [kind, describeTarget, language],
  );

  const drop = useCallback(
    async (target: DragTarget): Promise<boolean> => {
      const ix = latest.current;
      const s = ix?.sessions.get(target.sessionId);
      if (!ix || !s) return false;
      const patch = patchForDrop(kind, s, target);
      if (Object.keys(patch).length === 0) return true;
      const { hard } = verdictFor(ix, s.id, patch, language);
      if (hard.length > 0) {
        setPendingMove({ sessionId: s.id, patch, violations: hard, target: describeTarget(ix, target) });
        return false;
      }
      return saveSession(s.id, patch);
    },
    [kind, describeTarget, saveSession, setPendingMove, language],
  );

  const onEventClick = useCallback(
    (sessionId: string, lockClicked: boolean) => {
      if (lockClicked) void setSessionLocks(sessionId, []);
      else openSession(sessionId);
    },
    [setSessionLocks, openSession],
  );

  return { judge, drop, onEventClick, t };
}
