import { REGIONS } from '../../../../shared/domain/schema';
import { useT } from '../../../i18n/useT';
import type { Option } from './options';

type VenueValue = { centreId?: string; site?: string; region?: string };

/** A cohort meets at one of the centres, or at the customer's own site (an address and its region, no room). */
export function VenueEditor({ id, value, onChange, centres, invalid }: { id: string; value: unknown; onChange(v: VenueValue): void; centres: readonly Option[]; invalid: boolean }) {
  const { t } = useT();
  const venue = (typeof value === 'object' && value !== null ? value : {}) as VenueValue;
  const atSite = venue.centreId === undefined;
  return (
    <div className="venue" id={id}>
      <div className="venue-kind" role="radiogroup" aria-label={t('data.field.venue')}>
        <label>
          <input type="radio" checked={!atSite} onChange={() => onChange({ centreId: centres[0]?.value ?? '' })} /> {t('data.venue.centre')}
        </label>
        <label>
          <input type="radio" checked={atSite} onChange={() => onChange({ site: '', region: REGIONS[0] })} /> {t('data.venue.site')}
        </label>
      </div>
      {atSite ? (
        <div className="venue-site">
          <input className="field-input" aria-label={t('data.venue.address')} placeholder={t('data.venue.address')} aria-invalid={invalid || undefined} value={venue.site ?? ''} onChange={(e) => onChange({ ...venue, site: e.target.value })} />
          <select className="field-input" aria-label={t('data.field.region')} value={venue.region ?? ''} onChange={(e) => onChange({ ...venue, region: e.target.value })}>
            {REGIONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
      ) : (
        <select className="field-input" aria-label={t('data.venue.centre')} aria-invalid={invalid || undefined} value={venue.centreId} onChange={(e) => onChange({ centreId: e.target.value })}>
          {centres.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
