import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorCode
} from "./chunk-JSYEXCMW.js";
import {
  findGoTests,
  formatSize,
  runsTestBinary,
  splitCommands
} from "./chunk-N5L2BRSB.js";
import {
  PARSE_ERROR_ID,
  SKIPPED_ID,
  skipped
} from "./chunk-U4DLYXFZ.js";
import {
  GOMEMLIMIT_PERCENT,
  gomemlimitMiB,
  parseGoVersion,
  severityRank
} from "./chunk-2EVJJMBJ.js";

// src/dockerlint/default-globs.ts
var DEFAULT_DOCKERFILE_GLOBS = [
  "**/Dockerfile",
  "**/*.Dockerfile",
  "**/Dockerfile.*",
  "**/Containerfile",
  "**/compose.yml",
  "**/compose.yaml",
  "**/docker-compose*.yml",
  "**/docker-compose*.yaml",
  ".github/workflows/*.yml",
  ".github/workflows/*.yaml"
];

// src/host/jail.ts
import { posix } from "node:path";
var DENIED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".ssh",
  ".gnupg",
  ".aws",
  ".azure",
  ".kube",
  ".docker"
]);
var DENIED_FILES = /* @__PURE__ */ new Set([
  ".git-credentials",
  ".netrc",
  "_netrc",
  ".npmrc",
  ".pypirc",
  ".pgpass",
  "id_rsa",
  "id_dsa",
  "id_ecdsa",
  "id_ed25519"
]);
function deniedSegment(path) {
  for (const seg of path.split("/")) {
    if (DENIED_DIRS.has(seg)) return `${seg}/`;
    if (DENIED_FILES.has(seg)) return seg;
  }
  return null;
}
function inside(root, real) {
  return root === "/" || real === root || real.startsWith(root + "/");
}
var Jail = class _Jail {
  constructor(host, roots) {
    this.host = host;
    this.roots = roots;
  }
  host;
  roots;
  /** A jail over the roots that exist; a root that cannot be resolved admits nothing. */
  static async of(host, roots) {
    const real = [];
    for (const r of roots) {
      if (!r.path.startsWith("/")) continue;
      const p = await host.realpath(r.path).catch(() => null);
      if (p) real.push({ label: r.label, real: p.replace(/\/+$/, "") || "/" });
    }
    return new _Jail(host, real);
  }
  /** The first root, the one relative paths are resolved against. */
  get base() {
    return this.roots[0]?.real ?? null;
  }
  describe() {
    return this.roots.map((r) => `${r.label} (${r.real})`).join(" or ") || "no readable root";
  }
  /**
   * Whether `path` (relative paths resolved against `base`) may be read as a `kind`. Never throws.
   */
  async admit(path, kind, base = this.base ?? "/") {
    const refuse = (reason, code = "EJAIL") => ({ ok: false, path, reason, code });
    const abs = posix.resolve(base, path);
    const written = deniedSegment(abs);
    if (written) return refuse(`${path} is inside ${written}, which is never read`);
    let real;
    try {
      real = await this.host.realpath(abs);
    } catch (e) {
      const code = errorCode(e);
      const link2 = await this.host.lstat(abs).catch(() => null);
      if (link2?.kind === "symlink") return refuse(`${path} is a symlink that leads nowhere (${code})`, code);
      return refuse(
        code === "ENOENT" ? `${path} does not exist` : `${path} cannot be resolved (${code})`,
        code
      );
    }
    const root = this.roots.find((r) => inside(r.real, real));
    if (!root) return refuse(`${path} resolves to ${real}, outside ${this.describe()}`);
    const hidden = deniedSegment(real.slice(root.real.length));
    if (hidden) return refuse(`${path} resolves to ${real}, inside ${hidden}, which is never read`);
    let stat;
    try {
      stat = await this.host.lstat(real);
    } catch (e) {
      return refuse(`${path} cannot be read (${errorCode(e)})`, errorCode(e));
    }
    if (kind === "file" && stat.kind !== "file")
      return refuse(
        stat.kind === "dir" ? `${path} is a directory, not a file` : `${path} is not a regular file (a FIFO, socket or device is never read)`,
        "ENOTFILE"
      );
    if (kind === "dir" && stat.kind !== "dir") return refuse(`${path} is not a directory`, "ENOTDIR");
    return { ok: true, real, stat };
  }
};
function workspaceJail(host, fallback) {
  return Jail.of(host, [{ label: "the workspace", path: host.env.GITHUB_WORKSPACE || fallback }]);
}

// src/dockerlint/glob.ts
var SPECIAL = /[.+^$()|\\/]/;
function escapeChar(c) {
  return SPECIAL.test(c) ? "\\" + c : c;
}
function splitAlternatives(body) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of body) {
    if (c === "{") depth++;
    if (c === "}") depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function findClosingBrace(p, open) {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === "\\") {
      i++;
      continue;
    }
    if (p[i] === "{") depth++;
    else if (p[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function translate(p) {
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\" && i + 1 < p.length) {
      re += p[++i].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      continue;
    }
    if (c === "*") {
      if (p[i + 1] === "*") {
        const atStart = i === 0 || p[i - 1] === "/";
        let j = i;
        while (p[j] === "*") j++;
        const atEnd = j === p.length || p[j] === "/";
        if (atStart && atEnd) {
          if (j === p.length) re += ".*";
          else {
            re += "(?:[^/]*(?:/[^/]*)*/)?";
            j++;
          }
          i = j - 1;
          continue;
        }
        re += "[^/]*";
        i = j - 1;
        continue;
      }
      re += "[^/]*";
      continue;
    }
    if (c === "?") {
      re += "[^/]";
      continue;
    }
    if (c === "[") {
      const close = p.indexOf("]", i + 2);
      if (close > 0) {
        let body = p.slice(i + 1, close);
        const negate = body[0] === "!" || body[0] === "^";
        if (negate) body = body.slice(1);
        body = body.replace(/[\\\]^]/g, (m) => "\\" + m);
        re += negate ? `[^/${body}]` : `[${body}]`;
        i = close;
        continue;
      }
      re += "\\[";
      continue;
    }
    if (c === "{") {
      const close = findClosingBrace(p, i);
      if (close > 0) {
        re += "(?:" + splitAlternatives(p.slice(i + 1, close)).map(translate).join("|") + ")";
        i = close;
        continue;
      }
      re += "\\{";
      continue;
    }
    if (c === "}") {
      re += "\\}";
      continue;
    }
    re += escapeChar(c);
  }
  return re;
}
function normalizePattern(pattern) {
  let p = pattern.trim();
  while (p.startsWith("./")) p = p.slice(2);
  p = p.replace(/^\/+/, "").replace(/\/{2,}/g, "/");
  return p;
}
var GlobSet = class {
  constructor(patterns) {
    this.patterns = patterns;
    const base = [];
    const full = [];
    for (const raw of patterns) {
      const p = normalizePattern(raw);
      const name = p.startsWith("**/") ? p.slice(3) : null;
      if (name !== null && name !== "" && !name.includes("/") && !name.includes("**"))
        base.push(translate(name));
      else full.push(translate(p));
    }
    const join2 = (res) => res.length ? new RegExp(`^(?:${res.join("|")})$`) : null;
    this.base = join2(base);
    this.full = join2(full);
  }
  patterns;
  base;
  full;
  matches(path) {
    if (this.base?.test(path.slice(path.lastIndexOf("/") + 1))) return true;
    return this.full?.test(path) ?? false;
  }
};

