// The shared corpus loader lives in the private `@akash-sdl/test-utils` workspace (one loader for every package;
// `AKASH_SDL_REQUIRE_CORPUS=1` turns a missing corpus into a failure there).
export { HAS_CORPUS, corpusFiles, goFixtures } from "@akash-sdl/test-utils/corpus";
