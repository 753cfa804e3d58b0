// Picks a message's words in the language of the operation being served.
import type { Text } from '../../../shared/i18n/text';
import { currentLanguage } from '../language';

export type { Text };

export function say(text: Text): string {
  return text[currentLanguage()];
}
