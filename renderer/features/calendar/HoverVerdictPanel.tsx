// Says, while a session is dragged, whether dropping it on the target under the
// pointer keeps every rule, and names the rules it would break.
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { ruleLabel } from './ruleLabels';
import { useHoverVerdict } from './hoverVerdictStore';

export function HoverVerdictPanel() {
  const { t, language } = useT();
  const verdict = useHoverVerdict();
  const ref = useRef<HTMLDivElement>(null);
  // How long from the pointer reaching the target to the verdict on screen (read by scripts/measure-ui.ts).
  useLayoutEffect(() => {
    if (!verdict || !ref.current) return;
    const el = ref.current;
    requestAnimationFrame(() => el.setAttribute('data-latency-ms', (performance.now() - verdict.pointerAt).toFixed(1)));
  }, [verdict]);
  if (!verdict) return null;
  const ok = verdict.hard.length === 0;
  return (
    <div ref={ref} className={`hp-verdict ${ok ? 'hp-verdict-ok' : 'hp-verdict-bad'}`} role="status" aria-live="polite" data-testid="hover-verdict">
      <div className="hp-verdict-head">
        {ok ? '✓ ' : '⚠ '}
        {ok ? t('cal.verdict.ok') : t('cal.verdict.bad', { n: verdict.hard.length })}
      </div>
      <div className="hp-verdict-target">{t('cal.verdict.target', { target: verdict.target })}</div>
      {ok ? null : (
        <ul>
          {verdict.hard.slice(0, 4).map((v, i) => (
            <li key={i} data-rule={v.rule}>
              <strong>{ruleLabel(language, v.rule)}:</strong> {v.justification}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
