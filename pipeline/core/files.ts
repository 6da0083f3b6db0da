import type { Stats } from 'node:fs';

/** Words for what is on disk, shared by discovery (run) and loading (read). */

/** What a non-regular, non-folder entry is, for its one-sentence reason. */
export function specialKind(info: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory'>): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

export const specialReason = (kind: string) => `is ${kind}, not a regular file; vanban reads only regular files.`;

export const LINK_REASON = 'is a symbolic link; links are not followed (pass --follow-links to follow them).';

/** The inbox never follows links (it has no --follow-links). */
export const INBOX_LINK_REASON = 'is a symbolic link; links are not followed in the inbox.';

export const PERMISSION_REASON = 'cannot be read: permission denied (give vanban read permission and add it again).';
