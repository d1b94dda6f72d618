import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideWindowOpen, isAllowedExternalUrl } from '../../src/main/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://huggingface.co/',
    'https://huggingface.co/Xenova/all-MiniLM-L6-v2',
    'https://HuggingFace.co/sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2#licence',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://huggingface.co/'],
    ['a look-alike host', 'https://huggingface.co.evil.example/'],
    ['a subdomain', 'https://evil.huggingface.co/'],
    ['credentials disguising the host', 'https://huggingface.co@evil.example/'],
    ['a user name on the right host', 'https://user@huggingface.co/'],
    ['another port', 'https://huggingface.co:8443/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['the app itself', 'app://embedding-studio/index.html'],
    ['a leading space', ' https://huggingface.co/'],
    ['a newline', 'https://huggingface.co/\nx'],
    ['not a URL', 'huggingface.co'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(decideWindowOpen(url).openExternally).toBeUndefined();
  });

  it('refuses every random web URL whose host is not allow-listed (fast-check, 2,000 URLs)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const host = new URL(url).hostname;
        if (host !== 'huggingface.co') expect(isAllowedExternalUrl(url)).toBe(false);
      }),
      { numRuns: 2_000, seed: 8 },
    );
  });

  it('opens an allowed link in the browser by its normalised URL', () => {
    expect(decideWindowOpen('https://HUGGINGFACE.CO/a b').openExternally).toBeUndefined();
    expect(decideWindowOpen('https://HUGGINGFACE.CO/Xenova').openExternally).toBe(
      'https://huggingface.co/Xenova',
    );
  });
});
