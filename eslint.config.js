// The configuration lives beside its packages (tools/lint), which bring their own TypeScript 5.
export { default } from './tools/lint/eslint.config.js';
