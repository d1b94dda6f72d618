import type { Language } from '../i18n/language';
import { createTranslator } from '../i18n/translate';

/**
 * 1,024 bytes to the kilobyte: the model catalogue gives its sizes in binary megabytes (MiB) under the name
 * "MB", as file managers on Windows do, so the panel counts the same way and the two figures agree.
 */
const KILO = 1024;
const MEGA = KILO * KILO;
const GIGA = MEGA * KILO;

/** Below 10 units one decimal tells 1.4 MB from 1.9 MB; above it the decimal is noise. */
const DECIMAL_BELOW = 10;

function decimal(value: number, language: Language): string {
  const digits = value < DECIMAL_BELOW ? 1 : 0;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** A byte count for people, in the UI language: "65 KB", "1.5 MB" / "1,5 МБ", "2.1 GB". */
export function formatBytes(bytes: number, language: Language): string {
  const t = createTranslator(language);
  const size = Math.max(0, bytes);
  if (size < KILO) return t('models.unitBytes', { value: decimal(Math.round(size), language) });
  if (size < MEGA) return t('models.unitKilobytes', { value: decimal(size / KILO, language) });
  if (size < GIGA) return t('models.unitMegabytes', { value: decimal(size / MEGA, language) });
  return t('models.unitGigabytes', { value: decimal(size / GIGA, language) });
}

/** A transfer speed: "1.2 MB/s" / "1,2 МБ/с". */
export function formatRate(bytesPerSecond: number, language: Language): string {
  return createTranslator(language)('models.unitPerSecond', { size: formatBytes(bytesPerSecond, language) });
}

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;

/**
 * Time left: "45 s", "3 min 05 s", "1 h 20 min" (and in Russian "45 с", "3 мин 05 с", "1 ч 20 мин").
 * Rounded up to the second, so a download never says "0 s" while bytes are still to come.
 */
export function formatTimeLeft(ms: number, language: Language): string {
  const t = createTranslator(language);
  const total = Math.max(0, Math.ceil(ms / SECOND_MS));
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  if (total < MINUTE_S) return t('models.unitSeconds', { seconds: String(total) });
  if (total < HOUR_S) {
    const minutes = Math.floor(total / MINUTE_S);
    return t('models.unitMinutes', { minutes: String(minutes), seconds: twoDigits(total % MINUTE_S) });
  }
  const hours = Math.floor(total / HOUR_S);
  const minutes = Math.floor((total % HOUR_S) / MINUTE_S);
  return t('models.unitHours', { hours: String(hours), minutes: twoDigits(minutes) });
}

/** Percent of a transfer, 0–100 as an integer (0 while the total is unknown). */
export function transferPercent(done: number, total: number | null): number {
  if (total === null || total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** Four names fit on one line of the left panel; longer lists end with "and N more". */
const SHOWN_LANGUAGES = 4;

/** A language code's name in the UI language ("ru" → "Russian" / "русский"); the code itself if unknown. */
function languageName(code: string, names: Intl.DisplayNames | null): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    // Intl.DisplayNames throws a RangeError on a malformed tag: show the tag rather than nothing.
    return code;
  }
}

/** The languages a model handles, named in the UI language: "English, Russian", or "many languages" for ['*']. */
export function formatLanguages(codes: readonly string[], language: Language): string {
  const t = createTranslator(language);
  if (codes.length === 0 || codes.includes('*')) return t('models.allLanguages');
  const names =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(language, { type: 'language' }) : null;
  const shown = codes.slice(0, SHOWN_LANGUAGES).map((code) => languageName(code, names));
  const rest = codes.length - shown.length;
  const list = shown.join(', ');
  return rest > 0 ? t('models.moreLanguages', { names: list, count: rest }) : list;
}
