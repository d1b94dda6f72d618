export * from './core-calls';
export * from './host-calls';
export * from './job-events';
export * from './schemas';
export * from './studio-client';
export * from './types';
export * from './validate-call';
export * from './desktop-bridge';
