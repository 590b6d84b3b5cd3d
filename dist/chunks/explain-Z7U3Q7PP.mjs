#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import {
  RULES
} from "./chunk-RVVRZG7X.mjs";
import {
  require_mod
} from "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import {
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// src/cli/commands/explain.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var GENERATED_MARKER = /^<!-- GENERATED [^\n]*-->\n/;
function nameOf(id) {
  return id.slice(id.indexOf("/") + 1);
}
function suggestRuleIds(typed, ids) {
  const asked = typed.toLowerCase();
  const prefixed = ids.filter((id) => id.startsWith(asked) || nameOf(id).startsWith(asked));
  if (prefixed.length > 0 && prefixed.length <= 3) return prefixed;
  const score = (id) => Math.min((0, import_fastest_levenshtein.distance)(asked, id), (0, import_fastest_levenshtein.distance)(asked, nameOf(id)));
  const best = (0, import_fastest_levenshtein.closest)(asked, [...ids]);
  const bestByName = ids.find((id) => nameOf(id) === (0, import_fastest_levenshtein.closest)(asked, ids.map(nameOf)));
  const pick = score(bestByName) < score(best) ? bestByName : best;
  return score(pick) <= Math.max(2, Math.floor(asked.length / 3)) ? [pick] : [];
}
async function explainCommand(args) {
  const asked = args.target;
  const { RULE_PAGES } = await import("./rule-pages.generated-EMRKTDGM.mjs");
  const page = RULE_PAGES[asked];
  if (page === void 0) {
    const suggestions = suggestRuleIds(asked, RULES.map((r) => r.meta.id)).map((id) => `"${id}"`);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : "";
    fail(`unknown rule "${asked}"${hint} (hacheck --list-rules lists every rule)`);
  }
  process.stdout.write(page.replace(GENERATED_MARKER, ""));
  return 0;
}
export {
  explainCommand,
  suggestRuleIds
};
