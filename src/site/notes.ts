/**
 * The transcription notes (`notes:`) as the report page lists them: one entry per field, holding
 * every note about it in the order written. A field noted twice is one field, so it is named once.
 */
export interface FieldNotes {
  where: string;
  texts: string[];
}

export function notesByField(notes: readonly { where: string; text: string }[]): FieldNotes[] {
  const byWhere = new Map<string, FieldNotes>();
  for (const n of notes) {
    const entry = byWhere.get(n.where);
    if (entry) entry.texts.push(n.text);
    else byWhere.set(n.where, { where: n.where, texts: [n.text] });
  }
  return [...byWhere.values()];
}
