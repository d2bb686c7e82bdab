/** A problem with one input: reported as one line naming the input, the batch goes on. */
export class InputError extends Error {
  constructor(readonly input: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}
