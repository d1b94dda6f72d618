#!/usr/bin/env node
// The `embedding-studio` command. It runs the TypeScript sources through tsx, so it works straight after
// `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
