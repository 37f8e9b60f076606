/** An expected queue problem (bad URL, Redis unreachable): printed as one line, no stack. */
export class QueueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueError';
  }
}
