/**
 * Data as text in HTML or SVG: the five characters that could end a text node or
 * an attribute value become entities. Every data value goes through this.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
