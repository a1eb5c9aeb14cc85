import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";
import type { DeployTarget } from "../src/index.js";
import { BASE, sdlWith } from "./support/sdl.js";

function find(text: string, code: string, target: DeployTarget = "portable") {
  const parsed = parse(text);
  const d = validate(parsed, { target }).find((x) => x.code === code);
  return d === undefined
    ? undefined
    : {
        ...d,
        line: parsed.lineCounter.positionAt(d.span?.start ?? 0).line,
        at: text.slice(d.span?.start, d.span?.end),
      };
}
const codes = (text: string, target: DeployTarget = "portable") => validate(parse(text), { target }).map((d) => d.code);

describe("references", () => {
  it("undefined placement points at the deployment's placement key", () => {
    const d = find(sdlWith("    dc:\n      profile", "    dcc:\n      profile"), "ref/undefined-placement");
    expect(d?.at).toBe("dcc");
    expect(d?.hints).toEqual(["Did you mean 'dc'?"]);
  });
  it("missing pricing points at the placement's pricing", () => {
    const text = sdlWith("        web:\n          denom", "        api:\n          denom");
    const d = find(text, "ref/missing-pricing");
    expect(d?.severity).toBe("error");
    expect(d?.message).toMatch(/'dc'.*'web'/);
    expect(d?.at).toBe("pricing");
  });
  it("undefined service in deployment", () => {
    const text = BASE.replace("deployment:\n  web:", "deployment:\n  api:");
    expect(find(text, "ref/undefined-service")?.at).toBe("api");
  });
  it("warns about unused profiles and placements", () => {
    const text = BASE.replace(
      "  placement:\n",
      "    big:\n      resources:\n        cpu: {units: 1}\n        memory: {size: 1Gi}\n        storage: {size: 1Gi}\n  placement:\n",
    );
    const d = find(text, "unused/profile", "any");
    expect(d?.severity).toBe("warning");
    expect(d?.at).toBe("big");
  });
});

describe("endpoints and exposes", () => {
  const ip = (extra = "") =>
    BASE.replace("          - global: true\n", "          - global: true\n            ip: myip\n") +
    `endpoints:\n  myip:\n    kind: ip\n${extra}`;
  it("accepts a used IP endpoint", () => {
    expect(codes(ip()).filter((c) => c.startsWith("endpoint/"))).toEqual([]);
  });
  it("reports an unused endpoint at its name", () => {
    const d = find(ip("  other:\n    kind: ip\n"), "endpoint/unused");
    expect(d?.at).toBe("other");
  });
  it("reports an unknown kind", () => {
    expect(find(ip("  other:\n    kind: dns\n"), "endpoint/unknown-kind")?.at).toBe("dns");
  });
  it("reports a port collision on one IP", () => {
    const text = ip().replace(
      "      - port: 80\n",
      "      - port: 80\n        to:\n          - global: true\n            ip: myip\n      - port: 8080\n        as: 80\n",
    );
    expect(codes(text)).toContain("endpoint/port-in-use");
  });
  it("as: 0 is a Console-only refusal", () => {
    const text = sdlWith("      - port: 80\n", "      - port: 80\n        as: 0\n");
    expect(find(text, "compat/console-refuses", "any")?.message).toMatch(/as: 0/);
    expect(find(text, "expose/as-out-of-range", "console")?.severity).toBe("error");
    expect(codes(text, "go")).not.toContain("expose/as-out-of-range");
  });
  it("mixed-case proto is a Console-only refusal, HTTP is refused by both", () => {
    expect(
      find(sdlWith("      - port: 80\n", "      - port: 80\n        proto: Tcp\n"), "expose/protocol-casing", "console")
        ?.severity,
    ).toBe("error");
    const http = find(
      sdlWith("      - port: 80\n", "      - port: 80\n        proto: HTTP\n"),
      "expose/invalid-protocol",
      "any",
    );
    expect(http?.severity).toBe("error");
    expect(http?.at).toBe("HTTP");
  });
  it("checks http_options limits and next_cases", () => {
    const opts = (o: string) => sdlWith("      - port: 80\n", `      - port: 80\n        http_options:\n${o}`);
    expect(find(opts("          max_body_size: 209715200\n"), "http/max-body-size", "any")?.severity).toBe("error");
    const slow = opts("          read_timeout: 120000\n");
    expect(find(slow, "http/timeout-too-long", "go")?.severity).toBe("error");
    expect(codes(slow, "console")).not.toContain("http/timeout-too-long");
    expect(find(opts("          next_cases: [off, error]\n"), "http/next-case-off-not-alone")?.at).toBe("off");
    expect(find(opts("          next_cases: [501]\n"), "http/unknown-next-case")?.at).toBe("501");
    const proxy = opts("          proxy:\n            buffers_number: 4\n");
    expect(find(proxy, "http/proxy-buffers-pair", "console")?.severity).toBe("error");
    expect(codes(proxy, "go").filter((c) => c.startsWith("http/"))).toEqual([]);
  });
});

