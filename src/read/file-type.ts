/** What a file that is not a regular file is, in words: for the messages of discovery and the configuration search. */

/** The type tests of a `Stats` or a `Dirent`. */
export interface FileTypeTests {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}

export function fileTypeOf(entry: FileTypeTests): string {
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}
