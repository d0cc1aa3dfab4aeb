/** The key range from `from` to `to` inclusive; either end may be left open, both for "everything". */
export function keyRange(from?: string, to?: string): IDBKeyRange | undefined {
  return from && to ? IDBKeyRange.bound(from, to) : from ? IDBKeyRange.lowerBound(from) : to ? IDBKeyRange.upperBound(to) : undefined
}
