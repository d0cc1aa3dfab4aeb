/** Lets the browser run what waits (a tap, a frame) before going on: work cut into tasks stays short. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
