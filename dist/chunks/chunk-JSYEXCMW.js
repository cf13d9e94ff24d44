import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/host/host.ts
function notStarted(startError) {
  return { code: null, signal: null, stdout: "", stderr: "", timedOut: false, truncated: false, startError };
}
var HostError = class extends Error {
  constructor(code, path, message) {
    super(message ?? `${code}: ${path}`);
    this.code = code;
    this.path = path;
    this.name = "HostError";
  }
  code;
  path;
};
function tempPathFor(path) {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.tmp`;
}
function errorCode(e) {
  return e instanceof HostError ? e.code : "EUNKNOWN";
}
async function tryRead(host, path, maxBytes) {
  try {
    return { ok: true, text: await host.readFile(path, maxBytes) };
  } catch (e) {
    const code = errorCode(e);
    return { ok: false, code, reason: describeError(code, path) };
  }
}
function describeError(code, path) {
  switch (code) {
    case "ENOENT":
      return `${path} does not exist on this system`;
    case "EACCES":
    case "EPERM":
      return `permission denied reading ${path}`;
    case "EINVAL":
      return `${path} cannot be read here (EINVAL)`;
    case "EISDIR":
      return `${path} is a directory, not a file`;
    case "ENOTFILE":
      return `${path} is not a regular file or pipe (a device or socket is never read)`;
    case "ECHANGED":
      return `${path} was replaced while being opened; not read`;
    case "ELOOP":
      return `${path} became a symbolic link; not followed`;
    default:
      return `${path} could not be read (${code})`;
  }
}

// src/core/version.ts
var VERSION = "0.1.0";

export {
  notStarted,
  HostError,
  tempPathFor,
  errorCode,
  tryRead,
  describeError,
  VERSION
};
