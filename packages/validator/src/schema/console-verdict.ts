import type { YamlNode, YamlPair } from "@akash-sdl/core";
import type { QuickChecks } from "./compile-schema-check.js";

/** A node as a JSON value (an alias read as its target, `null` for YAML's null or a dangling alias). */
type Data = YamlNode | null;
/** A check of one property's value (already read through aliases). */
type Field = (d: Data) => boolean;

const value = (n: Data): Data => (n !== null && n.kind === "alias" ? (n.target ?? null) : n);

const text = (d: Data): string | undefined =>
  d !== null && d.kind === "scalar" && typeof d.value === "string" ? d.value : undefined;

const num = (d: Data): number | undefined =>
  d !== null && d.kind === "scalar" && typeof d.value === "number" ? d.value : undefined;

const isNull = (d: Data): boolean => d === null || (d.kind === "scalar" && d.value === null);

const isStr: Field = (d) => text(d) !== undefined;

const isBool: Field = (d) => d !== null && d.kind === "scalar" && typeof d.value === "boolean";

const nonEmpty: Field = (d) => !!text(d);

/** `{ type: "integer", minimum, maximum }` (ajv: `!(x % 1) && !isNaN(x)`; NaN fails every comparison). */
const int =
  (min: number, max = Number.POSITIVE_INFINITY): Field =>
  (d) => {
    const x = num(d);
    return x !== undefined && !(x % 1) && x >= min && x <= max;
  };

/** A string of at least `n` code points (ajv's `minLength`). */
const minChars =
  (n: number): Field =>
  (d) => {
    const s = text(d);
    return s !== undefined && [...s].length >= n;
  };

const oneOfStrings =
  (...allowed: string[]): Field =>
  (d) => {
    const s = text(d);
    return s !== undefined && allowed.includes(s);
  };

const matches =
  (re: RegExp): Field =>
  (d) => {
    const s = text(d);
    return s !== undefined && re.test(s);
  };

/** `{ type: "array", items }`. */
const list =
  (item: Field): Field =>
  (d) => {
    if (d === null || d.kind !== "seq") return false;
    const items = d.items;
    for (let i = 0; i < items.length; i++) if (!item(value(items[i] as YamlNode))) return false;
    return true;
  };

/** `oneOf: [{ type: "array", items }, { type: "null" }]`. */
const listOrNull = (item: Field): Field => {
  const l = list(item);
  return (d) => isNull(d) || l(d);
};

const strings = list(isStr);
const stringsOrNull = listOrNull(isStr);

/** A map's pairs, each with a plain string key; `undefined` for anything else (a null, a list, an odd key). */
function pairsOf(d: Data): readonly YamlPair[] | undefined {
  if (d === null || d.kind !== "map") return undefined;
  const pairs = d.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const key = (pairs[i] as YamlPair).key;
    if (key.kind !== "scalar" || typeof key.value !== "string") return undefined;
  }
  return pairs;
}

/** `{ type: "object", additionalProperties: entry }`: every value passes. */
const entries =
  (entry: Field): Field =>
  (d) => {
    const pairs = pairsOf(d);
    if (pairs === undefined) return false;
    for (let i = 0; i < pairs.length; i++) if (!entry(value((pairs[i] as YamlPair).value))) return false;
    return true;
  };

/**
 * `{ type: "object", additionalProperties: false, properties, required }` with a final test of the
 * last value of each property (`undefined` when absent): every value passes, every required name is there.
 */
const struct = (
  fields: Readonly<Record<string, Field>>,
  required: readonly string[] = [],
  last?: (get: (name: string) => Data | undefined) => boolean,
): Field => {
  const names = Object.keys(fields);
  const checks = names.map((n) => fields[n] as Field);
  let need = 0;
  for (const r of required) need |= 1 << names.indexOf(r);
  return (d) => {
    if (d === null || d.kind !== "map") return false;
    const pairs = d.pairs;
    const at: (Data | undefined)[] | undefined = last === undefined ? undefined : new Array(names.length);
    let seen = 0;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as YamlPair;
      const key = pair.key;
      if (key.kind !== "scalar" || typeof key.value !== "string") return false;
      const k = names.indexOf(key.value);
      if (k < 0) return false;
      const v = value(pair.value);
      if (!(checks[k] as Field)(v)) return false;
      seen |= 1 << k;
      if (at !== undefined) at[k] = v;
    }
    if ((seen & need) !== need) return false;
    return at === undefined || (last as NonNullable<typeof last>)((name) => at[names.indexOf(name)]);
  };
};

