import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** Keeps the services' check in step with the loaded plan and the UI's language, for the conflict marks. */
export function usePlanCheck(): void {
  const plan = useAppStore((s) => s.plan);
  const language = useAppStore((s) => s.language);
  const refresh = useAppStore((s) => s.refreshPlanCheck);
  useEffect(() => {
    if (plan) void refresh();
  }, [plan, language, refresh]);
}
