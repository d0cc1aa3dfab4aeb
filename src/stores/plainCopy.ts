/**
 * A plain-data copy of what a screen hands over. IndexedDB cannot store Vue's reactive proxies
 * (DataCloneError); day records, plans and settings are JSON data by design, so a JSON round trip is
 * exact for them and also drops fields left `undefined`.
 */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
