/**
 * Field values read off a subgraph's own records, the same way in every subgraph.
 */

/**
 * A record this database names by a foreign key (a case's unit, a report's
 * recipient, a supervision's conductor). A miss means the database broke its own
 * constraint: an internal error, not null.
 */
export async function required<T>(record: Promise<T | null>, what: string): Promise<T> {
  const value = await record;
  if (value === null) throw new Error(`${what} is referenced but does not exist`);
  return value;
}

/** An `Official` kept in two columns (a head's or a chair's name and title): null unless both are recorded. */
export function official(name: string | null, title: string | null): { name: string; title: string } | null {
  return name && title ? { name, title } : null;
}
