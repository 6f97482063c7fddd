// Phoenix wire frames as Supabase Realtime speaks them (protocol reference §4.2).
//
// vsn 1.0.0: JSON objects {topic, event, payload, ref[, join_ref]}; the server's frames carry no join_ref
//   (Phoenix's V1 JSON serializer takes only topic/event/payload/ref).
// vsn 2.0.0: JSON arrays [join_ref, ref, topic, event, payload] plus binary frames. realtime-js 2.119
//   (lib/serializer.ts) encodes every `channel.send({type:'broadcast', event, payload})` as a binary
//   kind-3 "user broadcast push" and decodes only kind 4 "user broadcast"; both layouts are matched here.

export type Vsn = "1.0.0" | "2.0.0";

export interface PhxMessage {
    joinRef: string | null;
    ref: string | null;
    topic: string;
    event: string;
    payload: unknown;
}

/** A kind-3 frame: a broadcast pushed by a v2 client with its user payload still encoded. */
export interface UserBroadcastPush {
    joinRef: string | null;
    ref: string | null;
    topic: string;
    userEvent: string;
    /** JSON text of the allow-listed metadata keys, or "". */
    metadata: string;
    /** 0 = raw bytes, 1 = UTF-8 JSON. */
    encoding: number;
    payload: Uint8Array;
}

const KIND_USER_BROADCAST_PUSH = 3;
const KIND_USER_BROADCAST = 4;
export const ENCODING_BINARY = 0;
export const ENCODING_JSON = 1;

export function parseVsn(value: string | null): Vsn | null {
    if (value === null || value === "" || value === "1.0.0") return "1.0.0";
    if (value === "2.0.0") return "2.0.0";
    return null;
}

function optionalString(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    return String(value);
}

/** Decodes a text frame; null when it is not a Phoenix message. */
export function decodeText(vsn: Vsn, text: string): PhxMessage | null {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        return null;
    }
    if (vsn === "2.0.0") {
        if (!Array.isArray(parsed) || parsed.length !== 5) return null;
        const [joinRef, ref, topic, event, payload] = parsed;
        if (typeof topic !== "string" || typeof event !== "string") return null;
        return { joinRef: optionalString(joinRef), ref: optionalString(ref), topic, event, payload };
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
    const record = parsed as Record<string, unknown>;
    if (typeof record.topic !== "string" || typeof record.event !== "string") return null;
    return {
        joinRef: optionalString(record.join_ref),
        ref: optionalString(record.ref),
        topic: record.topic,
        event: record.event,
        payload: record.payload,
    };
}

/** Decodes a binary frame; only kind 3 is something a client sends. */
export function decodeBinary(bytes: Uint8Array): UserBroadcastPush | null {
    if (bytes.length < 7 || bytes[0] !== KIND_USER_BROADCAST_PUSH) return null;
    const lengths = [bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]];
    const encoding = bytes[6];
    const decoder = new TextDecoder();
    let offset = 7;
    const fields: string[] = [];
    for (const length of lengths) {
        if (offset + length > bytes.length) return null;
        fields.push(decoder.decode(bytes.subarray(offset, offset + length)));
        offset += length;
    }
    const [joinRef, ref, topic, userEvent, metadata] = fields;
    return {
        joinRef: joinRef === "" ? null : joinRef,
        ref: ref === "" ? null : ref,
        topic,
        userEvent,
        metadata,
        encoding,
        payload: bytes.slice(offset),
    };
}

/** Encodes a server message for the connection's serializer. */
export function encodeMessage(vsn: Vsn, message: PhxMessage): string {
    if (vsn === "2.0.0") {
        return JSON.stringify([message.joinRef, message.ref, message.topic, message.event, message.payload]);
    }
    return JSON.stringify({ topic: message.topic, event: message.event, payload: message.payload, ref: message.ref });
}

/**
 * Encodes a message whose payload is already JSON text (the postgres_changes fan-out builds the `data`
 * object once per change and splices it into every subscriber's frame).
 */
export function encodeWithRawPayload(
    vsn: Vsn,
    joinRef: string | null,
    topic: string,
    event: string,
    payloadJson: string,
): string {
    if (vsn === "2.0.0") {
        return `[${JSON.stringify(joinRef)},null,${JSON.stringify(topic)},${JSON.stringify(event)},${payloadJson}]`;
    }
    return `{"topic":${JSON.stringify(topic)},"event":${JSON.stringify(event)},"payload":${payloadJson},"ref":null}`;
}

/** A kind-4 frame: `4, len(topic), len(event), len(metadata), encoding, topic, event, metadata, payload`. */
export function encodeUserBroadcast(
    topic: string,
    userEvent: string,
    metadata: string,
    encoding: number,
    payload: Uint8Array,
): Uint8Array {
    const encoder = new TextEncoder();
    const parts = [encoder.encode(topic), encoder.encode(userEvent), encoder.encode(metadata)];
    const header = 5;
    const size = header + parts.reduce((sum, part) => sum + part.length, 0) + payload.length;
    const frame = new Uint8Array(size);
    frame[0] = KIND_USER_BROADCAST;
    frame[1] = parts[0].length;
    frame[2] = parts[1].length;
    frame[3] = parts[2].length;
    frame[4] = encoding;
    let offset = header;
    for (const part of parts) {
        frame.set(part, offset);
        offset += part.length;
    }
    frame.set(payload, offset);
    return frame;
}
