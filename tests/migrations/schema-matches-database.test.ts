import { readFileSync } from "node:fs";
import schemaWasm from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string; sortOrder?: "asc" | "desc" }[] };
type Dmmf = { datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] } };

const dmmf: Dmmf = JSON.parse(
  schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync("prisma/schema.prisma", "utf8") })),
);
const models = dmmf.datamodel.models;
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const modelByName = new Map(models.map((model) => [model.name, model]));
const columnByField = (model: DmmfModel, name: string) => columnOf(model.fields.find((field) => field.name === name)!);

/** The PostgreSQL type Prisma Migrate creates for a field. */
function expectedType(field: DmmfField): string {
  const [native, args] = field.nativeType ?? [undefined, []];
  const base = (() => {
    if (field.kind === "enum") return field.type;
    if (native === "Uuid") return "uuid";
    if (native === "VarChar") return `character varying(${args[0]})`;
    if (native === "Timestamptz") return `timestamp(${args[0] ?? 3}) with time zone`;
    const defaults: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Bytes: "bytea",
      Json: "jsonb",
      Float: "double precision",
    };
    return defaults[field.type]!;
  })();
  return field.isList ? `${base}[]` : base;
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has exactly the modelled tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual(models.map(tableOf).sort());
  });

  it("has exactly the modelled enums and values", async () => {
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace ns ON ns.oid = t.typnamespace AND ns.nspname = 'public'
       GROUP BY t.typname`,
    );
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(Object.fromEntries(rows.map((row) => [row.typname, row.labels]))).toEqual(expected);
  });

  it.each(models.map((model) => [model.name, model] as const))("%s: columns, types and nullability", async (_name, model) => {
    const { rows } = await client.query<{ column: string; type: string; not_null: boolean }>(
      `SELECT a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [`"${tableOf(model)}"`],
    );
    const actual = Object.fromEntries(rows.map((row) => [row.column, { type: row.type.replace(/^"(.*)"$/, "$1"), notNull: row.not_null }]));
    const expected = Object.fromEntries(
      model.fields
        .filter((field) => field.kind !== "object")
        // Prisma creates scalar lists without NOT NULL.
        .map((field) => [columnOf(field), { type: expectedType(field), notNull: field.isRequired && !field.isList }]),
    );
    expect(actual).toEqual(expected);
  });

  it("has exactly the modelled primary keys, unique constraints and indexes", async () => {
    const { rows } = await client.query<{ table: string; kind: string; columns: string[] }>(
      `SELECT c.relname AS table,
              CASE WHEN i.indisprimary THEN 'id' WHEN i.indisunique THEN 'unique' ELSE 'normal' END AS kind,
              array_agg(a.attname || CASE WHEN (i.indoption[k.n - 1] & 1) = 1 THEN ' desc' ELSE '' END ORDER BY k.n)::text[] AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE c.relname <> '_prisma_migrations'
       GROUP BY c.relname, i.indexrelid, i.indisprimary, i.indisunique`,
    );
    const actual = rows.map((row) => `${row.table} ${row.kind} (${row.columns.join(", ")})`).sort();
    const expected = dmmf.datamodel.indexes
      .map((index) => {
        const model = modelByName.get(index.model)!;
        const columns = index.fields.map((f) => columnByField(model, f.name) + (f.sortOrder === "desc" ? " desc" : ""));
        return `${tableOf(model)} ${index.type} (${columns.join(", ")})`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has exactly the modelled foreign keys", async () => {
    const { rows } = await client.query<{ def: string }>(
      `SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    const actions: Record<string, string> = { Cascade: " ON DELETE CASCADE", SetNull: " ON DELETE SET NULL", Restrict: " ON DELETE RESTRICT" };
    const expected = models.flatMap((model) =>
      model.fields
        .filter((field) => field.relationFromFields?.length)
        .map((field) => {
          const target = modelByName.get(field.type)!;
          const from = field.relationFromFields!.map((name) => columnByField(model, name)).join(", ");
          const to = field.relationToFields!.map((name) => columnByField(target, name)).join(", ");
          return `${tableOf(model)} FOREIGN KEY (${from}) REFERENCES ${tableOf(target)}(${to}) ON UPDATE CASCADE${actions[field.relationOnDelete ?? ""] ?? ""}`;
        }),
    );
    expect(rows.map((row) => row.def).sort()).toEqual(expected.sort());
  });
});
