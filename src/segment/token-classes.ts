/**
 * Token text → class or keyword id, the one look-up made per token. jieba
 * returns fresh strings, which a Map hashes again on every look-up; hashing
 * their few char codes here, in JIT-compiled code, costs about half as much.
 */

/** Open addressing with linear probing, kept at most half full. */
export class TokenClasses {
  /** `missing`: what `get` returns for a token not set yet. */
  constructor(private readonly missing: number) {}

  private keys: (string | null)[] = new Array<string | null>(4096).fill(null)
  private values = new Int32Array(4096)
  private count = 0

  get(token: string): number {
    const mask = this.keys.length - 1
    for (let slot = hashToken(token) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === null || key === undefined) return this.missing
      if (key === token) return this.values[slot] as number
    }
  }

  set(token: string, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.rehash()
    const mask = this.keys.length - 1
    let slot = hashToken(token) & mask
    while (this.keys[slot] !== null && this.keys[slot] !== token) slot = (slot + 1) & mask
    if (this.keys[slot] === null) this.count++
    this.keys[slot] = token
    this.values[slot] = value
  }

  private rehash(): void {
    const keys = this.keys
    const values = this.values
    this.keys = new Array<string | null>(keys.length * 2).fill(null)
    this.values = new Int32Array(keys.length * 2)
    this.count = 0
    keys.forEach((key, slot) => {
      if (key !== null) this.set(key, values[slot] as number)
    })
  }
}

function hashToken(token: string): number {
  let hash = token.length
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x9e3779b1)
  return hash ^ (hash >>> 15)
}
