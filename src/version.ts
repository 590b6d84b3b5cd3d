// Replaced at bundle time by scripts/build.mjs from package.json; read from there under tsx.
declare const __HACHECK_VERSION__: string | undefined;
export const VERSION: string = typeof __HACHECK_VERSION__ === 'string' ? __HACHECK_VERSION__ : '0.0.0-dev';
