import { describe, expect, it } from 'vitest';
import { dialogLanguage, recoveryDialog } from '../../src/main/recovery-dialog';

describe('recoveryDialog', () => {
  it('offers Reload (the default, also on Escape) or Quit after a crash, in English', () => {
    const box = recoveryDialog({ action: 'offer-reload', cause: 'crashed' }, 'en-GB');
    expect(box.buttons).toEqual(['Reload', 'Quit']);
    expect(box.choices).toEqual(['reload', 'quit']);
    expect(box.choices[box.defaultId]).toBe('reload');
    expect(box.choices[box.cancelId]).toBe('reload');
    expect(box.detail).toContain('autosave');
  });

  it('speaks Russian for a Russian locale', () => {
    expect(dialogLanguage('ru')).toBe('ru');
    expect(dialogLanguage('ru-RU')).toBe('ru');
    expect(dialogLanguage('de')).toBe('en');
    const box = recoveryDialog({ action: 'offer-reload', cause: 'out-of-memory' }, 'ru-RU');
    expect(box.message).toBe('Окну не хватило памяти, и оно остановилось.');
    expect(box.buttons).toEqual(['Перезагрузить', 'Выйти']);
  });

  it('offers waiting by default for a hung window, and only quitting for a crash loop', () => {
    const hung = recoveryDialog({ action: 'offer-wait-or-reload' }, 'en');
    expect(hung.choices).toEqual(['wait', 'reload']);
    expect(hung.choices[hung.defaultId]).toBe('wait');
    const loop = recoveryDialog({ action: 'offer-quit', cause: 'crash-loop' }, 'en');
    expect(loop.choices).toEqual(['quit']);
    expect(loop.buttons).toHaveLength(loop.choices.length);
  });
});
