/**
 * The four-letter words a ZooKeeper server knows (FourLetterCommands' cmd2String,
 * 3.5-3.9), which `4lw.commands.whitelist` names. The names are case-sensitive:
 * the whitelist is compared with them as they are written here.
 */
export const FOUR_LETTER_WORDS: readonly string[] = [
  'conf', 'cons', 'crst', 'dirs', 'dump', 'envi', 'gtmk', 'icfg', 'isro', 'mntr',
  'ruok', 'srst', 'srvr', 'stat', 'stmk', 'sysp', 'wchc', 'wchp', 'wchs',
];

/** The only word a 3.5.3+ server answers when the whitelist is not set (zkServer.sh status needs it). */
export const ALWAYS_ENABLED_WORD = 'srvr';
