import { ApiError, errorFromResponse } from "../../api/errors";

/** The file name a response's Content-Disposition gives, or the fallback. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ?? fallback;
}

/**
 * Saves a report's CSV, asked of the same route with `Accept: text/csv` through the console's
 * authenticated client (so the token and language go with it), as a file download.
 */
export async function saveCsv(
  request: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<string> {
  let result: { data?: Blob; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError(null, null);
  }
  if (!result.response.ok || !result.data) throw errorFromResponse(result.response.status, result.error);
  const name = attachmentName(result.response.headers.get("content-disposition"), fallbackName);
  const url = URL.createObjectURL(result.data);
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}
