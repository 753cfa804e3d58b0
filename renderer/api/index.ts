export { ApiError, type ApiErrorCode } from './ApiError';
export { createClient } from './createClient';
export type { LanguageNow } from './clientMessages';
export type { HoldplanClient } from '../../shared/contract/operations';
