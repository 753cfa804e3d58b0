import { useCallback } from 'react';
import { dictionaries, type MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries.da, key);
}

/** A step's label is an operation name (`trainers.update`) or a group's own label; say it in the planner's words when we know it. */
export function useStepLabel(): (label: string) => string {
  const { t } = useT();
  return useCallback(
    (label: string) => {
      const key = `step.${label}`;
      return isMessageKey(key) ? t(key) : label;
    },
    [t],
  );
}
