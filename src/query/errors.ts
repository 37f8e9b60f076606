/** A query the user can correct (unknown region, bad date, ambiguous document): one line, no stack. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}
