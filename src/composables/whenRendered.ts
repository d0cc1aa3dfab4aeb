/**
 * Looks for an element once per frame, from the next frame on, until `find` finds it, `timeoutMs`
 * passed or `stop` says to give up: what a route shows may arrive a moment after the route (a Learn
 * text loads, Insights adds its parts a frame apart).
 */
export function findWhenRendered<T extends Element>(find: () => T | null | undefined, timeoutMs = 3000, stop: () => boolean = () => false): Promise<T | null> {
  const started = performance.now()
  return new Promise((resolve) => {
    const look = (): void => {
      if (stop()) return resolve(null)
      const element = find() ?? null
      if (element || performance.now() - started > timeoutMs) resolve(element)
      else requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
}
