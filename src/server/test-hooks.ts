/**
 * Test-only routes of the web server, for end-to-end tests of fault tolerance. They exist only when the
 * server starts with `EMBEDDING_STUDIO_TEST_HOOKS=1` (the e2e tests set it; `npm run web`, the Electron app
 * and packaged builds never do), and like every API route they need the launch's access token.
 */

/** The environment variable that turns the hooks on, and the only value that does. */
export const TEST_HOOKS_ENV = 'EMBEDDING_STUDIO_TEST_HOOKS';
const TEST_HOOKS_ON = '1';

/** POST here ends the core's worker abruptly (as a crash or the OOM killer would); the supervisor restarts it. */
export const KILL_WORKER_PATH = '/api/__test__/kill-worker';

/** What the hooks can do to the server's core. */
export interface WebTestHooks {
  readonly killWorker: () => Promise<void>;
}

/** The hooks for `core` when `env` turns them on, else undefined (the routes then answer 404). */
export function testHooksFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  core: { crashForTesting(): Promise<void> },
): WebTestHooks | undefined {
  if (env[TEST_HOOKS_ENV] !== TEST_HOOKS_ON) return undefined;
  return { killWorker: () => core.crashForTesting() };
}
