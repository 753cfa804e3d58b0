import { ApiError } from '../../renderer/api/ApiError';

/** The ApiError a call was refused with; fails the test if it was not refused, or refused otherwise. */
export async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the call to be refused');
}
