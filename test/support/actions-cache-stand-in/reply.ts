/** Responses of the stand-in, in the error formats of Twirp and of Azure Blob Storage. */

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * A response together with why the request was rejected as one the real
 * service would not get from @actions/cache (a bad shape, token, route or
 * signature). Responses that the client expects, such as 409 for a taken key, have none.
 */
export interface Outcome {
  reply: Reply;
  rejection?: string;
}

/** HTTP status of each Twirp error code, from the Twirp wire protocol specification (v7). */
const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
  unavailable: 503,
} as const;

export type TwirpCode = keyof typeof TWIRP_STATUS;

export function jsonReply(body: object): Reply {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function twirpError(code: TwirpCode, message: string): Reply {
  return {
    status: TWIRP_STATUS[code],
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, msg: message }),
  };
}

/** A Twirp error for a request the client should never send; it is recorded as a rejection. */
export function rejectTwirp(code: TwirpCode, message: string): Outcome {
  return { reply: twirpError(code, message), rejection: message };
}

/** Builds an Azure Blob Storage error: an XML body and the `x-ms-error-code` header. */
export function storageError(status: number, code: string, message: string): Reply {
  const body =
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
  return { status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': code }, body };
}

/** An Azure Blob Storage error for a request the client should never send; it is recorded as a rejection. */
export function rejectStorage(status: number, code: string, message: string): Outcome {
  return { reply: storageError(status, code, message), rejection: message };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
