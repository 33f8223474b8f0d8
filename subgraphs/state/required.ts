/**
 * A record a foreign key guarantees (a case's unit, a dialogue's host agency). A
 * miss means the database broke its own constraint: an internal error, not null.
 */
export async function required<T>(record: Promise<T | null>, what: string): Promise<T> {
  const value = await record;
  if (value === null) throw new Error(`${what} is missing although a foreign key requires it`);
  return value;
}
