import { pieceOf, splitLocated, trimLocated } from '../text/sub-span.ts';
import type { Located } from '../text/span.ts';
import { connectEntries } from './connect-string.ts';
import type { Address, ConfProperty, HadoopConf, HdfsTopology, JournalQuorum, NameNode, Nameservice, Version } from './types.ts';

/** The located, trimmed value of a property when ${var} expansion left it unchanged. */
export function locatedValue(p: ConfProperty): Located<string> {
  const value = p.prop.value;
  if (!value) return { value: '', span: p.prop.name.span };
  const trimmed = trimLocated(value);
  return trimmed.value === p.value ? trimmed : { value: p.value, span: value.span };
}

/**
 * Splits a list value as Configuration.getTrimmedStringCollection does:
 * on commas (and, on 3.x, newlines), trimmed, empties and duplicates dropped.
 */
export function listItems(p: ConfProperty, version: Version): Located<string>[] {
  const sep = version.major >= 3 ? /[,\n]/ : /,/;
  const seen = new Set<string>();
  const out: Located<string>[] = [];
  for (const piece of splitLocated(locatedValue(p), sep)) {
    const item = trimLocated(piece);
    if (item.value === '' || seen.has(item.value)) continue;
    seen.add(item.value);
    out.push(item);
  }
  return out;
}

/** Parses host:port as NetUtils.createSocketAddr reads it (the port after the last colon). */
export function parseAddress(p: ConfProperty): Address {
  const loc = locatedValue(p);
  const text = loc.value;
  const colon = text.lastIndexOf(':');
  // Strip a scheme such as hdfs:// so the host and port point at the right characters.
  const schemeEnd = text.indexOf('://');
  const hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  if (colon < hostStart) {
    const end = text.indexOf('/', hostStart);
    return { property: p, host: pieceOf(loc, hostStart, end < 0 ? text.length : end), port: undefined, portNumber: undefined };
  }
  const slash = text.indexOf('/', colon);
  const portEnd = slash < 0 ? text.length : slash;
  const port = pieceOf(loc, colon + 1, portEnd);
  const n = /^\d+$/.test(port.value) ? Number(port.value) : undefined;
  return { property: p, host: pieceOf(loc, hostStart, colon), port, portNumber: n !== undefined && n <= 65535 ? n : undefined };
}

function address(conf: Omit<HadoopConf, 'hdfs'>, key: string): Address | undefined {
  const p = conf.effective[key];
  return p && p.value !== '' ? parseAddress(p) : undefined;
}

function nameservices(conf: Omit<HadoopConf, 'hdfs'>, version: Version): Nameservice[] {
  const declared = conf.effective['dfs.nameservices'];
  if (!declared) return [];
  return listItems(declared, version).map((id) => {
    const namenodesProperty = conf.effective[`dfs.ha.namenodes.${id.value}`];
    const ids = namenodesProperty ? listItems(namenodesProperty, version) : [];
    const namenodes: NameNode[] = ids.map((nn) => {
      const suffix = `${id.value}.${nn.value}`;
      return {
        nameservice: id.value,
        id: nn,
        rpc: address(conf, `dfs.namenode.rpc-address.${suffix}`),
        servicerpc: address(conf, `dfs.namenode.servicerpc-address.${suffix}`),
        http: address(conf, `dfs.namenode.http-address.${suffix}`),
        https: address(conf, `dfs.namenode.https-address.${suffix}`),
      };
    });
    return { id, namenodesProperty, namenodes };
  });
}

/** qjournal://host1:port1;host2:port2/journalId, as QuorumJournalManager parses it. */
function journal(conf: Omit<HadoopConf, 'hdfs'>): JournalQuorum | undefined {
  const property = conf.effective['dfs.namenode.shared.edits.dir'];
  if (!property) return undefined;
  const loc = locatedValue(property);
  const m = /^qjournal:\/\/([^/]*)(\/.*)?$/.exec(loc.value);
  if (!m) return undefined;
  const authorityStart = 'qjournal://'.length;
  const authority = pieceOf(loc, authorityStart, authorityStart + m[1]!.length);
  const hosts = splitLocated(authority, ';').filter((h) => h.value !== '').map((entry) => {
    const colon = entry.value.lastIndexOf(':');
    return colon < 0
      ? { host: entry, port: undefined }
      : { host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, entry.value.length) };
  });
  const pathStart = authorityStart + m[1]!.length;
  const journalId = m[2] === undefined ? undefined : pieceOf(loc, pathStart + 1, loc.value.length);
  return { property, hosts, journalId };
}

function isTrue(p: ConfProperty | undefined): boolean {
  return p?.value.toLowerCase() === 'true';
}

export function hdfsTopology(conf: Omit<HadoopConf, 'hdfs'>, version: Version): HdfsTopology {
  const services = nameservices(conf, version);
  const automaticFailover =
    isTrue(conf.effective['dfs.ha.automatic-failover.enabled']) ||
    services.some((ns) => isTrue(conf.effective[`dfs.ha.automatic-failover.enabled.${ns.id.value}`]));
  const quorum = conf.effective['ha.zookeeper.quorum'];
  return {
    nameservices: services,
    journal: journal(conf),
    automaticFailover,
    zkQuorum: quorum && quorum.value !== ''
      ? { property: quorum, entries: connectEntries(quorum.prop.value ?? { value: '', span: quorum.prop.name.span }) }
      : undefined,
  };
}
