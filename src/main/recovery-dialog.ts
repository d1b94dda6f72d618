import type { RecoveryDecision } from './renderer-recovery';

/** What a dialog button does. */
export type RecoveryChoice = 'reload' | 'wait' | 'quit';

/** A native message box, described without Electron so its wording and buttons can be tested. */
export interface RecoveryDialog {
  readonly type: 'warning' | 'error';
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly string[];
  /** What each button does, in the order of `buttons`. */
  readonly choices: readonly RecoveryChoice[];
  /** The button Enter presses: the safe, restoring choice. */
  readonly defaultId: number;
  /** The button Escape (or closing the box) means. */
  readonly cancelId: number;
}

type Language = 'en' | 'ru';
type DialogDecision = Exclude<RecoveryDecision, { action: 'ignore' }>;

/** The app's UI languages; the OS locale picks one (`ru`, `ru-RU`, … → Russian), anything else is English. */
export function dialogLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const TEXT = {
  en: {
    title: 'Embedding Studio',
    crashed: 'The window stopped working.',
    outOfMemory: 'The window ran out of memory and stopped.',
    reloadDetail: 'Reload it to continue: your work is restored from the last autosave.',
    hung: 'The window is not responding.',
    hungDetail:
      'A long computation may still finish. Reload to continue at once from the last autosave (changes since then are lost).',
    crashLoop: 'The window keeps stopping.',
    crashLoopDetail:
      'It stopped three times within a minute, so it is not reloaded again. Your autosaved work is kept and is offered when you start Embedding Studio again.',
    damaged: 'Embedding Studio’s files are damaged.',
    damagedDetail: 'Please reinstall Embedding Studio. Your autosaved work is kept.',
    reload: 'Reload',
    wait: 'Wait',
    quit: 'Quit',
  },
  ru: {
    title: 'Embedding Studio',
    crashed: 'Окно перестало работать.',
    outOfMemory: 'Окну не хватило памяти, и оно остановилось.',
    reloadDetail: 'Перезагрузите его, чтобы продолжить: работа восстановится из последнего автосохранения.',
    hung: 'Окно не отвечает.',
    hungDetail:
      'Долгое вычисление может ещё завершиться. Перезагрузите окно, чтобы сразу продолжить с последнего автосохранения (изменения после него пропадут).',
    crashLoop: 'Окно раз за разом перестаёт работать.',
    crashLoopDetail:
      'Оно остановилось три раза за минуту, поэтому больше не перезагружается. Автосохранённая работа сохранена и будет предложена при следующем запуске Embedding Studio.',
    damaged: 'Файлы Embedding Studio повреждены.',
    damagedDetail: 'Переустановите Embedding Studio. Автосохранённая работа сохранена.',
    reload: 'Перезагрузить',
    wait: 'Подождать',
    quit: 'Выйти',
  },
} as const;

/** The dialog for a decision, in the user's language. */
export function recoveryDialog(decision: DialogDecision, locale: string): RecoveryDialog {
  const text = TEXT[dialogLanguage(locale)];
  switch (decision.action) {
    case 'offer-reload':
      return {
        type: 'error',
        title: text.title,
        message: decision.cause === 'out-of-memory' ? text.outOfMemory : text.crashed,
        detail: text.reloadDetail,
        buttons: [text.reload, text.quit],
        choices: ['reload', 'quit'],
        defaultId: 0,
        cancelId: 0,
      };
    case 'offer-wait-or-reload':
      return {
        type: 'warning',
        title: text.title,
        message: text.hung,
        detail: text.hungDetail,
        buttons: [text.wait, text.reload],
        choices: ['wait', 'reload'],
        defaultId: 0,
        cancelId: 0,
      };
    case 'offer-quit':
      return {
        type: 'error',
        title: text.title,
        message: decision.cause === 'crash-loop' ? text.crashLoop : text.damaged,
        detail: decision.cause === 'crash-loop' ? text.crashLoopDetail : text.damagedDetail,
        buttons: [text.quit],
        choices: ['quit'],
        defaultId: 0,
        cancelId: 0,
      };
  }
}