const isTrue = (d: Data | undefined): boolean =>
  d != null && d.kind === "scalar" && (d.value === true || d.value === "true");

const NEXT_CASES = ["error", "timeout", "500", "502", "503", "504", "403", "404", "429", "off"];
const nextCase = oneOfStrings(...NEXT_CASES);
const u32 = int(0, 4294967295);
const duration = matches(/^[0-9]+(ms|s|m|h)?$/u);
const timeout: Field = (d) => u32(d) || duration(d);

/** `next_cases`: `[off]` alone or cases without `off`; an empty list is left to the full check (ajv's `contains` memory). */
const nextCases: Field = (d) => {
  if (d === null || d.kind !== "seq" || d.items.length === 0 || !list(nextCase)(d)) return false;
  let off = 0;
  for (const item of d.items) if (text(value(item)) === "off") off++;
  return off === 0 || (off === 1 && d.items.length === 1);
};

const expose = struct(
  {
    port: int(1, 65535),
    as: int(1, 65535),
    proto: oneOfStrings("TCP", "UDP", "tcp", "udp"),
    to: list(
      struct({ service: isStr, global: isBool, ip: nonEmpty }, [], (get) => {
        const global = get("global");
        return get("ip") === undefined || (global != null && global.kind === "scalar" && global.value === true);
      }),
    ),
    accept: strings,
    http_options: struct({
      max_body_size: int(0, 104857600),
      read_timeout: timeout,
      send_timeout: timeout,
      next_tries: int(0),
      next_timeout: int(0),
      next_cases: nextCases,
      proxy: struct(
        {
          buffer_size: u32,
          buffering_disable: isBool,
          buffers_number: int(1, 4294967295),
          buffers_size: int(1, 4294967295),
          busy_buffers_size: u32,
          connect_timeout: u32,
        },
        [],
        (get) => (get("buffers_number") === undefined) === (get("buffers_size") === undefined),
      ),
    }),
  },
  ["port"],
);

