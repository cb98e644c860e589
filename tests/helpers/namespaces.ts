import { execFileSync } from 'node:child_process';

/**
 * Whether this machine lets a test mount filesystems (a small tmpfs, a read-only remount) in a
 * private user and mount namespace (`unshare -rm`), where nothing it does is seen outside.
 */
export function canMountInNamespace(): boolean {
  try {
    execFileSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d"'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
