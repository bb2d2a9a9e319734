// Marks the words of a search (?hl=宋洁 复工) in the article body, and scrolls to the first.
// Text nodes only: the page's markup is never re-parsed.
const terms = (new URLSearchParams(location.search).get('hl') ?? '').split(/[\s\u3000]+/).filter(Boolean)
const body = document.querySelector('article.article')
if (terms.length && body) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
  const nodes = []
  while (walker.nextNode()) nodes.push(walker.currentNode)
  let first = null
  for (const node of nodes) {
    const text = node.nodeValue
    const marks = []
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
        marks.push([at, at + term.length])
    }
    if (marks.length === 0) continue
    marks.sort((a, b) => a[0] - b[0])
    const fragment = document.createDocumentFragment()
    let cursor = 0
    for (const [start, end] of marks) {
      if (start < cursor) continue
      fragment.append(text.slice(cursor, start))
      const mark = document.createElement('mark')
      mark.textContent = text.slice(start, end)
      fragment.append(mark)
      first ??= mark
      cursor = end
    }
    fragment.append(text.slice(cursor))
    node.replaceWith(fragment)
  }
  if (first) first.scrollIntoView({ block: 'center' })
}
