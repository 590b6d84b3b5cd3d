import { propertiesValue } from './crafted.ts';
import { makeTree, site } from './tree.ts';
import { ZOO_HOUSEKEEPING } from './zoo-housekeeping.ts';

/**
 * Text that passes every line-based check yet makes output read as something
 * else: bidirectional controls that reverse what follows ("Trojan Source"),
 * zero-width and invisible characters, and the CI service messages Azure
 * Pipelines (`##vso[`, anywhere in a line) and TeamCity (`##teamcity[`) act on.
 * No "/": it is also a folder name.
 */
export const DISGUISED = 'x\u202etxt.\u2066exe\u2069\u200b\ufeff ##vso[task.complete]##teamcity[x]##VSO[x]';

/** DISGUISED as quote() and printable() show it. */
export const DISGUISED_SHOWN = 'x\\u202etxt.\\u2066exe\\u2069\\u200b\\ufeff ##vso\\u005btask.complete]##teamcity\\u005bx]##VSO\\u005bx]';

/** Names GitHub would link by themselves in Markdown: URLs, a www. host, an e-mail address, a user mention. */
export const LINKS = ['https://evil.example/x', 'ftp://evil.example', 'www.evil.example', 'a.b@evil.example', '@octocat'];

/** DISGUISED in a folder name and in a zoo.cfg value (dataDir under /tmp, so a message quotes it); LINKS as nameservices. */
export function disguisedCluster(): string {
  const namenodes = Object.fromEntries(LINKS.map((ns) => [`dfs.ha.namenodes.${ns}`, 'nn1']));
  return makeTree({
    [`${DISGUISED}/zoo.cfg`]: `tickTime=2000\ndataDir=/tmp/zk${propertiesValue(DISGUISED)}\nclientPort=2181\n${ZOO_HOUSEKEEPING}`,
    'nn/hdfs-site.xml': site({ 'dfs.nameservices': LINKS.join(','), ...namenodes }),
  });
}
