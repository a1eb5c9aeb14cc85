import { execFileSync } from "node:child_process";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { hasRawControls } from "../../src/safety/escape-controls.js";
import { walkYamlFiles } from "../../src/util/walk-yaml-files.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { VALID_SDL } from "../validate/fixtures.js";

afterAll(removeTempTrees);

type JsonOut = {
  files: { file: string; diagnostics: { code: string; message: string; hints: string[]; path: unknown[] | null }[] }[];
};

/** Raw C0/C1 controls and format characters other than the line breaks that separate output lines. */
const rawControlsBesidesNewline = (text: string): boolean => hasRawControls(text.replace(/\n/g, ""));

describe("issue 12 item 8: no terminal or CI-log injection", () => {
  const hostile = [
    'version: "2.0"',
    "services:",
    '  "web\\e]0;pwned\\a\\e[2J\\e[8mhidden": {}',
    '  "x\\nfake.yaml:1:1: error: forged": {}',
    '  "c1\\u009b31m\\u202eevil": {}',
    "profiles: {}",
    "deployment: {}",
    "",
  ].join("\n");

  it("escapes control, C1 and bidi characters of key names in text output and code frames", async () => {
    const dir = await tempTree({ "evil.yaml": hostile });
    const io = testIo(dir);
    expect(await main(["validate", "evil.yaml"], io)).toBe(1);
    const out = io.stdout.text();
    expect(rawControlsBesidesNewline(out)).toBe(false);
    expect(out).not.toMatch(/^fake\.yaml:1:1/m);
    expect(out).toContain("\\u202e");
  });

  it("keeps JSON valid and free of raw C1/bidi characters is not required there, but messages still parse", async () => {
    const dir = await tempTree({ "evil.yaml": hostile });
    const io = testIo(dir);
    await main(["validate", "--format", "json", "evil.yaml"], io);
    const out = JSON.parse(io.stdout.text()) as JsonOut;
    expect(out.files[0]?.diagnostics.length).toBeGreaterThan(0);
  });

  it("escapes file names (messages, prefixes) and unknown command names", async () => {
    const name = "bad\u001b[2Jname\u202e.yaml";
    const dir = await tempTree({ [name]: VALID_SDL.replace("512Mi", "512Zb") });
    const io = testIo(dir);
    await main(["validate", name, "missing\u001b]0;t\u0007.yaml"], io);
    expect(rawControlsBesidesNewline(io.stdout.text())).toBe(false);
    expect(io.stdout.text()).toContain("bad\\u001b[2Jname\\u202e.yaml:");
    const cmd = testIo(dir);
    await main(["\u001b[2Jx"], cmd);
    expect(rawControlsBesidesNewline(cmd.stderr.text())).toBe(false);
  });
});

describe("issue 12 item 8 (estimate)", () => {
  it("escapes a model name and option values in estimate's messages", async () => {
    const io = testIo("/");
    expect(await main(["estimate", "--model", "llama\u001b]0;t\u0007\u202e"], io)).toBe(2);
    expect(io.stderr.text()).toContain("\\u001b");
    expect(rawControlsBesidesNewline(io.stderr.text())).toBe(false);
    const usage = testIo("/");
    expect(await main(["estimate", "--model", "x", "--context", "1\u001b[2J"], usage)).toBe(2);
    expect(rawControlsBesidesNewline(usage.stderr.text())).toBe(false);
  });
});

