/** A small valid SDL (2.0) with one service; `patch` replaces whole lines by their text. */
export const BASE = `version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 0.5
        memory:
          size: 512Mi
        storage:
          size: 1Gi
  placement:
    dc:
      pricing:
        web:
          denom: uact
          amount: 1000
deployment:
  web:
    dc:
      profile: web
      count: 1
`;

/** `BASE` with `from` replaced by `to` (throws when `from` is absent, so tests stay honest). */
export function sdlWith(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`not in BASE: ${from}`);
  return BASE.replace(from, to);
}
