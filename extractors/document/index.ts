// The document-field extractors, in the order they must run: the title first (the kind and the
// enclosed title read it), the date of issue before the reference year.
import type { FieldExtractor } from '../../src/core/types.js';
import { copyListExtractor } from './copy-list.js';
import { docNumberExtractor } from './doc-number.js';
import { enclosedTitleExtractor } from './enclosed-title.js';
import { firstListedLeadsExtractor } from './first-listed-leads.js';
import { issuedOnExtractor } from './issued-on.js';
import { issuerExtractor } from './issuer.js';
import { kindExtractor } from './kind.js';
import { printCountExtractor } from './print-count.js';
import { recipientsExtractor } from './recipients.js';
import { referenceYearExtractor } from './reference-year.js';
import { titleExtractor } from './title.js';

export const DOCUMENT_EXTRACTORS: readonly FieldExtractor[] = [
  titleExtractor,
  docNumberExtractor,
  issuerExtractor,
  issuedOnExtractor,
  referenceYearExtractor,
  kindExtractor,
  enclosedTitleExtractor,
  recipientsExtractor,
  copyListExtractor,
  printCountExtractor,
  firstListedLeadsExtractor,
];
