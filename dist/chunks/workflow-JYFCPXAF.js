import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyDockerOptions,
  emptySpec,
  entries,
  envMap,
  get,
  isMap,
  items,
  lineOf,
  parseYaml,
  scalarLines,
  str,
  withinBudget
} from "./chunk-KQ3VWCPI.js";
import {
  findDockerRuns,
  findGoTests,
  parseDockerOptions,
  runsTestBinary,
  splitCommands
} from "./chunk-N5L2BRSB.js";
import {
  parseError
} from "./chunk-U4DLYXFZ.js";
import "./chunk-6DG7BXTN.js";

// src/dockerlint/workflow.ts
var COMPOSE_VALUE_FLAGS = /* @__PURE__ */ new Set([
  "-e",
  "--env",
  "-w",
  "--workdir",
  "-u",
  "--user",
  "--entrypoint",
  "-p",
  "--publish",
  "-v",
  "--volume",
  "--name",
  "-l",
  "--label",
  "-f",
  "--file",
  "--project-name",
  "--env-file",
  "--profile",
  "--project-directory"
]);
function composeRuns(cmds, file) {
  const out = [];
  for (const cmd of cmds) {
    const words = cmd.map((t) => t.text);
    let k = words.findIndex((w) => w === "docker-compose" || w === "compose" || w.endsWith("/docker-compose"));
    if (k < 0) continue;
    if (words[k] === "compose" && words[k - 1] !== "docker" && words[k - 1] !== "podman") continue;
    k++;
    while (k < words.length && words[k].startsWith("-")) k += COMPOSE_VALUE_FLAGS.has(words[k]) ? 2 : 1;
    if (words[k] !== "run" && words[k] !== "exec") continue;
    k++;
    while (k < words.length && words[k].startsWith("-"))
      k += COMPOSE_VALUE_FLAGS.has(words[k]) && !words[k].includes("=") ? 2 : 1;
    if (k >= words.length) continue;
    out.push({ file, line: cmd[0].line, service: words[k], command: cmd.slice(k + 1) });
  }
  return out;
}
function toLocated(file, m) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of m) out.set(k, { file, line: v.line, value: v.value });
  return out;
}
function containerFromYaml(y, origin, name, node, keyNode) {
  const file = y.file;
  const spec = emptySpec(origin, name, { file, line: lineOf(y, keyNode) });
  if (!isMap(node)) {
    const image2 = str(y, node);
    if (image2) spec.image = { file, line: lineOf(y, node), value: image2 };
    return spec;
  }
  const image = get(y, node, "image");
  if (str(y, image)) spec.image = { file, line: lineOf(y, image), value: str(y, image) };
  const options = get(y, node, "options");
  const text = str(y, options);
  if (text) {
    const toks = splitCommands(text.replace(/\n/g, " "), lineOf(y, options)).flat();
    applyDockerOptions(spec, parseDockerOptions(toks, 0, false).options, file);
  }
  for (const [k, v] of toLocated(file, envMap(y, get(y, node, "env")))) spec.env.set(k, v);
  return spec;
}
function parseWorkflow(file, src) {
  const empty = { model: { file, jobs: [] }, containers: [], composeRuns: [] };
  const { y, errors } = parseYaml(file, src);
  if (!y) return { parsed: empty, errors };
  const parsed = withinBudget(y, empty, errors, () => workflowOf(y, file, errors));
  return { parsed, errors };
}
function workflowOf(y, file, errors) {
  const parsed = { model: { file, jobs: [] }, containers: [], composeRuns: [] };
  const root = y.doc.contents;
  if (!isMap(root)) {
    if (root !== null)
      errors.push(parseError(file, lineOf(y, root), "a workflow must be a mapping with `jobs:`"));
    return parsed;
  }
  const wfEnv = toLocated(file, envMap(y, get(y, root, "env")));
  for (const j of entries(y, get(y, root, "jobs"))) {
    const env = new Map(wfEnv);
    for (const [k, v] of toLocated(file, envMap(y, get(y, j.value, "env")))) env.set(k, v);
    const job = { file, line: lineOf(y, j.keyNode), id: j.key, env, steps: [] };
    parsed.model.jobs.push(job);
    let jobContainer = null;
    const c = get(y, j.value, "container");
    if (c !== void 0) {
      jobContainer = containerFromYaml(y, "job-container", j.key, c, c);
      for (const [k, v] of env) if (!jobContainer.env.has(k)) jobContainer.env.set(k, v);
      parsed.containers.push(jobContainer);
    }
    for (const s of entries(y, get(y, j.value, "services"))) {
      parsed.containers.push(
        containerFromYaml(y, "job-service", `${j.key}.services.${s.key}`, s.value, s.keyNode)
      );
    }
    for (const st of items(y, get(y, j.value, "steps"))) {
      const runNode = get(y, st, "run");
      const run = str(y, runNode);
      const stepEnv = toLocated(file, envMap(y, get(y, st, "env")));
      const step = {
        file,
        line: lineOf(y, st),
        name: str(y, get(y, st, "name")) ?? str(y, get(y, st, "uses")) ?? `step at line ${lineOf(y, st)}`,
        run,
        runLines: run === null ? [] : scalarLines(y, runNode, run),
        env: stepEnv
      };
      job.steps.push(step);
      if (run === null) continue;
      const cmds = splitCommands(run, step.runLines[0] ?? step.line, step.runLines);
      if (jobContainer) {
        jobContainer.command += run + "\n";
        for (const t of findGoTests(cmds)) {
          jobContainer.goTestLine ??= { file, line: t.line };
          if (t.race) jobContainer.race ??= { file, line: t.line };
        }
        if (!jobContainer.goTestLine && runsTestBinary(cmds))
          jobContainer.goTestLine = { file, line: step.line };
      }
      for (const dr of findDockerRuns(cmds)) {
        const spec = emptySpec("docker-run", `${j.key}: ${step.name}`, { file, line: dr.line });
        applyDockerOptions(spec, dr.options, file);
        if (dr.image) spec.image = { file, line: dr.image.line, value: dr.image.text };
        spec.command = dr.command.map((t) => t.text).join(" ");
        for (const t of findGoTests([dr.command])) {
          spec.goTestLine ??= { file, line: t.line };
          if (t.race) spec.race ??= { file, line: t.line };
          for (const [k, v] of t.env) if (!spec.env.has(k)) spec.env.set(k, { file, line: t.line, value: v });
        }
        if (!spec.goTestLine && runsTestBinary([dr.command])) spec.goTestLine = { file, line: dr.line };
        parsed.containers.push(spec);
      }
      parsed.composeRuns.push(...composeRuns(cmds, file));
    }
  }
  return parsed;
}
export {
  parseWorkflow
};
