import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { DataSetSection } from '../exchange/DataSetSection';
import { PublishSection } from '../exchange/PublishSection';
import { SheetImportSection } from '../exchange/SheetImportSection';
import { PrintSection } from './PrintSection';
import './print.css';

/** Udskrifter: printouts on paper and PDF, and the data going in and out of Holdplan. */
export function PrintScreen() {
  const { t } = useT();
  const plan = useAppStore((s) => s.plan);
  return (
    <section className="panel print-screen" aria-labelledby="screen-title" data-testid="screen-print">
      <h2 id="screen-title">{t('nav.print')}</h2>
      {plan === null ? <p className="muted">{t('app.loading')}</p> : <PrintSection plan={plan} />}
      {plan !== null && <PublishSection plan={plan} />}
      <DataSetSection termName={plan?.term.name ?? ''} />
      <SheetImportSection />
    </section>
  );
}
