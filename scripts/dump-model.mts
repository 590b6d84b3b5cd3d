import { buildCluster } from '../src/model/build.ts';
const c = await buildCluster(process.argv[2]!);
console.log('hadoop', c.hadoopVersion.label, c.hadoopVersion.source, 'zk', c.zookeeperVersion.label, c.zookeeperVersion.source, 'hostFolders', c.hasHostFolders);
console.log('files', c.files.map((f) => `${f.path}${f.host ? ' @' + f.host : ''}`).join(', '));
for (const conf of c.confs) console.log('conf', conf.files.map((f) => f.path), 'hosts', conf.hosts, 'ns', conf.hdfs.nameservices.map((n) => n.id.value + ':' + n.namenodes.map((nn) => nn.id.value + '@' + nn.rpc?.host?.value + ':' + nn.rpc?.port?.value).join(',')), 'jn', conf.hdfs.journal?.hosts.map((h) => h.host.value), 'af', conf.hdfs.automaticFailover, 'zkq', conf.hdfs.zkQuorum?.entries.map((e) => e.host.value + ':' + e.port?.value));
for (const h of c.hosts) console.log('host', h.name, h.folder ?? '-', h.roles.map((r) => r.role).join(','), h.ports.map((p) => `${p.daemon}/${p.purpose}=${p.port}${p.isDefault ? '*' : ''}`).join(' '), 'myid', h.myid?.path, 'stray', h.strayMyids.map((m) => m.path));
