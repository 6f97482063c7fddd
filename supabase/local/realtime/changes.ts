// postgres_changes fan-out: matches each captured change against the joined channels' bindings, checks
// row visibility per subscriber identity (visibility.ts), and sends the Realtime event (protocol
// reference §4.5):
//   {"ids":[…], "data":{"schema","table","commit_timestamp","type","columns","record","old_record","errors"}}
// `data` is serialized once per change and spliced into each subscriber's frame.
import type { Database, RequestIdentity } from "../db.ts";
import type { WalChange, WalColumn } from "./capture.ts";
import { type Condition, matches } from "./filters.ts";
import { encodeWithRawPayload, type Vsn } from "./protocol.ts";
import { type ColumnAccess, type ColumnInfo, TableCatalog, type TableInfo } from "./tables.ts";
import { commitTimestamp, toJsonValue } from "./values.ts";
import { type TableKeys, visibleKeysMany } from "./visibility.ts";

export type ChangeEvent = "*" | "INSERT" | "UPDATE" | "DELETE";

export interface PostgresBinding {
    id: number;
    event: ChangeEvent;
    schema: string;
    table?: string;
    filter?: string;
    conditions: Condition[];
}

/** A joined channel with postgres_changes bindings. */
export interface ChangeSubscriber {
    readonly topic: string;
    readonly joinRef: string | null;
    readonly vsn: Vsn;
    readonly bindings: PostgresBinding[];
    /** Changes committed before this instant (ms) are not delivered. */
    readonly since: number;
    identity(): RequestIdentity;
    /** Changes whenever identity() does: subscribers with equal keys share one visibility check. */
    identityKey(): string;
    send(frame: string): void;
}

interface DecodedChange {
    schema: string;
    table: string;
    type: "INSERT" | "UPDATE" | "DELETE";
    commitMillis: number;
    types: Map<string, string>;
    record: Record<string, unknown> | null;
    oldRecord: Record<string, unknown> | null;
    rls: boolean;
    pk: { name: string; type: string }[];
    pkValues: string[];
    data: Record<string, unknown>;
    dataJson: string;
    /** `data` reduced to a role's readable columns, per role. */
    reduced: Map<string, string>;
}

interface Delivery {
    subscriber: ChangeSubscriber;
    ids: number[];
    visible: boolean;
    dataJson: string;
}

export interface BatchStats {
    changes: number;
    identities: number;
    decodeMs: number;
    visibilityMs: number;
    sendMs: number;
}

const ACTIONS = { I: "INSERT", U: "UPDATE", D: "DELETE" } as const;

/** Stable positive 31-bit FNV-1a hash of the binding parameters (never 0: realtime-js skips falsy ids). */
export function bindingId(event: string, schema: string, table?: string, filter?: string): number {
    const text = JSON.stringify([event, schema, table ?? null, filter ?? null]);
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash & 0x7fffffff) || 1;
}

function recordOf(columns: WalColumn[] | undefined, types: Map<string, string>): Record<string, unknown> | null {
    if (!columns) return null;
    const record: Record<string, unknown> = {};
    for (const column of columns) record[column.name] = toJsonValue(types.get(column.name) ?? "", column.value);
    return record;
}

function pkText(value: unknown): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}

function pick(record: unknown, names: Set<string>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(record as Record<string, unknown>).filter(([name]) => names.has(name)));
}

/** The change as a role with column-level grants sees it: only its readable columns. */
function reducedJson(change: DecodedChange, role: string, access: ColumnAccess): string {
    let json = change.reduced.get(role);
    if (json === undefined) {
        const data: Record<string, unknown> = {
            ...change.data,
            columns: (change.data.columns as ColumnInfo[]).filter((column) => access.names.has(column.name)),
        };
        if (data.record) data.record = pick(data.record, access.names);
        if (data.old_record) data.old_record = pick(data.old_record, access.names);
        json = JSON.stringify(data);
        change.reduced.set(role, json);
    }
    return json;
}

export class PostgresChanges {
    readonly #subscribers = new Set<ChangeSubscriber>();
    readonly #tables: TableCatalog;

    constructor(
        private readonly db: Database,
        private readonly log: (message: string) => void,
        /** Per drained batch timings (HELPDESK_REALTIME_STATS=1), for the fan-out benchmark. */
        private readonly stats?: (batch: BatchStats) => void,
    ) {
        this.#tables = new TableCatalog(db.admin);
    }

    get size(): number {
        return this.#subscribers.size;
    }

    add(subscriber: ChangeSubscriber): void {
        this.#subscribers.add(subscriber);
    }

    remove(subscriber: ChangeSubscriber): void {
        this.#subscribers.delete(subscriber);
    }

