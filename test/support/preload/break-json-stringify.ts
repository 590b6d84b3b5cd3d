// Preload (`node --import tsx --import ./test/support/preload/break-json-stringify.ts <entry> DIR -f json`).
import { breakJsonStringify } from '../break-json-stringify.ts';

breakJsonStringify();
