// Export-v1 records of a processed document: the document record from its metadata, and
// section records from its outline.
import type { DocumentRecord, SectionRecord } from '../../schemas/index.js';
import { DocumentRecord as DocumentSchema, SectionRecord as SectionSchema } from '../../schemas/index.js';
import { codePointMapper } from '../core/offsets.js';
import type { Doc, DocMeta } from '../core/types.js';

export function documentRecord(doc: Doc, meta: DocMeta): DocumentRecord {
  return DocumentSchema.parse({
    type: 'document',
    doc: doc.id,
    source: doc.source,
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    issuedOnInferred: meta.issuedOnInferred,
    region: meta.region,
    kind: meta.kind,
    enclosedTitle: meta.enclosedTitle,
    recipients: meta.recipients,
    copyTo: meta.copyTo,
    printCount: meta.printCount,
    format: doc.format,
    encoding: doc.encoding,
    pages: doc.pageStarts ? doc.pageStarts.length : null,
  });
}

export function sectionRecords(doc: Doc): SectionRecord[] {
  const toCp = codePointMapper(doc.text);
  return doc.sections.map((s) =>
    SectionSchema.parse({
      type: 'section',
      doc: doc.id,
      path: s.path,
      level: s.level,
      heading: s.heading,
      quote: doc.text.slice(s.start, s.end),
      span: [toCp(s.start), toCp(s.end)],
    }),
  );
}