describe("issue 12 item 9: directory walks stay inside the argument", () => {
  it("does not follow a link that leaves the argument's real path", async () => {
    const outside = await tempTree({ "foreign.yaml": "profiles: {}\nsecret: x\n" });
    const dir = await tempTree({ "repo/deploy.yaml": VALID_SDL });
    await symlink(outside, join(dir, "repo", "docs"));
    await symlink(join(outside, "foreign.yaml"), join(dir, "repo", "linked.yaml"));
    await mkdir(join(dir, "repo", "sub"));
    await writeFile(join(dir, "repo", "sub", "in.yaml"), VALID_SDL);
    await symlink(join(dir, "repo", "sub"), join(dir, "repo", "inner-link"));
    const io = testIo(dir);
    expect(await main(["validate", "--format", "json", "repo"], io)).toBe(0);
    const out = JSON.parse(io.stdout.text()) as JsonOut;
    // The inner link stays inside, so it is followed; the same directory is not searched twice.
    expect(out.files.map((f) => f.file)).toEqual(["repo/deploy.yaml", "repo/inner-link/in.yaml"]);
  });

  it("stops at a ceiling of entries and reports it", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`d${i % 3}/f${i}.yaml`] = VALID_SDL;
    const dir = await tempTree(files);
    const result = await walkYamlFiles(dir, 12);
    expect(result.problems.map((p) => p.code)).toEqual(["cli/walk-limit"]);
    expect(result.files.length).toBeLessThan(30);
    expect((await walkYamlFiles(dir)).files).toHaveLength(30);
  });

  it("reports a directory it cannot read (cli/read-error, exit 2) instead of skipping it silently", async () => {
    // Root reads a mode-000 directory, so make one that nobody can read: its path is longer than
    // PATH_MAX (built with relative `cd`s), and the walk gets ENAMETOOLONG there.
    const dir = await tempTree({ "deep/a.yaml": VALID_SDL });
    const name = "d".repeat(250);
    execFileSync(
      "bash",
      ["-c", `cd deep && for i in $(seq 18); do mkdir ${name} && cd ${name}; done && printf 'x: 1\n' > b.yaml`],
      { cwd: dir },
    );
    const io = testIo(dir);
    let code: number;
    try {
      code = await main(["validate", "--format", "json", "deep"], io);
    } finally {
      execFileSync("rm", ["-rf", "deep"], { cwd: dir }); // GNU rm removes paths longer than PATH_MAX
    }
    expect(code).toBe(2);
    const out = JSON.parse(io.stdout.text()) as JsonOut;
    const problems = out.files.filter((f) => f.diagnostics.some((d) => d.code === "cli/read-error"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.diagnostics[0]?.message).toMatch(/cannot be read: ENAMETOOLONG/);
    expect(out.files.map((f) => f.file)).toContain("deep/a.yaml");
  });

  it("reports each unreadable directory from the reader it is given", async () => {
    const dir = await tempTree({ "ok/a.yaml": VALID_SDL, "ok/locked/b.yaml": VALID_SDL, "ok/open/c.yaml": VALID_SDL });
    const locked = Buffer.from(join(dir, "ok", "locked"));
    const result = await walkYamlFiles(join(dir, "ok"), undefined, async (path) => {
      if (path.equals(locked)) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
      return readdir(path, { withFileTypes: true, encoding: "buffer" });
    });
    expect(result.files.map((f) => f.path)).toEqual([join(dir, "ok", "a.yaml"), join(dir, "ok", "open", "c.yaml")]);
    expect(result.problems).toEqual([
      { path: join(dir, "ok", "locked"), code: "cli/read-error", reason: "cannot be read: EACCES" },
    ]);
  });
});

describe("issue 12 item 10: secrets are never printed in full", () => {
  const sdl = VALID_SDL.replace(
    "    image: nginx:1.27\n",
    [
      "    image: nginx:1.27",
      "    credentials:",
      "      host: registry.example.com",
      "      username: deploybot",
      '      password: "s3cr3t-Registry-pw"',
      "      bogus_cred: 1",
      "    env:",
      "      - PUBLIC_URL=https://example.com",
      "      - DB_PASSWORD=hunter2-very-secret",
      "      - HF_TOKEN=hf_abcdefghijklmnop",
      "      - AWS_SECRET_ACCESS_KEY=AKIAzzzzzzzzzzzzzz",
      "    bogus_key_here: 1",
      "",
    ].join("\n"),
  );
  const secrets = [
    "s3cr3t-Registry-pw",
    "hunter2-very-secret",
    "hf_abcdefghijklmnop",
    "AKIAzzzzzzzzzzzzzz",
    "deploybot",
  ];

  it("masks them in code frames and messages (text) with their length", async () => {
    const dir = await tempTree({ "s.yaml": sdl });
    const io = testIo(dir);
    await main(["validate", "s.yaml"], io);
    const out = io.stdout.text();
    expect(out).toContain("bogus_key_here");
    expect(out).toContain("bogus_cred");
    for (const s of secrets) expect(out).not.toContain(s);
    // The frames show the lines around the unknown keys, secrets masked with their length.
    expect(out).toContain(`AWS_SECRET_ACCESS_KEY=${"*".repeat(18)}`);
    expect(out).toContain(`password: "${"*".repeat(18)}"`);
  });

  it("masks them in JSON, GitHub and SARIF output, whatever the diagnostic quotes", async () => {
    const quoting = sdl.replace(
      "      - DB_PASSWORD=hunter2-very-secret\n",
      "      - DB_PASSWORD=hunter2-very-secret\n      - DB_PASSWORD=hunter2-very-secret\n",
    );
    const dir = await tempTree({ "s.yaml": quoting });
    const io = testIo(dir);
    await main(["validate", "--format", "json", "s.yaml"], io);
    const text = io.stdout.text();
    JSON.parse(text);
    for (const s of secrets) expect(text).not.toContain(s);
    for (const format of ["github", "sarif"]) {
      const other = testIo(dir);
      await main(["validate", "--format", format, "s.yaml"], other);
      expect(other.stdout.text()).toContain("bogus_key_here");
      for (const s of secrets) expect(other.stdout.text()).not.toContain(s);
    }
  });
});

