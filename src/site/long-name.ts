/**
 * Long names (units, projects) in headings and column heads are shown in a few lines (the `clamp`
 * class, site.css) with the whole name in the DOM and its title; a name this long is also given in
 * full among the facts below the heading, since a phone has no hover to show a title. 40
 * characters fill about three lines of a heading at 360 px; the longest real unit names in the
 * seeds have 21.
 */
export const LONG_NAME_CHARS = 40;

export function isLongName(name: string): boolean {
  return [...name].length > LONG_NAME_CHARS;
}
