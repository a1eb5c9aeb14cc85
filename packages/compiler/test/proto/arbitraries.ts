/**
 * fast-check arbitraries for every protobuf type, producing canonical values (the form the
 * decoders return), so `decode(encode(x))` must deep-equal `x`.
 */
import fc from "fast-check";
import type {
  Attribute,
  CPU,
  Coin,
  DecCoin,
  DeploymentID,
  DeploymentReclamation,
  Deposit,
  Endpoint,
  GPU,
  GroupSpec,
  GroupSpecV1beta5,
  Memory,
  MsgCloseDeployment,
  MsgCreateDeployment,
  MsgCreateDeploymentV1beta3,
  MsgCreateDeploymentV1beta5,
  MsgUpdateDeployment,
  MsgUpdateDeploymentV1beta3,
  PlacementRequirements,
  ResourceUnit,
  ResourceUnitV1beta5,
  Resources,
  Storage,
} from "../../src/proto/types.js";

/** Formats 18-decimal atomics the way Go's `LegacyDec.String()` does (written independently of src). */
export function formatDec(atomics: bigint): string {
  const negative = atomics < 0n;
  const abs = negative ? -atomics : atomics;
  const scale = 10n ** 18n;
  return `${negative ? "-" : ""}${abs / scale}.${(abs % scale).toString().padStart(18, "0")}`;
}

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }));
const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
const few = { maxLength: 3 };

export const attribute: fc.Arbitrary<Attribute> = fc.record({ key: text, value: text });
const attributes = fc.array(attribute, few);
const resourceValue = fc.record({ val: fc.bigInt({ min: -(2n ** 256n), max: 2n ** 256n }) });

export const placementRequirements: fc.Arbitrary<PlacementRequirements> = fc.record({
  signedBy: fc.record({ allOf: fc.array(text, few), anyOf: fc.array(text, few) }),
  attributes,
});
const cpu: fc.Arbitrary<CPU> = fc.record({ units: resourceValue, attributes });
const memory: fc.Arbitrary<Memory> = fc.record({ quantity: resourceValue, attributes });
const gpu: fc.Arbitrary<GPU> = fc.record({ units: resourceValue, attributes });
const storage: fc.Arbitrary<Storage> = fc.record({ name: text, quantity: resourceValue, attributes });
export const endpoint: fc.Arbitrary<Endpoint> = fc.record({
  kind: fc.constantFrom("SHARED_HTTP", "RANDOM_PORT", "LEASED_IP"),
  sequenceNumber: uint32,
});

export const resources: fc.Arbitrary<Resources> = fc.record(
  {
    id: uint32,
    cpu,
    memory,
    storage: fc.array(storage, few),
    gpu,
    endpoints: fc.array(endpoint, { maxLength: 4 }),
  },
  { requiredKeys: ["id", "storage", "endpoints"] },
);

export const decCoin: fc.Arbitrary<DecCoin> = fc.record({
  denom: text,
  amount: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(formatDec),
});
export const coin: fc.Arbitrary<Coin> = fc.record({
  denom: text,
  amount: fc.bigInt({ min: 0n, max: 2n ** 128n }).map(String),
});

export const resourceUnit: fc.Arbitrary<ResourceUnit> = fc.record({
  resource: resources,
  count: uint32,
  price: decCoin,
});
export const groupSpec: fc.Arbitrary<GroupSpec> = fc.record({
  name: text,
  requirements: placementRequirements,
  resources: fc.array(resourceUnit, few),
});
const resourceUnitV1beta5: fc.Arbitrary<ResourceUnitV1beta5> = fc.record({
  resource: resources,
  count: uint32,
  prices: fc.array(decCoin, few),
});
export const groupSpecV1beta5: fc.Arbitrary<GroupSpecV1beta5> = fc.record({
  name: text,
  requirements: placementRequirements,
  resources: fc.array(resourceUnitV1beta5, few),
});

export const deploymentId: fc.Arbitrary<DeploymentID> = fc.record({ owner: text, dseq: uint64 });
export const reclamation: fc.Arbitrary<DeploymentReclamation> = fc.record({
  minWindow: fc.record({
    seconds: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    nanos: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  }),
});
export const deposit: fc.Arbitrary<Deposit> = fc.record({
  amount: coin,
  sources: fc.array(fc.constantFrom("invalid", "balance", "grant"), few),
});
const hash = fc.uint8Array({ maxLength: 40 });

export const msgCreateDeployment: fc.Arbitrary<MsgCreateDeployment> = fc.record(
  { id: deploymentId, groups: fc.array(groupSpec, few), hash, deposit, reclamation },
  { requiredKeys: ["id", "groups", "hash", "deposit"] },
);
export const msgUpdateDeployment: fc.Arbitrary<MsgUpdateDeployment> = fc.record({ id: deploymentId, hash });
export const msgCloseDeployment: fc.Arbitrary<MsgCloseDeployment> = fc.record({ id: deploymentId });
export const msgCreateDeploymentV1beta3: fc.Arbitrary<MsgCreateDeploymentV1beta3> = fc.record({
  id: deploymentId,
  groups: fc.array(groupSpec, few),
  version: hash,
  deposit: coin,
  depositor: text,
});
export const msgUpdateDeploymentV1beta3: fc.Arbitrary<MsgUpdateDeploymentV1beta3> = fc.record({
  id: deploymentId,
  version: hash,
});
export const msgCreateDeploymentV1beta5: fc.Arbitrary<MsgCreateDeploymentV1beta5> = fc.record({
  id: deploymentId,
  groups: fc.array(groupSpecV1beta5, few),
  hash,
  deposits: fc.array(deposit, few),
});
