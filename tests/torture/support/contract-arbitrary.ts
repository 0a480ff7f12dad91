import fc from 'fast-check';

/** The subset of JSON Schema that zod's `toJSONSchema` writes for the contract's inputs. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Real ids of the store under test: an id field takes one of them half the time, so handlers get past "not found". */
export type IdPool = () => string[];

const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]*$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Text a careless or hostile user might type. */
const nastyText = fc.constantFrom(
  '',
  ' ',
  '\u200B',
  '\u202E\u202D',
  '\uD800',
  'é'.repeat(3),
  '=cmd|"/c calc"!A1',
  "'; DROP TABLE members; --",
  '../../etc/passwd',
  '%ZZ',
  'null',
  '0',
  '-1',
  'NaN',
  '\0',
  'a\nb\r\nc',
  '{"not":"an array"}',
);

function stringArbitrary(schema: JsonSchema, ids: IdPool): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 80, 300);
  const plain = fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.pattern === ID_PATTERN) {
    const pool = fc.nat().map((n) => {
      const all = ids();
      return all.length ? all[n % all.length]! : 'no-ids';
    });
    return fc.oneof({ weight: 3, arbitrary: pool }, { weight: 1, arbitrary: fc.stringMatching(new RegExp(ID_PATTERN)).map((s) => s.slice(0, max)) }, { weight: 1, arbitrary: nastyText });
  }
  if (schema.pattern === DATE_PATTERN) {
    const valid = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2999-01-01', '2026-1-1') });
  }
  if (schema.pattern) {
    const matching = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
    return fc.oneof({ weight: 3, arbitrary: matching }, { weight: 1, arbitrary: plain });
  }
  if (schema.format === 'uri') {
    return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'not a url'), plain);
  }
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: nastyText });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum : -1e6);
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum : 1e6), 1e9);
  const inRange = integer ? fc.integer({ min: Math.max(min, -1e9), max }) : fc.double({ min: Math.max(min, -1e9), max, noNaN: true });
  const edges = fc.constantFrom(min - 1, max + 1, 0, -0, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER);
  return fc.oneof({ weight: 5, arbitrary: inRange }, { weight: 1, arbitrary: edges });
}

/**
 * Values for a JSON Schema: mostly of the right shape (so the handler behind the schema runs), with the edges
 * and hostile text a user or an attacker would send. `mutate` also sends wrong shapes (see fuzzInput).
 */
export function arbitraryFor(schema: JsonSchema, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => arbitraryFor(v, ids, depth + 1)));
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFor(v, ids, depth + 1)]));
      return fc.record(fields, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
    }
    case 'array': {
      const item = schema.items ? arbitraryFor(schema.items, ids, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const min = schema.minItems ?? 0;
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? 6, depth > 1 ? 3 : 6)) });
    }
    case 'string':
      return stringArbitrary(schema, ids);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An operation's input: 70 % of the contract's shape, the rest broken on purpose (a field dropped or added, wrong type). */
export function fuzzInput(schema: JsonSchema, ids: IdPool): fc.Arbitrary<unknown> {
  const shaped = arbitraryFor(schema, ids);
  const required = schema.required ?? [];
  const broken: fc.Arbitrary<unknown>[] = [
    fc.jsonValue({ maxDepth: 3 }),
    shaped.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, unexpectedField: 1 } : v)),
  ];
  if (required.length) {
    broken.push(
      fc.tuple(shaped, fc.constantFrom(...required)).map(([v, key]) => {
        if (!v || typeof v !== 'object') return v;
        const copy = { ...(v as Record<string, unknown>) };
        delete copy[key];
        return copy;
      }),
    );
    broken.push(
      fc.tuple(shaped, fc.constantFrom(...required), fc.jsonValue({ maxDepth: 1 })).map(([v, key, wrong]) =>
        v && typeof v === 'object' ? { ...(v as Record<string, unknown>), [key]: wrong } : v,
      ),
    );
  }
  return fc.oneof({ weight: 7, arbitrary: shaped }, { weight: 3, arbitrary: fc.oneof(...broken) });
}
