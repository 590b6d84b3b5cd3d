/**
 * A configuration file that cannot be read, parsed or validated: exit code 2.
 * Each line of the message is one problem and is printed after "hacheck: ".
 */
export class ConfigError extends Error {}
