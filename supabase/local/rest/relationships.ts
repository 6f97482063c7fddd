// Which foreign key an embed follows (PostgREST's relationship resolution): many-to-one, one-to-many
// (one-to-one when the referencing columns are unique), many-to-many through a junction table whose
// foreign keys are both part of its primary key; `!hint` names a constraint, a column or a junction.
import { ApiError, pgrst } from "./errors.ts";
import type { ForeignKey, Relation, SchemaCache } from "./schema_cache.ts";

export type Relationship =
    | { kind: "m2o"; fk: ForeignKey; target: Relation }
    | { kind: "o2m"; fk: ForeignKey; target: Relation; oneToOne: boolean }
    | { kind: "m2m"; junction: Relation; toParent: ForeignKey; toTarget: ForeignKey; target: Relation };

export function isToOne(relationship: Relationship): boolean {
    return relationship.kind === "m2o" || (relationship.kind === "o2m" && relationship.oneToOne);
}

function sameColumns(a: string[], b: string[]): boolean {
    return a.length === b.length && a.every((column) => b.includes(column));
}

function isUnique(relation: Relation, columns: string[]): boolean {
    return relation.uniqueKeys.some((key) => sameColumns(key, columns));
}

function matchesHint(relationship: Relationship, hint: string): boolean {
    switch (relationship.kind) {
        case "m2o":
        case "o2m":
            return relationship.fk.name === hint ||
                (relationship.fk.columns.length === 1 && relationship.fk.columns[0] === hint);
        case "m2m":
            return relationship.junction.name === hint || relationship.toParent.name === hint ||
                relationship.toTarget.name === hint;
    }
}

function describe(parent: string, relationship: Relationship) {
    switch (relationship.kind) {
        case "m2o":
            return {
                cardinality: "many-to-one",
                embedding: `${parent} with ${relationship.target.name}`,
                relationship: `${relationship.fk.name} using ${parent}(${
                    relationship.fk.columns.join(", ")
                }) and ${relationship.target.name}(${relationship.fk.refColumns.join(", ")})`,
            };
        case "o2m":
            return {
                cardinality: relationship.oneToOne ? "one-to-one" : "one-to-many",
                embedding: `${parent} with ${relationship.target.name}`,
                relationship: `${relationship.fk.name} using ${relationship.target.name}(${
                    relationship.fk.columns.join(", ")
                }) and ${parent}(${relationship.fk.refColumns.join(", ")})`,
            };
        case "m2m":
            return {
                cardinality: "many-to-many",
                embedding: `${parent} with ${relationship.target.name}`,
                relationship: `${relationship.junction.name} using ${relationship.toParent.name}(${
                    relationship.toParent.columns.join(", ")
                }) and ${relationship.toTarget.name}(${relationship.toTarget.columns.join(", ")})`,
            };
    }
}

function hintName(relationship: Relationship): string {
    return relationship.kind === "m2m" ? relationship.junction.name : relationship.fk.name;
}

export function resolveRelationship(cache: SchemaCache, parent: Relation, name: string, hint?: string): Relationship {
    const candidates: Relationship[] = [];
    const target = cache.relations.get(name);
    if (target) {
        for (const fk of cache.foreignKeys) {
            if (fk.table === parent.name && fk.refTable === target.name) {
                candidates.push({ kind: "m2o", fk, target });
            }
            if (fk.table === target.name && fk.refTable === parent.name) {
                candidates.push({ kind: "o2m", fk, target, oneToOne: isUnique(target, fk.columns) });
            }
        }
        for (const junction of cache.relations.values()) {
            if (junction.name === parent.name || junction.name === target.name) continue;
            const toParent = cache.foreignKeys.filter((fk) =>
                fk.table === junction.name && fk.refTable === parent.name
            );
            const toTarget = cache.foreignKeys.filter((fk) =>
                fk.table === junction.name && fk.refTable === target.name
            );
            for (const a of toParent) {
                for (const b of toTarget) {
                    const keyed = [...a.columns, ...b.columns].every((column) => junction.primaryKey.includes(column));
                    if (keyed) candidates.push({ kind: "m2m", junction, toParent: a, toTarget: b, target });
                }
            }
        }
    } else {
        // Embedding by a foreign-key column of the parent (`select=customer_id(*)`) or by constraint name.
        for (const fk of cache.foreignKeys) {
            if (fk.table !== parent.name) continue;
            if ((fk.columns.length === 1 && fk.columns[0] === name) || fk.name === name) {
                const referenced = cache.relations.get(fk.refTable);
                if (referenced) candidates.push({ kind: "m2o", fk, target: referenced });
            }
        }
    }
    const matching = hint ? candidates.filter((candidate) => matchesHint(candidate, hint)) : candidates;
    if (matching.length === 1) return matching[0];
    if (matching.length === 0) throw pgrst.noRelationship(parent.name, name);
    throw new ApiError(
        300,
        "PGRST201",
        `Could not embed because more than one relationship was found for '${parent.name}' and '${name}'`,
        matching.map((candidate) => describe(parent.name, candidate)),
        `Try changing '${name}' to one of the following: ${
            matching.map((candidate) => `'${name}!${hintName(candidate)}'`).join(", ")
        }. Find the desired relationship in the 'details' key.`,
    );
}
