/**
 * The two zoo.cfg keys a correct ZooKeeper configuration sets so that
 * zookeeper/autopurge-disabled (purgeInterval defaults to 0: no purge) and
 * zookeeper/four-letter-words (3.5.3+ answers only srvr without a whitelist)
 * stay silent. Tests whose subject is something else append them to their
 * minimal zoo.cfg, so their expected output stays about that subject; appended
 * last, they move no line a finding points at.
 */
export const ZOO_HOUSEKEEPING = 'autopurge.purgeInterval=24\n4lw.commands.whitelist=srvr\n';