describe("storage", () => {
  const volumes = (list: string, params = "") =>
    BASE.replace("        storage:\n          size: 1Gi\n", `        storage:\n${list}`).replace(
      "    image: nginx:1.27\n",
      `    image: nginx:1.27\n${params}`,
    );
  it("ram volume marked persistent", () => {
    const text = volumes(
      "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n              persistent: true\n",
    );
    const d = find(text, "storage/ram-persistent", "any");
    expect(d?.severity).toBe("error");
    expect(d?.line).toBe(text.split("\n").findIndex((l) => l.includes("persistent: true")) + 1);
  });
  it("class without persistent: Console wants both, Go says ephemeral class", () => {
    const text = volumes(
      "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              class: beta2\n",
    );
    expect(find(text, "storage/class-needs-persistent", "any")?.severity).toBe("error");
  });
  it("ram volume without persistent is fine for Go, Console-only refusal", () => {
    const text = volumes(
      "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n",
      "    params:\n      storage:\n        shm:\n          mount: /dev/shm\n",
    );
    expect(codes(text, "go").filter((c) => c.startsWith("storage/"))).toEqual([]);
    expect(find(text, "storage/incomplete-attributes", "console")?.severity).toBe("error");
    expect(find(text, "compat/console-refuses", "any")?.severity).toBe("warning");
  });
  it("mount of an undefined volume, relative and duplicate mounts", () => {
    const params =
      "    params:\n      storage:\n        data:\n          mount: /data\n        logs:\n          mount: /data\n        cache:\n          mount: tmp\n";
    const text = volumes(
      "          - size: 1Gi\n          - name: data\n            size: 1Gi\n          - name: logs\n            size: 1Gi\n",
      params,
    );
    expect(find(text, "storage/undefined-volume")?.at).toBe("cache");
    expect(find(text, "storage/duplicate-mount")?.message).toMatch(/'\/data'.*'data'/);
    const rel = volumes(
      "          - size: 1Gi\n          - name: data\n            size: 1Gi\n",
      "    params:\n      storage:\n        data:\n          mount: data\n",
    );
    expect(find(rel, "storage/mount-not-absolute")?.hints).toEqual(["Write '/data'."]);
  });
  it("persistent volume without a mount: Console always, Go 2.0 when nothing is mounted", () => {
    const text = volumes(
      "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              persistent: true\n              class: beta2\n",
    );
    expect(find(text, "storage/persistent-without-mount", "go")?.severity).toBe("error");
    const v21 = text.replace('version: "2.0"', 'version: "2.1"');
    expect(codes(v21, "go")).not.toContain("storage/persistent-without-mount");
    expect(codes(v21, "console")).toContain("storage/persistent-without-mount");
  });
  it("duplicate volume names", () => {
    const text = volumes("          - size: 1Gi\n          - size: 2Gi\n");
    expect(find(text, "storage/duplicate-volume-name", "go")?.severity).toBe("error");
  });
  it("a size without unit is a Console-only refusal", () => {
    const d = find(sdlWith("size: 512Mi", 'size: "536870912"'), "compat/console-refuses", "any");
    expect(d?.hints?.[0]).toContain("'512Mi'");
  });
});

