export const mappers: Record<string, string> = {};
