import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Why a file could not be written, in words: what the person who named it can change. */
export function unwritableReason(path: string, err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EISDIR':
      return 'it is a folder; give a file name';
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder ${dirname(path)} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the filesystem is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return err.code ? `${err.code} ${err.message}` : err.message;
  }
}

/**
 * Writes a picture a command was asked for (`--map`, `--out`). When it cannot, says so in one line
 * (`sitrep digest: cannot write the picture to x.png: …`) and returns false.
 */
export function writePicture(command: string, what: string, path: string, png: Uint8Array): boolean {
  try {
    writeFileSync(path, png);
    return true;
  } catch (err) {
    process.stderr.write(`sitrep ${command}: cannot write ${what} to ${path}: ${unwritableReason(path, err as NodeJS.ErrnoException)}\n`);
    return false;
  }
}
