// Word tables of the HTML reader: which elements are dropped, which break lines, where the
// article body of a government web page is usually found, and the labels of metadata blocks.

/** Elements whose content is never visible text. */
export const DROPPED_TAGS = [
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'svg', 'math', 'canvas',
  'object', 'embed', 'head', 'title', 'meta', 'link', 'button', 'input', 'select', 'option', 'textarea',
  'audio', 'video', 'map', 'area', 'datalist',
];

/** Elements that start and end a line. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Containers that hold the article body in the CMSs Chinese government sites run on (TRS,
 * 开普云 UCAP, 南方 NFCMS, 大汉 Hanweb, WebPlus, WeChat), most specific first; the generic ones last.
 */
export const ARTICLE_SELECTORS = [
  '#UCAP-CONTENT', '.TRS_Editor', '.TRS_UEDITOR', '.Custom_UnionStyle', '#zoom', '#Zoom', '.zoom',
  '.pages_content', '.article-content', '.article_content', '#info_cont', '.info_cont', '.wp_articlecontent',
  '#js_content', '.news_content', '.xxgk_content', '#content', '.content', 'article',
];

/** Elements that can hold a whole article: the density search descends only through these. */
export const CONTAINER_TAGS = new Set([
  'body', 'div', 'section', 'article', 'main', 'center', 'form', 'table', 'tbody', 'tr', 'td', 'th',
  'span', 'font', 'blockquote',
]);

/**
 * Labels of the metadata block that portals print with a document (索引号：…, 发布日期：…).
 * A small block holding at least three of them, one strong, is page chrome, not document text.
 */
export const METADATA_LABELS = [
  '索引号', '分类', '主题分类', '体裁分类', '组配分类', '服务对象', '发布机构', '发文机关', '发文机构', '成文日期',
  '发布日期', '生效日期', '失效日期', '实施日期', '废止日期', '统一编号', '文号', '发文字号', '名称', '标题',
  '主题词', '关键词', '有效性', '时效', '来源', '信息来源', '浏览次数', '访问量',
];
export const STRONG_METADATA_LABELS = ['索引号', '发布机构', '发文机关', '发文机构', '成文日期', '统一编号', '主题分类'];

/** Labels of the byline printed between a page's title and its body (发布时间：… 来源：…): never the title. */
export const BYLINE_LABELS = [
  '发布时间', '发布日期', '来源', '信息来源', '文章来源', '作者', '浏览次数', '点击数', '点击率', '访问量', '阅读量', '字体', '字号',
];
