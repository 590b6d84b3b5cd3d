/**
 * The site files whose <property> children the hadoop/property-* rules check: every parsed
 * Hadoop or HBase XML file (HBaseConfiguration reads hbase-site.xml with Hadoop's Configuration).
 */
import type { Cluster, XmlFile } from '../model/types.ts';

export function parsedXmlFiles(cluster: Cluster): XmlFile[] {
  return cluster.distinctFiles.filter((f): f is XmlFile => 'xml' in f && f.xml.problem === undefined);
}
