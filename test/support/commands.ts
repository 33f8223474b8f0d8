import { spawn } from 'node:child_process';
import { projectRoot } from '../../lib';

/** What a command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's commands as a child process from the project root, the
 * way a user or a deployment does, and collects its output. `script` is a file run
 * with `node --import tsx` (what the npm scripts run), or `npm:<name>` to go through
 * `npm run -s <name> --`. `env` replaces the environment whole.
 */
export function runCommand(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const [command, commandArgs] = script.startsWith('npm:')
    ? ['npm', ['run', '-s', script.slice(4), '--', ...args]]
    : [process.execPath, ['--import', 'tsx', script, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