describe("GPU, CPU, tee", () => {
  const gpu = (block: string) =>
    sdlWith("        storage:\n          size: 1Gi\n", `        storage:\n          size: 1Gi\n        gpu:\n${block}`);
  it("unknown model with the nearest names, ram that does not exist, interface spelling", () => {
    const text = gpu(
      "          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100\n                  ram: 24Gi\n                  interface: PCIe\n                - model: rtx409\n",
    );
    expect(find(text, "gpu/unknown-model", "any")?.hints?.[0]).toMatch(/rtx4090/);
    expect(find(text, "gpu/unknown-ram", "any")?.message).toMatch(/a100.*24Gi/);
    expect(find(text, "gpu/invalid-interface", "any")?.hints).toEqual(["Write 'pcie' (lower case)."]);
  });
  it("units ⇔ attributes", () => {
    expect(
      find(
        gpu("          units: 0\n          attributes:\n            vendor:\n              nvidia:\n"),
        "gpu/attributes-without-units",
      )?.severity,
    ).toBe("error");
    expect(find(gpu("          units: 2\n"), "gpu/units-without-attributes")?.severity).toBe("error");
  });
  it("an amd block: Go bids with any nvidia GPU", () => {
    const text = gpu(
      "          units: 1\n          attributes:\n            vendor:\n              amd:\n                - model: mi300x\n",
    );
    expect(find(text, "gpu/vendor-ignored-by-go", "go")?.severity).toBe("warning");
    expect(codes(text, "console").length).toBeGreaterThan(0);
  });
  it("cpu arch", () => {
    const text = sdlWith(
      "          units: 0.5\n",
      "          units: 0.5\n          attributes:\n            arch: x86_64\n",
    );
    const d = find(text, "cpu/unknown-arch", "console");
    expect(d?.hints).toEqual(["Write 'amd64'."]);
    expect(codes(text, "go")).not.toContain("cpu/unknown-arch");
  });
  it("tee: unknown type, cpu-gpu without GPU", () => {
    const tee = (t: string) =>
      sdlWith("    image: nginx:1.27\n", `    image: nginx:1.27\n    params:\n      tee: ${t}\n`);
    expect(find(tee("sgx"), "tee/unsupported-type")?.at).toBe("sgx");
    expect(find(tee("cpu-gpu").replace('"2.0"', '"2.1"'), "tee/requires-gpu")?.severity).toBe("error");
    expect(codes(tee("cpu")).filter((c) => c.startsWith("tee/"))).toEqual([]);
  });
});

describe("manifest checks, images, credentials", () => {
  it("service names, env names, hostnames, no global expose (Go only)", () => {
    const text = BASE.replace("  web:\n    image", "  Web_1:\n    image")
      .replace("deployment:\n  web:", "deployment:\n  Web_1:")
      .replace("    image: nginx:1.27\n", "    image: nginx:1.27\n    env:\n      - 1ST=x\n      - GOOD=y\n")
      .replace("      - port: 80\n", "      - port: 80\n        accept:\n          - Example.com\n");
    const d = find(text, "manifest/invalid-service-name", "go");
    expect(d?.at).toBe("Web_1");
    expect(d?.hints?.[0]).toMatch(/'web-1'/);
    expect(find(text, "manifest/invalid-env-name", "go")?.at).toBe("1ST=x");
    expect(find(text, "manifest/invalid-hostname", "go")?.hints).toEqual(["Write 'example.com'."]);
    expect(codes(text, "console").filter((c) => c.startsWith("manifest/"))).toEqual([]);
    const local = BASE.replace("          - global: true\n", "          - service: web\n");
    expect(find(local, "manifest/no-global-expose", "go")?.severity).toBe("error");
  });
  it("text ending in ':' in a flow list: Console reads a mapping there (a Console-only refusal)", () => {
    const text = sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    args: [start, a/b:]\n");
    const d = find(text, "compat/flow-colon", "any");
    expect(d?.severity).toBe("warning");
    expect(d?.at).toBe("a/b:");
    expect(d?.path).toEqual(["services", "web", "args", 1]);
    expect(d?.hints?.[0]).toBe('Write "a/b:" so that both deploy paths accept it.');
    expect(find(text, "compat/flow-colon", "console")?.severity).toBe("error");
    expect(find(text, "compat/flow-colon", "go")?.severity).toBe("warning");
    const env = sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    env: [A=1, B=x:]\n    command: [sh:]\n");
    expect(
      validate(parse(env))
        .filter((x) => x.code === "compat/flow-colon")
        .map((x) => x.path),
    ).toEqual([
      ["services", "web", "env", 1],
      ["services", "web", "command", 0],
    ]);
    for (const fine of ['[start, "a/b:"]', "[start, a:b]", "[start, ':']"]) {
      expect(codes(sdlWith("    image: nginx:1.27\n", `    image: nginx:1.27\n    args: ${fine}\n`))).not.toContain(
        "compat/flow-colon",
      );
    }
  });
  it("latest and untagged images are warnings", () => {
    expect(find(sdlWith("nginx:1.27", "nginx:latest"), "image/latest-tag", "portable")?.severity).toBe("warning");
    expect(find(sdlWith("nginx:1.27", "nginx"), "image/untagged", "portable")?.severity).toBe("warning");
  });
  it("credentials: Console's password length", () => {
    const text = sdlWith(
      "    image: nginx:1.27\n",
      "    image: nginx:1.27\n    credentials:\n      host: ghcr.io\n      username: me\n      password: abc\n",
    );
    expect(find(text, "credentials/invalid-field", "console")?.at).toBe("abc");
    expect(codes(text, "go")).not.toContain("credentials/invalid-field");
  });
});

