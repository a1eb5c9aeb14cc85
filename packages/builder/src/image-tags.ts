/**
 * A pinned container image of a template.
 *
 * @example
 * const tag: ImageTag = { image: "vllm/vllm-openai", tag: "v0.10.1.1", date: "2025-08-20", source: "awesome-akash" };
 */
export interface ImageTag {
  /** Repository. */
  readonly image: string;
  /** The pinned tag (never `latest`). */
  readonly tag: string;
  /** When the tag was published (or first seen pinned). */
  readonly date: string;
  /** Where the tag was taken from. */
  readonly source: string;
}

/**
 * The one table of template images, each pinned to a tag with its date. Update a row to move a
 * template to a newer engine release. Tags already pinned in awesome-akash SDLs are preferred.
 *
 * @example
 * `${IMAGE_TAGS.vllm.image}:${IMAGE_TAGS.vllm.tag}`; // "vllm/vllm-openai:v0.10.1.1"
 */
export const IMAGE_TAGS: Readonly<
  Record<
    "vllm" | "sglang" | "ollama" | "openWebui" | "tgi" | "llamaCpp" | "comfyui" | "whisper" | "tei" | "pytorch" | "web",
    ImageTag
  >
> = Object.freeze({
  vllm: {
    image: "vllm/vllm-openai",
    tag: "v0.10.1.1",
    date: "2025-08-20",
    source: "awesome-akash SDLs; hub.docker.com/r/vllm/vllm-openai",
  },
  sglang: {
    image: "lmsysorg/sglang",
    tag: "v0.5.2-cu126",
    date: "2025-09-11",
    source: "awesome-akash SDLs; hub.docker.com/r/lmsysorg/sglang",
  },
  ollama: {
    image: "ollama/ollama",
    tag: "0.13.4",
    date: "2025-12-10",
    source: "awesome-akash SDLs; hub.docker.com/r/ollama/ollama",
  },
  openWebui: {
    image: "ghcr.io/open-webui/open-webui",
    tag: "0.6.40",
    date: "2025-11-25",
    source: "awesome-akash SDLs",
  },
  tgi: {
    image: "ghcr.io/huggingface/text-generation-inference",
    tag: "3.3.0",
    date: "2025-05-09",
    source: "github.com/huggingface/text-generation-inference releases",
  },
  llamaCpp: {
    image: "ghcr.io/ggml-org/llama.cpp",
    tag: "server-cuda-b6100",
    date: "2025-08-06",
    source: "github.com/ggml-org/llama.cpp packages (server-cuda-b<build>)",
  },
  comfyui: { image: "zjuuu/comfyui", tag: "0.23", date: "2025-01-20", source: "awesome-akash SDLs" },
  whisper: {
    image: "onerahmet/openai-whisper-asr-webservice",
    tag: "v1.9.1-gpu",
    date: "2025-06-01",
    source: "github.com/ahmetoner/whisper-asr-webservice releases",
  },
  tei: {
    image: "ghcr.io/huggingface/text-embeddings-inference",
    tag: "1.8",
    date: "2025-08-05",
    source: "github.com/huggingface/text-embeddings-inference releases",
  },
  pytorch: {
    image: "pytorch/pytorch",
    tag: "2.8.0-cuda12.8-cudnn9-runtime",
    date: "2025-08-06",
    source: "hub.docker.com/r/pytorch/pytorch",
  },
  web: { image: "nginx", tag: "1.27", date: "2024-05-29", source: "hub.docker.com/_/nginx" },
});

/**
 * `image:tag` of a table row.
 *
 * @example
 * imageRef("vllm"); // "vllm/vllm-openai:v0.10.1.1"
 */
export function imageRef(name: keyof typeof IMAGE_TAGS): string {
  const row = IMAGE_TAGS[name];
  return `${row.image}:${row.tag}`;
}
