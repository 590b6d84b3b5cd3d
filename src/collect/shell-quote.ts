/**
 * Quoting for the remote shell. ssh sends its command as one string that the
 * user's login shell on the host parses (OpenSSH ssh.c joins the arguments
 * after the host with spaces), so every path must reach that shell as one word
 * with nothing in it interpreted: inside single quotes the POSIX shell takes
 * every character literally, and a single quote itself is written as '\''
 * (close, escaped quote, reopen), which csh and fish read the same way.
 */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The remote command line: a fixed POSIX sh script, its arguments (the paths)
 * passed as separate quoted words so the script never interpolates them.
 * Running it under `sh -c` keeps it independent of the user's login shell.
 */
export function remoteCommand(script: string, args: readonly string[]): string {
  return ['sh', '-c', shellQuote(script), 'hacheck-collect', ...args.map(shellQuote)].join(' ');
}
