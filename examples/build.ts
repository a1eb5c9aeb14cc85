/**
 * Write SDL with the builder, then edit an existing file without losing its comments.
 *
 * `buildSdl` turns a typed `SdlSpec` into SDL text: it orders keys, quotes values YAML would
 * re-type, picks the version and validates the result. The edit functions (`setImage`,
 * `setCount`, `setEnv`, `renameService`, ...) change only the values they name: comments, quoting
 * and layout stay, and each returns LSP-shaped `TextEdit`s (0-based lines and characters) that an
 * editor can apply instead of replacing the whole buffer.
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/build.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/build.cjs
 *   node /tmp/build.cjs
 */
import { type SdlSpec, buildSdl, renameService, setCount, setEnv, setImage } from "@akash-sdl/builder";

// 1. Build: a public nginx with two replicas.
const spec: SdlSpec = {
  services: {
    web: {
      image: "nginx:1.27",
      env: ["LOG_LEVEL=info"],
      expose: [{ port: 80, as: 80, to: [{ global: true }] }],
    },
  },
  profiles: {
    compute: { web: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } },
    placement: { dcloud: { pricing: { web: { denom: "uact", amount: 1000 } } } },
  },
  deployment: { web: { dcloud: { profile: "web", count: 2 } } },
};
const built = buildSdl(spec, { header: "A public nginx, two replicas." });
console.log("--- built SDL");
process.stdout.write(built.text);
console.log(`--- ${built.diagnostics.length} diagnostic(s), version ${built.version}`);

// 2. Edit a hand-written file: its comments, quotes and flow mappings must survive.
const original = `# Team blog: do not remove this header
version: "2.0"
services:
  web: # the public site
    image: 'ghost:5.80'   # pinned on purpose
    expose:
      - port: 2368
        as: 80
        to: [{ global: true }]
profiles:
  compute:
    web:
      resources: { cpu: { units: 1 }, memory: { size: 1Gi }, storage: { size: 2Gi } }
  placement:
    dcloud:
      pricing: { web: { denom: uact, amount: 1000 } }
deployment:
  web:
    dcloud: { profile: web, count: 1 }
`;
console.log("--- original SDL");
process.stdout.write(original);
let text = original;
const steps = [
  { name: "setImage web ghost:5.85", run: (t: string) => setImage(t, "web", "ghost:5.85") },
  { name: "setCount web 3", run: (t: string) => setCount(t, "web", 3) },
  { name: "setEnv web NODE_ENV=production", run: (t: string) => setEnv(t, "web", { NODE_ENV: "production" }) },
  { name: "renameService web blog", run: (t: string) => renameService(t, "web", "blog") },
];
for (const step of steps) {
  const result = step.run(text);
  console.log(`--- ${step.name}: ${result.edits.length} edit(s)`);
  for (const d of result.diagnostics) console.log(`  ${d.severity} ${d.code}: ${d.message}`);
  // Each edit is against the text *before* this step (0-based line:character, end exclusive).
  for (const e of result.edits) {
    const { start, end } = e.range;
    console.log(`  ${start.line}:${start.character}-${end.line}:${end.character} ${JSON.stringify(e.newText)}`);
  }
  text = result.text;
}
console.log("--- edited SDL");
process.stdout.write(text);
