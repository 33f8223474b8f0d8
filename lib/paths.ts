import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root, found from this module's own location (not the working
 * directory), so that sources run by tsx and the compiled `dist/` both find
 * `schema/` and `data/` whichever folder a process was started from.
 */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = up;
  }
  return dir;
})();

export const schemaDir = join(projectRoot, 'schema');
export const dataDir = join(projectRoot, 'data');