describe("pricing and limits", () => {
  it("mixed denoms in one group", () => {
    const text = BASE.replace(
      "  placement:\n",
      "    api:\n      resources:\n        cpu: {units: 1}\n        memory: {size: 1Gi}\n        storage: {size: 1Gi}\n  placement:\n",
    )
      .replace(
        "          amount: 1000\n",
        "          amount: 1000\n        api:\n          denom: uakt\n          amount: 10\n",
      )
      .replace("services:\n", "services:\n  api:\n    image: busybox:1.36\n")
      .replace("deployment:\n", "deployment:\n  api:\n    dc:\n      profile: api\n      count: 1\n");
    expect(find(text, "price/mixed-denoms", "any")?.severity).toBe("error");
  });
  it("per-unit and total limits are the chain's, errors for every target", () => {
    expect(find(sdlWith("units: 0.5", "units: 500"), "limit/cpu", "any")?.message).toMatch(/384/);
    expect(find(sdlWith("size: 512Mi", "size: 3Ti"), "limit/memory", "console")?.severity).toBe("error");
    expect(find(sdlWith("size: 1Gi", "size: 1Ki"), "limit/storage", "any")?.at).toBe("1Ki");
    expect(find(sdlWith("count: 1", "count: 100"), "limit/total-cpu", "any")).toBeUndefined();
    expect(
      find(sdlWith("units: 0.5", "units: 300").replace("count: 1", "count: 100"), "limit/total-cpu", "any")?.severity,
    ).toBe("error");
  });
});

describe("GPU interconnect (Console alpha.45; Go main rejects the key)", () => {
  const ic = (value: string, placementAttrs = "") =>
    sdlWith(
      "        storage:\n          size: 1Gi\n",
      `        storage:\n          size: 1Gi\n        gpu:\n          units: 8\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100\n            interconnect: ${value}\n`,
    ).replace("    dc:\n      pricing:", `    dc:\n${placementAttrs}      pricing:`);
  const capable = '      attributes:\n        capabilities/gpu-interconnect: "true"\n';
  it("accepts [] and {group} on a capable placement for Console, a Go-only refusal under any", () => {
    for (const v of ["[]", "{group: pair0}"]) {
      const text = ic(v, capable);
      expect(codes(text, "console").filter((c) => c.startsWith("gpu/"))).toEqual([]);
      expect(validate(parse(text), { target: "any" }).filter((d) => d.severity === "error")).toEqual([]);
      expect(codes(text, "go")).toContain("sdl/unsupported-key");
    }
  });
  it("needs the placement capability", () => {
    const d = find(ic("[]"), "gpu/interconnect-capability", "console");
    expect(d?.message).toMatch(/capabilities\/gpu-interconnect/);
  });
  it("refuses the reserved group name and bare values", () => {
    expect(find(ic("{group: auto}", capable), "gpu/invalid-interconnect", "console")?.message).toMatch(/reserved/);
    expect(find(ic("true", capable), "gpu/invalid-interconnect", "console")?.at).toBe("true");
    expect(find(ic("[a]", capable), "gpu/invalid-interconnect", "console")?.message).toMatch(/empty list/);
  });
});