const service = struct(
  {
    image: nonEmpty,
    command: stringsOrNull,
    args: stringsOrNull,
    env: stringsOrNull,
    expose: listOrNull(expose),
    dependencies: list(struct({ service: isStr })),
    params: struct({
      storage: entries(struct({ mount: matches(/^\//u), readOnly: isBool })),
      permissions: struct({ read: list(oneOfStrings("deployment", "logs", "events")) }),
      tee: oneOfStrings("cpu", "cpu-gpu"),
    }),
    credentials: struct({ host: nonEmpty, email: minChars(5), username: nonEmpty, password: minChars(6) }, [
      "host",
      "username",
      "password",
    ]),
  },
  ["image"],
);

const volume = struct(
  {
    name: isStr,
    size: isStr,
    attributes: struct({ persistent: (d) => isBool(d) || isStr(d), class: isStr }, ["persistent", "class"], (get) => {
      const cls = text(get("class") ?? null);
      const persistent = isTrue(get("persistent"));
      if (cls === "ram") return !persistent;
      return persistent || (cls !== "beta1" && cls !== "beta2" && cls !== "beta3" && cls !== "default");
    }),
  },
  ["size"],
);
const volumes = list(volume);

/** GPU `units` that ask for a GPU: a number above zero or a string other than `0`, `0.0` … */
const wantsGpu = (d: Data | undefined): boolean => {
  if (d === undefined) return false;
  const x = num(d);
  if (x !== undefined) return x > 0;
  const s = text(d);
  return s !== undefined && !/^0+(\.0+)?$/u.test(s);
};

const vendor = struct({
  nvidia: listOrNull(struct({ model: isStr, ram: isStr, interface: oneOfStrings("pcie", "sxm") })),
});
const interconnect = struct({ group: nonEmpty }, ["group"]);

const gpu = struct(
  {
    units: (d) => isStr(d) || num(d) !== undefined,
    attributes: struct({
      vendor: (d) => d !== null && d.kind === "map" && d.pairs.length > 0 && vendor(d),
      interconnect: (d) => (d !== null && d.kind === "seq" && d.items.length === 0) || interconnect(d),
    }),
  },
  [],
  (get) => wantsGpu(get("units")) === (get("attributes") !== undefined),
);

const cpuUnits: Field = (d) => {
  const x = num(d);
  if (x !== undefined) return x > 0;
  const s = text(d);
  return s !== undefined && /^[0-9]+(\.[0-9]+)?[a-zA-Z]*$/u.test(s) && !/^0+(\.0+)?m?$/u.test(s);
};

const computeProfile = struct(
  {
    resources: struct(
      {
        cpu: struct({ units: cpuUnits, attributes: struct({ arch: oneOfStrings("amd64", "arm64") }) }, ["units"]),
        memory: struct({ size: isStr }, ["size"]),
        storage: (d) => volume(d) || volumes(d),
        gpu,
      },
      ["cpu", "memory", "storage"],
    ),
  },
  ["resources"],
);

const decimal = matches(/^[0-9]+(\.[0-9]+)?$/u);

const placementProfile = struct(
  {
    attributes: (d) => d !== null && d.kind === "map",
    signedBy: struct({ allOf: strings, anyOf: strings }),
    pricing: entries(
      struct(
        {
          denom: oneOfStrings("uakt", "uact"),
          amount: (d) => {
            const x = num(d);
            return x !== undefined ? x >= 0 : decimal(d);
          },
        },
        ["denom", "amount"],
      ),
    ),
  },
  ["pricing"],
);

const ENDPOINT_NAME = /^[a-z]+[-_0-9a-z]+$/u;
const endpoint = struct({ kind: oneOfStrings("ip") }, ["kind"]);

const deploymentEntry = entries(struct({ profile: isStr, count: int(1) }, ["profile", "count"]));

const root = struct(
  {
    include: strings,
    services: entries(service),
    profiles: struct({ compute: entries(computeProfile), placement: entries(placementProfile) }, [
      "compute",
      "placement",
    ]),
    deployment: entries(deploymentEntry),
    endpoints: (d) => {
      const pairs = pairsOf(d);
      if (pairs === undefined) return false;
      for (const pair of pairs)
        if (!ENDPOINT_NAME.test((pair.key as { value: string }).value) || !endpoint(value(pair.value))) return false;
      return true;
    },
    reclamation: struct({ min_window: matches(/^[1-9][0-9]*(s|m|h)$/u) }, ["min_window"]),
    version: oneOfStrings("2.0", "2.1"),
  },
  ["services", "profiles", "deployment", "version"],
);

/**
 * A quick, verdict-only reading of Console's schema (alpha.45's `validationSDLSchema`, as core's
 * console-flavour `sdlJsonSchema` writes it) for documents that pass: `true` only when ajv finds no
 * error on the document's plain value. It says `false` for every document it is unsure of (odd
 * keys, an empty `next_cases`), and {@link consoleSchemaCheck} then runs the full check, which
 * writes the errors. The console-schema oracle test holds both against real ajv.
 *
 * @example
 * consoleVerdict(parse(text).tree.root); // true: Console's schema accepts the document
 */
export function consoleVerdict(node: YamlNode | null): boolean {
  return root(value(node));
}

/**
 * The quick checks of the parts of Console's schema that most often pass in a document that
 * fails, by schema path, for {@link compileSchemaCheck}: a part they pass is skipped by the full check.
 *
 * @example
 * compileSchemaCheck(buildSdlJsonSchema("console"), CONSOLE_QUICK_CHECKS);
 */
export const CONSOLE_QUICK_CHECKS: QuickChecks = {
  "#/properties/services/additionalProperties": service,
  "#/properties/services/additionalProperties/properties/expose/oneOf/0/items": expose,
  "#/properties/profiles/properties/compute/additionalProperties": computeProfile,
  "#/properties/profiles/properties/placement/additionalProperties": placementProfile,
  "#/properties/deployment/additionalProperties": deploymentEntry,
};
