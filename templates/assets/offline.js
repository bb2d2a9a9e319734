// The site opened from a disk or USB stick (file://) rather than a web server. Its links are
// relative, so they stay inside the folder; but a link to a folder shows the folder there,
// not its page, so folder links get `index.html`. The search page says what it needs.
// A classic script (not a module): browsers do not load modules from file://.
{
  if (location.protocol === 'file:') {
    document.documentElement.classList.add('from-disk')
    const toPage = (url) =>
      /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : url.replace(/^([^?#]*\/)(?=[?#]|$)/, '$1index.html')
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')
      if (href && !href.startsWith('#')) a.setAttribute('href', toPage(href))
    }
    for (const form of document.querySelectorAll('form[action]'))
      form.setAttribute('action', toPage(form.getAttribute('action')))
    for (const notice of document.querySelectorAll('[data-from-disk]')) notice.hidden = false
  }
}
