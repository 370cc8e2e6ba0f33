import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A part of the hub running as a process of its own, as in production: its output lines and its address. */
export interface HubProcess {
  child: ChildProcess;
  pid: number;
  /** Every line it printed so far, standard output and error. */
  lines: string[];
  /** The first address it printed ("… at http://127.0.0.1:4321/…"). */
  url: string;
  exited: Promise<number | null>;
  /** The JSON log lines it printed so far. */
  logs(): Record<string, unknown>[];
  kill(signal?: NodeJS.Signals): void;
  /** Ends it and whatever it started (its process group), whatever state a failed test left it in. */
  killAll(): void;
}

/**
 * Starts a TypeScript entry point under Node with tsx's loader in the same process (so that a
 * signal reaches the hub itself), optionally inside `wrap` (a command that ends by running the
 * rest, such as `unshare … sh -c '…; exec "$@"'`), and waits until it prints its address.
 */
export function startProcess(entry: string, env: Record<string, string>, wrap: string[] = [], args: string[] = []): Promise<HubProcess> {
  return startCommand([...wrap, process.execPath, '--import', 'tsx', entry, ...args], env);
}

/** Starts one part of the hub as a process of its own (`hub start <part>`) and waits until it prints its address. */
export function startPart(part: 'gateway' | 'catalog' | 'providers' | 'feeds', env: Record<string, string>): Promise<HubProcess> {
  return startProcess('hub/src/cli/main.ts', env, [], ['start', part]);
}

const ADDRESS = / at (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Starts any command in the repository (`npm start`, say) and waits until it prints its address
 * (or a line that `ready` matches: its first group is the address, or none for a part that serves nothing).
 */
export function startCommand(command: string[], env: Record<string, string>, ready: RegExp = ADDRESS): Promise<HubProcess> {
  const entry = command.join(' ');
  // A group of its own, so that a test can end everything it started (npm's children too).
  // NODE_ENV as an operator has it, not vitest's "test", under which libraries behave otherwise (Apollo's signal handling).
  const child = spawn(command[0]!, command.slice(1), { cwd: REPO, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} printed no address (or what it prints when ready) within 60 s:\n${lines.join('\n')}`)), 60_000);
    const read = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        lines.push(line);
        const readyLine = ready.exec(line);
        if (readyLine) {
          const url = readyLine[1] ?? line.match(ADDRESS)?.[1] ?? '';
          clearTimeout(timer);
          resolve({
            child,
            pid: child.pid!,
            lines,
            url,
            exited,
            logs: () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
            kill: (signal = 'SIGTERM') => void child.kill(signal),
            killAll: () => {
              try {
                process.kill(-child.pid!, 'SIGKILL');
              } catch {
                // Already gone.
              }
            },
          });
        }
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} ended (${code}) before it printed an address:\n${lines.join('\n')}`));
    });
  });
}
