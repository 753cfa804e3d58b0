import { useT } from '../../../i18n/useT';

interface Range {
  start: string;
  end: string;
  [key: string]: unknown;
}

function asRanges(value: unknown): Range[] {
  return Array.isArray(value) ? (value as Range[]) : [];
}

/** Blocked date ranges: one row per range, each with a first and a last day. */
export function RangesEditor({ id, value, onChange, invalid }: { id: string; value: unknown; onChange(ranges: Range[]): void; invalid: boolean }) {
  const { t } = useT();
  const ranges = asRanges(value);
  const put = (index: number, patch: Partial<Range>) => onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div className="ranges" id={id} data-testid={`${id}-ranges`}>
      {ranges.length === 0 && <p className="muted ranges-empty">{t('data.ranges.none')}</p>}
      {ranges.map((range, index) => (
        <div className="range-row" key={index} data-testid="range-row">
          <input
            type="date"
            className="field-input"
            aria-label={t('data.ranges.start', { n: index + 1 })}
            aria-invalid={invalid || undefined}
            value={range.start}
            onChange={(e) => put(index, { start: e.target.value, end: range.end === '' || range.end < e.target.value ? e.target.value : range.end })}
          />
          <span aria-hidden="true">–</span>
          <input
            type="date"
            className="field-input"
            aria-label={t('data.ranges.end', { n: index + 1 })}
            aria-invalid={invalid || undefined}
            value={range.end}
            onChange={(e) => put(index, { end: e.target.value })}
          />
          <button type="button" className="button-quiet" aria-label={t('data.ranges.remove', { n: index + 1 })} onClick={() => onChange(ranges.filter((_, i) => i !== index))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button-quiet" data-testid={`${id}-add`} onClick={() => onChange([...ranges, { start: '', end: '' }])}>
        + {t('data.ranges.add')}
      </button>
    </div>
  );
}
