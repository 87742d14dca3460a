/** What recognition needs of one sheet of a workbook, in workbook order. */
export interface SheetFacts {
  name: string;
  /** The plan key its marker names (sheet-marker.ts), or null without a marker. */
  marker: string | null;
  /** The workbook's sheet id; only the records of registry version 1 use it. */
  sheetId?: number;
}

/** One row of the workbook-level record (the registry sheet). */
export interface RecordedSheet {
  key: string;
  /** The sheet's name when last written. */
  name: string;
  /** Version 1 records found sheets by id: kept to read workbooks written before markers. */
  sheetId?: number;
  /** The range the add-in wrote ("A1:K201"); a value outside it was typed by someone else. */
  box?: string;
}

export interface Recognised {
  /** Plan key -> index in the facts of the sheet that is surely the add-in's. */
  own: Map<string, number>;
  /**
   * Index -> plan key of sheets that look like the add-in's but cannot be confirmed (a marker the
   * record does not know, a recorded sheet whose marker is gone, two sheets claiming one key):
   * never read as a user's data, never replaced or deleted.
   */
  unconfirmed: Map<number, string>;
}

function recogniseLegacy(sheets: SheetFacts[], records: RecordedSheet[]): Recognised {
  const own = new Map<string, number>();
  const unconfirmed = new Map<number, string>();
  for (const record of records) {
    // An id alone is no proof (openpyxl renumbers ids, and a user's new sheet may reuse one): the
    // recorded name must match too.
    const index = sheets.findIndex((s) => s.sheetId === record.sheetId && s.name === record.name);
    if (index >= 0) own.set(record.key, index);
    else {
      const named = sheets.findIndex((s) => s.name === record.name);
      if (named >= 0) unconfirmed.set(named, record.key);
    }
  }
  for (const index of own.values()) unconfirmed.delete(index);
  return { own, unconfirmed };
}

/**
 * Tells the add-in's own sheets from a user's: a sheet is the add-in's when it carries the marker
 * for a key and the workbook-level record lists that key; never by sheet id, visibility or name
 * alone. `records` is null when the workbook has no record; `version` 1 records predate markers.
 */
export function recogniseSheets(
  sheets: SheetFacts[],
  records: RecordedSheet[] | null,
  version = 2
): Recognised {
  if (records !== null && version < 2) return recogniseLegacy(sheets, records);
  const own = new Map<string, number>();
  const unconfirmed = new Map<number, string>();
  const recorded = new Map((records ?? []).map((r) => [r.key, r]));
  const claims = new Map<string, number[]>();
  sheets.forEach((sheet, index) => {
    if (sheet.marker === null) return;
    claims.set(sheet.marker, [...(claims.get(sheet.marker) ?? []), index]);
  });
  for (const [key, indexes] of claims) {
    const record = recorded.get(key);
    const chosen =
      record === undefined
        ? undefined
        : indexes.length === 1
          ? indexes[0]
          : indexes.find((i) => sheets[i].name === record.name);
    if (chosen !== undefined) own.set(key, chosen);
    for (const i of indexes) if (i !== chosen) unconfirmed.set(i, key);
  }
  for (const record of recorded.values()) {
    if (own.has(record.key)) continue;
    const named = sheets.findIndex((s, i) => s.name === record.name && !unconfirmed.has(i));
    if (named >= 0 && sheets[named].marker === null) unconfirmed.set(named, record.key);
  }
  return { own, unconfirmed };
}
