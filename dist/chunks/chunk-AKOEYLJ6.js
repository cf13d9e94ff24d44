import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/escape.ts
var ZWSP = "\u200B";
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
var CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
function sanitize(text) {
  return text.replace(/\r\n?/g, "\n").replace(ANSI, "").replace(CONTROLS, "");
}
var MARKER_WORD = /go-env-guard:sticky/gi;
function neutraliseMarker(text) {
  return text.replace(MARKER_WORD, (m) => m.replace(":", ":" + ZWSP));
}
function neutraliseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, "@" + ZWSP).replace(/#(?=\d)/g, "#" + ZWSP).replace(/\bGH-(?=\d)/gi, (m) => m + ZWSP);
}
function md(text) {
  const flat = sanitize(text).replace(/\s*\n\s*/g, " ");
  const html = flat.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const punct = html.replace(/[\\`*_{}[\]()!|~+]/g, (c) => "\\" + c);
  return neutraliseMarker(neutraliseMentions(punct));
}
function mdCode(text) {
  const flat = neutraliseMarker(sanitize(text).replace(/\n/g, " "));
  if (flat === "") return "` `";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function mdBlock(text, lang = "text") {
  const body = neutraliseMarker(sanitize(text)).replace(/\n+$/, "");
  const longest = Math.max(0, ...(body.match(/^ {0,3}(`{3,}|~{3,})/gm) ?? []).map((r) => r.trim().length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${body}
${fence}`;
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function stopCommands(text, token) {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token))
    throw new Error("stop-commands token must be 16+ URL-safe characters");
  if (text.includes(token))
    throw new Error("stop-commands token occurs in the text; use a fresh random token");
  const body = text.endsWith("\n") ? text : text + "\n";
  return `::stop-commands::${token}
${body}::${token}::
`;
}
var IGN = "\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0";
var LEADING_COMMAND = new RegExp(`^[\\s\\u0000-\\u001f\\u007f\\u0085${IGN}]*:[${IGN}]*:`, "u");
var LEGACY_COMMAND = new RegExp(`#[${IGN}]*#[${IGN}]*\\[`, "gu");
var TRAILING_HASHES = new RegExp(`#[${IGN}]*(?:#[${IGN}]*)?$`, "u");
function inertOne(line) {
  const out = line.replace(LEGACY_COMMAND, "#\\#[");
  const lead = LEADING_COMMAND.exec(out);
  if (!lead) return out;
  const at = lead[0].lastIndexOf(":", lead[0].length - 2);
  return `${out.slice(0, at)}\\${out.slice(at)}`;
}
function inertText(text) {
  const clean = sanitize(text);
  if (!clean.includes(":") && !clean.includes("#")) return clean;
  return clean.split("\n").map(inertOne).join("\n");
}
function inertJson(text) {
  return text.includes("#") ? text.replace(LEGACY_COMMAND, (m) => m.slice(0, -1) + "\\u005b") : text;
}
function inertLine(line) {
  return inertOne(sanitize(line).replace(/\n/g, " "));
}
var InertWriter = class {
  constructor(out, mode = "text", maxCarry = 64 * 1024) {
    this.out = out;
    this.mode = mode;
    this.maxCarry = maxCarry;
  }
  out;
  mode;
  maxCarry;
  carry = "";
  write(chunk) {
    let text = this.carry + chunk;
    this.carry = "";
    if (this.mode === "json") {
      const keep = TRAILING_HASHES.exec(text)?.[0].length ?? 0;
      this.carry = text.slice(text.length - keep);
      text = text.slice(0, text.length - keep);
      if (text) this.out(inertJson(text));
      return;
    }
    const body = text.endsWith("\r") ? text.slice(0, -1) : text;
    const end = Math.max(body.lastIndexOf("\n"), body.lastIndexOf("\r"));
    let out = "";
    if (end >= 0) {
      out = inertText(text.slice(0, end + 1));
      text = text.slice(end + 1);
    }
    if (text.length > this.maxCarry) {
      out += inertText(text) + "\n";
      text = "";
    }
    this.carry = text;
    if (out) this.out(out);
  }
  end() {
    const rest = this.mode === "json" ? inertJson(this.carry) : inertText(this.carry);
    this.carry = "";
    if (rest) this.out(rest);
  }
};
function truncate(text, max, marker = "\u2026 (truncated)") {
  if (text.length <= max) return text;
  const room = Math.max(0, max - marker.length - 1);
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > room / 2) cut = cut.slice(0, nl);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}
${marker}`;
}
function ellipsis(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) + "\u2026";
}
function utf8Bytes(text) {
  return Buffer.byteLength(text, "utf8");
}

export {
  sanitize,
  md,
  mdCode,
  mdBlock,
  escapeCommandData,
  stopCommands,
  inertText,
  inertLine,
  InertWriter,
  truncate,
  ellipsis,
  utf8Bytes
};
