/** A problem with one input: reported as one line naming the input, the batch goes on. */
export class InputError extends Error {
  constructor(readonly input: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The file is not of the kind its extension suggests (an `.xml` that is no feed). Named on
 * the command line it is an error; met while walking a directory it is skipped like any
 * other file that holds no articles.
 */
export class NotArticleFile extends InputError {}
