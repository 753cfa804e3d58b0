// The FullCalendar pieces every calendar of Holdplan shares: plugins, licence,
// locale and stylesheets (DESIGN §8: v7 with the scheduler, pinned).
import interactionPlugin from '@fullcalendar/react/interaction';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import resourceTimelinePlugin from '@fullcalendar/react-scheduler/resource-timeline';
import daLocale from '@fullcalendar/react/locales/da';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import type { Language } from '../../i18n/dictionary';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';

export const LICENCE_KEY = 'AGPL-My-Frontend-And-Backend-Are-Open-Source';

export const TIMELINE_PLUGINS = [resourceTimelinePlugin, interactionPlugin, classicThemePlugin];
export const MONTH_PLUGINS = [dayGridPlugin, interactionPlugin, classicThemePlugin];

export function calendarLocale(language: Language) {
  return language === 'da' ? daLocale : enGbLocale;
}
