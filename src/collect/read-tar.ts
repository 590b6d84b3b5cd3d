/**
 * A reader for the archives `tar -c` writes on the hosts (GNU tar, busybox tar):
 * POSIX ustar headers, GNU long names (type L) and pax path records (type x),
 * hard links (type 1) to a member read before. Only regular files are kept;
 * the archive is produced by ARCHIVE_SCRIPT from regular files only.
 * Layout: POSIX.1-2017 pax "ustar Interchange Format" (512-byte blocks).
 */

export interface TarMember {
  /** The member name as archived: relative to / on the host. */
  readonly name: string;
  readonly content: Buffer;
}

export class TarFormatError extends Error {}

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError(`bad number "${text}" in a tar header`);
  return text === '' ? 0 : parseInt(text, 8);
}

/** The `path` record of a pax extended header ("<length> path=<value>\n" records). */
function paxPath(data: Buffer): string | undefined {
  let at = 0;
  let path: string | undefined;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(data.subarray(at, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) throw new TarFormatError('bad pax record');
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) path = record.slice(5);
    at += length;
  }
  return path;
}

export function readTar(archive: Buffer): TarMember[] {
  const members: TarMember[] = [];
  const byName = new Map<string, Buffer>();
  let nextName: string | undefined;
  let at = 0;
  while (at + BLOCK <= archive.length) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156]!);
    const start = at + BLOCK;
    if (start + size > archive.length) throw new TarFormatError('the archive ends inside a member');
    const data = archive.subarray(start, start + size);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      nextName = field(data, 0, data.length);
      continue;
    }
    if (type === 'x') {
      nextName = paxPath(data) ?? nextName;
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = nextName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    nextName = undefined;
    if (type === '0' || type === '\0' || type === '7') {
      const content = Buffer.from(data);
      members.push({ name, content });
      byName.set(name, content);
    } else if (type === '1') {
      // tar archives a second name of a file it already wrote as a link to the first.
      const target = byName.get(field(header, 157, 100));
      if (target) members.push({ name, content: target });
    }
  }
  return members;
}
