/** CORS, JSON replies and the one error type the handler turns into a JSON answer. */

export const corsHeaders = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type, x-retry-count",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
};

export type ErrorCode =
    | "invalid_request"
    | "not_signed_in"
    | "forbidden_action"
    | "not_found"
    | "method_not_allowed"
    | "not_enough_data"
    | "internal_error";

const STATUS: Record<ErrorCode, number> = {
    invalid_request: 400,
    not_signed_in: 401,
    forbidden_action: 403,
    not_found: 404,
    method_not_allowed: 405,
    not_enough_data: 422,
    internal_error: 500,
};

/** An error the caller may see: `{code, message}` with the code's HTTP status. */
export class ApiError extends Error {
    constructor(readonly code: ErrorCode, message: string) {
        super(message);
    }

    get status(): number {
        return STATUS[this.code];
    }
}

export function reply(body: unknown, status = 200): Response {
    return new Response(JSON.stringify(body), {
        status,
        headers: { ...corsHeaders, "Content-Type": "application/json" },
    });
}

export function errorReply(error: ApiError): Response {
    return reply({ code: error.code, message: error.message }, error.status);
}
