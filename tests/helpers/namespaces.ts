import { execFileSync, spawn } from 'node:child_process';

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

/**
 * Runs a bash script (in a private user and mount namespace with `namespace`) and collects its
 * output. Its stdin is not a socket: Debian's bash would otherwise take itself for an ssh session
 * and read ~/.bashrc.
 */
export function runScript(script: string, opts: { namespace?: boolean; env?: Record<string, string> } = {}) {
  const [cmd, args] = opts.namespace ? ['unshare', ['-rm', 'bash', '-c', script]] : ['bash', ['-c', script]];
  const child = spawn(cmd as string, args as string[], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
