// Edit an existing SDL: only the edited values change; comments, quoting and layout stay.
import { renameService, setCount, setImage } from "@akash-sdl/builder";

export const ORIGINAL = `# Team blog — do not remove this header
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

export function run(): { text: string; editCount: number } {
  let text = ORIGINAL;
  let editCount = 0;
  for (const step of [
    (t: string) => setImage(t, "web", "ghost:5.85"),
    (t: string) => setCount(t, "web", 3),
    (t: string) => renameService(t, "web", "blog"),
  ]) {
    const result = step(text);
    editCount += result.edits.length; // LSP-shaped TextEdits an editor can apply
    text = result.text;
  }
  return { text, editCount };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run().text);
