import type { DocMeta } from './types.js';

export function emptyMeta(): DocMeta {
  return {
    title: null,
    docNumber: null,
    issuer: null,
    issuedOn: null,
    issuedOnInferred: false,
    region: null,
    kind: null,
    enclosedTitle: null,
    recipients: [],
    copyTo: [],
    printCount: null,
    referenceYear: null,
    firstListedLeads: false,
  };
}
