import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HostError,
  notStarted,
  tempPathFor
} from "./chunk-JSYEXCMW.js";

// src/host/node-host.ts
import { spawn } from "node:child_process";
import { isatty } from "node:tty";
import {
  closeSync,
  constants as fsc,
  fstatSync,
  lstatSync,
  openSync,
  promises as fsp,
  readdirSync,
  readSync,
  realpathSync,
  writeFileSync
} from "node:fs";
var DEFAULT_MAX_READ = 1 << 20;
var DEFAULT_MAX_OUTPUT = 1 << 20;
function wrap(e, path) {
  const code = e?.code ?? "EUNKNOWN";
  return new HostError(code, path, e?.message);
}
function kindOf(s) {
  if (s.isSymbolicLink()) return "symlink";
  if (s.isFile()) return "file";
  if (s.isDirectory()) return "dir";
  return "other";
}
function killGroup(pid, fallback) {
  try {
    if (pid === void 0) throw new Error("no pid");
    process.kill(-pid, "SIGKILL");
  } catch {
    fallback();
  }
}
var KERNEL_FS = /^\/(proc|sys)\//;
function readKernelFile(path, maxBytes) {
  let fd;
  try {
    fd = openSync(path, "r");
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const want = Math.min(65536, maxBytes - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (e) {
    throw wrap(e, path);
  } finally {
    if (fd !== void 0) {
      try {
        closeSync(fd);
      } catch {
      }
    }
  }
}
var READ_AHEAD = 2;
var NodeHost = class {
  env = process.env;
  uid = typeof process.getuid === "function" ? process.getuid() : null;
  gid = typeof process.getgid === "function" ? process.getgid() : null;
  pid = process.pid;
  platform = process.platform;
  arch = process.arch;
  async readFile(path, maxBytes = DEFAULT_MAX_READ) {
    if (KERNEL_FS.test(path)) return readKernelFile(path, maxBytes);
    let fh;
    try {
      fh = await fsp.open(path, "r");
      const chunks = [];
      let total = 0;
      for (; ; ) {
        const want = Math.min(65536, maxBytes - total);
        if (want <= 0) break;
        const buf = Buffer.allocUnsafe(want);
        const { bytesRead } = await fh.read(buf, 0, want, null);
        if (bytesRead === 0) break;
        chunks.push(buf.subarray(0, bytesRead));
        total += bytesRead;
      }
      return Buffer.concat(chunks).toString("utf8");
    } catch (e) {
      throw wrap(e, path);
    } finally {
      await fh?.close().catch(() => void 0);
    }
  }
  /**
   * Reads ahead into a ring of reused 1 MiB buffers: while the caller handles the chunk it was given,
   * the next ones are being read (read one at a time, the parser sat idle for every read, a quarter of
   * explain's time on a 500 MB log). Each yielded chunk is valid only until the next one is asked for
   * (the go test parser copies what it keeps). Fresh buffers per chunk left hundreds of dead megabytes
   * for the garbage collector on a large log.
   */
  async *readStream(path, options = {}) {
    if (path === "-") {
      try {
        const st = fstatSync(0);
        if (st.isCharacterDevice() && !isatty(0) || st.isBlockDevice())
          throw Object.assign(new Error("standard input is a device"), { code: "ENOTFILE" });
        for await (const chunk of process.stdin)
          yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      } catch (e) {
        throw wrap(e, path);
      }
      return;
    }
    const SIZE = 1 << 20;
    let fh;
    const pending = [];
    try {
      const expect = options.expect;
      fh = await fsp.open(path, expect ? fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK : "r");
      const file = fh;
      const st = await file.stat();
      if (expect && (!st.isFile() || st.dev !== expect.dev || st.ino !== expect.ino))
        throw Object.assign(new Error(`${path} is not the file that was checked`), {
          code: st.isFile() ? "ECHANGED" : "ENOTFILE"
        });
      if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket())
        throw Object.assign(new Error(`${path} is a device or socket`), { code: "ENOTFILE" });
      const regular = st.isFile();
      const ahead = regular ? READ_AHEAD : 1;
      const ring = ahead + 1;
      const bufs = Array.from({ length: ring }, () => Buffer.allocUnsafe(SIZE));
      let next = 0;
      let pos = 0;
      const issue = () => {
        const slot2 = next;
        next = (next + 1) % ring;
        const at = regular ? pos : null;
        pos += SIZE;
        pending.push(file.read(bufs[slot2], 0, SIZE, at));
      };
      for (let k = 0; k < ahead; k++) issue();
      let slot = 0;
      for (; ; ) {
        const { bytesRead } = await pending.shift();
        if (bytesRead === 0) return;
        const last = regular && bytesRead < SIZE;
        if (!last) issue();
        const cur = bufs[slot];
        slot = (slot + 1) % ring;
        yield cur.subarray(0, bytesRead);
        if (last) return;
      }
    } catch (e) {
      throw wrap(e, path);
    } finally {
      await Promise.allSettled(pending);
      await fh?.close().catch(() => void 0);
    }
  }
  // Metadata calls (readDir, lstat, realpath) are made synchronously: on a local filesystem each takes
  // microseconds, while a hop through libuv's four-thread pool took hundreds of them once the probes,
  // the Dockerfile walk and the module loader queued there together (doctor: 25 ms for a 326-directory
  // walk, 5 ms synchronously). The promise interface stays, so a host may still do them asynchronously.
  async readDir(path) {
    try {
      const ents = readdirSync(path, { withFileTypes: true });
      return ents.map((d) => ({ name: d.name, kind: kindOf(d) }));
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async lstat(path) {
    try {
      const s = lstatSync(path);
      return { kind: kindOf(s), size: s.size, mode: s.mode, uid: s.uid, dev: s.dev, ino: s.ino };
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async realpath(path) {
    try {
      return realpathSync.native(path);
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async readlink(path) {
    try {
      return await fsp.readlink(path);
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async statfs(path) {
    try {
      const s = await fsp.statfs(path);
      return {
        bsize: s.bsize,
        blocks: s.blocks,
        bfree: s.bfree,
        bavail: s.bavail,
        files: s.files,
        ffree: s.ffree
      };
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async writeFile(path, data, options) {
    try {
      if (options?.append) await fsp.appendFile(path, data, { mode: options.mode });
      else await fsp.writeFile(path, data, { mode: options?.mode });
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async writeFileAtomic(path, data, options) {
    const tmp = tempPathFor(path);
    const mode = options?.mode ?? 384;
    let fh;
    try {
      try {
        fh = await fsp.open(tmp, "wx", mode);
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
        await fsp.unlink(tmp);
        fh = await fsp.open(tmp, "wx", mode);
      }
      await fh.writeFile(data, "utf8");
      await fh.sync();
      await fh.close();
      fh = void 0;
      await fsp.rename(tmp, path);
    } catch (e) {
      await fh?.close().catch(() => void 0);
      await fsp.unlink(tmp).catch(() => void 0);
      throw wrap(e, path);
    }
    const slash = path.lastIndexOf("/");
    const dir = slash < 0 ? "." : path.slice(0, slash) || "/";
    let dh;
    try {
      dh = await fsp.open(dir, "r");
      await dh.sync();
    } catch (e) {
      const code = e.code;
      if (code !== "EINVAL" && code !== "ENOTSUP" && code !== "EISDIR") throw wrap(e, dir);
    } finally {
      await dh?.close().catch(() => void 0);
    }
  }
  async createExclusive(path, data, options) {
    let fh;
    try {
      fh = await fsp.open(path, "wx", options?.mode ?? 384);
      await fh.writeFile(data, "utf8");
    } catch (e) {
      throw wrap(e, path);
    } finally {
      await fh?.close().catch(() => void 0);
    }
  }
  async mkdirPrivate(path, mode) {
    try {
      await fsp.mkdir(path, { mode });
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async unlink(path) {
    try {
      await fsp.unlink(path);
    } catch (e) {
      throw wrap(e, path);
    }
  }
  processAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return e.code === "EPERM";
    }
  }
  async mkdir(path) {
    try {
      await fsp.mkdir(path, { recursive: true });
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async rm(path) {
    try {
      await fsp.rm(path, { recursive: true, force: true });
    } catch (e) {
      throw wrap(e, path);
    }
  }
  exec(command, args, options) {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    return new Promise((resolve) => {
      let child;
      try {
        child = spawn(command, args, {
          cwd: options.cwd,
          env: options.env ? options.env : process.env,
          stdio: ["pipe", "pipe", "pipe"],
          // Its own process group, so that a timeout also kills grandchildren (go build -> compile)
          // that hold the output pipes open; killing only the child would leave us waiting on them.
          detached: true
        });
      } catch (e) {
        resolve(notStarted(String(e)));
        return;
      }
      const out = [];
      const err = [];
      let outLen = 0;
      let errLen = 0;
      let truncated = false;
      let timedOut = false;
      let startError;
      child.on("error", (e) => {
        startError = `${e.code ?? ""} ${e.message}`.trim();
        if (child.pid === void 0) {
          clearTimeout(timer);
          resolve(notStarted(startError));
        }
      });
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid, () => child.kill("SIGKILL"));
      }, options.timeoutMs);
      if (!child.stdout || !child.stderr || !child.stdin) return;
      child.stdout.on("data", (b) => {
        if (outLen < max) out.push(b.subarray(0, max - outLen));
        else truncated = true;
        outLen += b.length;
      });
      child.stderr.on("data", (b) => {
        if (errLen < max) err.push(b.subarray(0, max - errLen));
        else truncated = true;
        errLen += b.length;
      });
      child.stdin.on("error", () => void 0);
      if (options.input !== void 0) child.stdin.end(options.input);
      else child.stdin.end();
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({
          code,
          signal,
          stdout: Buffer.concat(out).toString("utf8"),
          stderr: Buffer.concat(err).toString("utf8"),
          timedOut,
          truncated: truncated || outLen > max || errLen > max,
          startError
        });
      });
    });
  }
  spawnStream(command, args, options) {
    let child;
    try {
      child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ? options.env : process.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: options.timeoutMs !== void 0
      });
    } catch (e) {
      const startError2 = `${e?.code ?? ""} ${String(e?.message ?? e)}`.trim();
      return {
        output: (async function* () {
        })(),
        exit: Promise.resolve({ code: null, signal: null, timedOut: false, startError: startError2 }),
        kill: () => void 0
      };
    }
    let oomScoreAdj;
    if (options.oomScoreAdj !== void 0) {
      if (child.pid === void 0) oomScoreAdj = { ok: false, reason: "the process did not start" };
      else {
        try {
          writeFileSync(`/proc/${child.pid}/oom_score_adj`, `${options.oomScoreAdj}
`);
          oomScoreAdj = { ok: true, value: options.oomScoreAdj };
        } catch (e) {
          const code = e?.code ?? "EUNKNOWN";
          oomScoreAdj = { ok: false, reason: `could not write /proc/${child.pid}/oom_score_adj: ${code}` };
        }
      }
    }
    const queue = [];
    let open = 2;
    let wake;
    const notify = () => {
      const w = wake;
      wake = void 0;
      w?.();
    };
    const onData = (stream) => (chunk) => {
      queue.push({ stream, chunk });
      if (queue.length > 64) {
        child.stdout?.pause();
        child.stderr?.pause();
      }
      notify();
    };
    const onEnd = () => {
      open--;
      notify();
    };
    const once = () => {
      let done = false;
      return () => {
        if (done) return;
        done = true;
        onEnd();
      };
    };
    const outEnd = once();
    const errEnd = once();
    child.stdout?.on("data", onData("stdout")).on("end", outEnd).on("error", outEnd);
    child.stderr?.on("data", onData("stderr")).on("end", errEnd).on("error", errEnd);
    if (!child.stdout) outEnd();
    if (!child.stderr) errEnd();
    let timedOut = false;
    let startError;
    const timer = options.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, () => child.kill("SIGKILL"));
    }, options.timeoutMs) : void 0;
    const exit = new Promise((resolve) => {
      child.on("error", (e) => {
        startError = `${e.code ?? ""} ${e.message}`.trim();
        if (child.pid === void 0) {
          open = 0;
          notify();
          if (timer) clearTimeout(timer);
          resolve({ code: null, signal: null, timedOut, startError });
        }
      });
      child.on("close", (code, signal) => {
        if (timer) clearTimeout(timer);
        resolve({ code, signal, timedOut, startError });
      });
    });
    async function* output() {
      for (; ; ) {
        const next = queue.shift();
        if (next) {
          if (queue.length < 16) {
            child.stdout?.resume();
            child.stderr?.resume();
          }
          yield next;
          continue;
        }
        if (open <= 0) return;
        await new Promise((r) => wake = r);
      }
    }
    return {
      output: output(),
      exit,
      kill: (sig) => void child.kill(sig ?? "SIGTERM"),
      ...oomScoreAdj ? { oomScoreAdj } : {}
    };
  }
  now() {
    return Date.now();
  }
};

export {
  NodeHost
};
