/**
 * Hosts whose https pages the app may open in the user's browser: Hugging Face, where the model catalogue's
 * models and their licences live. Everything else a page tries to open is denied. Exact host names only: a
 * look-alike (`huggingface.co.example.com`) or a subdomain someone else could host is not on the list.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = ['huggingface.co'];

/** Control characters and spaces: a URL a person clicked never has them, and some shells or OSes split on them. */
const UNSAFE_CHARACTERS = /[\0-\x20\x7f]/;

/**
 * Whether `url` may be handed to `shell.openExternal`: https, an allow-listed host, the default port, and
 * no user name or password (which can disguise the real host: `https://huggingface.co@evil.example/`).
 * Anything that is not a valid URL, or that has spaces or control characters, is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (UNSAFE_CHARACTERS.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_EXTERNAL_HOSTS.includes(parsed.hostname)
  );
}

/**
 * What to do when a page asks for a new window (`window.open`, a `target="_blank"` link): never open one in
 * the app; open an allowed link in the user's browser (the normalised URL), or nothing at all.
 */
export function decideWindowOpen(url: string): { readonly openExternally: string | undefined } {
  return { openExternally: isAllowedExternalUrl(url) ? new URL(url).href : undefined };
}
