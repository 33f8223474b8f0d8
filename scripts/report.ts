/**
 * `npm run report -- --unit 60 --period 2024-Q3 [--as-of 2024-10-20] [--format html|md|csv]
 * [--out FILE|-] [--gateway URL] [--token TOKEN]`: the coordination report of a unit for a
 * period, from live data through the gateway (report/cli.ts). Exit code 0 when written,
 * 2 for bad arguments (or a unit the graph does not know), 1 for failures on the way.
 */
import { main } from '../report/cli';
import { keyDirFromDataDir } from '../lib';

// The development token it mints must be signed with the key `npm start` uses.
keyDirFromDataDir();
void main(process.argv.slice(2)).then((code) => {
  // exitCode, not exit(): standard output (`--out -`) is flushed before the process ends.
  process.exitCode = code;
});
