/**
 * Eleventy 3.1 makes a new Nunjucks `Template` for every paginated page and Nunjucks
 * compiles each one from source on first render: measured at 2,000 articles, 79% of the
 * template engine's time went to compiling the same few templates again and again
 * (article.njk twice per page). This memoises what Nunjucks compiles, per environment
 * and template source, so each template is compiled once per build. Rendering is
 * untouched: the compiled functions are pure, and the cache key holds everything the
 * compiler reads (source, path, and the environment with its filters and options).
 */
import { createRequire } from 'node:module'

interface CompiledProps {
  root: unknown
  [block: string]: unknown
}
interface NunjucksTemplate {
  env: object
  path?: string
  tmplStr?: string
  tmplProps?: CompiledProps
  _compile(): void
}

let installed = false

/** Installs the cache on the Nunjucks that Eleventy itself loads. Idempotent. */
export function cacheNunjucksCompilation(): void {
  if (installed) return
  installed = true
  const requireFromEleventy = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'))
  const nunjucks = requireFromEleventy('nunjucks') as { Template: { prototype: NunjucksTemplate } }
  const prototype = nunjucks.Template.prototype
  const compile = prototype._compile
  const byEnvironment = new WeakMap<object, Map<string, CompiledProps>>()
  prototype._compile = function (this: NunjucksTemplate) {
    if (this.tmplProps || typeof this.tmplStr !== 'string') return compile.call(this)
    let cache = byEnvironment.get(this.env)
    if (!cache) byEnvironment.set(this.env, (cache = new Map()))
    const key = `${this.path ?? ''}\0${this.tmplStr}`
    const cached = cache.get(key)
    if (cached) {
      // Nunjucks' own path for precompiled templates: props in, blocks and root out.
      this.tmplProps = cached
      return compile.call(this)
    }
    compile.call(this)
    // `_compile` keeps what it built on the template: read it back as props.
    const self = this as unknown as { blocks: Record<string, unknown>; rootRenderFunc: unknown }
    const props: CompiledProps = { root: self.rootRenderFunc }
    for (const [name, block] of Object.entries(self.blocks)) props[`b_${name}`] = block
    cache.set(key, props)
  }
}
