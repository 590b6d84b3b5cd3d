/** The shape of one Hadoop major's name catalogue, written at build time by scripts/generate-name-catalogue.ts. */
export interface NameCatalogueData {
  /** Names worth suggesting, sorted: defaults and extra keys, and the replacements of deprecated names. */
  readonly candidates: readonly string[];
  /** Names a site file may use that are not suggested: deprecated names, and the suffixable keys themselves. */
  readonly alsoKnown: readonly string[];
  /** Default-file names with placeholder tokens, in the default files' order. */
  readonly templates: readonly string[];
}
