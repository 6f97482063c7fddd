// Broadcast and presence between the channels joined on one topic (protocol reference §4.6).
// Broadcast: a v2 binary kind-3 push is re-emitted as kind 4 to v2 peers and as a JSON `broadcast`
// message to v1 peers; a JSON push (v1 client, REST API) goes out as JSON to everyone. `self` decides
// whether the sender gets its own message.
// Presence: Phoenix.Presence shapes — presence_state `{key: {metas: [{phx_ref, …meta}]}}` and
// presence_diff `{joins, leaves}`; a channel tracks one meta under its key (re-track replaces it, the
// new meta carrying phx_ref_prev).
import { encodeMessage, encodeUserBroadcast, type Vsn } from "./protocol.ts";

export interface TopicMember {
    readonly topic: string;
    readonly joinRef: string | null;
    readonly vsn: Vsn;
    readonly presenceEnabled: boolean;
    readonly presenceKey: string;
    send(frame: string | Uint8Array): void;
}

export interface BroadcastMessage {
    topic: string;
    event: string;
    /** The user payload: parsed JSON, or raw bytes when the sender used binary encoding. */
    payload: unknown;
    /** Set when the sender pushed a binary kind-3 frame: re-emitted as kind 4 to v2 peers. */
    binary?: { encoding: number; metadata: string; bytes: Uint8Array };
}

type Meta = Record<string, unknown> & { phx_ref: string };
type PresenceMap = Record<string, { metas: Meta[] }>;

function presenceRef(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
}

export class Topics {
    readonly #members = new Map<string, Set<TopicMember>>();
    readonly #presence = new Map<string, Map<TopicMember, Meta>>();

    add(member: TopicMember): void {
        let set = this.#members.get(member.topic);
        if (!set) {
            set = new Set();
            this.#members.set(member.topic, set);
        }
        set.add(member);
    }

    /** Removes a member, untracking its presence (a leave diff for the others). */
    remove(member: TopicMember): void {
        this.untrack(member);
        const set = this.#members.get(member.topic);
        set?.delete(member);
        if (set && set.size === 0) this.#members.delete(member.topic);
    }

    broadcast(message: BroadcastMessage, sender: TopicMember | null, includeSender: boolean): number {
        const members = this.#members.get(message.topic);
        if (!members) return 0;
        const frames = new Map<string, string | Uint8Array | null>();
        const frameFor = (vsn: Vsn): string | Uint8Array | null => {
            const key = vsn;
            if (frames.has(key)) return frames.get(key)!;
            let frame: string | Uint8Array | null;
            if (vsn === "2.0.0" && message.binary) {
                const { encoding, metadata, bytes } = message.binary;
                frame = encodeUserBroadcast(message.topic, message.event, metadata, encoding, bytes);
            } else if (message.payload instanceof Uint8Array) {
                frame = null; // raw bytes have no JSON form for a v1 peer
            } else {
                const payload: Record<string, unknown> = {
                    type: "broadcast",
                    event: message.event,
                    payload: message.payload,
                };
                if (message.binary?.metadata) {
                    try {
                        payload.meta = JSON.parse(message.binary.metadata);
                    } catch {
                        // metadata is optional
                    }
                }
                frame = encodeMessage(vsn, {
                    joinRef: null,
                    ref: null,
                    topic: message.topic,
                    event: "broadcast",
                    payload,
                });
            }
            frames.set(key, frame);
            return frame;
        };
        let delivered = 0;
        for (const member of members) {
            if (member === sender && !includeSender) continue;
            const frame = frameFor(member.vsn);
            if (frame === null) continue;
            member.send(frame);
            delivered++;
        }
        return delivered;
    }

    #pushPresence(topic: string, event: "presence_diff" | "presence_state", payload: unknown, only?: TopicMember) {
        const targets = only ? [only] : [...(this.#members.get(topic) ?? [])];
        for (const member of targets) {
            if (!member.presenceEnabled) continue;
            member.send(encodeMessage(member.vsn, { joinRef: member.joinRef, ref: null, topic, event, payload }));
        }
    }

    state(topic: string): PresenceMap {
        const state: PresenceMap = {};
        for (const [member, meta] of this.#presence.get(topic) ?? []) {
            (state[member.presenceKey] ??= { metas: [] }).metas.push(meta);
        }
        return state;
    }

    /** Sends the topic's presence_state to one member (after its join). */
    sendState(member: TopicMember): void {
        this.#pushPresence(member.topic, "presence_state", this.state(member.topic), member);
    }

    track(member: TopicMember, payload: Record<string, unknown>): void {
        let metas = this.#presence.get(member.topic);
        if (!metas) {
            metas = new Map();
            this.#presence.set(member.topic, metas);
        }
        const previous = metas.get(member);
        const meta: Meta = { ...payload, phx_ref: presenceRef() };
        if (previous) meta.phx_ref_prev = previous.phx_ref;
        metas.set(member, meta);
        const key = member.presenceKey;
        this.#pushPresence(member.topic, "presence_diff", {
            joins: { [key]: { metas: [meta] } },
            leaves: previous ? { [key]: { metas: [previous] } } : {},
        });
    }

    untrack(member: TopicMember): void {
        const metas = this.#presence.get(member.topic);
        const previous = metas?.get(member);
        if (!metas || !previous) return;
        metas.delete(member);
        if (metas.size === 0) this.#presence.delete(member.topic);
        this.#pushPresence(member.topic, "presence_diff", {
            joins: {},
            leaves: { [member.presenceKey]: { metas: [previous] } },
        });
    }

    close(): void {
        this.#members.clear();
        this.#presence.clear();
    }
}
