// Built on the shared loader of the private `@akash-sdl/test-utils` workspace (it honours
// `AKASH_SDL_REQUIRE_CORPUS=1`): this suite wants the fixtures' SDL text and parsed `group-specs.json`.
import { goFixtures as sharedGoFixtures } from "@akash-sdl/test-utils/corpus";

export { HAS_CORPUS } from "@akash-sdl/test-utils/corpus";

/** One Go fixture: its name (`v2.0/simple`), SDL text and parsed `group-specs.json`. */
export interface GoFixture {
  readonly name: string;
  readonly sdl: string;
  readonly groupSpecs: unknown;
}

/** The valid Go fixtures of `chain-sdk-testdata` (input + `group-specs.json`), sorted by name. */
export function goFixtures(): GoFixture[] {
  return sharedGoFixtures().map((f) => ({
    name: f.name,
    sdl: f.input,
    groupSpecs: JSON.parse(f.groupSpecs) as unknown,
  }));
}