describe("secret masking helpers", () => {
  it("hide quoted values in messages and keep offsets in source text", async () => {
    const { maskDiagnostic } = await import("../../src/safety/clean-diagnostic.js");
    const { maskSourceText } = await import("../../src/safety/mask-secrets.js");
    const { findSecrets } = await import("../../src/safety/find-secrets.js");
    const { parse } = await import("@akash-sdl/core");
    const text = 'services:\n  a:\n    env: ["API_KEY=abcdef123", \'MY_TOKEN=xy\', "NAME=bob"]\n';
    const secrets = findSecrets(text, parse(text).tree.root);
    expect(secrets.map((s) => s.value)).toEqual(["abcdef123", "xy"]);
    const masked = maskSourceText(text, secrets);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain('"API_KEY=*********"');
    expect(masked).toContain("'MY_TOKEN=**'");
    const d = maskDiagnostic(
      {
        code: "sdl/unknown-key",
        severity: "error",
        message: "The value 'abcdef123' and 'xy' are odd; xy stays.",
        hints: ["not abcdef123"],
      },
      secrets,
    );
    expect(d.message).toBe("The value '[hidden: 9 characters]' and '[hidden: 2 characters]' are odd; xy stays.");
    expect(d.hints).toEqual(["not [hidden: 9 characters]"]);
    const entry = maskDiagnostic(
      { code: "sdl/unknown-key", severity: "error", message: "The entry 'MY_TOKEN=xy' repeats MY_TOKEN=xy." },
      secrets,
    );
    expect(entry.message).toBe("The entry 'MY_TOKEN=[hidden: 2 characters]' repeats MY_TOKEN=[hidden: 2 characters].");
    const asMap = "services:\n  a:\n    env:\n      DB_PASSWORD: hunter22\n      HOME: /root\n";
    expect(findSecrets(asMap, parse(asMap).tree.root).map((s) => [s.name, s.value])).toEqual([
      ["DB_PASSWORD", "hunter22"],
    ]);
  });

  it("do not hide a document name that happens to equal a secret value, but still hide the entry and its characters", async () => {
    const { maskDiagnostic } = await import("../../src/safety/clean-diagnostic.js");
    const { maskSourceText } = await import("../../src/safety/mask-secrets.js");
    const { findSecrets } = await import("../../src/safety/find-secrets.js");
    const { parse } = await import("@akash-sdl/core");
    const text = 'services:\n  minio:\n    env: ["AWS_ACCESS_KEY_ID=minio"]\n';
    const secrets = findSecrets(text, parse(text).tree.root);
    expect(secrets.map((s) => [s.value, s.isDocumentName])).toEqual([["minio", true]]);
    expect(maskSourceText(text, secrets)).toContain('"AWS_ACCESS_KEY_ID=*****"');
    const named = maskDiagnostic(
      { code: "sdl/unknown-key", severity: "error", message: "The service 'minio' mounts nothing." },
      secrets,
    );
    expect(named.message).toBe("The service 'minio' mounts nothing.");
    const entry = maskDiagnostic(
      { code: "sdl/unknown-key", severity: "error", message: "The entry 'AWS_ACCESS_KEY_ID=minio' is odd." },
      secrets,
    );
    expect(entry.message).toBe("The entry 'AWS_ACCESS_KEY_ID=[hidden: 5 characters]' is odd.");
  });
});

describe("issue 12 item 13: file names that are not UTF-8", () => {
  it("are found by directory walks and read through their bytes", async () => {
    const dir = await tempTree({ "d/ok.yaml": VALID_SDL });
    const raw = Buffer.concat([
      Buffer.from(join(dir, "d") + "/"),
      Buffer.from([0x62, 0xff, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
    ]);
    await writeFile(raw, VALID_SDL.replace("512Mi", "512Zb"));
    const io = testIo(dir);
    expect(await main(["validate", "--format", "json", "d"], io)).toBe(1);
    const out = JSON.parse(io.stdout.text()) as JsonOut;
    expect(out.files.map((f) => f.file)).toEqual(["d/b\\xff.yaml", "d/ok.yaml"]);
    expect(out.files[0]?.diagnostics.map((d) => d.code)).toContain("scalar/invalid-size-suffix");
  });

  it("are found when named on the command line (Node hands them over with U+FFFD)", async () => {
    const dir = await tempTree({});
    await writeFile(
      Buffer.concat([Buffer.from(dir + "/"), Buffer.from([0x63, 0xfe, 0x2e, 0x79, 0x61, 0x6d, 0x6c])]),
      VALID_SDL,
    );
    const io = testIo(dir);
    expect(await main(["validate", "c\ufffd.yaml"], io)).toBe(0);
    const missing = testIo(dir);
    expect(await main(["validate", "zz\ufffd.yaml"], missing)).toBe(2);
    expect(missing.stdout.text()).toContain("not valid UTF-8");
  });
});
