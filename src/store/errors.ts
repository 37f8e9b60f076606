/** An error about the store that the user can act on (wrong version, unreadable file). */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
