import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './src/shared/content-security-policy';

/**
 * Puts the shared Content-Security-Policy into the built index.html as a meta tag, so the desktop app is
 * protected even when it loads from disk. The dev server is left alone: Vite's hot reload needs inline code.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'embedding-studio-csp-meta',
    apply: 'build',
    transformIndexHtml(html: string) {
      const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
      return html.replace('<head>', `<head>\n    ${tag}`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // The compute core runs in its own utilityProcess, off Electron's main event loop.
          'core-process': resolve(import.meta.dirname, 'src/main/core-process.ts'),
          // The core's worker-thread pool (both cores for the kNN search); found beside the entry at run time.
          'parallel-worker': resolve(import.meta.dirname, 'src/node/parallel/parallel-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer can only load a single CommonJS preload file: bundle everything into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