// src/dockerlint/discover.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "vendor", "testdata"]);
function join(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function absJoin(root, rel) {
  if (rel === "") return root;
  return root.endsWith("/") ? root + rel : `${root}/${rel}`;
}
function inside2(root, real) {
  if (root === "/") return true;
  return real === root || real.startsWith(root.endsWith("/") ? root : root + "/");
}
async function discoverFiles(host, root, globs, opts = {}) {
  const set = new GlobSet(globs);
  const concurrency = Math.max(1, opts.concurrency ?? 16);
  const maxEntries = opts.maxEntries ?? 2e6;
  const maxFiles = opts.maxFiles ?? 5e3;
  const files = [];
  const errors = [];
  let entries = 0;
  let stopped = false;
  let realRoot;
  try {
    realRoot = await host.realpath(root);
  } catch (e) {
    const code = errorCode(e);
    errors.push(
      skipped(
        root,
        `the workspace root cannot be read (${code})`,
        "Check `working-directory` and the checkout step."
      )
    );
    return { files, errors, entries };
  }
  const symlinks = [];
  const queue = [""];
  let active = 0;
  const visit = async (dir) => {
    let list;
    try {
      list = await host.readDir(absJoin(root, dir));
    } catch (e) {
      const code = errorCode(e);
      if (errors.length < 100) {
        errors.push(
          skipped(
            dir || ".",
            `directory not readable (${code}); files under it were not linted`,
            "Make the directory readable by the runner user, or exclude it."
          )
        );
      }
      return;
    }
    for (const ent of list) {
      if (++entries > maxEntries) {
        if (!stopped) {
          stopped = true;
          errors.push(
            skipped(
              dir || ".",
              `stopped after ${maxEntries} directory entries; the rest of the tree was not linted`,
              "Narrow the `dockerfiles` globs to the directories that hold container files."
            )
          );
        }
        return;
      }
      const rel = join(dir, ent.name);
      if (ent.kind === "dir") {
        if (!SKIP_DIRS.has(ent.name)) queue.push(rel);
      } else if (ent.kind === "file") {
        if (set.matches(rel)) files.push({ path: rel, abs: absJoin(root, rel) });
      } else if (ent.kind === "symlink") {
        if (set.matches(rel)) symlinks.push(rel);
      }
    }
  };
  await new Promise((resolve) => {
    const pump = () => {
      while (active < concurrency && queue.length > 0 && !stopped) {
        const dir = queue.pop();
        active++;
        void visit(dir).finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0 && (queue.length === 0 || stopped)) resolve();
    };
    pump();
  });
  for (const rel of symlinks) {
    const abs = absJoin(root, rel);
    let real;
    try {
      real = await host.realpath(abs);
    } catch (e) {
      const code = errorCode(e);
      errors.push(
        skipped(
          rel,
          `symlink cannot be resolved (${code}); not linted`,
          "Fix or remove the dangling symlink."
        )
      );
      continue;
    }
    if (!inside2(realRoot, real)) {
      errors.push(
        skipped(
          rel,
          `symlink points outside the workspace (${real}); not followed`,
          "Lint the target where it lives, or replace the symlink with the file."
        )
      );
      continue;
    }
    const denied = deniedSegment(real.slice(realRoot.length));
    if (denied) {
      errors.push(
        skipped(rel, `symlink points into ${denied} (${real}), which is never read`, "Remove the symlink.")
      );
      continue;
    }
    try {
      const st = await host.lstat(real);
      if (st.kind === "file") files.push({ path: rel, abs: real });
    } catch {
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  if (files.length > maxFiles) {
    errors.push(
      skipped(
        ".",
        `${files.length} files matched; only the first ${maxFiles} were linted`,
        "Narrow the `dockerfiles` globs."
      )
    );
    files.length = maxFiles;
  }
  return { files, errors, entries };
}

// src/dockerlint/model.ts
var docsPath = (id) => `docs/rules/${id}.md`;

// src/dockerlint/goversion.ts
var GO_RELEASES = [
  { minor: "1.17", released: "2021-08-16" },
  { minor: "1.18", released: "2022-03-15" },
  { minor: "1.19", released: "2022-08-02" },
  { minor: "1.20", released: "2023-02-01" },
  { minor: "1.21", released: "2023-08-08" },
  { minor: "1.22", released: "2024-02-06" },
  { minor: "1.23", released: "2024-08-13" },
  { minor: "1.24", released: "2025-02-11" },
  { minor: "1.25", released: "2025-08-12" },
  { minor: "1.26", released: "2026-02" }
];
var GO_TABLE_DATE = "2026-11-21";
function cmpMinor(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
function cmpVersion(a, b) {
  const c = cmpMinor(a, b);
  if (c !== 0) return c;
  return a.patch !== null && b.patch !== null ? a.patch - b.patch : 0;
}
var fmtMinor = (v) => `${v.major}.${v.minor}`;
var fmtVersion = (v) => v.patch === null ? fmtMinor(v) : `${fmtMinor(v)}.${v.patch}`;
function supportedMinors(table = GO_RELEASES) {
  return table.map((r) => parseGoVersion(r.minor)).sort((a, b) => cmpMinor(b, a)).slice(0, 2);
}
function isEndOfLife(v, table = GO_RELEASES) {
  const sup = supportedMinors(table);
  return cmpMinor(v, sup[sup.length - 1]) < 0;
}
function parseImage(ref) {
  const unresolved = /\$\{|\$[A-Za-z_]|\$\{\{/.test(ref);
  let r = ref.trim().replace(/@sha256:[0-9a-f]+$/i, "");
  let tag = null;
  const lastSlash = r.lastIndexOf("/");
  const colon = r.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = r.slice(colon + 1);
    r = r.slice(0, colon);
  }
  const parts = r.split("/");
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost"))
    parts.shift();
  if (parts[0] === "library" && parts.length > 1) parts.shift();
  if (parts[0] === "docker" && parts[1] === "library") parts.splice(0, 2);
  return { repo: parts.join("/").toLowerCase(), tag, unresolved };
}
var GO_IMAGE_REPOS = /* @__PURE__ */ new Set(["golang", "cimg/go", "circleci/golang"]);
function goVersionOfImage(ref) {
  const img = parseImage(ref);
  if (!GO_IMAGE_REPOS.has(img.repo)) return null;
  if (img.unresolved) return null;
  if (img.tag === null || /^(latest|alpine[\d.]*|bookworm|bullseye|buster|trixie|windowsservercore.*|nanoserver.*)$/.test(img.tag)) {
    return { version: null, floating: true };
  }
  const v = parseGoVersion(img.tag);
  if (!v) return null;
  if (!/^\d+\.\d+/.test(img.tag)) return { version: null, floating: true };
  return { version: v, floating: false };
}
var isOfficialGolang = (ref) => parseImage(ref).repo === "golang";

// src/dockerlint/stages.ts
function stageChain(stage) {
  const out = [];
  for (let s = stage; s && out.length < 64; s = s.parent) out.push(s);
  return out;
}
function rootImage(stage) {
  const chain = stageChain(stage);
  return chain[chain.length - 1].image;
}
function instructionCommands(ins) {
  const a = ins.args.trim();
  if (a.startsWith("[")) {
    try {
      const arr = JSON.parse(a);
      if (Array.isArray(arr) && arr.every((x) => typeof x === "string")) {
        const toks = arr.map((text) => ({ text, line: ins.line }));
        return [toks];
      }
    } catch {
    }
  }
  const body = a.replace(/^(--[a-z-]+(=\S+)?\s+)+/, "");
  return splitCommands(body, ins.line);
}
function installedPackages(stage) {
  const out = /* @__PURE__ */ new Set();
  for (const s of stageChain(stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword !== "RUN") continue;
      for (const cmd of instructionCommands(ins)) {
        const words = cmd.map((t) => t.text);
        const k = words.findIndex((w) => w === "add" || w === "install");
        if (k < 1) continue;
        const mgr = words.slice(0, k).map((w) => w.replace(/^.*\//, ""));
        if (!mgr.some((w) => ["apk", "apt-get", "apt", "dnf", "yum", "microdnf", "zypper", "tdnf"].includes(w)))
          continue;
        for (const w of words.slice(k + 1))
          if (!w.startsWith("-")) out.add(w.replace(/[=<>].*$/, "").toLowerCase());
      }
    }
  }
  return out;
}
function* runInstructions(dockerfiles) {
  for (const df of dockerfiles)
    for (const stage of df.stages)
      for (const ins of stage.instructions) if (ins.keyword === "RUN") yield { df, stage, ins };
}

// src/dockerlint/rules/common.ts
function finding(rule17, loc, message, evidence, remedy, severity = rule17.severity) {
  return {
    rule: rule17.id,
    severity,
    title: rule17.title,
    message,
    evidence,
    remedy,
    file: loc.file,
    line: loc.line
  };
}
function imageOf(spec) {
  if (spec.builtFrom) return rootImage(spec.builtFrom);
  return spec.image?.value ?? null;
}
function runsGoTests(spec) {
  return spec.goTestLine !== null;
}
function describe(spec) {
  switch (spec.origin) {
    case "compose":
      return `compose service \`${spec.name}\``;
    case "job-container":
      return `job \`${spec.name}\` container`;
    case "job-service":
      return `service container \`${spec.name}\``;
    default:
      return `\`docker run\` (${spec.name})`;
  }
}
function testsEvidence(spec) {
  const l = spec.goTestLine;
  return l ? `go test runs in it (${l.file}:${l.line})` : "no go test seen";
}
function isAlpineImage(ref) {
  if (!ref) return false;
  const img = parseImage(ref);
  return img.repo === "alpine" || /(^|[-.])alpine/.test(img.tag ?? "") || img.repo.endsWith("/alpine");
}
function hasCCompiler(packages) {
  const cc = ["gcc", "clang", "build-base", "alpine-sdk", "build-essential", "g++"];
  const libc = [
    "musl-dev",
    "build-base",
    "alpine-sdk",
    "libc-dev",
    "libc6-dev",
    "build-essential",
    "glibc-devel"
  ];
  return cc.some((p) => packages.has(p)) && libc.some((p) => packages.has(p));
}
function packagesOf(spec) {
  return spec.builtFrom ? installedPackages(spec.builtFrom) : /* @__PURE__ */ new Set();
}
function envValue(spec, name) {
  return spec.env.get(name)?.value;
}

// src/dockerlint/rules/docker-cpu-limit-gomaxprocs.ts
var GO125 = { major: 1, minor: 25, patch: null };
var rule = {
  id: "docker-cpu-limit-gomaxprocs",
  title: "CPU limit that GOMAXPROCS does not see",
  severity: "warning",
  docs: docsPath("docker-cpu-limit-gomaxprocs"),
  explains: ["cpu-throttling-timeout"],
  check(ctx) {
    const out = [];
    const mod = parseGoVersion(ctx.goModGo);
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec) || !spec.cpus || spec.cpus.value <= 0) continue;
      if (spec.env.has("GOMAXPROCS") || spec.envOpaque) continue;
      const image = imageOf(spec);
      const gv = image ? goVersionOfImage(image) : null;
      const toolchain = gv?.version ?? null;
      let why = null;
      if (mod && cmpMinor(mod, GO125) < 0) {
        why = `go.mod says \`go ${ctx.goModGo}\`: the cgroup-aware GOMAXPROCS default (Go 1.25, GODEBUG containermaxprocs) follows the main module's go line, so even a newer toolchain keeps GOMAXPROCS = the number of host CPUs`;
      } else if (toolchain && cmpMinor(toolchain, GO125) < 0 && !(mod && cmpMinor(toolchain, mod) < 0)) {
        why = `the image ${image} has Go ${fmtMinor(toolchain)}; only Go 1.25 and later size GOMAXPROCS from the cgroup CPU limit`;
      }
      if (!why) continue;
      const quota = spec.cpus.value;
      out.push(
        finding(
          rule,
          spec.cpus,
          `${describe(spec)} is limited to ${quota} ${quota === 1 ? "CPU" : "CPUs"}, but ${why}. Go then schedules more runnable threads than the quota allows and the container is throttled; slow or timing-sensitive tests time out (\`panic: test timed out\`).`,
          [
            `CPU limit ${quota} (${spec.cpus.file}:${spec.cpus.line})`,
            mod ? `go.mod go ${fmtVersion(mod)}` : "go.mod go line unknown",
            toolchain ? `toolchain Go ${fmtMinor(toolchain)} (${image})` : `toolchain: ${image ?? "unknown image"}`,
            "GOMAXPROCS not set",
            testsEvidence(spec)
          ],
          `Set \`GOMAXPROCS=${Math.max(1, Math.ceil(quota))}\` in the container environment, or move go.mod to \`go 1.25\` or later and build with Go 1.25+ (or add \`//go:debug containermaxprocs=1\` to the main package).`
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-go-eol.ts
function imageUses(ctx) {
  const out = [];
  for (const df of ctx.dockerfiles)
    for (const s of df.stages)
      if (!s.parent) out.push({ file: df.file, line: s.line, image: s.image, where: `FROM ${s.image}` });
  for (const spec of ctx.containers)
    if (spec.image)
      out.push({
        file: spec.image.file,
        line: spec.image.line,
        image: spec.image.value,
        where: describe(spec)
      });
  return out;
}
var rule2 = {
  id: "docker-go-eol",
  title: "Go image past end of life",
  severity: "warning",
  docs: docsPath("docker-go-eol"),
  explains: [],
  check(ctx) {
    const out = [];
    const sup = supportedMinors();
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image);
      if (!gv?.version || !isEndOfLife(gv.version)) continue;
      out.push(
        finding(
          rule2,
          use,
          `${use.where} uses Go ${fmtVersion(gv.version)}, which no longer gets security or bug fixes: Go supports the two newest minor releases, ${sup.map(fmtMinor).join(" and ")} as of ${GO_TABLE_DATE}. Runtime fixes for containers (cgroup-aware GOMAXPROCS in 1.25, for one) are missing too.`,
          [`${use.image} (${use.file}:${use.line})`, `supported: ${sup.map(fmtMinor).join(", ")}`],
          `Move to \`golang:${fmtMinor(sup[0])}\` (or ${fmtMinor(sup[1])}), matching the go line in go.mod.`
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-go-older-than-gomod.ts
var rule3 = {
  id: "docker-go-older-than-gomod",
  title: "Go image older than go.mod requires",
  severity: "error",
  docs: docsPath("docker-go-older-than-gomod"),
  explains: [],
  check(ctx) {
    const out = [];
    const mod = parseGoVersion(ctx.goModGo);
    if (!mod) return out;
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image);
      if (!gv?.version || cmpVersion(gv.version, mod) >= 0) continue;
      const official = isOfficialGolang(use.image);
      out.push(
        finding(
          rule3,
          use,
          `${use.where} has Go ${fmtVersion(gv.version)} but go.mod requires go ${ctx.goModGo}. ${official ? "The official golang images set GOTOOLCHAIN=local, so" : "Unless GOTOOLCHAIN allows a download,"} every go command fails with \`go: go.mod requires go >= ${ctx.goModGo} (running go ${fmtVersion(gv.version)}; GOTOOLCHAIN=local)\`.`,
          [`${use.image} (${use.file}:${use.line})`, `go.mod: go ${ctx.goModGo}`],
          `Use \`golang:${ctx.goModGo}\` or newer.`
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-go-test-in-build.ts
var rule4 = {
  id: "docker-go-test-in-build",
  title: "`go test` inside `docker build`",
  severity: "notice",
  docs: docsPath("docker-go-test-in-build"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const { df, stage, ins } of runInstructions(ctx.dockerfiles)) {
      const tests = findGoTests(instructionCommands(ins)).filter(
        (t2) => !/(^|\s)-c(\s|$)/.test(t2.text) && !/(^|\s)-run[= ]\^\$/.test(t2.text)
      );
      if (tests.length === 0) continue;
      const t = tests[0];
      const flags = /^(--[a-z-]+(=\S+)?\s+)+/.exec(ins.args.trim())?.[0].trim();
      out.push(
        finding(
          rule4,
          { file: df.file, line: t.line },
          `Tests run during \`docker build\` (RUN in stage ${stage.name ?? `#${stage.index}`}). The build sandbox is not the container the tests were written for: run-time options (--tmpfs, --shm-size, --ulimit, --sysctl, --cap-add, --security-opt, --memory) do not apply to RUN, limits come from the builder daemon, privileged steps need \`RUN --security=insecure\` plus an entitlement, and a cached layer skips the tests entirely when inputs are unchanged. A failure here is reported as a failed build step, far from the test.`,
          [`RUN ${flags ? flags + " " : ""}${t.text} (${df.file}:${t.line})`],
          "Build a test stage and run it as a container, where the usual options apply: `docker build --target test -t app-test . && docker run --rm app-test go test ./...`; or run go test on the runner before `docker build`. If it must stay in the build, give BuildKit the limits explicitly (`docker buildx build --ulimit nofile=65536:65536 --shm-size 1g`) and use `--progress=plain` to see the output."
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-memory-without-gomemlimit.ts
var rule5 = {
  id: "docker-memory-without-gomemlimit",
  title: "Memory limit without GOMEMLIMIT",
  severity: "warning",
  docs: docsPath("docker-memory-without-gomemlimit"),
  explains: ["oom-kill"],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec) || !spec.memory || spec.memory.value <= 0) continue;
      if (spec.env.has("GOMEMLIMIT") || spec.envOpaque) continue;
      const limit = spec.memory.value;
      const suggested = Math.max(1, gomemlimitMiB(limit));
      out.push(
        finding(
          rule5,
          spec.memory,
          `${describe(spec)} limits memory to ${formatSize(limit)} but does not set GOMEMLIMIT. No Go release derives GOMEMLIMIT from the cgroup limit, so the collector only reacts to GOGC and a test binary (or the compiler) can grow past the limit and be OOM-killed: \`signal: killed\` or a bare \`FAIL pkg\` with no test output.`,
          [
            `memory limit ${formatSize(limit)} (${spec.memory.file}:${spec.memory.line})`,
            "GOMEMLIMIT not set in the container environment",
            testsEvidence(spec)
          ],
          `Set GOMEMLIMIT to ${GOMEMLIMIT_PERCENT} of the limit (\`GOMEMLIMIT=${suggested}MiB\`). It applies per process, and go test runs up to GOMAXPROCS test binaries and compilers at once, so also lower parallelism (\`go test -p 1\` or \`-p 2\`) or raise the limit.`
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-missing-tzdata-certs.ts
function copies(stage, re) {
  return stageChain(stage).some(
    (s) => s.instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && re.test(i.args))
  );
}
var rule6 = {
  id: "docker-missing-tzdata-certs",
  title: "Test image without time zone data or CA certificates",
  severity: "notice",
  docs: docsPath("docker-missing-tzdata-certs"),
  explains: ["tzdata-missing"],
  check(ctx) {
    const out = [];
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        const base = parseImage(rootImage(stage));
        const scratch = base.repo === "scratch";
        const busybox = base.repo === "busybox";
        const alpine = isAlpineImage(rootImage(stage)) && base.repo !== "golang";
        if (!scratch && !busybox && !alpine) continue;
        const runs = stage.instructions.filter((i) => ["RUN", "CMD", "ENTRYPOINT"].includes(i.keyword));
        const testIns = runs.find((i) => {
          const cmds = instructionCommands(i);
          return findGoTests(cmds).length > 0 || runsTestBinary(cmds);
        });
        if (!testIns) continue;
        const pkgs = installedPackages(stage);
        const hasTz = pkgs.has("tzdata") || copies(stage, /zoneinfo/) || stageChain(stage).some((s) => s.env.has("ZONEINFO"));
        const hasCa = pkgs.has("ca-certificates") || pkgs.has("ca-certificates-bundle") || copies(stage, /(ca-certificates|\/etc\/ssl\/certs)/) || alpine;
        const missing = [!hasTz && "time zone data (tzdata)", !hasCa && "CA certificates"].filter(
          Boolean
        );
        if (missing.length === 0) continue;
        out.push(
          finding(
            rule6,
            { file: df.file, line: testIns.line },
            `Tests run in stage ${stage.name ?? `#${stage.index}`} based on ${rootImage(stage)}, which has no ${missing.join(" and no ")}. Tests that load a time zone fail with \`unknown time zone \u2026\`; tests that make TLS connections fail with \`x509: certificate signed by unknown authority\`. (Inside a golang image Go falls back to $GOROOT/lib/time/zoneinfo.zip; a copied test binary does not have it.)`,
            [
              `FROM ${rootImage(stage)} (${df.file}:${stage.line})`,
              `${testIns.keyword} ${testIns.args.slice(0, 120)} (${df.file}:${testIns.line})`
            ],
            `${alpine ? "Add `apk add --no-cache tzdata`" : "Copy them from the build stage (`COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo` and `/etc/ssl/certs/ca-certificates.crt`)"}, or embed the zone database with \`import _ "time/tzdata"\` / \`-tags timetzdata\` (Go 1.15+).`
          )
        );
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-pids-limit-low.ts
var PIDS_THRESHOLD = 256;
var rule7 = {
  id: "docker-pids-limit-low",
  title: "pids limit too low for parallel tests",
  severity: "warning",
  docs: docsPath("docker-pids-limit-low"),
  explains: ["pids-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      const p = spec.pidsLimit;
      if (!runsGoTests(spec) || !p || p.value <= 0 || p.value >= PIDS_THRESHOLD) continue;
      out.push(
        finding(
          rule7,
          p,
          `${describe(spec)} caps the container at ${p.value} tasks (processes and threads). go test runs the compiler and several test binaries in parallel, each with many threads; past the cap clone() fails with EAGAIN: \`runtime: failed to create new OS thread (have N already; errno=11)\` / \`fork/exec \u2026: resource temporarily unavailable\`. The runtime's hint "ulimit -u" is misleading here.`,
          [`pids limit ${p.value} (${p.file}:${p.line})`, `below ${PIDS_THRESHOLD}`, testsEvidence(spec)],
          `Raise the limit (\`--pids-limit 4096\` / compose \`pids_limit: 4096\`), or lower parallelism with \`go test -p 1 -parallel 4\`.`
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-race-without-cgo.ts
var REMEDY_ALPINE = "Install a C toolchain in the image (`apk add --no-cache gcc musl-dev`) and keep CGO_ENABLED=1, or use a Debian-based `golang:<version>` image, which ships gcc.";
var REMEDY_ENV = "Set CGO_ENABLED=1 for the `go test -race` command (e.g. `CGO_ENABLED=1 go test -race ./...`), and make sure a C compiler is installed.";
var rule8 = {
  id: "docker-race-without-cgo",
  title: "`go test -race` where cgo is disabled or there is no C compiler",
  severity: "error",
  docs: docsPath("docker-race-without-cgo"),
  explains: ["race-requires-cgo"],
  check(ctx) {
    const out = [];
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        const image = rootImage(stage);
        const pkgs = installedPackages(stage);
        for (const ins of stage.instructions) {
          if (ins.keyword !== "RUN" && ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT") continue;
          for (const t of findGoTests(instructionCommands(ins))) {
            if (!t.race) continue;
            const inline = t.env.get("CGO_ENABLED");
            const env = inline ?? stage.env.get("CGO_ENABLED")?.value;
            const where = { file: df.file, line: t.line };
            if (env === "0") {
              out.push(
                finding(
                  rule8,
                  where,
                  `\`go test -race\` runs with CGO_ENABLED=0; the race detector needs cgo, so go stops with \`go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\`.`,
                  [
                    `${t.text} (${df.file}:${t.line})`,
                    inline !== void 0 ? "CGO_ENABLED=0 on the command" : `ENV CGO_ENABLED=0 (${df.file}:${stage.env.get("CGO_ENABLED")?.line})`
                  ],
                  REMEDY_ENV
                )
              );
            } else if (isAlpineImage(image) && !hasCCompiler(pkgs)) {
              out.push(
                finding(
                  rule8,
                  where,
                  `\`go test -race\` runs in an Alpine image (${image}) without gcc and musl-dev. cgo is off by default without a C compiler (Go 1.20+), so go stops with \`-race requires cgo\`; with CGO_ENABLED=1 it fails with \`cgo: C compiler "gcc" not found\`.`,
                  [
                    `FROM ${image} (${df.file}:${stage.line})`,
                    `${t.text} (${df.file}:${t.line})`,
                    `installed packages seen: ${[...pkgs].join(" ") || "none"}`
                  ],
                  REMEDY_ALPINE
                )
              );
            }
          }
        }
      }
    }
    for (const spec of ctx.containers) {
      if (!spec.race) continue;
      const image = imageOf(spec);
      const cgo = envValue(spec, "CGO_ENABLED");
      if (cgo === "0" && spec.origin !== "job-container") {
        const e = spec.env.get("CGO_ENABLED");
        out.push(
          finding(
            rule8,
            spec.race,
            `${describe(spec)} runs \`go test -race\` with CGO_ENABLED=0; go stops with \`go: -race requires cgo\`.`,
            [`CGO_ENABLED=0 (${e?.file}:${e?.line})`, `go test -race (${spec.race.file}:${spec.race.line})`],
            REMEDY_ENV
          )
        );
      } else if (isAlpineImage(image) && !hasCCompiler(packagesOf(spec))) {
        out.push(
          finding(
            rule8,
            spec.race,
            `${describe(spec)} runs \`go test -race\` in an Alpine image (${image}) with no gcc/musl-dev installed; cgo is unavailable, so \`-race\` cannot build.`,
            [
              `image ${image}${spec.builtFrom ? ` (built from ${spec.builtFrom.file}:${spec.builtFrom.line})` : ""}`,
              `go test -race (${spec.race.file}:${spec.race.line})`
            ],
            REMEDY_ALPINE
          )
        );
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-shm-size.ts
var DEFAULT_SHM = 64 * 1024 * 1024;
var SHM_USERS = /(chromium|chromedp|headless-shell|chrome|go-rod|playwright|puppeteer|firefox|\/dev\/shm|shm_open)/i;
var rule9 = {
  id: "docker-shm-size",
  title: "/dev/shm left at 64 MiB where tests use shared memory",
  severity: "warning",
  docs: docsPath("docker-shm-size"),
  explains: ["shm-size"],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue;
      if (spec.ipc && /^(host|shareable|container:|service:)/.test(spec.ipc.value)) continue;
      if (spec.tmpfs.some((t) => t.path.replace(/\/+$/, "") === "/dev/shm")) continue;
      const image = imageOf(spec) ?? "";
      const hay = [image, spec.command, ...packagesOf(spec)].join(" ");
      const user = SHM_USERS.exec(hay);
      if (spec.shmSize) {
        if (spec.shmSize.value > DEFAULT_SHM || !user) continue;
      } else if (!user) continue;
      const size = spec.shmSize ? formatSize(spec.shmSize.value) : "64 MiB (Docker default)";
      const at = spec.shmSize ?? { file: spec.file, line: spec.line };
      out.push(
        finding(
          rule9,
          at,
          `${describe(spec)} runs tests that use shared memory (${user?.[0]}) with /dev/shm at ${size}. Headless Chrome and other shm users crash or fail with \`no space left on device\` under /dev/shm, or die with SIGBUS, once it fills.`,
          [
            `/dev/shm: ${size}${spec.shmSize ? ` (${spec.shmSize.file}:${spec.shmSize.line})` : ""}`,
            `shared-memory user: ${user?.[0]}`,
            testsEvidence(spec)
          ],
          "Give it room: `--shm-size=1g` (compose `shm_size: 1gb`, job `container.options: --shm-size=1g`), or run Chrome with `--disable-dev-shm-usage`."
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/docker-sysctl-rejected.ts
var IPC_KEYS = /* @__PURE__ */ new Set([
  "kernel.msgmax",
  "kernel.msgmnb",
  "kernel.msgmni",
  "kernel.sem",
  "kernel.shmall",
  "kernel.shmmax",
  "kernel.shmmni",
  "kernel.shm_rmid_forced"
]);
function classifySysctl(key, spec) {
  const k = key.replace(/\//g, ".");
  if (IPC_KEYS.has(k) || k.startsWith("fs.mqueue.")) return spec.ipc?.value === "host" ? "host-ipc" : "ok";
  if (k.startsWith("net.")) return spec.network?.value === "host" ? "host-net" : "ok";
  return "not-namespaced";
}
var rule10 = {
  id: "docker-sysctl-rejected",
  title: "sysctl that Docker refuses to set in a container",
  severity: "error",
  docs: docsPath("docker-sysctl-rejected"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      for (const s of spec.sysctls) {
        const v = classifySysctl(s.key, spec);
        if (v === "ok") continue;
        const why = v === "not-namespaced" ? `${s.key} is not namespaced: it belongs to the host kernel, so Docker refuses it (docker CLI: \`sysctl '${s.key}' is not whitelisted\`; runc: \`sysctl "${s.key}" is not in a separate kernel namespace\`) and the container does not start` : v === "host-ipc" ? `${s.key} is an IPC-namespace sysctl but the container shares the host IPC namespace (ipc: host), so runc refuses it` : `${s.key} is a network-namespace sysctl but the container uses the host network, so runc refuses it (\`sysctl "${s.key}" not allowed in host network namespace\`)`;
        out.push(
          finding(
            rule10,
            s,
            `${describe(spec)}: ${why}.`,
            [`${s.key}=${s.value} (${s.file}:${s.line})`],
            v === "not-namespaced" ? `Remove it from the container and set it on the host before the containers start, e.g. a workflow step \`sudo sysctl -w ${s.key}=${s.value || "<value>"}\` (GitHub-hosted runners allow sudo; vm.max_map_count is already 262144 there).` : v === "host-ipc" ? "Drop `ipc: host`, or set the value on the host instead." : "Drop the host network mode, or set the value on the host with `sudo sysctl -w`."
          )
        );
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-tmpfs-noexec.ts
function testBinaryDir(env) {
  const g = env("GOTMPDIR");
  if (g && g.startsWith("/")) return g;
  const t = env("TMPDIR");
  if (t && t.startsWith("/")) return t;
  return "/tmp";
}
var covers = (mount, dir) => {
  const m = mount.replace(/\/+$/, "") || "/";
  return dir === m || dir.startsWith(m === "/" ? "/" : m + "/");
};
function tmpfsIsNoexec(options) {
  let noexec = true;
  for (const o of options) {
    if (o === "exec") noexec = false;
    else if (o === "noexec") noexec = true;
  }
  return noexec;
}
var rule11 = {
  id: "docker-tmpfs-noexec",
  title: "tmpfs without exec where go test runs its binary",
  severity: "error",
  docs: docsPath("docker-tmpfs-noexec"),
  explains: ["noexec-tmp"],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue;
      const dir = testBinaryDir((n) => envValue(spec, n));
      for (const t of spec.tmpfs) {
        if (!t.path.startsWith("/") || !covers(t.path, dir) || !tmpfsIsNoexec(t.options)) continue;
        const shortSyntax = spec.origin === "compose" && t.raw.startsWith("tmpfs:");
        const fix = spec.origin === "compose" ? shortSyntax ? `tmpfs: - ${t.path}:exec` : `the short syntax \`tmpfs: - ${t.path}:exec\`` : `--tmpfs ${t.path}:exec`;
        out.push(
          finding(
            rule11,
            t,
            `${describe(spec)} mounts a tmpfs on ${t.path} without \`exec\`. Docker mounts tmpfs with noexec by default, and go test writes the test binary under ${dir} and executes it there, so every package fails with \`fork/exec ${dir}/go-build\u2026/x.test: permission denied\`.`,
            [
              `${t.raw} (${t.file}:${t.line})`,
              `options: ${t.options.length ? t.options.join(",") : "(none: Docker defaults rw,noexec,nosuid,nodev)"}`,
              testsEvidence(spec),
              `test binaries go to ${dir} ($GOTMPDIR, else $TMPDIR, else /tmp)`
            ],
            `Mount it executable with ${fix}, or point GOTMPDIR at an exec-able directory that exists in the container (for example \`GOTMPDIR=/go/tmp\` after \`mkdir -p /go/tmp\`).`
          )
        );
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-ulimit-in-run.ts
function limitSetter(cmd) {
  const w = cmd.map((t) => t.text);
  const k = w[0] === "sudo" ? 1 : 0;
  if (w[k] === "ulimit" && w.slice(k + 1).some((x) => /^\d+$|^unlimited$/.test(x))) return "ulimit";
  if (w[k] === "sysctl" && w.slice(k + 1).some((x) => /^[a-z0-9_./-]+=/.test(x))) return "sysctl";
  if (w.some((x) => x.startsWith("/proc/sys/")) && w.some((x) => x === ">" || x.startsWith(">") || x === "tee"))
    return "sysctl";
  return null;
}
var rule12 = {
  id: "docker-ulimit-in-run",
  title: "`ulimit` or `sysctl` in a Dockerfile RUN",
  severity: "warning",
  docs: docsPath("docker-ulimit-in-run"),
  explains: ["nofile-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const { df, ins } of runInstructions(ctx.dockerfiles)) {
      const cmds = instructionCommands(ins);
      cmds.forEach((cmd, i) => {
        const kind = limitSetter(cmd);
        if (!kind) return;
        if (kind === "ulimit" && i < cmds.length - 1) return;
        const text = cmd.map((t) => t.text).join(" ");
        out.push(
          finding(
            rule12,
            { file: df.file, line: cmd[0].line },
            kind === "ulimit" ? `\`${text}\` in a RUN only changes the limit of that RUN's shell; nothing after it in this RUN uses it, and neither later RUN steps nor containers from the image inherit it.` : `\`${text}\` in a RUN cannot change the kernel: /proc/sys is read-only in the build sandbox (the step fails, or is ignored with \`|| true\`), and a container does not get host sysctls from its image.`,
            [`${text} (${df.file}:${cmd[0].line})`],
            kind === "ulimit" ? "Set the limit where the tests run: `docker run --ulimit nofile=65536:65536`, compose `ulimits:`, job `container.options: --ulimit \u2026`, or in the same command as the tests (`ulimit -n 65536 && go test ./...`, up to the hard limit)." : "Set namespaced keys (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*) with `docker run --sysctl`/compose `sysctls:`, and host-wide keys on the host (`sudo sysctl -w \u2026` in a workflow step)."
          )
        );
      });
    }
    return out;
  }
};

// src/dockerlint/rules/docker-ulimit-low.ts
var NOFILE_HARD_MIN = 4096;
var NPROC_MIN = 512;
var fmt = (n) => n === null ? "?" : n === Infinity ? "unlimited" : String(n);
var rule13 = {
  id: "docker-ulimit-low",
  title: "ulimit too low for tests",
  severity: "warning",
  docs: docsPath("docker-ulimit-low"),
  explains: ["nofile-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue;
      for (const u of spec.ulimits) {
        if (u.name === "nofile" && u.hard !== null && u.hard < NOFILE_HARD_MIN) {
          out.push(
            finding(
              rule13,
              u,
              `${describe(spec)} sets the open-files hard limit to ${fmt(u.hard)}. Go 1.19+ raises the soft limit to the hard limit, so only the hard limit counts, and ${fmt(u.hard)} is low for tests that open many sockets or files: \`socket: too many open files\` / \`accept4: too many open files\`.`,
              [
                `${u.raw} (${u.file}:${u.line})`,
                `soft ${fmt(u.soft)}, hard ${fmt(u.hard)} < ${NOFILE_HARD_MIN}`,
                testsEvidence(spec)
              ],
              "Raise it, e.g. `--ulimit nofile=65536:65536` (compose: `ulimits: { nofile: { soft: 65536, hard: 65536 } }`)."
            )
          );
        }
        if (u.name === "nproc" && u.soft !== null && u.soft < NPROC_MIN) {
          out.push(
            finding(
              rule13,
              u,
              `${describe(spec)} sets RLIMIT_NPROC to ${fmt(u.soft)}. It counts every thread of the user (system-wide, per UID), so a non-root test run fails to create threads: \`runtime: failed to create new OS thread (\u2026 errno=11)\`. It is not enforced for root.`,
              [`${u.raw} (${u.file}:${u.line})`, `soft ${fmt(u.soft)} < ${NPROC_MIN}`, testsEvidence(spec)],
              "Raise it (`--ulimit nproc=8192`) or drop it; limit processes with `--pids-limit` instead, which is per container.",
              "notice"
            )
          );
        }
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-unconfined.ts
var NARROWER = "Grant only what the tests need: for namespaces (unshare, CLONE_NEWUSER) a seccomp profile that adds them (`--security-opt seccomp=./seccomp.json`, copied from Docker's default with `unshare`/`clone` flags allowed); for a debugger `--cap-add SYS_PTRACE`; for mounts `--cap-add SYS_ADMIN`; for limits `--ulimit`, `--shm-size`, `--sysctl net.*`. Otherwise skip such tests in containers. Then the tests keep failing loudly where the environment is locked down, instead of passing only here.";
var rule14 = {
  id: "docker-unconfined",
  title: "seccomp=unconfined or privileged used to make tests pass",
  severity: "notice",
  docs: docsPath("docker-unconfined"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const spec of ctx.containers) {
      if (!runsGoTests(spec)) continue;
      const image = imageOf(spec);
      if (image && /dind/.test(parseImage(image).tag ?? "")) continue;
      const hits = [];
      for (const o of spec.securityOpts) {
        if (/^seccomp[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o });
        if (/^apparmor[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o });
      }
      if (spec.privileged) hits.push({ what: "privileged", at: spec.privileged });
      for (const c of spec.capAdd)
        if (/^(CAP_)?(ALL|SYS_ADMIN)$/i.test(c.value)) hits.push({ what: `cap_add ${c.value}`, at: c });
      if (hits.length === 0) continue;
      out.push(
        finding(
          rule14,
          hits[0].at,
          `${describe(spec)} runs the tests with ${hits.map((h) => h.what).join(", ")}. That switches off the sandbox the tests would meet elsewhere (seccomp, AppArmor, capabilities), so a test that needs a blocked syscall passes here and fails with \`operation not permitted\` on a developer's Docker or another runner, and the real requirement stays unnamed.`,
          [...hits.map((h) => `${h.what} (${h.at.file}:${h.at.line})`), testsEvidence(spec)],
          NARROWER
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/workflow-race-cgo-disabled.ts
var DOCKERISH = /* @__PURE__ */ new Set(["docker", "podman", "docker-compose", "kubectl", "ssh"]);
var rule15 = {
  id: "workflow-race-cgo-disabled",
  title: "Workflow runs `go test -race` with CGO_ENABLED=0",
  severity: "error",
  docs: docsPath("workflow-race-cgo-disabled"),
  explains: ["race-requires-cgo"],
  check(ctx) {
    const out = [];
    for (const wf of ctx.workflows) {
      for (const job of wf.jobs) {
        for (const step of job.steps) {
          if (step.run === null) continue;
          const cmds = splitCommands(step.run, step.runLines[0] ?? step.line, step.runLines).filter((c) => {
            const first = c.find((t) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.text) && t.text !== "sudo");
            return !first || !DOCKERISH.has(first.text.replace(/^.*\//, ""));
          });
          for (const t of findGoTests(cmds)) {
            if (!t.race) continue;
            const inline = t.env.get("CGO_ENABLED");
            const src = inline !== void 0 ? null : step.env.get("CGO_ENABLED") ?? job.env.get("CGO_ENABLED");
            const value = inline ?? src?.value;
            if (value !== "0" && value !== "false") continue;
            out.push(
              finding(
                rule15,
                { file: wf.file, line: t.line },
                `Job \`${job.id}\` runs \`go test -race\` with CGO_ENABLED=${value}; the race detector needs cgo, so go stops with \`go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\`.`,
                [
                  `${t.text} (${wf.file}:${t.line})`,
                  inline !== void 0 ? "CGO_ENABLED set on the command" : `env CGO_ENABLED: ${value} (${src?.file}:${src?.line})`
                ],
                "Override it for the race run: `CGO_ENABLED=1 go test -race ./...` (or set `env: CGO_ENABLED: 1` on that step). Keep CGO_ENABLED=0 for the release build only."
              )
            );
          }
        }
      }
    }
    return out;
  }
};

// src/dockerlint/rules/workflow-ulimit-lost.ts
var rule16 = {
  id: "workflow-ulimit-lost",
  title: "`ulimit` in a step of its own",
  severity: "warning",
  docs: docsPath("workflow-ulimit-lost"),
  explains: ["nofile-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const wf of ctx.workflows) {
      for (const job of wf.jobs) {
        job.steps.forEach((step, idx) => {
          if (step.run === null) return;
          const cmds = splitCommands(step.run, step.runLines[0] ?? step.line, step.runLines);
          const last = cmds[cmds.length - 1];
          if (!last) return;
          const w = last.map((t) => t.text);
          const k = w[0] === "sudo" ? 1 : 0;
          if (w[k] !== "ulimit" || !w.slice(k + 1).some((x) => /^\d+$|^unlimited$/.test(x))) return;
          const later = job.steps.slice(idx + 1).some((s) => s.run !== null && /\bgo\s+test\b|gotestsum/.test(s.run));
          if (!later) return;
          out.push(
            finding(
              rule16,
              { file: wf.file, line: last[0].line },
              `\`${w.join(" ")}\` is the last command of step "${step.name}". Every \`run:\` step is a new shell, so the limit is gone before the go test in a later step starts.`,
              [`${w.join(" ")} (${wf.file}:${last[0].line})`, `job ${job.id} runs go test in a later step`],
              "Put it in the same step as the tests: `run: ulimit -n 65536 && go test ./...` (a non-root user can raise the soft limit only up to the hard limit; `sudo prlimit --pid $$ --nofile=65536:65536` raises both)."
            )
          );
        });
      }
    }
    return out;
  }
};

// src/dockerlint/rules/index.ts
var RULES = [
  rule11,
  rule8,
  rule15,
  rule5,
  rule,
  rule7,
  rule13,
  rule9,
  rule10,
  rule14,
  rule4,
  rule2,
  rule3,
  rule6,
  rule12,
  rule16
];

// src/dockerlint/index.ts
var DEFAULT_MAX_FILE_BYTES = 1 << 20;
var DEFAULT_MAX_TOTAL_BYTES = 64 << 20;
var dockerRules = [
  ...RULES.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    docs: r.docs,
    explains: [...r.explains]
  })),
  { id: SKIPPED_ID, title: "File not linted", severity: "notice", docs: docsPath(SKIPPED_ID), explains: [] },
  {
    id: PARSE_ERROR_ID,
    title: "File could not be parsed",
    severity: "warning",
    docs: docsPath(PARSE_ERROR_ID),
    explains: []
  }
];
var DOCKER_EXPLAINS = Object.fromEntries(
  RULES.map((r) => [r.id, r.explains])
);
var WORKFLOW_WORDS = /container|services|docker|podman|ulimit|race/i;
function classify(path, text) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if (/\.ya?ml$/.test(base)) {
    if (/compose/.test(base)) return "compose";
    if (text !== void 0 && /^jobs:/m.test(text) && !/^services:/m.test(text)) return "workflow";
    return "compose";
  }
  return "dockerfile";
}
function findStage(df, target) {
  if (df.stages.length === 0) return null;
  if (target) return df.stages.find((s) => s.name === target.toLowerCase()) ?? null;
  return df.stages[df.stages.length - 1];
}
function link(services, dockerfiles, runs) {
  for (const svc of services) {
    const spec = svc.spec;
    if (svc.build) {
      const df = dockerfiles.get(svc.build.dockerfile);
      const stage = df ? findStage(df, svc.build.target) : null;
      if (stage) {
        spec.builtFrom = stage;
        for (let s = stage; s; s = s.parent) {
          for (const [k, v] of s.env) if (!spec.env.has(k)) spec.env.set(k, v);
        }
        if (!svc.hasCommand) {
          for (const ins of stage.instructions) {
            if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT") continue;
            const cmds = instructionCommands(ins);
            for (const t of findGoTests(cmds)) {
              spec.goTestLine ??= { file: stage.file, line: t.line };
              if (t.race) spec.race ??= { file: stage.file, line: t.line };
            }
            if (!spec.goTestLine && runsTestBinary(cmds))
              spec.goTestLine = { file: stage.file, line: ins.line };
          }
        }
      }
    }
  }
  for (const run of runs) {
    for (const svc of services) {
      if (svc.spec.name !== run.service) continue;
      for (const t of findGoTests([run.command])) {
        svc.spec.goTestLine ??= { file: run.file, line: t.line };
        if (t.race) svc.spec.race ??= { file: run.file, line: t.line };
      }
    }
  }
}
async function lintRepository(host, opts) {
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const globs = opts.globs.map((g) => g.trim()).filter((g) => g !== "" && !g.startsWith("#"));
  if (globs.length === 0) return { findings: [], files: [], errors: [] };
  const { files, errors } = await discoverFiles(host, opts.root, globs);
  const linted = [];
  const dockerfiles = /* @__PURE__ */ new Map();
  const workflows = [];
  const containers = [];
  const services = [];
  const composeRuns = [];
  const concurrency = opts.concurrency ?? 8;
  const readOne = async (f, st) => {
    try {
      if (st instanceof Error) throw st;
      if (st.size > maxBytes) {
        return {
          skip: skipped(
            f.path,
            `${st.size} bytes is over the ${maxBytes}-byte limit; not read`,
            "Container files this large are unusual: check that the glob matches what you meant, or raise the limit."
          )
        };
      }
      const text = await host.readFile(f.abs, maxBytes + 1);
      if (text.length > maxBytes) {
        return {
          skip: skipped(
            f.path,
            `grew past the ${maxBytes}-byte limit while being read; not linted`,
            "Lint it once it is complete."
          )
        };
      }
      if (text.includes("\0")) {
        return {
          skip: skipped(
            f.path,
            "binary content (NUL bytes); not a text file",
            "Exclude it from the `dockerfiles` globs."
          )
        };
      }
      return { path: f.path, text };
    } catch (e) {
      const code = errorCode(e);
      return { skip: skipped(f.path, `could not be read (${code})`, "Make it readable by the runner user.") };
    }
  };
  const stats = await inPool(
    files,
    concurrency,
    (f) => host.lstat(f.abs).catch((e) => e instanceof Error ? e : new Error(String(e)))
  );
  const totalBytes = opts.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  let budget = totalBytes;
  let overBudget = 0;
  const wanted = stats.map((st) => {
    if (st instanceof Error || st.size > maxBytes) return true;
    if (st.size > budget) {
      overBudget++;
      return false;
    }
    budget -= st.size;
    return true;
  });
  const results = await inPool(files, concurrency, (f, i) => wanted[i] ? readOne(f, stats[i]) : null);
  const texts = [];
  if (overBudget > 0)
    errors.push(
      skipped(
        ".",
        `${overBudget} matched file${overBudget === 1 ? "" : "s"} not read: the lint reads at most ${totalBytes >> 20} MiB in all`,
        "Narrow the `dockerfiles` globs to the container files that matter."
      )
    );
  for (const r of results) {
    if (r === null) continue;
    if ("skip" in r) errors.push(r.skip);
    else {
      const kind = classify(r.path, r.text);
      texts.push({ ...r, kind, parse: kind !== "workflow" || WORKFLOW_WORDS.test(r.text) });
    }
  }
  const dockerfileParser = texts.some((t) => t.kind === "dockerfile") ? await import("./dockerfile-SPMQHODT.js") : null;
  const composeParser = texts.some((t) => t.kind === "compose") ? await import("./compose-ZKGAHOSJ.js") : null;
  const workflowParser = texts.some((t) => t.kind === "workflow" && t.parse) ? await import("./workflow-JYFCPXAF.js") : null;
  for (const { path, text, kind, parse } of texts) {
    linted.push(path);
    if (kind === "dockerfile" && dockerfileParser) {
      const r = dockerfileParser.parseDockerfile(path, text);
      errors.push(...r.errors);
      dockerfiles.set(path, r.model);
    } else if (kind === "compose" && composeParser) {
      const r = composeParser.parseCompose(path, text);
      errors.push(...r.errors);
      services.push(...r.services);
      containers.push(...r.services.map((s) => s.spec));
    } else if (workflowParser && parse) {
      const r = workflowParser.parseWorkflow(path, text);
      errors.push(...r.errors);
      workflows.push(r.parsed.model);
      containers.push(...r.parsed.containers);
      composeRuns.push(...r.parsed.composeRuns);
    }
  }
  link(services, dockerfiles, composeRuns);
  const ctx = {
    dockerfiles: [...dockerfiles.values()],
    workflows,
    containers,
    goModGo: await opts.goModGo ?? null
  };
  return { findings: runRules(ctx), files: linted, errors };
}
function runRules(ctx) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of RULES) {
    let found;
    try {
      found = r.check(ctx);
    } catch (e) {
      found = [
        {
          rule: r.id,
          severity: "notice",
          title: r.title,
          message: `rule ${r.id} failed: ${e.message}`,
          evidence: [],
          remedy: "Please report this as a go-env-guard bug."
        }
      ];
    }
    for (const f of found) {
      const key = `${f.rule}\0${f.file}\0${f.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
  );
}
async function inPool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

export {
  workspaceJail,
  discoverFiles,
  DEFAULT_DOCKERFILE_GLOBS,
  dockerRules,
  DOCKER_EXPLAINS,
  lintRepository
};
