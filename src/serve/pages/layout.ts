// The frame every page shares: head, navigation, one stylesheet and the page script (both served
// assets: the Content-Security-Policy allows no inline script or style).
import { html, type Html } from '../html.js';

const NAV: [path: string, label: string][] = [
  ['/', 'Documents'],
  ['/facts', 'Facts'],
  ['/findings', 'Findings'],
  ['/series', 'Series'],
];

export interface LayoutOptions {
  title: string;
  /** path of the navigation entry to mark current */
  section: string;
  body: Html;
  /** scripts to load before the page script, e.g. the charting library */
  scripts?: string[];
}

export function layout(o: LayoutOptions): Html {
  const scripts = [...(o.scripts ?? []), '/assets/viewer.js'];
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · gongwen</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/viewer.css">
${scripts.map((s) => html`<script src="${s}" defer></script>\n`)}</head>
<body>
<header class="top">
  <a class="brand" href="/">gongwen</a>
  <nav>${NAV.map(([path, label]) => html`<a href="${path}"${o.section === path ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" placeholder="Search sentences 搜索全文" aria-label="Search sentences">
  </form>
</header>
<main>
${o.body}
</main>
</body>
</html>
`;
}

/** A page for a missing thing or a bad request, inside the usual frame. */
export function messagePage(title: string, message: string): Html {
  return layout({ title, section: '', body: html`<h1>${title}</h1><p class="notice">${message}</p>` });
}
