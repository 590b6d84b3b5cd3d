/**
 * Preload (`node --import tsx --import ./test/support/swap-folder-before-open.ts
 * dist/hacheck.mjs DIR`) that swaps a folder for a link between discovery and the read
 * (swap-folder-on-open.ts), for the whole run of a spawned CLI.
 */
import { swapFolderBeforeOpen } from './swap-folder-on-open.ts';

swapFolderBeforeOpen();
