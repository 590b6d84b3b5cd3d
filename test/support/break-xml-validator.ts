/**
 * Makes the site-file parser throw, with no hook in the production code: fast-xml-parser's
 * XMLValidator is a plain object shared with the sources run under tsx, so its validate() can
 * be replaced. Only for core-site.xml files, so the other files of the cluster still parse.
 */
import { XMLValidator } from 'fast-xml-parser';

/** Breaks XMLValidator.validate on core-site.xml files; returns what restores it. */
export function breakXmlValidator(): () => void {
  const validate = XMLValidator.validate;
  (XMLValidator as { validate: typeof validate }).validate = (text, options) => {
    if (text.includes('<name>fs.defaultFS</name>')) throw new TypeError('parser bug'); // THROW-SITE
    return validate(text, options);
  };
  return () => {
    (XMLValidator as { validate: typeof validate }).validate = validate;
  };
}