describe("expose targets", () => {
  it("warns when an expose is opened to an undefined service", () => {
    const text = sdlWith("          - global: true\n", "          - global: true\n          - service: wep\n");
    const d = find(text, "expose/unknown-service", "portable");
    expect(d?.severity).toBe("warning");
    expect(d?.hints).toEqual(["Did you mean 'web'?"]);
  });
});

describe("price hints on core's amount diagnostics", () => {
  it("converts a price with too many decimals to per hour and per month", () => {
    const d = find(sdlWith("amount: 1000", 'amount: "0.0000000000000000001"'), "scalar/too-many-decimals", "go");
    expect(d?.hints?.join(" ")).toMatch(/per hour/);
  });
});

describe("empty deployment", () => {
  it("is refused by both paths, at the deployment key", () => {
    const text = `${BASE.slice(0, BASE.indexOf("deployment:"))}deployment: {}\n`;
    const d = find(text, "ref/no-deployments", "go");
    expect(d?.severity).toBe("error");
    expect(d?.at).toBe("deployment");
    expect(codes(text, "any")).not.toContain("unused/profile");
  });
});

describe("duration timeouts", () => {
  const opts = (v: string) =>
    sdlWith("      - port: 80\n", `      - port: 80\n        http_options:\n          read_timeout: ${v}\n`);
  it("a duration Console reads is a Go-only refusal", () => {
    const d = find(opts("30s"), "compat/duration-timeout", "any");
    expect(d?.severity).toBe("warning");
    expect(validate(parse(opts("30s")), { target: "console" }).filter((x) => x.severity === "error")).toEqual([]);
  });
  it("a duration above uint32 milliseconds is refused by both", () => {
    expect(find(opts("1194h"), "type/expected-number", "any")?.severity).toBe("error");
  });
});

describe("unnamed volumes (Go calls them 'default', Console looks for the raw name)", () => {
  const text = sdlWith(
    "        storage:\n          size: 1Gi\n",
    "        storage:\n          size: 1Gi\n          attributes:\n            persistent: true\n            class: beta2\n",
  ).replace(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    params:\n      storage:\n        default:\n          mount: /data\n",
  );
  it("is fine for Go and refused by Console, as alpha.45 does", () => {
    expect(validate(parse(text), { target: "go" }).filter((d) => d.severity === "error")).toEqual([]);
    const con = validate(parse(text), { target: "console" })
      .filter((d) => d.severity === "error")
      .map((d) => d.code);
    expect(con).toEqual(["storage/undefined-volume", "storage/persistent-without-mount"]);
    expect(find(text, "storage/persistent-without-mount", "console")?.hints?.[0]).toMatch(/name: default/);
  });
});

describe("GPU interface against the catalogue", () => {
  const gpu = (model: string) =>
    sdlWith(
      "        storage:\n          size: 1Gi\n",
      `        storage:\n          size: 1Gi\n        gpu:\n          units: 1\n          attributes:\n            vendor:\n              nvidia:\n${model}`,
    );
  it("warns when the model never comes with that interface", () => {
    const d = find(
      gpu("                - model: rtx4090\n                  interface: sxm\n"),
      "gpu/unknown-interface",
      "portable",
    );
    expect(d?.severity).toBe("warning");
    expect(d?.hints).toEqual(["Use pcie, or drop `interface`."]);
  });
  it("accepts a100 80Gi sxm", () => {
    expect(
      codes(
        gpu("                - model: a100\n                  ram: 80Gi\n                  interface: sxm\n"),
        "portable",
      ).filter((c) => c.startsWith("gpu/")),
    ).toEqual([]);
  });
});
