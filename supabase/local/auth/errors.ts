// GoTrue's error bodies. The shape depends on the request's X-Supabase-Api-Version header
// (supabase/auth internal/api/errors.go): 2024-01-01 or later → {code, message} and the response
// echoes the header (auth-js only trusts `code` when it does, lib/fetch.ts handleError); otherwise the
// legacy {code: <status>, error_code, msg}. OAuth-style errors are always {error, error_description}.
import { corsHeaders } from "../http.ts";

export class AuthError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        message: string,
        readonly extra: Record<string, unknown> = {},
    ) {
        super(message);
    }
}

/** OAuth2-style error (e.g. refresh without a token): always 400 `{error, error_description}`. */
export class OAuthError extends Error {
    constructor(readonly error: string, readonly description: string) {
        super(description);
    }
}

const API_VERSION = "2024-01-01";

export function requestedApiVersion(req: Request): string | null {
    const value = req.headers.get("x-supabase-api-version");
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < API_VERSION) return null;
    return API_VERSION;
}

export function authErrorResponse(req: Request, error: AuthError | OAuthError): Response {
    const headers: Record<string, string> = { ...corsHeaders, "Content-Type": "application/json" };
    if (error instanceof OAuthError) {
        return new Response(JSON.stringify({ error: error.error, error_description: error.description }), {
            status: 400,
            headers,
        });
    }
    headers["x-sb-error-code"] = error.code;
    let body: Record<string, unknown>;
    if (requestedApiVersion(req)) {
        headers["X-Supabase-Api-Version"] = API_VERSION;
        body = { code: error.code, message: error.message, ...error.extra };
    } else {
        body = { code: error.status, error_code: error.code, msg: error.message, ...error.extra };
        if (error.status >= 500) body.error_id = crypto.randomUUID();
    }
    return new Response(JSON.stringify(body), { status: error.status, headers });
}

export const errors = {
    badJson: (detail: string) => new AuthError(400, "bad_json", `Could not parse request body as JSON: ${detail}`),
    invalidCredentials: () => new AuthError(400, "invalid_credentials", "Invalid login credentials"),
    validation: (message: string, status = 400) => new AuthError(status, "validation_failed", message),
    noAuthorization: () => new AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token"),
    badJwt: (detail: string) =>
        new AuthError(403, "bad_jwt", `invalid JWT: unable to parse or verify signature, ${detail}`),
    notAdmin: () => new AuthError(403, "not_admin", "User not allowed"),
    userNotFound: (status = 404) =>
        new AuthError(
            status,
            "user_not_found",
            status === 404 ? "User not found" : "User from sub claim in JWT does not exist",
        ),
    sessionNotFound: () =>
        new AuthError(403, "session_not_found", "Session from session_id claim in JWT does not exist"),
    weakPassword: (min: number) =>
        new AuthError(422, "weak_password", `Password should be at least ${min} characters.`, {
            weak_password: { reasons: ["length"] },
        }),
    userAlreadyExists: () => new AuthError(422, "user_already_exists", "User already registered"),
    emailExists: () => new AuthError(422, "email_exists", "A user with this email address has already been registered"),
    samePassword: () => new AuthError(422, "same_password", "New password should be different from the old password."),
    userBanned: (status = 400) => new AuthError(status, "user_banned", "User is banned"),
    emailNotConfirmed: () => new AuthError(400, "email_not_confirmed", "Email not confirmed"),
    payloadTooLarge: () => new AuthError(413, "request_too_large", "Request body too large"),
    unexpected: () =>
        new AuthError(500, "unexpected_failure", "Unexpected failure, please check server logs for more information"),
};
