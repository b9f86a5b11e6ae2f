import { UserError } from '../errors.js';

/** The artifact does not belong to the run that triggered this workflow, or was changed after that run wrote it. */
export class ArtifactMismatchError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactMismatchError';
  }
}
