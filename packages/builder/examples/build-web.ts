// Build a whole deployment from typed input: key order, quoting and version are handled.
// Run: npx vite-node packages/builder/examples/build-web.ts (or import `run`).
import { buildSdl, type SdlSpec } from "@akash-sdl/builder";

export function run(): string {
  const spec: SdlSpec = {
    services: {
      web: {
        image: "nginx:1.27",
        command: ["nginx", "-g", "daemon off;"],
        args: ["yes", "0777"], // values YAML would re-type (a boolean, an octal) are quoted for you
        expose: [{ port: 80, as: 80, accept: ["www.example.com"], to: [{ global: true }] }],
      },
    },
    profiles: {
      compute: { web: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } },
      placement: { dcloud: { pricing: { web: { denom: "uact", amount: 1000 } } } },
    },
    deployment: { web: { dcloud: { profile: "web", count: 2 } } },
  };
  const { text, diagnostics } = buildSdl(spec, { header: "A public nginx, two replicas." });
  if (diagnostics.some((d) => d.severity === "error")) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run());
