/**
 * Links inside compiled content are plain <a href="/learn/…"> elements (the markup is static). One click
 * handler on the container sends them through the router, so they open without a full page load.
 */
import { useRouter } from 'vue-router'

export function useContentLinks(): (event: MouseEvent) => void {
  const router = useRouter()
  return function followContentLink(event: MouseEvent): void {
    // A new tab, a download or another site is left to the browser.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = event.target instanceof Element ? event.target.closest('a') : null
    const href = link?.getAttribute('href')
    if (!link || !href || link.target || link.hasAttribute('download')) return
    if (!href.startsWith('/') || href.startsWith('//')) return
    event.preventDefault()
    void router.push(href)
  }
}
