// Request bodies of GoTrue endpoints: JSON objects up to 1 MiB (GoTrue's limit).
import { readBody } from "../http.ts";
import { errors } from "./errors.ts";

export const AUTH_BODY_LIMIT = 1024 * 1024;

export type JsonObject = Record<string, unknown>;

export async function readJsonObject(req: Request): Promise<JsonObject> {
    const bytes = await readBody(req, AUTH_BODY_LIMIT);
    if (bytes === null) throw errors.payloadTooLarge();
    const text = new TextDecoder().decode(bytes).trim();
    if (text === "") return {};
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        throw errors.badJson(error instanceof Error ? error.message : String(error));
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw errors.badJson("expected a JSON object");
    }
    return value as JsonObject;
}

export function optionalString(body: JsonObject, key: string): string | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw errors.badJson(`${key} must be a string`);
    return value;
}

export function optionalObject(body: JsonObject, key: string): JsonObject | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object" || Array.isArray(value)) throw errors.badJson(`${key} must be an object`);
    return value as JsonObject;
}

export function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") throw errors.badJson(`${key} must be a boolean`);
    return value;
}
