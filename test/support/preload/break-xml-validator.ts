// Preload (`node --import tsx --import ./test/support/preload/break-xml-validator.ts src/cli/index.ts DIR`).
import { breakXmlValidator } from '../break-xml-validator.ts';

breakXmlValidator();
