export { ApiError, type ApiErrorCode } from './ApiError';
export { createClient } from './createClient';
export type { HoldplanClient } from '../../shared/contract/operations';
