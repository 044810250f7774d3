// Downloads of the REST exports (`/api/…`), which take the same bearer token as `/graphql`:
// fetched with the session's access token and saved under a chosen name.
import { refreshSession } from '../auth/session';
import { accessTokenExpiring, getAccessToken } from '../auth/tokens';

/** A refused download, by the GraphQL error code that says why. */
export class DownloadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Fetches `path` as the signed-in user and saves it as `fileName`. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  if (accessTokenExpiring()) await refreshSession();
  const response = await fetch(path, { headers: { Authorization: `Bearer ${getAccessToken() ?? ''}` } });
  if (!response.ok) throw new DownloadError(response.status === 403 ? 'FORBIDDEN' : response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The error code of a failed download (NETWORK when the request itself failed). */
export function downloadErrorCode(error: unknown): string {
  return error instanceof DownloadError ? error.code : 'NETWORK';
}
