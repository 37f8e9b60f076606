// `kind`: the 文种, the last word(s) of the title (`关于印发《X》的通知` → 通知). A headline
// without one over a 版记 of `报：`/`送：`/`发：` lists is an older bulletin (简报). A text without a
// title whose speaker reports for a government is a 政府工作报告.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { endsWithKind, layoutOf } from './layout.js';
import { copyLines } from './copy-list.js';
import { offsetInJoined } from './lines.js';
import { BULLETIN_KIND, BULLETIN_LABELS, REPORT_DELIVERED_FOR, REPORT_KIND, REPORT_NAMED, TITLE_TRAILERS } from './words.js';

export const kindExtractor: FieldExtractor = {
  id: 'document.kind',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const layout = layoutOf(ctx.doc);
    const title = layout.title ?? layout.enclosedTitle;
    const kind = title ? endsWithKind(title.text) : null;
    if (title && kind) {
      const at = title.text.replace(TITLE_TRAILERS, '').lastIndexOf(kind);
      const start = offsetInJoined(ctx.doc, title.start, at);
      return [{ field: 'kind', value: kind, start, end: start + kind.length }];
    }
    // no title, but the speaker reports for a government: a work report
    const report = title ? null : REPORT_DELIVERED_FOR.exec(ctx.doc.text) ?? REPORT_NAMED.exec(ctx.doc.text);
    if (report) return [{ field: 'kind', value: REPORT_KIND, start: report.index, end: report.index + report[0].length }];
    const labels = copyLines(ctx.doc).filter((c) => BULLETIN_LABELS.includes(c.label));
    if (title && !layout.docNumber && labels.length > 0) {
      return [{ field: 'kind', value: BULLETIN_KIND, start: title.start, end: title.end }];
    }
    return [];
  },
};
