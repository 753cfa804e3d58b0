import { LockIcon } from './LockIcon';
import { useT } from '../../i18n/useT';

/** What the colours and marks mean: programmes shown in the view, closed days, conflicts and locks. */
export function Legend({ programmes, blocked = false }: { programmes: { family: string; name: string; colour: string }[]; blocked?: boolean }) {
  const { t } = useT();
  return (
    <div className="hp-legend" aria-label={t('cal.legend')} data-testid="legend">
      <span className="hp-legend-title">{t('cal.legend')}:</span>
      {programmes.map((p) => (
        <span key={p.family} className="hp-legend-item" title={p.name}>
          <span className="hp-swatch" style={{ background: p.colour }} />
          {p.family}
        </span>
      ))}
      <span className="hp-legend-item">
        <span className="hp-swatch hp-swatch-closed" />
        {t('cal.legend.closed')}
      </span>
      {blocked ? (
        <span className="hp-legend-item">
          <span className="hp-swatch hp-blocked" />
          {t('cal.trainers.blocked')}
        </span>
      ) : null}
      <span className="hp-legend-item">
        <span className="hp-swatch hp-swatch-conflict" />
        {t('cal.legend.conflict')}
      </span>
      <span className="hp-legend-item">
        <span className="hp-swatch hp-swatch-locked-conflict" />
        {t('cal.legend.lockedConflict')}
      </span>
      <span className="hp-legend-item">
        <LockIcon size={12} /> {t('cal.legend.locked')}
      </span>
    </div>
  );
}
