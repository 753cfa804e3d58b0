import type { WireError } from '../../shared/contract/envelope';

export type ApiErrorCode = WireError['code'] | 'transport';

/** A refused or failed operation, rebuilt on this side of the transport with the services' own message. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
