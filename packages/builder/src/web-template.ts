import { priceCeiling, type PriceOptions } from "./price-ceiling.js";
import type { SdlSpec } from "./sdl-spec.js";

/**
 * Input of {@link webTemplate}: a plain (CPU) service.
 *
 * @example
 * const w: WebTemplateInput = { image: "nginx:1.27", port: 80 };
 */
export interface WebTemplateInput {
  /** Image with tag. */
  readonly image: string;
  /** Container port exposed globally on 80. */
  readonly port?: number;
  /** Service name (default `web`). */
  readonly service?: string;
  /** CPU units (default 0.5). */
  readonly cpu?: number;
  /** Memory (default `512Mi`). */
  readonly memory?: string;
  /** Ephemeral storage (default `1Gi`). */
  readonly storage?: string;
  /** Instances (default 1). */
  readonly count?: number;
  /** Pricing (default 0.1 USD/h in `uact`). */
  readonly price?: PriceOptions;
}

/**
 * A one-service web deployment (`init --template web --image nginx:1.27 --port 80`).
 *
 * @example
 * buildSdl(webTemplate({ image: "nginx:1.27", port: 80 })).text;
 */
export function webTemplate(input: WebTemplateInput): SdlSpec {
  const name = input.service ?? "web";
  return {
    services: { [name]: { image: input.image, expose: [{ port: input.port ?? 80, as: 80, to: [{ global: true }] }] } },
    profiles: {
      compute: {
        [name]: {
          resources: {
            cpu: { units: input.cpu ?? 0.5 },
            memory: { size: input.memory ?? "512Mi" },
            storage: { size: input.storage ?? "1Gi" },
          },
        },
      },
      placement: { dcloud: { pricing: { [name]: priceCeiling(undefined, { usdPerHour: 0.1, ...input.price }) } } },
    },
    deployment: { [name]: { dcloud: { profile: name, count: input.count ?? 1 } } },
  };
}
