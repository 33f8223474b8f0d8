// Loaded with --require into `npm start` by start.test.ts: as a bug would, throws an error
// that nothing awaits, just as the orchestrator starts its embedded PostgreSQL.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes('starting embedded PostgreSQL')) {
    setTimeout(() => {
      throw new Error('an error nothing awaited');
    });
  }
  return write(chunk, ...rest);
};