    async #decode(change: WalChange): Promise<DecodedChange | null> {
        let table: TableInfo | null = await this.#tables.get(change.schema, change.table);
        const named = [...(change.columns ?? []), ...(change.identity ?? [])];
        if (table && named.some((column) => !table!.types.has(column.name))) {
            table = await this.#tables.get(change.schema, change.table, true);
        }
        if (!table) return null;
        const type = ACTIONS[change.action];
        const commit = commitTimestamp(change.timestamp);
        const record = type === "DELETE" ? null : recordOf(change.columns, table.types);
        const identity = recordOf(change.identity, table.types);
        const pk = (change.pk ?? []).map((column) => ({ name: column.name, type: column.type }));
        const keySource = record ?? identity ?? {};
        const rawKeySource = type === "DELETE" ? change.identity : change.columns;
        const pkValues = pk.map((column) =>
            pkText(rawKeySource?.find((candidate) => candidate.name === column.name)?.value ?? keySource[column.name])
        );
        let oldRecord: Record<string, unknown> | null = type === "INSERT" ? null : identity ?? {};
        if (type === "DELETE" && table.rls && oldRecord) {
            // Realtime: DELETE is not RLS-checked, so with RLS on old_record keeps the primary key only.
            oldRecord = Object.fromEntries(pk.map((column) => [column.name, oldRecord![column.name]]));
        }
        const errors = pk.length === 0 ? ["Error 400: Bad Request, no primary key"] : null;
        const columns: ColumnInfo[] = table.columns;
        const data: Record<string, unknown> = {
            schema: change.schema,
            table: change.table,
            commit_timestamp: commit.iso,
            type,
            columns,
        };
        if (record) data.record = record;
        if (oldRecord) data.old_record = oldRecord;
        data.errors = errors;
        return {
            schema: change.schema,
            table: change.table,
            type,
            commitMillis: commit.millis,
            types: table.types,
            record,
            oldRecord: type === "DELETE" ? identity : oldRecord,
            rls: table.rls,
            pk,
            pkValues,
            data,
            dataJson: JSON.stringify(data),
            reduced: new Map(),
        };
    }

    #matchingIds(subscriber: ChangeSubscriber, change: DecodedChange): number[] {
        const ids: number[] = [];
        for (const binding of subscriber.bindings) {
            if (binding.event !== "*" && binding.event !== change.type) continue;
            if (binding.schema !== change.schema) continue;
            if (binding.table && binding.table !== "*" && binding.table !== change.table) continue;
            // Filters apply to the new row; for DELETE to the old one (realtime.is_visible_through_filters).
            const row = change.type === "DELETE" ? change.oldRecord : change.record;
            if (!matches(binding.conditions, row, change.types)) continue;
            if (!ids.includes(binding.id)) ids.push(binding.id);
        }
        return ids;
    }

    async handleBatch(walChanges: WalChange[]): Promise<void> {
        if (this.#subscribers.size === 0) return;
        const t0 = performance.now();
        const changes: DecodedChange[] = [];
        for (const change of walChanges) {
            try {
                const decoded = await this.#decode(change);
                if (decoded) changes.push(decoded);
            } catch (error) {
                this.log(`realtime: cannot decode change on ${change.schema}.${change.table}: ${error}`);
            }
        }
        const subscribers = [...this.#subscribers];
        const deliveries: Delivery[][] = [];
        // Visibility checks grouped per identity (role + claims), then per table.
        const groups = new Map<
            string,
            { identity: RequestIdentity; tables: Map<string, { keys: TableKeys; refs: Delivery[] }> }
        >();
        for (const change of changes) {
            const forChange: Delivery[] = [];
            for (const subscriber of subscribers) {
                if (change.commitMillis < subscriber.since) continue;
                const ids = this.#matchingIds(subscriber, change);
                if (ids.length === 0) continue;
                const identity = subscriber.identity();
                const access = this.#tables.cachedColumnAccess(identity.role, change.schema, change.table) ??
                    await this.#tables.loadColumnAccess(identity.role, change.schema, change.table);
                // A role that cannot read the table gets nothing (and would abort the RLS transaction).
                if (access.names.size === 0) continue;
                const needsCheck = change.rls && change.type !== "DELETE" && identity.role !== "service_role";
                const dataJson = access.all ? change.dataJson : reducedJson(change, identity.role, access);
                const delivery: Delivery = { subscriber, ids, visible: !needsCheck, dataJson };
                forChange.push(delivery);
                if (!needsCheck) continue;
                const groupKey = subscriber.identityKey();
                let group = groups.get(groupKey);
                if (!group) {
                    group = { identity, tables: new Map() };
                    groups.set(groupKey, group);
                }
                const tableKey = `${change.schema}.${change.table}`;
                let entry = group.tables.get(tableKey);
                if (!entry) {
                    entry = {
                        keys: { schema: change.schema, table: change.table, pk: change.pk, keys: [] },
                        refs: [],
                    };
                    group.tables.set(tableKey, entry);
                }
                entry.keys.keys.push(change.pkValues);
                entry.refs.push(delivery);
            }
            deliveries.push(forChange);
        }
        const groupList = [...groups.values()];
        const checks = groupList.map((group) => ({
            identity: group.identity,
            tables: [...group.tables.values()].map((entry) => entry.keys),
        }));
        const t1 = performance.now();
        const visible = await visibleKeysMany(this.db, checks);
        const t2 = performance.now();
        groupList.forEach((group, groupIndex) => {
            [...group.tables.values()].forEach((entry, tableIndex) => {
                for (const index of visible[groupIndex][tableIndex]) entry.refs[index].visible = true;
            });
        });
        // In commit order, so each subscriber sees changes in the order they happened.
        for (const forChange of deliveries) {
            for (const delivery of forChange) {
                if (!delivery.visible) continue;
                const { subscriber } = delivery;
                const payload = `{"ids":${JSON.stringify(delivery.ids)},"data":${delivery.dataJson}}`;
                subscriber.send(
                    encodeWithRawPayload(
                        subscriber.vsn,
                        subscriber.joinRef,
                        subscriber.topic,
                        "postgres_changes",
                        payload,
                    ),
                );
            }
        }
        this.stats?.({
            changes: changes.length,
            identities: checks.length,
            decodeMs: t1 - t0,
            visibilityMs: t2 - t1,
            sendMs: performance.now() - t2,
        });
    }
}
