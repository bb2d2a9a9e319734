// Eleventy 3 ships no type declarations: the small surface this project uses.
declare module '@11ty/eleventy' {
  export interface EleventyUserConfig {
    setQuietMode(quiet: boolean): void
    /** Eleventy's timing of its own steps: groups warn ("[11ty] Benchmark …") past 8% of its time. */
    benchmarkManager: {
      setVerboseOutput(verbose: boolean): void
      getAll(): Record<string, { setIsVerbose(verbose: boolean): void }>
    }
    addGlobalData(name: string, value: unknown): void
    addFilter(name: string, filter: (...args: any[]) => unknown): void
    addPassthroughCopy(copy: string | Record<string, string>): void
    setTemplateFormats(formats: string[]): void
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void
    /** `callback` returning `false` leaves the template out of the build. */
    addPreprocessor(
      name: string,
      extensions: string,
      callback: (this: { inputPath: string }, data: unknown, content: string) => unknown
    ): void
    [key: string]: unknown
  }
  export interface EleventyOptions {
    quietMode?: boolean
    configPath?: string | false
    pathPrefix?: string
    config?: (eleventyConfig: EleventyUserConfig) => void | Promise<void>
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions)
    write(): Promise<unknown>
    /** Silences its logger, forced lines (`[11ty] Wrote …`) included. */
    disableLogger(): void
    toJSON(): Promise<unknown[]>
  }
}
