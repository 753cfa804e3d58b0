import { DAY_KINDS, SLOTS } from '../../../../shared/domain/schema';
import { useT } from '../../../i18n/useT';
import { numberOrText, splitTags } from '../paths';

type Day = Record<string, unknown>;

const blankDay = (): Day => ({ title: '', kind: 'teaching', slot: 'full', skills: [], trainers: 1, equipment: [], minGapDays: 1 });

/** A course's day templates in order: what each day is, its slot, the skills and trainers it needs, its gap to the day before. */
export function DaysEditor({ id, value, onChange, invalid }: { id: string; value: unknown; onChange(days: Day[]): void; invalid: boolean }) {
  const { t } = useT();
  const days = Array.isArray(value) ? (value as Day[]) : [];
  const put = (index: number, patch: Day) => onChange(days.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return (
    <div className="days" id={id}>
      <table className="days-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('data.day.title')}</th>
            <th>{t('data.day.kind')}</th>
            <th>{t('data.day.slot')}</th>
            <th>{t('data.day.skills')}</th>
            <th title={t('data.day.trainersHint')}>{t('data.day.trainers')}</th>
            <th title={t('data.day.gapHint')}>{t('data.day.gap')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {days.map((day, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              <td>
                <input className="field-input" aria-invalid={invalid || undefined} aria-label={t('data.day.title')} value={text(day.title)} onChange={(e) => put(index, { title: e.target.value })} />
              </td>
              <td>
                <select className="field-input" aria-label={t('data.day.kind')} value={text(day.kind)} onChange={(e) => put(index, { kind: e.target.value })}>
                  {DAY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`data.dayKind.${k}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select className="field-input" aria-label={t('data.day.slot')} value={text(day.slot)} onChange={(e) => put(index, { slot: e.target.value })}>
                  {SLOTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`data.slot.${s}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  className="field-input"
                  aria-label={t('data.day.skills')}
                  defaultValue={Array.isArray(day.skills) ? (day.skills as string[]).join(', ') : ''}
                  onChange={(e) => put(index, { skills: splitTags(e.target.value) })}
                />
              </td>
              <td>
                <input className="field-input field-narrow" aria-label={t('data.day.trainers')} value={text(day.trainers)} onChange={(e) => put(index, { trainers: numberOrText(e.target.value) })} />
              </td>
              <td>
                <input className="field-input field-narrow" aria-label={t('data.day.gap')} value={text(day.minGapDays)} onChange={(e) => put(index, { minGapDays: numberOrText(e.target.value) })} />
              </td>
              <td>
                <button type="button" className="button-quiet" aria-label={t('data.day.remove', { n: index + 1 })} onClick={() => onChange(days.filter((_, i) => i !== index))}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-quiet" onClick={() => onChange([...days, blankDay()])}>
        + {t('data.day.add')}
      </button>
    </div>
  );
}
