/**
 * A process's identity in leases, claims and the SQLite lock, and whether the process behind one
 * is known to be dead. Its own module: the store (database.ts) and coordination.ts both use it.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** A process's name in leases and claims: host, process id and a token of this process's life. */
export function instanceId(host = hostname(), pid = process.pid, token = randomBytes(6).toString('hex')): string {
  return `${host}/${pid}/${token}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the sender that holds a claim is known to be dead: it ran on this host and its process
 * is gone, or it was an earlier life of this very process id (a restarted container). Claims of
 * other hosts are left to run out.
 */
export function senderIsDead(holder: string, me: string, alive: (pid: number) => boolean = pidAlive): boolean {
  const [host, pid, token] = holder.split('/');
  const [myHost, myPid, myToken] = me.split('/');
  if (host !== myHost || !pid || !token) return false;
  return pid === myPid ? token !== myToken : !alive(Number(pid));
}
