/**
 * A pinned container image of a template.
 *
 * @example
 * const tag: ImageTag = { image: "nginx", tag: "1.27", date: "2024-05-29", source: "hub.docker.com/_/nginx", checked: "2026-12-06: official image" };
 */
export interface ImageTag {
  /** Repository. */
  readonly image: string;
  /** The pinned tag (never `latest`). */
  readonly tag: string;
  /** When the tag was published (the release date; `~` in `checked` when only approximate). */
  readonly date: string;
  /** Where the tag was taken from. */
  readonly source: string;
  /** When and how the tag was seen to exist (the evidence, so the next update can redo it). */
  readonly checked: string;
}

/**
 * The one table of template images, each pinned to a tag with its date and the evidence that the
 * tag exists. Update a row to move a template to a newer engine release. Tags already pinned in
 * awesome-akash SDLs are preferred.
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
    checked:
      "2026-12-06: pinned in awesome-akash (Qwen3-Next-80B-A3B-Instruct) and the vLLM docs' Dockerfile example (FROM vllm/vllm-openai:v0.10.1.1); MinerU's Dockerfile base image",
  },
  sglang: {
    image: "lmsysorg/sglang",
    tag: "v0.5.2-cu126",
    date: "2025-09-11",
    source: "awesome-akash SDLs; hub.docker.com/r/lmsysorg/sglang",
    checked:
      "2026-12-06: pinned in awesome-akash (Hermes-4-405B-FP8); public Dockerfiles FROM lmsysorg/sglang:v0.5.2-cu126 (torch 2.8.0+cu126, sglang v0.5.2 inside)",
  },
  ollama: {
    image: "ollama/ollama",
    tag: "0.13.4",
    date: "2025-12-10",
    source: "awesome-akash SDLs; hub.docker.com/r/ollama/ollama",
    checked: "2026-12-06: pinned in five awesome-akash SDLs (ollama-gpu, ollama-cpu, open-webui-gpu, gemma3-4b, …)",
  },
  openWebui: {
    image: "ghcr.io/open-webui/open-webui",
    tag: "0.6.40",
    date: "2025-11-25",
    source: "awesome-akash SDLs",
    checked: "2026-12-06: pinned in awesome-akash open-webui-gpu and open-webui-cpu",
  },
  tgi: {
    image: "ghcr.io/huggingface/text-generation-inference",
    tag: "3.3.0",
    date: "2025-05-09",
    source: "github.com/huggingface/text-generation-inference releases",
    checked:
      "2026-12-06: public Dockerfiles FROM ghcr.io/huggingface/text-generation-inference:3.3.0 and docker run scripts; 3.3.2–3.3.7 also published",
  },
  llamaCpp: {
    image: "ghcr.io/ggml-org/llama.cpp",
    tag: "server-cuda-b6107",
    date: "2025-08-07",
    source: "github.com/ggml-org/llama.cpp packages (server-cuda-b<build>)",
    checked:
      "2026-12-06: pinned in public compose/terraform files (server-cuda-b6107); b6100, pinned before, was found nowhere and was dropped; date ~ (build number, early August 2025)",
  },
  comfyui: {
    image: "zjuuu/comfyui",
    tag: "0.23",
    date: "2025-01-20",
    source: "awesome-akash SDLs",
    checked: "2026-12-06: pinned in awesome-akash comfyui; date ~ (first seen pinned)",
  },
  whisper: {
    image: "onerahmet/openai-whisper-asr-webservice",
    tag: "v1.9.1-gpu",
    date: "2025-06-01",
    source: "github.com/ahmetoner/whisper-asr-webservice releases",
    checked:
      "2026-12-06: the repo's docker-publish workflow pushes <git tag>-gpu for each release tag; v1.9.1 is the release its docs name; v1.9.1-gpu pinned in public k8s/compose files; date ~",
  },
  tei: {
    image: "ghcr.io/huggingface/text-embeddings-inference",
    tag: "1.8",
    date: "2025-08-05",
    source: "github.com/huggingface/text-embeddings-inference releases",
    checked: "2026-12-06: the TEI Quick Tour (huggingface.co/docs/text-embeddings-inference) runs …:1.8",
  },
  pytorch: {
    image: "pytorch/pytorch",
    tag: "2.8.0-cuda12.8-cudnn9-runtime",
    date: "2025-08-06",
    source: "hub.docker.com/r/pytorch/pytorch",
    checked:
      "2026-12-06: public Dockerfiles FROM pytorch/pytorch:2.8.0-cuda12.8-cudnn9-runtime (one with its manifest digest)",
  },
  web: {
    image: "nginx",
    tag: "1.27",
    date: "2024-05-29",
    source: "hub.docker.com/_/nginx",
    checked: "2026-12-06: official image, 1.27 is the 1.27.x mainline tag",
  },
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
