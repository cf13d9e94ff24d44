#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str4) => str4.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str4, indent, comment) => str4.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str4.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str4) => /^(%|---|\.\.\.)/m.test(str4);
    function lineLengthOverLimit(str4, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str4.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str4[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str4 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str4 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str4 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str4 += "\\0";
                    break;
                  case "0007":
                    str4 += "\\a";
                    break;
                  case "000b":
                    str4 += "\\v";
                    break;
                  case "001b":
                    str4 += "\\e";
                    break;
                  case "0085":
                    str4 += "\\N";
                    break;
                  case "00a0":
                    str4 += "\\_";
                    break;
                  case "2028":
                    str4 += "\\L";
                    break;
                  case "2029":
                    str4 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str4 += "\\x" + code.substr(2);
                    else
                      str4 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str4 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str4 += "\n";
                  i += 2;
                }
                str4 += indent;
                if (json[i + 2] === " ")
                  str4 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str4 = start ? str4 + json.slice(start) : json;
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str4 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str4);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str4 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str4;
      return identity.isScalar(node) || str4[0] === "{" || str4[0] === "[" ? `${props} ${str4}` : `${props}
${ctx.indent}${str4}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str4 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str4.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str4 === "" ? "?" : explicitKey ? `? ${str4}` : str4;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str4 = `? ${str4}`;
        if (keyComment && !keyCommentDone) {
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str4;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        str4 = `? ${str4}
${indent}:`;
      } else {
        str4 = `${str4}:`;
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str4.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str4 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str4;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str5 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str5 += stringifyComment.lineComment(str5, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str5);
      }
      let str4;
      if (lines.length === 0) {
        str4 = flowChars.start + flowChars.end;
      } else {
        str4 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str4 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str4 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str4;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str4 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str4.includes("\n"));
        if (i < items2.length - 1) {
          str4 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str4.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str4 += ",";
          }
        }
        if (comment)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment));
        lines.push(str4);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str4 = start;
          for (const line of lines)
            str4 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str4}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str4) => str4,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str4) => new Scalar.Scalar(str4[0] === "t" || str4[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4));
        const dot = str4.indexOf(".");
        if (dot !== -1 && str4[str4.length - 1] === "0")
          node.minFractionDigits = str4.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str4, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str4) => str4,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str4) => str4 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str4, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str4) => parseFloat(str4),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str4, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str4)}`);
        return str4;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str4 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str4.length);
          for (let i = 0; i < str4.length; ++i)
            buffer[i] = str4.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str4;
        if (typeof node_buffer.Buffer === "function") {
          str4 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str4 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str4.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str4.substr(o, lineWidth);
          }
          str4 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str4 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4.replace(/_/g, "")));
        const dot = str4.indexOf(".");
        if (dot !== -1) {
          const f2 = str4.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str4, offset, radix, { intAsBigInt }) {
      const sign = str4[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str4 = str4.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str4 = `0b${str4}`;
            break;
          case 8:
            str4 = `0o${str4}`;
            break;
          case 16:
            str4 = `0x${str4}`;
            break;
        }
        const n2 = BigInt(str4);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str4, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str4 = value.toString(radix);
        return value < 0 ? "-" + prefix + str4.substr(1) : prefix + str4;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str4, asBigInt) {
      const sign = str4[0];
      const parts = sign === "-" || sign === "+" ? str4.substring(1) : str4;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str4, _onError, { intAsBigInt }) => parseSexagesimal(str4, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str4) => parseSexagesimal(str4, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str4) {
        const match = str4.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low2 = 0;
          let high = this.lineStarts.length;
          while (low2 < high) {
            const mid = low2 + high >> 1;
            if (this.lineStarts[mid] < offset)
              low2 = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low2] === offset)
            return { line: low2 + 1, col: 1 };
          if (low2 === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low2 - 1];
          return { line: low2, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items2, isIncomplete) {
        return { items: items2 ? items2 : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items2) {
        return { items: items2 };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low2 = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low2 < high) {
          const mid = Math.floor((low2 + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low2 = mid + 1;
          }
        }
        const line = low2 - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min2, max2) {
        return toString.call(value) === "[object Number]" && min2 <= value && value <= max2;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar2) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar2:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low2 = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low2 < high) {
          const mid = Math.floor((low2 + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low2 = mid + 1;
          }
        }
        const line = low2 - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar2;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch2 = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch2) {
                      secondMatch = true;
                    } else {
                      firstMatch2 = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar2, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar2;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar2);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar2);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar2);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before2 = value.charAt(index - 1);
          if (initial === '"' && before2 === '"' || initial === "'" && before2 === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar2) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar2);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar2) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar2:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar2;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar2) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar2) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar2;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar2;
                }
                continue parseValue;
              } else if (char === escapeChar2) {
                escapedValue = escapedValue + escapeChar2;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser2();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar2, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar2, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies2.push(instruction);
          }
        }
        return copies2;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser2 = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar2, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar2, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser2();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/commands/args.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function parseArgs(argv, spec2) {
  const flags = {};
  const positionals = [];
  let rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      if (!spec2.passthrough) throw new UsageError('unexpected "--"');
      rest = argv.slice(i + 1);
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (spec2.values?.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === void 0 || value === "") throw new UsageError(`--${name} needs a value`);
        const allowed = spec2.choices?.[name];
        if (allowed && !allowed.includes(value)) {
          throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
        }
        flags[name] = value;
      } else if (spec2.booleans?.includes(name) && eq === -1) {
        flags[name] = true;
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
    } else if (arg.length > 1 && arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals, rest };
}
var str = (v) => typeof v === "string" ? v : void 0;

// src/defaults.ts
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

// src/catalog/rule.ts
var defineRule = (rule47) => rule47;

// src/facts/types.ts
var known = (value) => ({ value });
var unknown = (reason) => ({ unknown: reason });
var isKnown = (f2) => !!f2 && "value" in f2;
var valueOf = (f2) => isKnown(f2) ? f2.value : void 0;
var RLIMIT_NAMES = ["nofile", "nproc", "as", "stack", "memlock"];
var SYSCTL_KEYS = [
  "kernel.pid_max",
  "kernel.threads-max",
  "fs.file-max",
  "fs.nr_open",
  "fs.inotify.max_user_instances",
  "fs.inotify.max_user_watches",
  // The same limits as this process's user namespace sees them (/proc/sys/user/max_inotify_*): inside a
  // rootless container they can be lower than fs.inotify.* (kernel/ucount.c checks every level).
  "user.max_inotify_instances",
  "user.max_inotify_watches",
  "net.core.somaxconn",
  "net.ipv4.ip_local_port_range",
  "vm.max_map_count",
  "vm.overcommit_memory",
  "vm.mmap_rnd_bits",
  "user.max_user_namespaces",
  "kernel.unprivileged_userns_clone",
  "kernel.apparmor_restrict_unprivileged_userns",
  "kernel.yama.ptrace_scope",
  "net.ipv6.conf.all.disable_ipv6",
  "net.ipv6.conf.default.disable_ipv6",
  "net.ipv6.conf.lo.disable_ipv6"
];

// src/catalog/helpers.ts
var MAX_EVIDENCE_LINES = 4;
var MAX_LINE_CHARS = 240;
var clip = (s, max2 = MAX_LINE_CHARS) => s.length <= max2 ? s : `${s.slice(0, max2 - 1)}\u2026`;
var splitLines = (output) => output.split(/\r?\n/);
var asList = (re) => Array.isArray(re) ? re : [re];
var JOINED = /* @__PURE__ */ new WeakMap();
var joined = (lines) => {
  let t = JOINED.get(lines);
  if (t === void 0) {
    t = lines.join("\n");
    JOINED.set(lines, t);
  }
  return t;
};
var GLOBAL = /* @__PURE__ */ new WeakMap();
var globalOf = (re) => {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace(/[gym]/g, "")}gm`);
    GLOBAL.set(re, g);
  }
  return g;
};
function matchLines(lines, re, max2 = MAX_EVIDENCE_LINES) {
  const res = asList(re);
  const text = joined(lines);
  const hits = /* @__PURE__ */ new Set();
  for (const r of res) {
    const g = globalOf(r);
    g.lastIndex = 0;
    let m;
    while ((m = g.exec(text)) !== null) {
      const startOfLine = text.lastIndexOf("\n", m.index - 1) + 1;
      let endOfLine = text.indexOf("\n", m.index);
      if (endOfLine < 0) endOfLine = text.length;
      if (r.test(text.slice(startOfLine, endOfLine))) hits.add(startOfLine);
      g.lastIndex = endOfLine + 1;
      if (endOfLine >= text.length) break;
    }
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const start of [...hits].sort((a, b) => a - b)) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = clip(text.slice(start, end).replace(/\r$/, "").trim());
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
    if (out.length >= max2) break;
  }
  return out;
}
function firstMatch(lines, re) {
  const first = matchLines(lines, re, 1)[0];
  if (first === void 0) return null;
  for (const line of lines) if (line.trim() === first || clip(line.trim()) === first) return re.exec(line);
  return re.exec(first);
}
var limitNumber = (l) => l === "unlimited" ? Number.POSITIVE_INFINITY : l;
var fmtLimit = (n) => Number.isFinite(n) ? String(n) : "unlimited";
var RLIMIT_LABEL = {
  nofile: "RLIMIT_NOFILE (ulimit -n)",
  nproc: "RLIMIT_NPROC (ulimit -u)",
  as: "RLIMIT_AS (ulimit -v)",
  stack: "RLIMIT_STACK (ulimit -s)",
  memlock: "RLIMIT_MEMLOCK (ulimit -l)"
};
function rlimit(facts, name) {
  const r = facts ? valueOf(facts.rlimits?.[name]) : void 0;
  if (!r) return null;
  const soft = limitNumber(r.soft);
  const hard = limitNumber(r.hard);
  return {
    value: { soft, hard },
    evidence: `${RLIMIT_LABEL[name]}: soft ${fmtLimit(soft)}, hard ${fmtLimit(hard)}`
  };
}
function sysctlNumber(facts, key) {
  const raw = facts ? valueOf(facts.sysctl?.[key]) : void 0;
  if (raw === void 0) return null;
  const n = Number.parseInt(raw.trim().split(/\s+/)[0] ?? "", 10);
  if (!Number.isFinite(n)) return null;
  return { value: n, evidence: `${key} = ${raw.trim()}` };
}
var cgroupDir = (dir) => dir ? ` (${dir})` : "";
function cgroupMemory(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const m = cg ? valueOf(cg.memory) : void 0;
  if (!m) return null;
  const limit = m.max === null ? "unlimited" : fmtBytes(m.max);
  return {
    value: m,
    evidence: `cgroup ${cg?.version ?? ""} memory limit ${limit}${cgroupDir(m.dir)}`.replace("  ", " ")
  };
}
function cgroupPids(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const p = cg ? valueOf(cg.pids) : void 0;
  if (!p) return null;
  const cur = p.current === null ? "" : `, current ${p.current}`;
  return {
    value: p,
    evidence: `cgroup pids.max ${p.max === null ? "max (unlimited)" : p.max}${cur}${cgroupDir(p.dir)}`
  };
}
function cgroupCpu(facts) {
  const cg = facts ? valueOf(facts.cgroup) : void 0;
  const c = cg ? valueOf(cg.cpu) : void 0;
  if (!c) return null;
  const q = c.quotaUs === null || c.periodUs === null ? "no CPU quota" : `CPU quota ${c.quotaUs}us per ${c.periodUs}us period (${(c.limitCpus ?? c.quotaUs / c.periodUs).toFixed(2)} CPUs)`;
  return { value: c, evidence: `cgroup ${q}${cgroupDir(c.dir)}` };
}
var COUNTER_LABEL = {
  memoryOomKill: "cgroup memory oom_kill",
  memoryOom: "cgroup memory oom events",
  pidsEventsMax: "cgroup pids.events max (forks rejected)",
  cpuNrThrottled: "cgroup cpu.stat nr_throttled",
  cpuThrottledUsec: "cgroup cpu.stat throttled time (us)",
  listenOverflows: "TcpExtListenOverflows",
  vmstatOomKill: "/proc/vmstat oom_kill"
};
function counterDelta(facts, key) {
  const b = facts?.counters?.before?.[key];
  const a = facts?.counters?.after?.[key];
  if (b === null || b === void 0 || a === null || a === void 0) return null;
  const d = a - b;
  if (d < 0) return null;
  return { value: d, evidence: `${COUNTER_LABEL[key]}: ${b} before the tests, ${a} after (+${d})` };
}
function isRoot(facts) {
  const u = facts ? valueOf(facts.system?.user) : void 0;
  return u ? u.root : null;
}
function goInfo(facts) {
  return (facts ? valueOf(facts.go) : void 0) ?? null;
}
function goEnv(facts, name) {
  const g = goInfo(facts);
  if (!g) return void 0;
  const v = g.env[name];
  return v === null || v.trim() === "" ? null : v.trim();
}
var fmtBytes = (n) => {
  if (!Number.isFinite(n)) return "unlimited";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v >= 10 ? 0 : 1)} ${units[i]}`;
};
function tempMounts(facts) {
  const out = [];
  for (const t of facts?.mounts?.tempDirs ?? []) {
    const m = valueOf(t.mount);
    if (m) out.push({ role: t.role, path: t.path, mount: m });
  }
  return out;
}
function storageSpaces(facts) {
  const out = [];
  for (const s of facts?.mounts?.storage ?? []) {
    const v = valueOf(s.space);
    if (v) out.push({ role: s.role, path: s.path, space: v });
  }
  return out;
}
function parseGoVersion(v) {
  if (!v) return null;
  const m = /(?:^|go)(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), m[3] === void 0 ? 0 : Number(m[3])];
}
function compareGoVersions(a, b) {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (!x || !y) return null;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function goAtLeast(facts, v) {
  const c = compareGoVersions(goInfo(facts)?.version ?? valueOf(facts?.goProbe)?.goVersion, v);
  return c === null ? null : c >= 0;
}
function goModAtLeast(facts, v) {
  const c = compareGoVersions(goInfo(facts)?.goModGo, v);
  return c === null ? null : c >= 0;
}
function goDefaultAtLeast(facts, v) {
  const tool = goAtLeast(facts, v);
  const mod = goModAtLeast(facts, v);
  if (tool === false || mod === false) return false;
  if (tool === null || mod === null) return null;
  return true;
}
var RANK = { high: 3, medium: 2, low: 1 };
var confidenceRank = (c) => RANK[c];
var lowerConfidence = (c) => c === "high" ? "medium" : c === "medium" ? "low" : null;
function combineSupport(...s) {
  if (s.includes("conclusive")) return "conclusive";
  if (s.includes("contradicts")) return "contradicts";
  if (s.includes("corroborates")) return "corroborates";
  return "unknown";
}
function confidenceFor(signature, support) {
  switch (support) {
    case "conclusive":
      return "high";
    case "corroborates":
      return signature === "specific" ? "high" : "medium";
    case "unknown":
      return signature === "specific" ? "medium" : "low";
    case "contradicts":
      return signature === "specific" ? "low" : null;
  }
}
function whereRuns(facts) {
  if (!facts) return "unknown";
  const c = valueOf(facts.system?.container);
  if (c?.inContainer) return "container";
  const r = valueOf(facts.system?.runner);
  if (!r) return "unknown";
  if (r.kind === "not-actions") return "local";
  return r.kind;
}
var LABEL = {
  "github-hosted": "GitHub-hosted runner",
  "self-hosted": "Self-hosted runner",
  container: "In a container job",
  local: "Locally"
};
function remedyFor(facts, parts) {
  const where = whereRuns(facts);
  const pick = (w) => w === "local" ? parts.local ?? parts.selfHosted : w === "github-hosted" ? parts.githubHosted : parts[w === "self-hosted" ? "selfHosted" : "container"];
  const out = [];
  if (where !== "unknown" && pick(where)) out.push(pick(where));
  else
    for (const w of ["github-hosted", "self-hosted", "container"]) {
      const p = pick(w);
      if (p) out.push(`${LABEL[w]}: ${p}`);
    }
  if (parts.always) out.push(parts.always);
  return out.join("\n");
}
function sysctlParts(key, value) {
  const set = `sudo sysctl -w ${key}=${value}`;
  const namespaced = key.startsWith("net.");
  return {
    githubHosted: `add a step before the tests: \`${set}\`.`,
    selfHosted: `on the runner host: \`${set}\`, and persist it with \`echo '${key} = ${value}' | sudo tee /etc/sysctl.d/90-go-tests.conf\`.`,
    container: namespaced ? `add \`--sysctl ${key}=${value}\` to the job's \`container.options\` (or \`docker run\`).` : `\`${key}\` is host-wide and cannot be set from inside a container; set it on the host (\`${set}\`) before the container starts.`
  };
}
var cause = (rule47, confidence, evidence, remedy11) => ({
  rule: rule47,
  confidence,
  evidence: evidence.filter((e) => e !== "").map((e) => clip(e)),
  remedy: remedy11
});
var finding = (rule47, f2) => ({
  rule: rule47.id,
  severity: f2.severity ?? rule47.severity,
  title: f2.title ?? rule47.title,
  message: f2.message,
  evidence: f2.evidence.filter((e) => e !== "").map((e) => clip(e)),
  remedy: f2.remedy
});
function parseGoDuration(s) {
  const re = /(\d+(?:\.\d+)?)(h|ms|us|µs|ns|m|s)/g;
  let total = 0;
  let seen = 0;
  const unit = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, \u00B5s: 1e-6, ns: 1e-9 };
  for (const m of s.matchAll(re)) {
    total += Number(m[1]) * (unit[m[2]] ?? 0);
    seen += m[0].length;
  }
  return seen > 0 && seen === s.length ? total : null;
}

// src/catalog/rules/apparmor-userns.ts
var APPARMOR_USERNS = [
  /write \/proc\/(?:self|\d+)\/(?:uid_map|gid_map|setgroups)\b.*: (?:operation not permitted|permission denied)/i,
  /unshare: write failed \/proc\/self\/(?:uid_map|gid_map|setgroups)/i,
  /setting up (?:uid|gid) map: permission denied/i,
  /Error during unshare\(.*\): Operation not permitted/i,
  /fork\/exec \S+: (?:operation not permitted|permission denied)/i
];
function restrictUserns(facts) {
  const s = sysctlNumber(facts, "kernel.apparmor_restrict_unprivileged_userns");
  if (s) return s;
  const aa = facts ? valueOf(facts.security?.apparmor) : void 0;
  if (aa && aa.restrictUnprivilegedUserns !== null)
    return {
      value: aa.restrictUnprivilegedUserns,
      evidence: `kernel.apparmor_restrict_unprivileged_userns = ${aa.restrictUnprivilegedUserns}`
    };
  return null;
}
var remedy = (facts) => remedyFor(facts, {
  githubHosted: "add a step before the tests: `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (ubuntu-24.04 images turn the restriction on; ubuntu-22.04 does not).",
  selfHosted: "preferably give the binary that needs user namespaces its own AppArmor profile with `userns,` (as runner-images does for podman); or, host-wide and weakening security, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` persisted in /etc/sysctl.d/.",
  container: "the restriction is the host kernel's: change it on the host (`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`) or run the container with an AppArmor profile that allows `userns`.",
  always: "Tests that need user namespaces should skip when `unshare -Ur true` fails."
});
var rule = defineRule({
  id: "apparmor-userns",
  title: "AppArmor restricts unprivileged user namespaces",
  environmental: true,
  severity: "notice",
  triggers: APPARMOR_USERNS,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, APPARMOR_USERNS);
    if (matched.length === 0) return null;
    const knob = restrictUserns(facts);
    if (knob?.value !== 1 || isRoot(facts) !== false) return null;
    return cause(
      "apparmor-userns",
      "medium",
      [...matched, knob.evidence, "the tests run as a non-root user"],
      remedy(facts)
    );
  },
  preflight(facts) {
    const knob = restrictUserns(facts);
    if (knob?.value !== 1 || isRoot(facts) !== false) return [];
    return [
      finding(rule, {
        message: 'AppArmor mediates unprivileged user namespaces here: they can be created, but nothing privileged works inside them (uid_map, setgroups, mount). Tests and tools that rely on rootless namespaces (rootless containers, bwrap, CLONE_NEWUSER with credentials) fail with "operation not permitted".',
        evidence: [knob.evidence, "the job runs as a non-root user"],
        remedy: remedy(facts)
      })
    ];
  }
});
var apparmor_userns_default = rule;

// src/catalog/rules/clock-skew.ts
var X509_NOT_YET_VALID = /x509: certificate has expired or is not yet valid: current time (\S+) is before (\S+)/i;
var X509_ANY = /x509: certificate has expired or is not yet valid: current time (\S+) is (?:before|after) /i;
var JWT_EARLY = /token used before issued|token is not valid yet/i;
var UNSET_BEFORE = 2001;
var rule2 = defineRule({
  id: "clock-skew",
  title: "The clock is behind (certificates or tokens not yet valid)",
  environmental: true,
  severity: "notice",
  triggers: [X509_ANY, JWT_EARLY],
  diagnose(_failure, { facts, lines }) {
    const early = matchLines(lines, [X509_NOT_YET_VALID, JWT_EARLY]);
    const unset = matchLines(lines, X509_ANY).filter((l) => {
      const m = X509_ANY.exec(l);
      const year = m ? Number.parseInt((m[1] ?? "").slice(0, 4), 10) : NaN;
      return Number.isFinite(year) && year < UNSET_BEFORE;
    });
    if (early.length === 0 && unset.length === 0) return null;
    const evidence = [.../* @__PURE__ */ new Set([...unset, ...early])];
    evidence.push(
      unset.length > 0 ? 'the "current time" the test saw is before 2001: the clock was never set' : "the test saw a time before the certificate/token became valid: this clock is behind the issuer's (or the issuer's is ahead)"
    );
    return cause(
      "clock-skew",
      unset.length > 0 ? "medium" : "low",
      evidence,
      remedyFor(facts, {
        githubHosted: "hosted runners sync time with chrony; if a step changed the time (faketime, date -s), undo it. Compare `date -u` with the certificate's NotBefore.",
        selfHosted: "enable time sync on the runner host: `sudo timedatectl set-ntp true` (systemd-timesyncd or chrony), then check `timedatectl status`.",
        container: "containers share the host's clock: fix time sync on the host (`timedatectl set-ntp true`).",
        always: "Tests that mint certificates should backdate NotBefore (e.g. time.Now().Add(-time.Hour)) so small skews between machines do not matter."
      })
    );
  }
});
var clock_skew_default = rule2;

// src/catalog/rules/cpu-throttling-timeout.ts
var TIMEOUT = [
  /^panic: test timed out after (\S+)$/,
  /^\*\*\* Test killed( with \w+)?: ran too long \((\S+)\)\.?$/
];
var LONG_WAIT = /^goroutine \d+(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[(?:chan (?:receive|send)(?: \([\w ]+\))?|select(?: \(no cases\))?|semacquire|sync\.[\w.]+|synctest\.\w+), (\d+) minutes?(?:, [^\]]+)?\]:$/;
function timeoutSeconds(lines) {
  const m = firstMatch(lines, TIMEOUT[0]) ?? firstMatch(lines, TIMEOUT[1]);
  const d = m ? m[2] && m[0].startsWith("***") ? m[2] : m[1] : void 0;
  return d ? parseGoDuration(d) : null;
}
function throttling(facts, timeout) {
  const cpu = cgroupCpu(facts);
  const n = counterDelta(facts, "cpuNrThrottled");
  const us = counterDelta(facts, "cpuThrottledUsec");
  const evidence = [cpu?.evidence ?? "", n?.evidence ?? "", us?.evidence ?? ""].filter(Boolean);
  const quota = cpu && cpu.value.quotaUs !== null;
  if (us && timeout && us.value / 1e6 >= 0.25 * timeout) return { support: "conclusive", evidence };
  if (n && n.value > 0) return { support: "corroborates", evidence };
  if (n && n.value === 0) return { support: "contradicts", evidence };
  if (cpu && !quota) return { support: "contradicts", evidence };
  if (quota) return { support: "corroborates", evidence };
  return { support: "unknown", evidence };
}
var rule3 = defineRule({
  id: "cpu-throttling-timeout",
  title: "Test timed out under CPU throttling",
  environmental: true,
  severity: "warning",
  triggers: TIMEOUT,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT);
    if (matched.length === 0) return null;
    const t = throttling(facts, timeoutSeconds(lines));
    let support = t.support;
    const waits = matchLines(lines, LONG_WAIT, 2);
    if (waits.length > 0 && support !== "conclusive") support = "contradicts";
    if (support === "unknown") return null;
    const confidence = confidenceFor("generic", support);
    if (confidence === null) return null;
    const cpu = cgroupCpu(facts);
    const n = cpu?.value.limitCpus ? Math.max(1, Math.ceil(cpu.value.limitCpus)) : null;
    return cause(
      "cpu-throttling-timeout",
      confidence,
      [...matched, ...t.evidence],
      remedyFor(facts, {
        githubHosted: "hosted VMs have no CPU quota: a job container's `--cpus` does; raise it or drop it.",
        selfHosted: "raise the CPU limit of the runner pod/service (Kubernetes ARC `resources.limits.cpu`, systemd `CPUQuota=`).",
        container: "raise `--cpus` in `container.options` / `docker run`.",
        always: `Match GOMAXPROCS to the quota: \`GOMAXPROCS=${n ?? "<CPUs of the quota>"}\` in the job env, or \`go 1.25\` (or later) in go.mod with Go >= 1.25, which sizes GOMAXPROCS from the cgroup. Give slow packages a realistic \`-timeout\` and lower \`-parallel\`.`
      })
    );
  }
});
var cpu_throttling_timeout_default = rule3;

// src/catalog/rules/deadlock-timeout.ts
var rule4 = defineRule({
  id: "deadlock-timeout",
  title: "Test hung (deadlock or missing timeout), not the machine",
  environmental: false,
  severity: "notice",
  triggers: TIMEOUT,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, TIMEOUT);
    if (matched.length === 0) return null;
    const waits = matchLines(lines, LONG_WAIT, 2);
    if (waits.length === 0) return null;
    const t = throttling(facts, timeoutSeconds(lines));
    let support = t.support === "contradicts" ? "corroborates" : t.support === "unknown" ? "unknown" : "contradicts";
    if (support === "contradicts" && t.support !== "conclusive") support = "unknown";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause("deadlock-timeout", confidence, [...matched, ...waits, ...t.evidence], remedy2);
  }
});
var remedy2 = "Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with deadlines to calls that can block.";
var deadlock_timeout_default = rule4;

// src/catalog/rules/disk-full.ts
var ENOSPC = /no space left on device/i;
var OTHER_ENOSPC = /inotify_add_watch|fsnotify|\bwatch(er)? \S+: no space|\/dev\/shm|\bfork\/exec \S+: no space left on device/i;
var LOW_BYTES = 1024 ** 3;
var LOW_INODES = 0.05;
function places(facts) {
  const out = storageSpaces(facts).map((s) => ({
    label: `${s.role} ${s.path}`,
    avail: s.space.availBytes,
    total: s.space.totalBytes,
    inodesFree: s.space.inodesFree,
    inodesTotal: s.space.inodesTotal
  }));
  for (const t of tempMounts(facts))
    if (t.mount.availBytes !== null)
      out.push({
        label: `${t.role} ${t.path}`,
        avail: t.mount.availBytes,
        total: t.mount.sizeBytes,
        inodesFree: null,
        inodesTotal: null
      });
  return out;
}
var low = (p) => p.avail < LOW_BYTES || p.inodesFree !== null && !!p.inodesTotal && p.inodesFree / p.inodesTotal < LOW_INODES;
var describe = (p) => `${p.label}: ${fmtBytes(p.avail)} free${p.total ? ` of ${fmtBytes(p.total)}` : ""}` + (p.inodesFree !== null && p.inodesTotal ? `, ${p.inodesFree} of ${p.inodesTotal} inodes free` : "");
var rule5 = defineRule({
  id: "disk-full",
  title: "Disk or inodes full",
  environmental: true,
  severity: "warning",
  triggers: [ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, ENOSPC).filter((l) => !OTHER_ENOSPC.test(l));
    if (matched.length === 0) return null;
    const ps = places(facts);
    const lows = ps.filter(low);
    let support = "unknown";
    if (lows.length > 0) support = "corroborates";
    else if (ps.length > 0) support = "contradicts";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause(
      "disk-full",
      confidence,
      [...matched, ...(lows.length ? lows : ps).slice(0, 3).map(describe)],
      diskRemedy(facts)
    );
  },
  preflight(facts) {
    return places(facts).filter(low).map(
      (p) => finding(rule5, {
        severity: p.avail < 100 * 1024 ** 2 ? "error" : "warning",
        message: `${p.label} has little room left: go test writes test binaries, the build cache and temp files there.`,
        evidence: [describe(p)],
        remedy: diskRemedy(facts)
      })
    );
  }
});
function diskRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "free space before the tests (`go clean -cache -testcache`; remove unused preinstalled toolchains, e.g. `sudo rm -rf /usr/share/dotnet /usr/local/lib/android`), or point `GOTMPDIR`/`GOCACHE` at a larger volume.",
    selfHosted: "`go clean -cache -testcache`, prune old work directories and Docker images (`docker system prune`), or give GOTMPDIR/GOCACHE a larger volume.",
    container: "a small tmpfs or overlay: mount a larger volume for `GOTMPDIR`/`GOCACHE` (`-v`, `--tmpfs /tmp:size=2g,exec`)."
  });
}
var disk_full_default = rule5;

// src/catalog/rules/dns-hosts.ts
var LOOKUP_LOCALHOST = /\blookup (?:[\w-]+\.)*localhost\.?(?: on \S+)?: /i;
var rule6 = defineRule({
  id: "dns-hosts",
  title: '"localhost" does not resolve (hosts file or nsswitch)',
  environmental: true,
  severity: "warning",
  triggers: [LOOKUP_LOCALHOST],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, LOOKUP_LOCALHOST);
    if (matched.length === 0) return null;
    const confidence = confidenceFor("specific", "unknown") ?? "medium";
    return cause(
      "dns-hosts",
      confidence,
      [...matched, "a lookup of localhost reached the DNS fallback: /etc/hosts did not answer it"],
      remedyFor(facts, {
        githubHosted: "the hosted images list localhost for 127.0.0.1 and ::1; check steps that rewrite /etc/hosts: `cat /etc/hosts /etc/nsswitch.conf`.",
        selfHosted: "make sure /etc/hosts has `127.0.0.1 localhost` and `::1 localhost ip6-localhost`, and /etc/nsswitch.conf has `hosts: files dns`.",
        container: 'in the image: `RUN grep -q localhost /etc/hosts || echo "127.0.0.1 localhost" >> /etc/hosts` does not persist (Docker writes /etc/hosts at start); instead add `hosts: files dns` to /etc/nsswitch.conf (`RUN echo "hosts: files dns" > /etc/nsswitch.conf`, as the golang images do) and do not replace /etc/hosts with a volume; `--add-host localhost:127.0.0.1` also works.',
        always: "Tests can dial 127.0.0.1 instead of localhost."
      })
    );
  }
});
var dns_hosts_default = rule6;

// src/catalog/rules/ephemeral-ports.ts
var IPV4_EADDRNOTAVAIL = /dial tcp (?:\d{1,3}\.){3}\d{1,3}:\d+: connect: cannot assign requested address/i;
var NARROW = 4096;
var WIDE = 16384;
var RANGE = "1024 65535";
function portRange(facts) {
  const r = facts ? valueOf(facts.network?.portRange) : void 0;
  if (!r) return null;
  return { width: r.width, evidence: `net.ipv4.ip_local_port_range = ${r.low} ${r.high} (${r.width} ports)` };
}
var remedy3 = (facts) => remedyFor(facts, {
  ...sysctlParts("net.ipv4.ip_local_port_range", `"${RANGE}"`),
  always: "In the tests, reuse connections (one http.Client/Transport, read bodies to EOF and close them) instead of dialing per request: closed client sockets hold their port in TIME_WAIT for 60 s."
});
var rule7 = defineRule({
  id: "ephemeral-ports",
  title: "Ephemeral port range exhausted",
  environmental: true,
  severity: "warning",
  triggers: [IPV4_EADDRNOTAVAIL],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, IPV4_EADDRNOTAVAIL);
    if (matched.length === 0) return null;
    const r = portRange(facts);
    const support = r === null ? "unknown" : r.width < NARROW ? "corroborates" : r.width >= WIDE ? "contradicts" : "unknown";
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("ephemeral-ports", confidence, [...matched, r?.evidence ?? ""], remedy3(facts));
  },
  preflight(facts) {
    const r = portRange(facts);
    if (!r || r.width >= NARROW) return [];
    return [
      finding(rule7, {
        message: `Only ${r.width} local ports are available for outgoing connections; tests that open many connections fail with "connect: cannot assign requested address".`,
        evidence: [r.evidence],
        remedy: remedy3(facts)
      })
    ];
  }
});
var ephemeral_ports_default = rule7;

// src/catalog/rules/nofile-limit.ts
var EMFILE = /too many open files/i;
var ENFILE = /too many open files in system/i;
var INOTIFY_LINE = /inotify|fsnotify|watcher/i;
var NOFILE_LOW = 4096;
var NOFILE_HIGH = 16384;
var WANT = 65536;
var rule8 = defineRule({
  id: "nofile-limit",
  title: "Open-file limit too low",
  environmental: true,
  severity: "warning",
  triggers: [EMFILE],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE);
    if (matched.length === 0) return null;
    if (matched.every((l) => INOTIFY_LINE.test(l))) return null;
    const remedy11 = () => remedyFor(facts, {
      githubHosted: `raise the limit in the same step that runs the tests: \`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` then \`go test ...\` (hosted images configure 65536, so a lower value comes from your own setup).`,
      selfHosted: `raise the runner service's limit: \`sudo systemctl edit actions.runner.<...>.service\` with \`[Service]\` \`LimitNOFILE=${WANT}\`, then restart the service (or \`ulimit -Hn ${WANT}\` as root before the tests).`,
      container: `add \`--ulimit nofile=${WANT}:${WANT}\` to the job's \`container.options\` (or \`docker run\`).`,
      always: goAtLeast(facts, "1.19") === false ? 'Go before 1.19 keeps the soft limit: also run `ulimit -n "$(ulimit -Hn)"` before the tests.' : void 0
    });
    if (matched.some((l) => ENFILE.test(l))) {
      const fileMax = sysctlNumber(facts, "fs.file-max");
      return cause(
        "nofile-limit",
        "medium",
        [...matched, fileMax?.evidence ?? ""],
        remedyFor(facts, {
          ...sysctlParts("fs.file-max", 2097152),
          always: "ENFILE means every descriptor on the host is in use: look for a leaking process on a shared host."
        })
      );
    }
    const lim2 = rlimit(facts, "nofile");
    const modern = goAtLeast(facts, "1.19");
    const effective2 = lim2 ? modern === false ? lim2.value.soft : lim2.value.hard : null;
    if (effective2 === null) return null;
    let support = "unknown";
    if (effective2 !== null) {
      if (effective2 < NOFILE_LOW) support = "corroborates";
      else if (lim2 && lim2.value.hard >= NOFILE_HIGH) support = "contradicts";
    }
    const confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const evidence = [...matched];
    if (lim2) {
      evidence.push(lim2.evidence);
      if (modern === true && lim2.value.soft < lim2.value.hard)
        evidence.push(
          `Go >= 1.19 raises the soft limit to the hard one, so ${fmtLimit(lim2.value.hard)} applies`
        );
    }
    return cause("nofile-limit", confidence, evidence, remedy11());
  },
  preflight(facts) {
    const lim2 = rlimit(facts, "nofile");
    if (!lim2) return [];
    const modern = goAtLeast(facts, "1.19");
    const effective2 = modern === false ? lim2.value.soft : lim2.value.hard;
    if (effective2 >= NOFILE_LOW) return [];
    const which = modern === false ? "soft" : "hard";
    return [
      finding(rule8, {
        severity: effective2 < 1024 ? "error" : "warning",
        message: `The ${which} open-file limit is ${fmtLimit(effective2)}; Go tests that open sockets or files in parallel fail with "too many open files" below ${NOFILE_LOW}.`,
        evidence: [lim2.evidence],
        remedy: remedyFor(facts, {
          githubHosted: `\`sudo prlimit --pid $$ --nofile=${WANT}:${WANT}\` in the step that runs the tests.`,
          selfHosted: `\`LimitNOFILE=${WANT}\` in a systemd drop-in for the runner service, then restart it.`,
          container: `\`--ulimit nofile=${WANT}:${WANT}\` in the job's \`container.options\`.`
        })
      })
    ];
  }
});
var nofile_limit_default = rule8;

// src/catalog/rules/fd-leak.ts
var rule9 = defineRule({
  id: "fd-leak",
  title: "File descriptors leaked by the tests",
  environmental: false,
  severity: "notice",
  triggers: [EMFILE],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EMFILE);
    if (matched.length === 0 || matched.some((l) => ENFILE.test(l))) return null;
    if (matched.every((l) => INOTIFY_LINE.test(l))) return null;
    const lim2 = rlimit(facts, "nofile");
    const modern = goAtLeast(facts, "1.19");
    const effective2 = lim2 ? modern === false ? lim2.value.soft : lim2.value.hard : null;
    let support = "unknown";
    if (effective2 !== null) {
      if (effective2 < NOFILE_LOW) support = "contradicts";
      else if (effective2 >= NOFILE_HIGH) support = "corroborates";
    }
    const confidence = confidenceFor("generic", support);
    if (confidence === null) return null;
    const evidence = [...matched];
    if (lim2 && effective2 !== null)
      evidence.push(`${lim2.evidence}: ${fmtLimit(effective2)} descriptors is far more than a test suite needs`);
    else evidence.push("open-file limit unknown: a descriptor leak is the commoner cause of EMFILE");
    const check = effective2 === null ? `First check the limit the tests ran under: \`ulimit -Hn\` in the test step (\`ulimit -Sn\` too for Go < 1.19). Below ${NOFILE_LOW} the limit is the cause (raise it: see the nofile-limit rule); far above it, read on. ` : "";
    return cause(
      "fd-leak",
      confidence,
      evidence,
      check + 'Look for descriptors the tests never close: `defer resp.Body.Close()` on every HTTP response, `Close()` on files, listeners and `*sql.Rows`, and `t.Cleanup` for servers started per test. Watch the count while the tests run: `ls /proc/$(pgrep -f "\\.test")/fd | wc -l`.'
    );
  }
});
var fd_leak_default = rule9;

// src/catalog/rules/go-cache-unavailable.ts
var CACHE_SIGNATURES = [
  /build cache is required, but could not be located/,
  /failed to initialize build cache at .+/,
  /GOCACHE is not an absolute path/,
  /GOCACHE=off is no longer supported/,
  /build cache is disabled by GOCACHE=off/,
  /initializing cache in \$GOCACHE: /
];
var rule10 = defineRule({
  id: "go-cache-unavailable",
  title: "Go build cache cannot be located or written",
  environmental: true,
  severity: "error",
  triggers: CACHE_SIGNATURES,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, CACHE_SIGNATURES);
    if (matched.length === 0) return null;
    const g = goInfo(facts);
    let support = "unknown";
    const evidence = [...matched];
    const why = facts && "unknown" in facts.go ? facts.go.unknown : "";
    if (!g && /build cache|GOCACHE/.test(why)) {
      support = "corroborates";
      evidence.push(`go env failed while probing: ${why}`);
    } else if (g) {
      const bad = g.gocache === null || g.gocache === "" || g.gocache === "off" || !g.gocache.startsWith("/");
      support = bad ? "corroborates" : "unknown";
      evidence.push(`go env GOCACHE = ${g.gocache === null ? "(none)" : JSON.stringify(g.gocache)}`);
    }
    const confidence = confidenceFor("specific", support);
    return confidence ? cause("go-cache-unavailable", confidence, evidence, cacheRemedy(facts)) : null;
  },
  preflight(facts) {
    const g = goInfo(facts);
    if (!g) return [];
    const v = g.gocache;
    if (v !== null && v !== "" && v !== "off" && v.startsWith("/")) return [];
    return [
      finding(rule10, {
        message: v === null || v === "" ? "Go has no build cache: GOCACHE is unset and neither $XDG_CACHE_HOME nor $HOME is defined, so go test stops before building." : `GOCACHE=${v} is not usable (it must be an absolute path; "off" is no longer supported).`,
        evidence: [`go env GOCACHE = ${JSON.stringify(v ?? "")}`],
        remedy: cacheRemedy(facts)
      })
    ];
  }
});
function cacheRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "set an absolute cache path in the job env: `GOCACHE: ${{ runner.temp }}/go-build` (or keep HOME defined).",
    selfHosted: "define `HOME` for the runner service, or set `GOCACHE=/var/cache/go-build` (absolute, writable by the runner user).",
    container: "set `GOCACHE=/tmp/go-build` (or `HOME`) in the container env: minimal images and `env -i` wrappers leave both unset."
  });
}
var go_cache_unavailable_default = rule10;

// src/catalog/rules/go-thread-cap.ts
var THREAD_CAP = /runtime: program exceeds \d+-thread limit/;
var EXHAUSTION = /^fatal error: thread exhaustion/;
var rule11 = defineRule({
  id: "go-thread-cap",
  title: "Go runtime's own thread cap exceeded",
  environmental: false,
  severity: "notice",
  triggers: [THREAD_CAP],
  diagnose(_failure, { lines }) {
    const matched = matchLines(lines, [THREAD_CAP, EXHAUSTION]);
    if (!matched.some((l) => THREAD_CAP.test(l))) return null;
    return cause(
      "go-thread-cap",
      confidenceFor("specific", "corroborates") ?? "high",
      [
        ...matched,
        "the cap is debug.SetMaxThreads (default 10000), checked by the runtime, not by the kernel"
      ],
      "Find what blocks thousands of goroutines in system calls or cgo at once (the stack dump shows them); bound the concurrency (a worker pool, a semaphore), or raise the cap deliberately with `debug.SetMaxThreads`. Raising ulimits or sysctls does not help."
    );
  }
});
var go_thread_cap_default = rule11;

// src/catalog/rules/gomaxprocs-quota.ts
var rule12 = defineRule({
  id: "gomaxprocs-quota",
  title: "CPU quota below GOMAXPROCS",
  environmental: true,
  severity: "warning",
  preflight(facts) {
    const cpu = cgroupCpu(facts);
    const limit = cpu?.value.limitCpus ?? null;
    if (!cpu || limit === null) return [];
    const c = valueOf(facts.system?.cpus);
    const cpus = c ? c.affinity ?? c.online : null;
    if (cpus === null || limit >= cpus) return [];
    const g = goInfo(facts);
    if (!g) return [];
    const want = Math.max(1, Math.ceil(limit));
    const env = goEnv(facts, "GOMAXPROCS");
    const godebug = goEnv(facts, "GODEBUG") ?? "";
    const evidence = [
      cpu.evidence,
      `${cpus} CPUs available to the process`,
      `Go ${g.version}, go.mod go line ${g.goModGo ?? "unknown"}`
    ];
    let procs;
    let why;
    if (env !== null && env !== void 0) {
      procs = Number.parseInt(env, 10);
      if (!Number.isFinite(procs) || procs <= Math.max(2, want)) return [];
      why = `GOMAXPROCS=${env} is set in the environment`;
      evidence.push(why);
    } else {
      const aware = goDefaultAtLeast(facts, "1.25");
      const off = /(^|,)\s*(containermaxprocs|updatemaxprocs)=0/.test(godebug);
      if (aware === true && !off) return [];
      if (aware === null && !off) return [];
      procs = cpus;
      why = off ? `GODEBUG=${godebug} turns the cgroup-aware default off` : "the Go toolchain or the go.mod go line is older than 1.25, so GOMAXPROCS ignores the quota";
      evidence.push(why);
    }
    if (procs <= Math.max(2, want)) return [];
    return [
      finding(rule12, {
        message: `GOMAXPROCS will be ${procs} under a CPU quota of ${limit.toFixed(2)} CPUs: ${why}. The runtime burns the quota in bursts and is throttled, which slows tests towards their timeouts.`,
        evidence,
        remedy: remedyFor(facts, {
          always: `Set \`GOMAXPROCS=${want}\` in the job env, or use Go >= 1.25 with \`go 1.25\` (or later) in go.mod (or \`godebug containermaxprocs=1\`) so that GOMAXPROCS follows the quota.`
        })
      })
    ];
  }
});
var gomaxprocs_quota_default = rule12;

// src/catalog/rules/inotify-limit.ts
var INOTIFY_EMFILE = [
  /(inotify|fsnotify|watcher).*too many open files/i,
  /too many open files.*(inotify|watch)/i
];
var INOTIFY_ENOSPC = [/(inotify_add_watch|fsnotify|watch).*no space left on device/i];
var WANT_INSTANCES = 1280;
var WANT_WATCHES = 655360;
var LOW_INSTANCES = 256;
var LOW_WATCHES = 65536;
function effective(facts, kind) {
  const a = sysctlNumber(
    facts,
    kind === "instances" ? "fs.inotify.max_user_instances" : "fs.inotify.max_user_watches"
  );
  const b = sysctlNumber(
    facts,
    kind === "instances" ? "user.max_inotify_instances" : "user.max_inotify_watches"
  );
  if (a && b)
    return b.value < a.value ? { value: b.value, evidence: `${b.evidence} (user namespace; ${a.evidence})` } : a;
  return a ?? b;
}
var rule13 = defineRule({
  id: "inotify-limit",
  title: "inotify instance or watch limit reached",
  environmental: true,
  severity: "warning",
  triggers: [...INOTIFY_EMFILE, ...INOTIFY_ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const emfile = matchLines(lines, INOTIFY_EMFILE);
    const enospc = matchLines(lines, INOTIFY_ENOSPC);
    if (emfile.length === 0 && enospc.length === 0) return null;
    const kind = emfile.length ? "instances" : "watches";
    const lim2 = effective(facts, kind);
    const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
    const s = lim2 ? lim2.value < low2 ? "corroborates" : "unknown" : "unknown";
    const evidence = [...emfile, ...enospc, lim2?.evidence ?? ""];
    const nofile = rlimit(facts, "nofile");
    if (kind === "instances" && nofile && nofile.value.hard < 4096 && s !== "corroborates") return null;
    const confidence = confidenceFor("specific", s);
    if (confidence === null) return null;
    return cause("inotify-limit", confidence, evidence, inotifyRemedy(facts, kind));
  },
  preflight(facts) {
    const out = [];
    for (const kind of ["instances", "watches"]) {
      const lim2 = effective(facts, kind);
      const low2 = kind === "instances" ? LOW_INSTANCES : LOW_WATCHES;
      if (!lim2 || lim2.value >= low2) continue;
      out.push(
        finding(rule13, {
          message: `Only ${lim2.value} inotify ${kind} per user, shared by every process of the user on the host: file-watching tests and tools (fsnotify, kind, IDEs) run out.`,
          evidence: [lim2.evidence],
          remedy: inotifyRemedy(facts, kind)
        })
      );
    }
    return out;
  }
});
function inotifyRemedy(facts, kind) {
  const key = kind === "instances" ? "fs.inotify.max_user_instances" : "fs.inotify.max_user_watches";
  return remedyFor(facts, {
    ...sysctlParts(key, kind === "instances" ? WANT_INSTANCES : WANT_WATCHES),
    always: "Also close watchers in tests (`defer w.Close()`): each fsnotify.Watcher holds one instance until closed."
  });
}
var inotify_limit_default = rule13;

// src/catalog/rules/ipv6-unavailable.ts
var IPV6_EADDRNOTAVAIL = /(?:listen|dial) (?:tcp6?|udp6?) \[::1?\]:\d+: (?:bind|connect): cannot assign requested address/i;
var AF_INET6_MISSING = /(?:listen|dial) (?:(?:tcp6|udp6|ip6(?::\w+)?) \S*|(?:tcp|udp|ip(?::\w+)?) \[[0-9a-f:.%\w]*\]:\d+): socket: address family not supported by protocol/i;
function ipv6Support(facts) {
  const lo = facts ? valueOf(facts.network?.ipv6Loopback) : void 0;
  const evidence = [];
  for (const k of ["net.ipv6.conf.lo.disable_ipv6", "net.ipv6.conf.all.disable_ipv6"]) {
    const v = sysctlNumber(facts, k);
    if (v?.value === 1) evidence.push(v.evidence);
  }
  if (lo) {
    evidence.unshift(
      `IPv6 loopback (::1 on lo): ${lo.present ? "present" : "missing"}${lo.detail ? ` (${lo.detail})` : ""}`
    );
    return { support: lo.present ? "contradicts" : "corroborates", evidence };
  }
  return { support: evidence.length > 0 ? "corroborates" : "unknown", evidence };
}
var remedy4 = (facts) => remedyFor(facts, {
  githubHosted: "enable it before the tests: `sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0`.",
  selfHosted: "`sudo sysctl -w net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0` (persist in /etc/sysctl.d/); if `/proc/net/if_inet6` is missing, the kernel was booted with `ipv6.disable=1`: remove it from the kernel command line.",
  container: "these sysctls are per network namespace: add `--sysctl net.ipv6.conf.all.disable_ipv6=0 --sysctl net.ipv6.conf.lo.disable_ipv6=0` to the job's `container.options` (or `docker run`).",
  always: 'Or make IPv6 tests skip when `net.Listen("tcp6", "[::1]:0")` fails.'
});
var rule14 = defineRule({
  id: "ipv6-unavailable",
  title: "IPv6 loopback unavailable",
  environmental: true,
  severity: "notice",
  triggers: [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [IPV6_EADDRNOTAVAIL, AF_INET6_MISSING]);
    if (matched.length === 0) return null;
    const s = ipv6Support(facts);
    if (s.support === "contradicts") return null;
    const confidence = confidenceFor("specific", s.support);
    if (!confidence) return null;
    return cause("ipv6-unavailable", confidence, [...matched, ...s.evidence], remedy4(facts));
  },
  preflight(facts) {
    const lo = valueOf(facts.network?.ipv6Loopback);
    if (!lo || lo.present) return [];
    const s = ipv6Support(facts);
    return [
      finding(rule14, {
        message: 'The loopback interface has no IPv6 address (::1): tests that listen on or dial "[::1]" or "tcp6" fail with "cannot assign requested address".',
        evidence: s.evidence,
        remedy: remedy4(facts)
      })
    ];
  }
});
var ipv6_unavailable_default = rule14;

// src/catalog/rules/max-map-count.ts
var MAP_SIGNATURES = [
  /mmap allocate error: cannot allocate memory/i,
  /\bmmap\b.*cannot allocate memory/i,
  /ThreadSanitizer failed to allocate .*clock allocator.*\((errno|error code): 12\)/
];
var CGO_EAGAIN = /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/;
var MAP_DEFAULT = 65530;
var WANT2 = 262144;
var rule15 = defineRule({
  id: "max-map-count",
  title: "Memory-mapping count limit reached (vm.max_map_count)",
  environmental: true,
  severity: "warning",
  triggers: [...MAP_SIGNATURES, CGO_EAGAIN],
  diagnose(_failure, { facts, lines }) {
    const direct = matchLines(lines, MAP_SIGNATURES);
    const cgo = matchLines(lines, CGO_EAGAIN);
    if (direct.length === 0 && cgo.length === 0) return null;
    const mmc = sysctlNumber(facts, "vm.max_map_count");
    let support = "unknown";
    if (mmc)
      support = mmc.value < MAP_DEFAULT ? "corroborates" : mmc.value >= WANT2 ? "contradicts" : "unknown";
    if (direct.length === 0 && support !== "corroborates") return null;
    const confidence = confidenceFor(direct.length ? "specific" : "generic", support);
    if (confidence === null || support === "contradicts") return null;
    return cause(
      "max-map-count",
      confidence,
      [...direct, ...cgo, mmc?.evidence ?? ""],
      remedyFor(facts, sysctlParts("vm.max_map_count", WANT2))
    );
  },
  preflight(facts) {
    const mmc = sysctlNumber(facts, "vm.max_map_count");
    if (!mmc || mmc.value >= MAP_DEFAULT) return [];
    return [
      finding(rule15, {
        message: `vm.max_map_count is ${mmc.value}, below the kernel default ${MAP_DEFAULT}: memory-mapped stores, cgo threads and the race detector run out of mappings.`,
        evidence: [mmc.evidence],
        remedy: remedyFor(facts, sysctlParts("vm.max_map_count", WANT2))
      })
    ];
  }
});
var max_map_count_default = rule15;

// src/catalog/rules/memory-limit-no-gomemlimit.ts
var rule16 = defineRule({
  id: "memory-limit-no-gomemlimit",
  title: "Memory limit without GOMEMLIMIT",
  environmental: true,
  severity: "warning",
  preflight(facts) {
    const mem = cgroupMemory(facts);
    if (!mem || mem.value.max === null) return [];
    const total = valueOf(facts.system?.memory)?.totalBytes;
    if (total !== void 0 && mem.value.max >= total) return [];
    const gomem = goEnv(facts, "GOMEMLIMIT");
    if (gomem === void 0 || gomem !== null) return [];
    const mib = Math.floor(mem.value.max * 0.85 / 1048576);
    return [
      finding(rule16, {
        message: `The tests run under a ${fmtBytes(mem.value.max)} memory limit and GOMEMLIMIT is unset: Go does not read the cgroup limit, so a test's heap can grow past it and be OOM-killed.`,
        evidence: [mem.evidence, "GOMEMLIMIT is not set in the environment"],
        remedy: remedyFor(facts, {
          always: `Set \`GOMEMLIMIT=${mib}MiB\` (about 85% of the limit) in the job env (\`env:\` in the workflow), and keep \`go test -p\` low enough that the packages' binaries fit together.`
        })
      })
    ];
  }
});
var memory_limit_no_gomemlimit_default = rule16;

// src/catalog/rules/mmap-enomem.ts
var RUNTIME_OOM = [
  /^runtime: out of memory: cannot allocate \d+-byte block/,
  /^fatal error: (runtime: )?out of memory$/,
  /^fatal error: runtime: cannot allocate memory$/,
  // The sanitizers' shadow/heap reservation refused with ENOMEM (12): TSan (`go test -race`), and MSan /
  // ASan in cgo sanitizer tests (golang/go#17689: `MemorySanitizer failed to allocate 0xf0000000000 ...
  // (errno: 12)` under vm.overcommit_memory=2). TSan's clock allocator is max-map-count's.
  /(?:Thread|Memory|Address)Sanitizer failed to allocate 0x[0-9a-f]+ \(\d+\) bytes(?!.*clock allocator).*\((errno|error code): 12\)/
];
var rule17 = defineRule({
  id: "mmap-enomem",
  title: "Address-space limit or overcommit refused memory (mmap ENOMEM)",
  environmental: true,
  severity: "warning",
  triggers: RUNTIME_OOM,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, RUNTIME_OOM);
    if (matched.length === 0) return null;
    const as = rlimit(facts, "as");
    const over = sysctlNumber(facts, "vm.overcommit_memory");
    const s = [];
    const evidence = [...matched];
    if (as) {
      evidence.push(as.evidence);
      s.push(Number.isFinite(as.value.soft) ? "corroborates" : "unknown");
    }
    if (over) {
      evidence.push(over.evidence);
      if (over.value === 2) s.push("corroborates");
    }
    let support = combineSupport(...s);
    if (support === "unknown" && as && !Number.isFinite(as.value.soft) && over && over.value !== 2)
      support = "contradicts";
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause("mmap-enomem", confidence, evidence, asRemedy(facts));
  },
  preflight(facts) {
    const out = [];
    const as = rlimit(facts, "as");
    if (as && Number.isFinite(as.value.soft))
      out.push(
        finding(rule17, {
          message: `The address-space limit (ulimit -v) is ${fmtBytes(as.value.soft)}: Go reserves large address ranges up front and the race detector needs terabytes of virtual space.`,
          evidence: [as.evidence],
          remedy: asRemedy(facts)
        })
      );
    const over = sysctlNumber(facts, "vm.overcommit_memory");
    if (over && over.value === 2)
      out.push(
        finding(rule17, {
          severity: "notice",
          message: "vm.overcommit_memory = 2 (strict): large reservations such as the race detector's shadow memory can fail.",
          evidence: [over.evidence],
          remedy: remedyFor(facts, sysctlParts("vm.overcommit_memory", 0))
        })
      );
    return out;
  }
});
function asRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "remove the `ulimit -v` from the job (or run `ulimit -v unlimited` in the step before `go test`).",
    selfHosted: "remove `LimitAS=` from the runner service and `as` from /etc/security/limits.d; `ulimit -v unlimited` in the step.",
    container: "remove `--ulimit as=...` from `container.options`; if vm.overcommit_memory is 2, set it to 0 on the host.",
    always: "If no limit is set, the host is out of memory: lower parallelism (`go test -p 1`)."
  });
}
var mmap_enomem_default = rule17;

// src/catalog/rules/noexec-tmp.ts
var GO_BUILD_EXEC = /fork\/exec (\S*\/go-build\d+\/\S+): permission denied/;
var EXEC_EACCES = /fork\/exec (\/\S+): permission denied/;
var under = (path, dir) => path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
var rule18 = defineRule({
  id: "noexec-tmp",
  title: "Temporary directory mounted noexec",
  environmental: true,
  severity: "error",
  triggers: [EXEC_EACCES],
  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EXEC_EACCES);
    if (!m) return null;
    const path = m[1];
    const isGoWork = GO_BUILD_EXEC.test(m[0]);
    const temps = tempMounts(facts);
    const used = isGoWork ? temps.filter((t) => t.role === usedRole(facts)) : [];
    const containing = temps.filter((t) => under(path, t.path));
    const longest = Math.max(0, ...containing.map((t) => t.path.length));
    const holder = used.length > 0 ? used : containing.filter((t) => t.path.length === longest);
    let support = "unknown";
    if (holder.some((t) => t.mount.noexec)) support = "corroborates";
    else if (holder.length > 0) support = "contradicts";
    if (!isGoWork && holder.length === 0) return null;
    const confidence = confidenceFor(isGoWork ? "specific" : "generic", support);
    if (confidence === null) return null;
    const evidence = [...matchLines(lines, EXEC_EACCES)];
    for (const t of holder)
      evidence.push(
        `${t.role} ${t.path} is on ${t.mount.mountPoint} (${t.mount.fsType}, ${t.mount.options.join(",")})`
      );
    return cause("noexec-tmp", confidence, evidence, noexecRemedy(facts));
  },
  preflight(facts) {
    const temps = tempMounts(facts).filter((t) => t.mount.noexec);
    if (temps.length === 0) return [];
    const used = usedRole(facts);
    return temps.map(
      (t) => finding(rule18, {
        severity: t.role === used ? "error" : "warning",
        message: t.role === used ? `${t.role} (${t.path}) is mounted noexec: go test builds the test binary there and cannot run it.` : `${t.role} (${t.path}) is mounted noexec: tests that build and run helpers in a temp dir fail.`,
        evidence: [`${t.path} on ${t.mount.mountPoint}: ${t.mount.options.join(",")}`],
        remedy: noexecRemedy(facts)
      })
    );
  }
});
function usedRole(facts) {
  const roles = new Set((facts?.mounts?.tempDirs ?? []).map((t) => t.role));
  return goInfo(facts)?.gotmpdir || roles.has("GOTMPDIR") ? "GOTMPDIR" : roles.has("TMPDIR") ? "TMPDIR" : "/tmp";
}
function noexecRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: 'point Go at an exec-able directory: `mkdir -p "$RUNNER_TEMP/gotmp"` and `GOTMPDIR=$RUNNER_TEMP/gotmp` in the job env.',
    selfHosted: "`GOTMPDIR=$RUNNER_TEMP/gotmp` (created first) in the job env, or remount the temp dir with `exec`.",
    container: "`--tmpfs /tmp:exec` in `container.options`, or `GOTMPDIR` on a directory mounted without noexec."
  });
}
var noexec_tmp_default = rule18;

// src/catalog/rules/oom-kill.ts
var SIGNAL_KILLED = /^signal: killed$/;
var TOOL_KILLED = /(?:^|[\s/])(compile|link|asm|cgo|vet|[5689][acgl])(\.exe)?: signal: killed$/;
var rule19 = defineRule({
  id: "oom-kill",
  title: "Killed by the out-of-memory killer",
  environmental: true,
  severity: "warning",
  triggers: [SIGNAL_KILLED, TOOL_KILLED],
  // A binary killed without printing anything (kind `killed`) must still reach the rule.
  kinds: ["killed"],
  diagnose(failure, { facts, lines }) {
    const matched = matchLines(lines, [SIGNAL_KILLED, TOOL_KILLED]);
    if (matched.length === 0 && failure.kind !== "killed") return null;
    const cg = counterDelta(facts, "memoryOomKill");
    const host = counterDelta(facts, "vmstatOomKill");
    const mem = cgroupMemory(facts);
    let support = "unknown";
    if (cg && cg.value > 0 || host && host.value > 0) support = "conclusive";
    else if (cg || host) support = "contradicts";
    else if (mem && mem.value.max !== null) {
      const total = valueOf(facts?.system?.memory)?.totalBytes;
      support = total === void 0 || mem.value.max < total ? "corroborates" : "unknown";
    }
    let confidence = confidenceFor("generic", support);
    if (matched.length === 0) {
      if (support === "conclusive") confidence = "high";
      else if (support === "corroborates") confidence = "low";
      else return null;
    }
    if (confidence === null) return null;
    const evidence = [...matched.length ? matched : ["the test binary ended without a result (killed)"]];
    for (const r of [cg, host]) if (r) evidence.push(r.evidence);
    if (mem) evidence.push(mem.evidence);
    if (mem && mem.value.peak !== null) evidence.push(`memory peak ${fmtBytes(mem.value.peak)}`);
    const limit = mem?.value.max ?? null;
    const gomem = limit !== null ? `GOMEMLIMIT=${Math.floor(limit * 0.85 / 1048576)}MiB` : "GOMEMLIMIT to about 85% of the memory limit";
    const tool = matched.some((l) => TOOL_KILLED.test(l));
    return cause(
      "oom-kill",
      confidence,
      evidence,
      remedyFor(facts, {
        githubHosted: "use a larger runner, or run fewer packages at once.",
        selfHosted: "give the runner (or its service, `MemoryMax=`) more memory, or run fewer jobs per host.",
        container: "raise the container's `--memory` in `container.options` / `docker run` (`mem_limit:` in compose).",
        always: `Lower parallelism: \`go test -p 1\` (packages${tool ? "; the compiler/linker were killed" : ""}) or \`-parallel 2\`; set \`${gomem}\` in the job env so the GC works before the limit (Go never derives it from the cgroup). Do not use GODEBUG=madvdontneed: it has been the default since Go 1.16.`
      })
    );
  }
});
var oom_kill_default = rule19;

// src/catalog/rules/pids-limit.ts
var EAGAIN_SPAWN = [
  /fork\/exec \S+: resource temporarily unavailable/i,
  /runtime: failed to create new OS thread \(have \d+ already; errno=11\)/,
  /runtime\/cgo: pthread_create failed: Resource temporarily unavailable/
];
var RUNAWAY_THREADS = 1e3;
var HAVE_N = /failed to create new OS thread \(have (\d+) already/;
function runawayThreads(lines) {
  const m = firstMatch(lines, HAVE_N);
  const n = m ? Number(m[1]) : 0;
  return n >= RUNAWAY_THREADS ? {
    n,
    evidence: `the process already had ${n} threads: the code itself may be creating threads without bound (goroutines blocked in syscalls or cgo)`
  } : null;
}
var PIDS_LOW = 4096;
var rule20 = defineRule({
  id: "pids-limit",
  title: "Process/thread count limit of the cgroup reached (pids.max)",
  environmental: true,
  severity: "warning",
  triggers: EAGAIN_SPAWN,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN);
    if (matched.length === 0) return null;
    const pids = cgroupPids(facts);
    const rejected = counterDelta(facts, "pidsEventsMax");
    let support = "unknown";
    if (rejected && rejected.value > 0) support = "conclusive";
    else if (rejected && rejected.value === 0) support = "contradicts";
    else if (pids && pids.value.max === null) support = "contradicts";
    else if (pids && pids.value.max !== null && pids.value.max <= PIDS_LOW) support = "corroborates";
    let confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const runaway = runawayThreads(lines);
    if (runaway && support !== "conclusive") confidence = lowerConfidence(confidence);
    if (confidence === null) return null;
    const evidence = [...matched, pids?.evidence ?? "", rejected?.evidence ?? "", runaway?.evidence ?? ""];
    if (matched.some((l) => l.includes("errno=11")))
      evidence.push('the runtime prints the "ulimit -u" hint for any EAGAIN, including pids.max');
    return cause("pids-limit", confidence, evidence, pidsRemedy(facts));
  },
  preflight(facts) {
    const pids = cgroupPids(facts);
    if (!pids || pids.value.max === null || pids.value.max > PIDS_LOW) return [];
    return [
      finding(rule20, {
        severity: pids.value.max < 512 ? "error" : "warning",
        message: `The cgroup allows only ${pids.value.max} tasks (processes + threads); Go test binaries run many threads each and go test runs packages in parallel.`,
        evidence: [pids.evidence],
        remedy: pidsRemedy(facts)
      })
    ];
  }
});
function pidsRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "hosted runners set no pids limit: a job container (`container.options: --pids-limit 32768`) or a step wrapper sets it.",
    selfHosted: "raise the runner service's `TasksMax=` (systemd drop-in: `[Service]` `TasksMax=infinity`, then restart it), or the pod's pid limit on Kubernetes (ARC).",
    container: "raise the container's limit: `--pids-limit 32768` (or `-1`) in `container.options` / `docker run`, `pids_limit:` in compose.",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  });
}
var pids_limit_default = rule20;

// src/catalog/rules/port-in-use.ts
var EADDRINUSE = /(?:listen|bind) (?:tcp|udp)[46]? (\S*):(\d+): bind: address already in use/;
var ANY_EADDRINUSE = /bind: address already in use/i;
var rule21 = defineRule({
  id: "port-in-use",
  title: "Fixed port already in use (test design)",
  environmental: false,
  severity: "notice",
  triggers: [/bind: address already in use/],
  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EADDRINUSE);
    if (!m) {
      const any = matchLines(lines, ANY_EADDRINUSE);
      if (any.length === 0) return null;
      return cause(
        "port-in-use",
        "low",
        any,
        'Something else holds the address the test binds. Listen on port 0 and read the address back (`net.Listen("tcp", "127.0.0.1:0")`, `httptest.NewServer`) instead of a fixed or pre-picked port; for a Unix socket, remove the stale file first or use a path under `t.TempDir()`; close servers with `t.Cleanup`.'
      );
    }
    const port = Number(m[2]);
    if (port === 0) return null;
    const range = facts ? valueOf(facts.network?.portRange) : void 0;
    const evidence = matchLines(lines, EADDRINUSE);
    let support = "unknown";
    if (range) {
      const inRange = port >= range.low && port <= range.high;
      evidence.push(
        `port ${port} is ${inRange ? "inside" : "outside"} the ephemeral range ${range.low}-${range.high}`
      );
      support = inRange ? "unknown" : "corroborates";
    }
    const confidence = confidenceFor("specific", support);
    if (confidence === null) return null;
    return cause(
      "port-in-use",
      confidence,
      evidence,
      `Listen on port 0 and read the address back (\`net.Listen("tcp", "127.0.0.1:0")\`, \`httptest.NewServer\`) instead of the fixed port ${port}; close servers with \`t.Cleanup\`; if packages must share a port, run them with \`go test -p 1\`.`
    );
  }
});
var port_in_use_default = rule21;

// src/catalog/rules/ptrace-restricted.ts
var PTRACE = [
  /yama\/ptrace_scope/i,
  /\bptrace: Operation not permitted/i,
  /could not attach to pid \d+/i,
  /\bPTRACE_(?:ATTACH|SEIZE|TRACEME)\b.*(?:operation not permitted|permission denied)/i
];
var remedy5 = (facts) => remedyFor(facts, {
  ...sysctlParts("kernel.yama.ptrace_scope", 0),
  container: "`kernel.yama.ptrace_scope` is host-wide; in the container add `--cap-add SYS_PTRACE` to `container.options` (Docker's seccomp profile then allows ptrace), or set the sysctl on the host.",
  always: "Or start the program under the debugger as a child (`dlv test`, `dlv exec`) instead of attaching: scope 1 allows tracing descendants."
});
var rule22 = defineRule({
  id: "ptrace-restricted",
  title: "ptrace restricted by Yama",
  environmental: true,
  severity: "notice",
  triggers: PTRACE,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, PTRACE);
    if (matched.length === 0) return null;
    const scope = sysctlNumber(facts, "kernel.yama.ptrace_scope");
    const caps = facts ? valueOf(facts.security?.capabilities) : void 0;
    let support = "unknown";
    if (scope) {
      if (scope.value === 0) support = "contradicts";
      else if (scope.value >= 2 && caps?.sysPtrace)
        support = scope.value === 3 ? "corroborates" : "contradicts";
      else support = "corroborates";
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    const evidence = [...matched, scope?.evidence ?? ""];
    if (caps) evidence.push(`CAP_SYS_PTRACE: ${caps.sysPtrace ? "yes" : "no"}`);
    return cause("ptrace-restricted", confidence, evidence, remedy5(facts));
  },
  preflight(facts) {
    const scope = sysctlNumber(facts, "kernel.yama.ptrace_scope");
    if (!scope || scope.value < 2) return [];
    return [
      finding(rule22, {
        message: `kernel.yama.ptrace_scope is ${scope.value}: ${scope.value === 3 ? "no process may ptrace another" : "only CAP_SYS_PTRACE holders may attach"}; debuggers and tracing tests (dlv attach, gdb -p, strace -p) fail.`,
        evidence: [scope.evidence],
        remedy: remedy5(facts)
      })
    ];
  }
});
var ptrace_restricted_default = rule22;

// src/catalog/rules/race-requires-cgo.ts
var RACE_NEEDS_CGO = /^go(?: (?:test|build|run|install|vet|list))?: -(?:race|msan|asan) requires cgo/m;
var NO_CC = /^cgo: C compiler "[^"]*" not found/m;
var remedy6 = (facts) => remedyFor(facts, {
  githubHosted: "hosted images ship gcc: set `CGO_ENABLED: 1` in the job or step `env` (something set it to 0) and check that `CC` names an installed compiler.",
  selfHosted: "install a C compiler (`sudo apt-get install -y gcc`) and set `CGO_ENABLED=1` for the test step.",
  container: "install a C compiler in the image: `RUN apk add --no-cache gcc musl-dev` (alpine) or `RUN apt-get update && apt-get install -y gcc libc6-dev` (Debian), and set `ENV CGO_ENABLED=1`.",
  always: "Or drop -race from that job (keep it in one job that has cgo)."
});
function cgoFacts(facts) {
  const g = goInfo(facts);
  if (!g) return { support: "unknown", evidence: [] };
  const evidence = [];
  if (g.cgoEnabled === false) evidence.push("go env CGO_ENABLED = 0");
  if (g.ccFound === false) evidence.push(`C compiler ${g.cc ?? "gcc"} not found on PATH`);
  if (evidence.length > 0) return { support: "corroborates", evidence };
  return { support: "unknown", evidence };
}
var rule23 = defineRule({
  id: "race-requires-cgo",
  title: "The race detector needs cgo and a C compiler",
  environmental: true,
  severity: "warning",
  triggers: [RACE_NEEDS_CGO, NO_CC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [RACE_NEEDS_CGO, NO_CC]);
    if (matched.length === 0) return null;
    const s = cgoFacts(facts);
    const confidence = confidenceFor("specific", s.support) ?? "medium";
    return cause("race-requires-cgo", confidence, [...matched, ...s.evidence], remedy6(facts));
  },
  preflight(facts) {
    const g = goInfo(facts);
    if (!g || !/(?:^|\s)-race(?:\s|=true|$)/.test(g.goflags ?? "")) return [];
    const s = cgoFacts(facts);
    if (s.support !== "corroborates") return [];
    return [
      finding(rule23, {
        message: "GOFLAGS asks for -race, but cgo is off or no C compiler is available: every `go test` will fail before running.",
        evidence: [`GOFLAGS = ${g.goflags ?? ""}`, ...s.evidence],
        remedy: remedy6(facts)
      })
    ];
  }
});
var race_requires_cgo_default = rule23;

// src/goprobe/classify.ts
var SYSCALLS = [
  {
    name: "clone3",
    expected: ["EINVAL"],
    // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0
    since: [5, 3],
    why: "glibc >= 2.34 creates threads with clone3 and falls back to clone only on ENOSYS (cgo, -race); os/exec uses it for UseCgroupFD"
  },
  {
    name: "pidfd_open",
    expected: ["EINVAL"],
    // kernel/pid.c: pid <= 0
    since: [5, 3],
    why: "Go >= 1.23 os.StartProcess probes it on the first exec (os.checkPidfd)"
  },
  {
    name: "pidfd_send_signal",
    expected: ["EBADF"],
    // kernel/signal.c: fdget(-1)
    since: [5, 1],
    why: "Go >= 1.23 os.Process.Signal/Kill with a pidfd"
  },
  {
    name: "waitid",
    // kernel/exit.c: P_PIDFD with a closed descriptor -> EBADF; kernels before 5.4 do not know P_PIDFD.
    expected: ["EBADF", "EINVAL"],
    since: [2, 6],
    why: "os.Process.Wait; waitid(P_PIDFD) is part of os.checkPidfd"
  },
  {
    name: "unshare",
    expected: ["OK"],
    // kernel/fork.c: no flags, no change
    since: [2, 6],
    why: "namespace tests (unshare, CLONE_NEW*); Docker's default profile refuses it without CAP_SYS_ADMIN"
  },
  {
    name: "setns",
    expected: ["EBADF"],
    // kernel/nsproxy.c: fdget(-1)
    since: [3, 0],
    why: "tests that enter network or mount namespaces"
  },
  {
    name: "mount",
    expected: ["EFAULT"],
    // fs/namespace.c: user_path_at(NULL) before may_mount()
    since: [2, 0],
    why: "tests that mount tmpfs or bind mounts"
  },
  {
    name: "memfd_create",
    expected: ["EINVAL"],
    // mm/memfd.c: unknown flags
    since: [3, 17],
    why: "anonymous files (unix.MemfdCreate), sealed buffers"
  },
  {
    name: "copy_file_range",
    expected: ["EBADF"],
    // fs/read_write.c: fdget(-1)
    since: [4, 5],
    why: "io.Copy between *os.File uses it; Go falls back on ENOSYS and EPERM (internal/poll/copy_file_range_linux.go, golang/go#40893), C code may not"
  },
  {
    name: "io_uring_setup",
    expected: ["EFAULT"],
    // io_uring/io_uring.c: copy_from_user(NULL params)
    since: [5, 1],
    optional: true,
    why: "libraries using io_uring; Docker's default profile refuses it since 25.0"
  },
  {
    name: "faccessat2",
    expected: ["EINVAL"],
    // fs/open.c: mode outside S_IRWXO
    since: [5, 8],
    why: "glibc >= 2.33 faccessat falls back only on ENOSYS (Docker before 20.10.6 answered EPERM); Go falls back on both (syscall/syscall_linux.go)"
  },
  {
    name: "ptrace",
    expected: ["ESRCH"],
    // kernel/ptrace.c: no task with pid 0
    since: [2, 0],
    why: "debuggers (dlv) and tests that trace child processes"
  },
  {
    name: "personality",
    expected: ["OK"],
    // kernel/exec_domain.c: 0xffffffff only queries
    since: [2, 0],
    why: "querying the execution domain"
  },
  {
    name: "personality(ADDR_NO_RANDOMIZE)",
    expected: ["OK"],
    since: [2, 6],
    why: "the race detector (ThreadSanitizer) and `setarch -R` disable ASLR with it; Docker's default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff"
  }
];
var SYSCALL_NAMES = SYSCALLS.map((s) => s.name);
function parseKernel(release) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(release ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}
var before = (k, since) => k[0] < since[0] || k[0] === since[0] && k[1] < since[1];
var FILTER_ERRNOS = /* @__PURE__ */ new Set(["EPERM", "EACCES", "ENOSYS"]);
function classifySyscall(spec2, raw, ctx) {
  const base = { errno: raw.errno, expected: [...spec2.expected], ...raw.call ? { call: raw.call } : {} };
  const since = spec2.since.join(".");
  if (raw.errno === "SIGSYS")
    return {
      ...base,
      blocked: true,
      note: "the call killed the probe with SIGSYS: the filter traps or kills (SCMP_ACT_TRAP/KILL) instead of returning an errno"
    };
  if (spec2.expected.includes(raw.errno)) return { ...base, blocked: false };
  if (!FILTER_ERRNOS.has(raw.errno))
    return {
      ...base,
      blocked: false,
      note: `unexpected ${raw.errno}: neither the kernel's answer nor a filter's usual one; not counted as blocked`
    };
  if (ctx.seccomp === 0)
    return {
      ...base,
      blocked: false,
      note: raw.errno === "ENOSYS" ? `ENOSYS with no seccomp filter: this kernel does not have ${spec2.name} (added in Linux ${since}${spec2.optional ? ", and optional in the kernel configuration" : ""})` : `${raw.errno} with no seccomp filter (Seccomp: 0): another policy (LSM, sysctl) refuses it`
    };
  if (spec2.name === "io_uring_setup" && raw.errno === "EPERM" && (ctx.ioUringDisabled ?? 0) > 0)
    return {
      ...base,
      blocked: false,
      note: `EPERM explained by kernel.io_uring_disabled=${ctx.ioUringDisabled}, not by a seccomp filter`
    };
  const kernel = parseKernel(ctx.kernel);
  if (raw.errno === "ENOSYS") {
    if (!kernel)
      return {
        ...base,
        blocked: false,
        note: `ENOSYS and the kernel version is unknown: a filter or a kernel older than ${since} (not counted as blocked)`
      };
    if (before(kernel, spec2.since))
      return {
        ...base,
        blocked: false,
        note: `ENOSYS: kernel ${ctx.kernel} predates ${spec2.name} (Linux ${since}); not a filter`
      };
    return {
      ...base,
      blocked: true,
      note: `ENOSYS on kernel ${ctx.kernel}, which has had ${spec2.name} since ${since}: the seccomp filter answers ENOSYS` + (spec2.name === "clone3" ? " (as Docker >= 20.10.10 does without CAP_SYS_ADMIN; glibc and Go fall back to clone, so only clone3-specific uses break)" : "") + (spec2.optional ? ` (or ${spec2.name} is compiled out of this kernel)` : "")
    };
  }
  return {
    ...base,
    blocked: true,
    note: ctx.seccomp === 2 ? `${raw.errno} under a seccomp filter (Seccomp: 2) where the kernel answers ${spec2.expected.join(" or ")}` : `${raw.errno} where the kernel answers ${spec2.expected.join(" or ")} (seccomp mode unknown)`
  };
}
function classifySyscalls(raw, ctx) {
  const out = {};
  for (const spec2 of SYSCALLS) {
    const r = raw[spec2.name];
    if (r && r.errno !== "UNSUPPORTED") out[spec2.name] = classifySyscall(spec2, r, ctx);
  }
  return out;
}
function blockedSyscalls(info) {
  if (!info || !info.syscalls) return [];
  return Object.entries(info.syscalls).filter(([, r]) => r && r.blocked === true).map(([name]) => name);
}

// src/catalog/rules/seccomp-blocked.ts
var SIGSYS = [/^\s*SIGSYS: bad system call/m, /bad system call \(core dumped\)/i];
var PTHREAD_EPERM = /pthread_create failed: Operation not permitted/i;
var SYSCALL_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /\bunshare(?: failed)?: operation not permitted/i,
  /\b(?:setns|mount|unshare|clone3?|pidfd_open|io_uring_setup|personality)\b.*: (?:operation not permitted|function not implemented)/i
];
function seccompSupport(facts, relevant) {
  const sc = facts ? valueOf(facts.security?.seccomp) : void 0;
  const probe2 = facts?.goProbe ? valueOf(facts.goProbe) : void 0;
  const blocked = Object.entries(probe2?.syscalls ?? {}).filter(
    ([name, r]) => r.blocked && (relevant === "any" || relevant.includes(name))
  );
  const evidence = [];
  if (sc)
    evidence.push(
      `seccomp mode: ${sc.mode}${sc.filters !== null ? ` (${sc.filters} filter${sc.filters === 1 ? "" : "s"})` : ""} (/proc/self/status)`
    );
  for (const [name, r] of blocked)
    evidence.push(`probe: ${name} returned ${r.errno} (expected ${r.expected.join(" or ")})`);
  if (blocked.length > 0) return { support: "conclusive", evidence };
  if (!sc) return { support: "unknown", evidence };
  return { support: sc.mode === "disabled" ? "contradicts" : "corroborates", evidence };
}
var remedy7 = (facts, extra) => remedyFor(facts, {
  githubHosted: "GitHub-hosted runners apply no seccomp filter to job steps: the filter comes from a container or sandbox the tests run in; fix its profile.",
  selfHosted: "if the runner service has `SystemCallFilter=`, add the call or set `SystemCallErrorNumber=EPERM`; if the tests run in Docker, see the container remedy.",
  container: "run the job container with a seccomp profile that allows the call: `container.options: --security-opt seccomp=/path/profile.json` (copy moby's default.json and add it), or, as a last resort and weakening isolation, `--security-opt seccomp=unconfined`.",
  always: extra
});
var rule24 = defineRule({
  id: "seccomp-blocked",
  title: "A seccomp filter blocks a system call",
  environmental: true,
  severity: "warning",
  triggers: [...SIGSYS, PTHREAD_EPERM, ...SYSCALL_EPERM],
  diagnose(_failure, { facts, lines }) {
    const sigsys = matchLines(lines, SIGSYS);
    if (sigsys.length > 0) {
      const frames = [
        ...matchLines(lines, /^os\.checkPidfd\(/, 1),
        ...matchLines(lines, /^internal\/syscall\/unix\.\w+\(/, 1)
      ];
      const s2 = seccompSupport(facts, "any");
      const confidence = confidenceFor("specific", s2.support);
      if (!confidence) return null;
      return cause(
        "seccomp-blocked",
        confidence,
        [...sigsys, ...frames, ...s2.evidence],
        remedy7(
          facts,
          "The filter kills instead of returning an error: make its default action SCMP_ACT_ERRNO, and allow pidfd_open, pidfd_send_signal and waitid (Go >= 1.23 probes them on the first exec)."
        )
      );
    }
    const pthread = matchLines(lines, PTHREAD_EPERM);
    if (pthread.length > 0) {
      const s2 = seccompSupport(facts, ["clone3", "clone"]);
      const confidence = confidenceFor("specific", s2.support);
      if (!confidence) return null;
      return cause(
        "seccomp-blocked",
        confidence,
        [...pthread, ...s2.evidence],
        remedy7(
          facts,
          "clone3 must fail with ENOSYS, not EPERM, for glibc >= 2.34 to fall back to clone: upgrade Docker to 20.10.10 or later (or containerd with the 2021 fix), or use an image with an older glibc."
        )
      );
    }
    const eperm = matchLines(lines, SYSCALL_EPERM);
    if (eperm.length === 0) return null;
    const s = seccompSupport(facts, ["unshare", "clone", "setns", "mount"]);
    if (s.support === "unknown" || s.support === "contradicts") return null;
    const caps = facts ? valueOf(facts.security?.capabilities) : void 0;
    const evidence = [...eperm, ...s.evidence];
    if (caps && !caps.sysAdmin)
      evidence.push(
        "no CAP_SYS_ADMIN: Docker's default profile then refuses unshare, setns, mount and clone with namespace flags"
      );
    return cause(
      "seccomp-blocked",
      confidenceFor("generic", s.support) ?? "medium",
      evidence,
      remedy7(facts, "Or skip namespace-creating tests when they run in a container.")
    );
  },
  preflight(facts) {
    const probe2 = facts.goProbe ? valueOf(facts.goProbe) : void 0;
    const blocked = blockedSyscalls(probe2).map((n) => [n, probe2.syscalls[n]]);
    if (blocked.length === 0) return [];
    return [
      finding(rule24, {
        message: `A seccomp filter refuses ${blocked.map(([n]) => n).join(", ")}: tests (or cgo/glibc) that use these calls fail with EPERM/ENOSYS or SIGSYS.`,
        evidence: blocked.map(
          ([n, r]) => `probe: ${n} returned ${r.errno} (expected ${r.expected.join(" or ")})`
        ),
        remedy: remedy7(facts, "")
      })
    ];
  }
});
var seccomp_blocked_default = rule24;

// src/catalog/rules/shm-size.ts
var SHM_ENOSPC = /\/dev\/shm\/\S*: no space left on device/i;
var DOCKER_DEFAULT = 64 * 1024 * 1024;
var ROOMY = 1024 * 1024 * 1024;
function devShm(facts) {
  const m = facts ? valueOf(facts.mounts?.devShm) : void 0;
  if (!m) return null;
  const parts = [
    m.sizeBytes !== null ? `size ${fmtBytes(m.sizeBytes)}` : null,
    m.availBytes !== null ? `${fmtBytes(m.availBytes)} free` : null
  ];
  return {
    size: m.sizeBytes,
    avail: m.availBytes,
    evidence: `/dev/shm (${m.fsType}): ${parts.filter(Boolean).join(", ") || "size unknown"}`
  };
}
var remedy8 = (facts) => remedyFor(facts, {
  githubHosted: "the runner VM's /dev/shm is half of its RAM; if the tests run in a container, give it `--shm-size=1g` in `container.options`.",
  selfHosted: "`sudo mount -o remount,size=2g /dev/shm` (persist with an fstab entry for /dev/shm), or give the runner's container `--shm-size=1g`.",
  container: "add `--shm-size=1g` to the job's `container.options` (`docker run --shm-size=1g`; compose: `shm_size: 1gb`)."
});
var rule25 = defineRule({
  id: "shm-size",
  title: "/dev/shm too small",
  environmental: true,
  severity: "notice",
  triggers: [SHM_ENOSPC],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, SHM_ENOSPC);
    if (matched.length === 0) return null;
    const shm = devShm(facts);
    let support = "unknown";
    if (shm && shm.size !== null)
      support = shm.size <= DOCKER_DEFAULT * 4 ? "corroborates" : shm.size >= ROOMY ? "contradicts" : "unknown";
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("shm-size", confidence, [...matched, shm?.evidence ?? ""], remedy8(facts));
  },
  preflight(facts) {
    const shm = devShm(facts);
    if (!shm || shm.size === null || shm.size > DOCKER_DEFAULT) return [];
    return [
      finding(rule25, {
        message: `/dev/shm is only ${fmtBytes(shm.size)} (Docker's default is 64 MiB): tests that use shared memory (browsers, databases, POSIX semaphores) fail with "no space left on device" or SIGBUS.`,
        evidence: [shm.evidence],
        remedy: remedy8(facts)
      })
    ];
  }
});
var shm_size_default = rule25;

// src/catalog/rules/somaxconn-backlog.ts
var TCP_LOOPBACK_TIMEOUT = /dial tcp (?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost):\d+: (?:i\/o timeout|connect: connection timed out)/i;
var UNIX_EAGAIN = /dial unix \S+: connect: resource temporarily unavailable/i;
var LOW = 128;
var WANT3 = 4096;
var remedy9 = (facts) => remedyFor(facts, {
  ...sysctlParts("net.core.somaxconn", WANT3),
  always: "Also check that the test server keeps calling Accept: a handler that stops accepting fills the queue at any backlog."
});
var rule26 = defineRule({
  id: "somaxconn-backlog",
  title: "Listen backlog (net.core.somaxconn) too small",
  environmental: true,
  severity: "warning",
  triggers: [TCP_LOOPBACK_TIMEOUT, UNIX_EAGAIN],
  diagnose(_failure, { facts, lines }) {
    const tcp = matchLines(lines, TCP_LOOPBACK_TIMEOUT);
    const unix = matchLines(lines, UNIX_EAGAIN);
    if (tcp.length === 0 && unix.length === 0) return null;
    const som = sysctlNumber(facts, "net.core.somaxconn");
    const overflows = counterDelta(facts, "listenOverflows");
    const fromSysctl = som === null ? "unknown" : som.value < LOW ? "corroborates" : "contradicts";
    const fromCounter = overflows === null ? "unknown" : overflows.value > 0 ? "conclusive" : "unknown";
    const support = combineSupport(fromSysctl, fromCounter);
    if (unix.length === 0 && support === "unknown") return null;
    const confidence = confidenceFor(unix.length > 0 ? "specific" : "generic", support);
    if (!confidence) return null;
    return cause(
      "somaxconn-backlog",
      confidence,
      [...unix, ...tcp, som?.evidence ?? "", overflows?.evidence ?? ""],
      remedy9(facts)
    );
  },
  preflight(facts) {
    const som = sysctlNumber(facts, "net.core.somaxconn");
    if (!som || som.value >= LOW) return [];
    return [
      finding(rule26, {
        message: `net.core.somaxconn is ${som.value}: Go listeners get that backlog, and a burst of connections beyond it times out ("i/o timeout") instead of being accepted.`,
        evidence: [som.evidence],
        remedy: remedy9(facts)
      })
    ];
  }
});
var somaxconn_backlog_default = rule26;

// src/catalog/rules/thread-limit.ts
var NPROC_LOW = 4096;
var THREADS_MAX_LOW = 1e4;
var rule27 = defineRule({
  id: "thread-limit",
  title: "Process/thread limit reached (ulimit -u, threads-max)",
  environmental: true,
  severity: "warning",
  triggers: EAGAIN_SPAWN,
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, EAGAIN_SPAWN);
    if (matched.length === 0) return null;
    const nproc = rlimit(facts, "nproc");
    const root = isRoot(facts);
    const tmax = sysctlNumber(facts, "kernel.threads-max");
    const evidence = [...matched];
    const s = [];
    if (nproc && root === false) {
      evidence.push(nproc.evidence);
      s.push(nproc.value.soft < NPROC_LOW ? "corroborates" : "unknown");
    } else if (root === true) evidence.push("running as root: RLIMIT_NPROC is not enforced");
    if (tmax) {
      if (tmax.value < THREADS_MAX_LOW) {
        s.push("corroborates");
        evidence.push(tmax.evidence);
      }
    }
    let support = combineSupport(...s);
    if (support === "unknown" && root === true && tmax && tmax.value >= THREADS_MAX_LOW)
      support = "contradicts";
    let confidence = confidenceFor("specific", support);
    if (confidence === null || support === "contradicts") return null;
    const runaway = runawayThreads(lines);
    if (runaway) {
      confidence = lowerConfidence(confidence);
      evidence.push(runaway.evidence);
    }
    if (confidence === null) return null;
    return cause("thread-limit", confidence, evidence, nprocRemedy(facts));
  },
  preflight(facts) {
    const out = [];
    const nproc = rlimit(facts, "nproc");
    if (nproc && isRoot(facts) === false && nproc.value.soft < NPROC_LOW)
      out.push(
        finding(rule27, {
          message: `RLIMIT_NPROC is ${fmtLimit(nproc.value.soft)} for a non-root user; it counts every thread of that user, and Go test binaries run tens of threads each.`,
          evidence: [nproc.evidence],
          remedy: nprocRemedy(facts)
        })
      );
    const tmax = sysctlNumber(facts, "kernel.threads-max");
    if (tmax && tmax.value < THREADS_MAX_LOW)
      out.push(
        finding(rule27, {
          message: `kernel.threads-max is ${tmax.value}: the whole host can run only that many threads.`,
          evidence: [tmax.evidence],
          remedy: remedyFor(facts, {
            selfHosted: "`sudo sysctl -w kernel.threads-max=4194304` on the host.",
            githubHosted: "`sudo sysctl -w kernel.threads-max=4194304`.",
            container: "kernel.threads-max is host-wide: raise it on the host."
          })
        })
      );
    return out;
  }
});
function nprocRemedy(facts) {
  return remedyFor(facts, {
    githubHosted: "raise it in the step that runs the tests: `ulimit -u unlimited` (up to the hard limit; `sudo prlimit --pid $$ --nproc=unlimited` beyond it).",
    selfHosted: "raise the runner service's `LimitNPROC=` (systemd drop-in, then restart), or `nproc` in /etc/security/limits.d for the runner user.",
    container: "`--ulimit nproc=65535:65535` in `container.options` / `docker run` (RLIMIT_NPROC is per UID on the host: other containers with the same UID share it).",
    always: "Or lower parallelism: `go test -p 2`, `-parallel 4`."
  });
}
var thread_limit_default = rule27;

// src/catalog/rules/tsan-mmap-rnd-bits.ts
var UNEXPECTED_MAPPING = /FATAL: ThreadSanitizer: unexpected memory mapping/i;
var PERSONALITY_CHECK = /personality\(old_personality \| ADDR_NO_RANDOMIZE\)/;
var ASAN_DEADLYSIGNAL = /AddressSanitizer:DEADLYSIGNAL/;
var MAX_BITS = 30;
var WANT4 = 28;
var remedy10 = (facts) => remedyFor(facts, {
  ...sysctlParts("vm.mmap_rnd_bits", WANT4),
  always: 'Outside containers `setarch "$(uname -m)" -R go test -race ...` disables ASLR for that run; a newer LLVM/GCC sanitizer runtime copes by re-executing itself without ASLR.'
});
var rule28 = defineRule({
  id: "tsan-mmap-rnd-bits",
  title: "ASLR entropy too high for the thread sanitizer (vm.mmap_rnd_bits)",
  environmental: true,
  severity: "notice",
  triggers: [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, [UNEXPECTED_MAPPING, PERSONALITY_CHECK, ASAN_DEADLYSIGNAL]);
    if (matched.length === 0) return null;
    const bits = sysctlNumber(facts, "vm.mmap_rnd_bits");
    const fromBits = bits === null ? "unknown" : bits.value > MAX_BITS ? "corroborates" : "contradicts";
    const evidence = [...matched, bits?.evidence ?? ""];
    let support = fromBits;
    if (matched.some((l) => PERSONALITY_CHECK.test(l))) {
      const sc = facts ? valueOf(facts.security?.seccomp) : void 0;
      if (sc && sc.mode !== "disabled") {
        evidence.push(
          `seccomp mode: ${sc.mode} (Docker's profile does not allow personality(ADDR_NO_RANDOMIZE))`
        );
        support = combineSupport(fromBits === "contradicts" ? "unknown" : fromBits, "corroborates");
      }
    }
    if (support === "contradicts") return null;
    const confidence = confidenceFor("specific", support);
    if (!confidence) return null;
    return cause("tsan-mmap-rnd-bits", confidence, evidence, remedy10(facts));
  },
  preflight(facts) {
    const bits = sysctlNumber(facts, "vm.mmap_rnd_bits");
    const arch = valueOf(facts.system?.arch);
    if (!bits || bits.value <= MAX_BITS || arch !== void 0 && !/x86_64|amd64/.test(arch)) return [];
    return [
      finding(rule28, {
        message: `vm.mmap_rnd_bits is ${bits.value}: thread-sanitizer runtimes older than LLVM 18.1 fail with "unexpected memory mapping" above ${MAX_BITS} bits (cgo sanitizer builds; not seen with plain go test -race).`,
        evidence: [bits.evidence],
        remedy: remedy10(facts)
      })
    ];
  }
});
var tsan_mmap_rnd_bits_default = rule28;

// src/catalog/rules/userns-disabled.ts
var USERNS_ENOSPC = [
  /fork\/exec \S+: no space left on device/i,
  /unshare(?: failed)?: no space left on device/i
];
var USERNS_CONTEXT = /user_?ns|user[ _-]?namespace|CLONE_NEWUSER|unshare/i;
var USERNS_EPERM = [
  /fork\/exec \S+: operation not permitted/i,
  /unshare(?: failed)?: operation not permitted/i
];
var enospcRemedy = (facts) => remedyFor(facts, {
  ...sysctlParts("user.max_user_namespaces", 15e3),
  container: "`user.max_user_namespaces` is set on the host (it needs CAP_SYS_RESOURCE; a container cannot raise it): `sudo sysctl -w user.max_user_namespaces=15000` there.",
  always: "Or make the tests skip when creating a user namespace fails with ENOSPC."
});
var epermRemedy = (facts) => remedyFor(facts, {
  ...sysctlParts("kernel.unprivileged_userns_clone", 1),
  always: "Or make the tests skip when an unprivileged user namespace cannot be created (as Go's own syscall tests do)."
});
function fromLogAlone(failure, facts, lines, eperm) {
  const context = failure.test !== null && USERNS_CONTEXT.test(failure.test) || matchLines(lines, USERNS_CONTEXT, 1).length > 0;
  if (!context) return null;
  if (facts) {
    if (restrictUserns(facts)?.value === 1) return null;
    if (valueOf(facts.security?.seccomp)?.mode === "filter") return null;
    if (valueOf(facts.security?.userns)?.canCreate === true) return null;
  }
  return cause(
    "userns-disabled",
    "low",
    [
      ...eperm,
      failure.test !== null && USERNS_CONTEXT.test(failure.test) ? `${failure.test} creates a user namespace` : "",
      "kernel.unprivileged_userns_clone and the user the tests ran as are unknown"
    ],
    remedyFor(facts, {
      ...sysctlParts("kernel.unprivileged_userns_clone", 1),
      always: "Check first: `cat /proc/sys/kernel/unprivileged_userns_clone` (0 = disabled; absent on upstream kernels) and `unshare -Ur true`. If the knob is 1 or absent, look at AppArmor (`kernel.apparmor_restrict_unprivileged_userns`), a container's seccomp profile, or the test's own UID/GID mappings instead. Tests should skip when an unprivileged user namespace cannot be created."
    })
  );
}
var rule29 = defineRule({
  id: "userns-disabled",
  title: "User namespaces disabled by a kernel knob",
  environmental: true,
  severity: "warning",
  triggers: [...USERNS_ENOSPC, ...USERNS_EPERM],
  diagnose(failure, { facts, lines }) {
    const enospc = matchLines(lines, USERNS_ENOSPC);
    if (enospc.length > 0) {
      const max2 = sysctlNumber(facts, "user.max_user_namespaces");
      const support = max2 === null ? "unknown" : max2.value === 0 ? "corroborates" : "contradicts";
      const confidence = confidenceFor("specific", support);
      if (!confidence) return null;
      return cause("userns-disabled", confidence, [...enospc, max2?.evidence ?? ""], enospcRemedy(facts));
    }
    const eperm = matchLines(lines, USERNS_EPERM);
    if (eperm.length === 0) return null;
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    if (clone === null && isRoot(facts) === null) return fromLogAlone(failure, facts, lines, eperm);
    if (clone?.value !== 0 || isRoot(facts) !== false) return null;
    return cause(
      "userns-disabled",
      confidenceFor("generic", "corroborates") ?? "medium",
      [...eperm, clone.evidence, "the tests run as a non-root user"],
      epermRemedy(facts)
    );
  },
  preflight(facts) {
    const out = [];
    const max2 = sysctlNumber(facts, "user.max_user_namespaces");
    if (max2?.value === 0)
      out.push(
        finding(rule29, {
          message: 'user.max_user_namespaces is 0: creating a user namespace fails with "no space left on device" (ENOSPC), even for root. Tests that use CLONE_NEWUSER, rootless containers or sandboxes will fail.',
          evidence: [max2.evidence],
          remedy: enospcRemedy(facts)
        })
      );
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    if (clone?.value === 0 && isRoot(facts) === false)
      out.push(
        finding(rule29, {
          message: 'kernel.unprivileged_userns_clone is 0 (Debian/Ubuntu kernel patch): an unprivileged user cannot create a user namespace ("operation not permitted").',
          evidence: [clone.evidence, "the job runs as a non-root user"],
          remedy: epermRemedy(facts)
        })
      );
    return out;
  }
});
var userns_disabled_default = rule29;

// src/catalog/rules/userns-test-assumption.ts
var FORK_EPERM = /fork\/exec \S+: operation not permitted/i;
var rule30 = defineRule({
  id: "userns-test-assumption",
  title: "The test assumes privileges for its user namespace",
  environmental: false,
  severity: "notice",
  triggers: [FORK_EPERM],
  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, FORK_EPERM);
    if (matched.length === 0 || !facts) return null;
    if (isRoot(facts) !== false) return null;
    const max2 = sysctlNumber(facts, "user.max_user_namespaces");
    const clone = sysctlNumber(facts, "kernel.unprivileged_userns_clone");
    const aa = restrictUserns(facts);
    const sc = valueOf(facts.security?.seccomp);
    const userns = valueOf(facts.security?.userns);
    if (!max2 || max2.value === 0) return null;
    if (clone?.value === 0) return null;
    if (aa?.value === 1) return null;
    if (!sc || sc.mode !== "disabled") return null;
    if (userns && !userns.canCreate) return null;
    const evidence = [
      ...matched,
      max2.evidence,
      clone ? clone.evidence : "kernel.unprivileged_userns_clone absent or unreadable (upstream kernels have no such knob)",
      aa ? aa.evidence : "no AppArmor user-namespace mediation read",
      "seccomp: disabled",
      "the tests run as a non-root user"
    ];
    if (userns) evidence.push(`user namespace probe: ${userns.detail}`);
    return cause(
      "userns-test-assumption",
      "medium",
      evidence,
      "Nothing on this runner restricts user namespaces, so the EPERM comes from the request itself: an unprivileged process may only map its own UID and GID (`UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}`, same for GIDs with `GidMappingsEnableSetgroups: false`), and cannot set `Credential` to other IDs. Fix the mappings, or skip the test when `os.Getuid() != 0`."
    );
  }
});
var userns_test_assumption_default = rule30;

// src/catalog/index.ts
var rules = [
  apparmor_userns_default,
  clock_skew_default,
  cpu_throttling_timeout_default,
  deadlock_timeout_default,
  disk_full_default,
  dns_hosts_default,
  ephemeral_ports_default,
  fd_leak_default,
  go_cache_unavailable_default,
  go_thread_cap_default,
  gomaxprocs_quota_default,
  inotify_limit_default,
  ipv6_unavailable_default,
  max_map_count_default,
  memory_limit_no_gomemlimit_default,
  mmap_enomem_default,
  noexec_tmp_default,
  nofile_limit_default,
  oom_kill_default,
  pids_limit_default,
  port_in_use_default,
  ptrace_restricted_default,
  race_requires_cgo_default,
  seccomp_blocked_default,
  shm_size_default,
  somaxconn_backlog_default,
  thread_limit_default,
  tsan_mmap_rnd_bits_default,
  userns_disabled_default,
  userns_test_assumption_default
];
var byId = new Map(rules.map((r) => [r.id, r]));
var docsPath = (id) => `docs/rules/${id}.md`;
function ruleInfos(list = rules) {
  return list.map((r) => ({
    id: r.id,
    title: r.title,
    environmental: r.environmental,
    severity: r.severity,
    docs: docsPath(r.id),
    preflight: typeof r.preflight === "function",
    diagnose: typeof r.diagnose === "function"
  }));
}

// src/diagnose.ts
var MAX_GROUP_EVIDENCE = 6;
function compile(list) {
  const compiled = [];
  const parts = [];
  for (const rule47 of list) {
    if (typeof rule47.diagnose !== "function") continue;
    const t = rule47.triggers && rule47.triggers.length > 0 ? rule47.triggers : null;
    let group = -1;
    let own = null;
    if (t) {
      group = parts.length;
      const src = t.map((r) => `(?:${r.source})`).join("|");
      parts.push(`(?<r${group}>${src})`);
      own = new RegExp(src, "i");
    }
    compiled.push({ rule: rule47, group, own, kinds: rule47.kinds ? new Set(rule47.kinds) : null });
  }
  return { compiled, union: parts.length ? new RegExp(parts.join("|"), "gim") : null };
}
function triggered(pre, output) {
  const hit = /* @__PURE__ */ new Set();
  const union = pre.union;
  if (!union || output === "") return hit;
  const withTriggers = pre.compiled.filter((c) => c.group >= 0);
  union.lastIndex = 0;
  let m;
  while ((m = union.exec(output)) !== null) {
    const start = output.lastIndexOf("\n", m.index - 1) + 1;
    let end = output.indexOf("\n", m.index);
    if (end < 0) end = output.length;
    const line = output.slice(start, end);
    for (const c of withTriggers) if (!hit.has(c.group) && c.own.test(line)) hit.add(c.group);
    const g = m.groups ?? {};
    for (const k in g) if (g[k] !== void 0) hit.add(Number(k.slice(1)));
    if (hit.size >= withTriggers.length || end >= output.length) break;
    union.lastIndex = Math.max(end + 1, m.index + 1);
  }
  return hit;
}
var LINE_PREFIX = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z |#\d+ \d+\.\d+ )/;
var LINE_PREFIX_ALL = new RegExp(LINE_PREFIX.source, "gm");
function unprefixed(output) {
  return LINE_PREFIX.test(output) ? output.replace(LINE_PREFIX_ALL, "") : output;
}
function rankCauses(causes) {
  return causes.sort(
    (a, b) => confidenceRank(b.cause.confidence) - confidenceRank(a.cause.confidence) || Number(b.rule.environmental) - Number(a.rule.environmental) || b.cause.evidence.length - a.cause.evidence.length || a.rule.id.localeCompare(b.rule.id)
  );
}
function diagnoseFailure(failure, facts, opts = {}, pre = compile(opts.rules ?? rules)) {
  const output = unprefixed(failure.output ?? "");
  const seen = output === failure.output ? failure : { ...failure, output };
  const hit = triggered(pre, output);
  let lines = null;
  const found = [];
  for (const { rule: rule47, group, kinds } of pre.compiled) {
    const runs = group < 0 ? !kinds || kinds.has(failure.kind) : hit.has(group) || (kinds?.has(failure.kind) ?? false);
    if (!runs) continue;
    lines ??= splitLines(output);
    try {
      const c = rule47.diagnose?.(seen, { facts, lines });
      if (c) found.push({ cause: c, rule: rule47 });
    } catch (e) {
      opts.onError?.(rule47.id, e);
    }
  }
  return rankCauses(found).slice(0, opts.maxCauses ?? 3);
}
function diagnose(run, facts, opts = {}) {
  const pre = compile(opts.rules ?? rules);
  const failures = [];
  const groups = /* @__PURE__ */ new Map();
  run.failures.forEach((f2, i) => {
    const ranked = diagnoseFailure(f2, facts, opts, pre);
    const rf = {
      package: f2.package,
      test: f2.test,
      kind: f2.kind,
      excerpt: f2.excerpt,
      causes: ranked.map((r) => r.cause)
    };
    if (f2.file !== void 0) rf.file = f2.file;
    if (f2.line !== void 0) rf.line = f2.line;
    failures.push(rf);
    const top = ranked[0];
    if (!top) return;
    const g = groups.get(top.rule.id);
    if (!g) {
      groups.set(top.rule.id, {
        rule: top.rule.id,
        title: top.rule.title,
        environmental: top.rule.environmental,
        confidence: top.cause.confidence,
        evidence: top.cause.evidence.slice(0, MAX_GROUP_EVIDENCE),
        remedy: top.cause.remedy,
        failures: [i],
        best: confidenceRank(top.cause.confidence)
      });
      return;
    }
    g.failures.push(i);
    const rank = confidenceRank(top.cause.confidence);
    if (rank > g.best) {
      g.best = rank;
      g.confidence = top.cause.confidence;
      g.remedy = top.cause.remedy;
      g.evidence = [...top.cause.evidence, ...g.evidence.filter((e) => !top.cause.evidence.includes(e))];
    } else {
      for (const e of top.cause.evidence) if (!g.evidence.includes(e)) g.evidence.push(e);
    }
    g.evidence = g.evidence.slice(0, MAX_GROUP_EVIDENCE);
  });
  const list = [...groups.values()].sort((a, b) => b.best - a.best || b.failures.length - a.failures.length || a.rule.localeCompare(b.rule)).map(({ best: _best, ...g }) => g);
  return { failures, groups: list };
}

// src/host/host.ts
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
function describeError(code, path) {
  switch (code) {
    case "ENOENT":
      return `${path} does not exist on this system`;
    case "EACCES":
    case "EPERM":
      return `permission denied reading ${path}`;
    case "EINVAL":
      return `${path} cannot be read here (EINVAL)`;
    default:
      return `${path} could not be read (${code})`;
  }
}

// src/dockerlint/compose.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/dockerlint/findings.ts
var SKIPPED_ID = "docker-lint-skipped";
var PARSE_ERROR_ID = "docker-lint-parse-error";
function skipped(file, why, remedy11) {
  return {
    rule: SKIPPED_ID,
    severity: "notice",
    title: "File not linted",
    message: `${file}: ${why}`,
    evidence: [why],
    remedy: remedy11,
    file
  };
}
function parseError(file, line, why) {
  return {
    rule: PARSE_ERROR_ID,
    severity: "warning",
    title: "File could not be parsed",
    message: `${file}:${line}: ${why}`,
    evidence: [why],
    remedy: "Fix the syntax error; until then the container settings in this file are not checked.",
    file,
    line
  };
}

// src/dockerlint/shell.ts
var MAX_TOKENS = 5e4;
function splitCommands(text, firstLine3 = 1, lines) {
  const lineOf2 = (row2) => lines && row2 < lines.length ? lines[row2] : firstLine3 + row2;
  const out = [];
  let cmd = [];
  let cur = "";
  let curLine = -1;
  let row = 0;
  let count = 0;
  const flush = () => {
    if (curLine >= 0) {
      cmd.push({ text: cur, line: lineOf2(curLine) });
      count++;
    }
    cur = "";
    curLine = -1;
  };
  const endCmd = () => {
    flush();
    if (cmd.length > 0) out.push(cmd);
    cmd = [];
  };
  const start = () => {
    if (curLine < 0) curLine = row;
  };
  for (let i = 0; i < text.length && count < MAX_TOKENS; i++) {
    const c = text[i];
    if (c === "\n") {
      row++;
      endCmd();
      continue;
    }
    if (c === "\\") {
      if (text[i + 1] === "\n") {
        i++;
        row++;
        flush();
        continue;
      }
      if (text[i + 1] === "\r" && text[i + 2] === "\n") {
        i += 2;
        row++;
        flush();
        continue;
      }
      start();
      cur += text[i + 1] ?? "";
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      start();
      const q = c;
      i++;
      while (i < text.length && text[i] !== q) {
        if (text[i] === "\n") row++;
        if (q === '"' && text[i] === "\\" && i + 1 < text.length) {
          i++;
          if (text[i] === "\n") {
            row++;
            i++;
            continue;
          }
        }
        cur += text[i];
        i++;
      }
      continue;
    }
    if (c === "$" && text[i + 1] === "{" && text[i + 2] === "{") {
      start();
      const end = text.indexOf("}}", i);
      const stop = end < 0 ? text.length : end + 2;
      cur += text.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (c === "$" && text[i + 1] === "(") {
      start();
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "(") depth++;
        else if (text[j] === ")" && --depth === 0) break;
        else if (text[j] === "\n") row++;
      }
      cur += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      flush();
      continue;
    }
    if (c === "#" && curLine < 0) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      endCmd();
      while (text[i + 1] === "&" || text[i + 1] === "|" || text[i + 1] === ";") i++;
      continue;
    }
    start();
    cur += c;
  }
  endCmd();
  return out;
}
var ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
function findGoTests(cmds, depth = 0) {
  const out = [];
  for (const cmd of cmds) {
    let k = 0;
    const env = /* @__PURE__ */ new Map();
    while (k < cmd.length && (cmd[k].text === "sudo" || cmd[k].text === "env" || cmd[k].text === "exec" || cmd[k].text === "time" || ASSIGN.test(cmd[k].text))) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(cmd[k].text);
      if (m) env.set(m[1], m[2]);
      k++;
    }
    const prog = cmd[k]?.text.replace(/^.*\//, "");
    if (prog === "go" && cmd[k + 1]?.text === "test" || prog === "gotestsum") {
      const args = cmd.slice(k + 1).map((t) => t.text);
      const race = args.some(
        (a) => a === "-race" || a === "--race" || a === "-race=true" || /(^|\s)-race(\s|$)/.test(a)
      );
      out.push({ line: cmd[k].line, race, env, text: cmd.map((t) => t.text).join(" ") });
      continue;
    }
    if (depth < 2) {
      for (let j = 0; j < cmd.length - 1; j++) {
        if (/^-[a-z]*c$/.test(cmd[j].text) && j > 0) {
          const inner = cmd[j + 1];
          for (const t of findGoTests(splitCommands(inner.text, inner.line), depth + 1))
            out.push({ ...t, line: inner.line });
        }
      }
    }
  }
  return out;
}
function runsTestBinary(cmds) {
  return cmds.some(
    (c) => c.some((t, i) => i <= 2 && /\.test$/.test(t.text.trim().split(/\s+/)[0]) && !t.text.startsWith("-"))
  );
}
var BOOL_LONG = /* @__PURE__ */ new Set([
  "detach",
  "interactive",
  "tty",
  "rm",
  "privileged",
  "init",
  "read-only",
  "publish-all",
  "no-healthcheck",
  "oom-kill-disable",
  "help",
  "quiet",
  "sig-proxy",
  "disable-content-trust",
  "use-api-socket"
]);
var BOOL_SHORT = /* @__PURE__ */ new Set(["d", "i", "t", "P", "q"]);
function normName(flag) {
  const short = {
    e: "env",
    m: "memory",
    v: "volume",
    w: "workdir",
    u: "user",
    p: "publish",
    h: "hostname",
    l: "label",
    c: "cpu-shares",
    a: "attach"
  };
  return short[flag] ?? flag;
}
function parseDockerOptions(tokens, from = 0, expectImage = true) {
  const options = [];
  let i = from;
  let image = null;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === "--") {
      i++;
      break;
    }
    if (t.text.startsWith("--")) {
      const eq = t.text.indexOf("=");
      const name = eq > 0 ? t.text.slice(2, eq) : t.text.slice(2);
      if (eq > 0) options.push({ name, value: t.text.slice(eq + 1), line: t.line });
      else if (BOOL_LONG.has(name)) options.push({ name, value: null, line: t.line });
      else {
        options.push({ name, value: tokens[i + 1]?.text ?? null, line: t.line });
        i++;
      }
      continue;
    }
    if (t.text.startsWith("-") && t.text.length > 1) {
      const body = t.text.slice(1);
      const eq = body.indexOf("=");
      if (eq > 0) {
        options.push({ name: normName(body.slice(0, eq)), value: body.slice(eq + 1), line: t.line });
        continue;
      }
      if ([...body].every((ch) => BOOL_SHORT.has(ch))) {
        for (const ch of body) options.push({ name: ch, value: null, line: t.line });
        continue;
      }
      const flag = body[0];
      if (body.length > 1 && !BOOL_SHORT.has(flag)) {
        options.push({ name: normName(flag), value: body.slice(1), line: t.line });
        continue;
      }
      const last = body[body.length - 1];
      for (const ch of body.slice(0, -1)) options.push({ name: ch, value: null, line: t.line });
      options.push({ name: normName(last), value: tokens[i + 1]?.text ?? null, line: t.line });
      i++;
      continue;
    }
    if (expectImage) {
      image = t;
      i++;
      break;
    }
  }
  return {
    line: tokens[from - 1]?.line ?? tokens[from]?.line ?? 0,
    options,
    image,
    command: expectImage ? tokens.slice(i) : []
  };
}
function findDockerRuns(cmds) {
  const out = [];
  for (const cmd of cmds) {
    let k = 0;
    while (k < cmd.length && (cmd[k].text === "sudo" || ASSIGN.test(cmd[k].text))) k++;
    const prog = cmd[k]?.text.replace(/^.*\//, "");
    if (prog !== "docker" && prog !== "podman") continue;
    let j = k + 1;
    while (j < cmd.length && cmd[j].text.startsWith("-")) j += cmd[j].text.includes("=") ? 1 : 2;
    if (cmd[j]?.text === "container") j++;
    if (cmd[j]?.text !== "run") continue;
    const run = parseDockerOptions(cmd, j + 1, true);
    run.line = cmd[k].line;
    out.push(run);
  }
  return out;
}
function parseSize(raw) {
  if (raw === null || raw === void 0) return null;
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? raw : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?\s*$/i.exec(raw);
  if (!m) return null;
  const mult = {
    "": 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5
  };
  return Math.round(parseFloat(m[1]) * mult[m[2].toLowerCase()]);
}
function formatSize(bytes2) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = bytes2;
  let u = 0;
  while (v >= 1024 && u < units.length - 1 && v % 1024 === 0) {
    v /= 1024;
    u++;
  }
  if (u === 0 && bytes2 >= 1024 * 1024) return `${(bytes2 / 1024 / 1024).toFixed(0)} MiB`;
  return `${v} ${units[u]}`;
}
function parseUlimit(raw) {
  const m = /^\s*([a-z]+)\s*=\s*(-?\d+|unlimited)(?:\s*:\s*(-?\d+|unlimited))?\s*$/i.exec(raw);
  if (!m) return null;
  const num2 = (s) => s === void 0 ? null : s === "unlimited" || s === "-1" ? Infinity : Number(s);
  const soft = num2(m[2]);
  const hard = m[3] === void 0 ? soft : num2(m[3]);
  return { name: m[1].toLowerCase(), soft, hard };
}

// src/dockerlint/spec.ts
function emptySpec(origin, name, loc) {
  return {
    origin,
    name,
    file: loc.file,
    line: loc.line,
    image: null,
    builtFrom: null,
    command: "",
    goTestLine: null,
    race: null,
    env: /* @__PURE__ */ new Map(),
    envOpaque: false,
    tmpfs: [],
    memory: null,
    cpus: null,
    pidsLimit: null,
    ulimits: [],
    shmSize: null,
    ipc: null,
    sysctls: [],
    securityOpts: [],
    privileged: null,
    capAdd: [],
    network: null,
    unparsed: []
  };
}
var at = (file, line, value) => ({ file, line, value });
function parseMountFields(raw) {
  const m = /* @__PURE__ */ new Map();
  for (const part of raw.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) m.set(part.trim().toLowerCase(), "true");
    else m.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return m;
}
function applyDockerOptions(spec2, options, file) {
  let quota = null;
  let period = 1e5;
  let quotaLine = 0;
  for (const o of options) {
    const v = o.value ?? "";
    const bad = () => void spec2.unparsed.push(`--${o.name} ${v}`);
    switch (o.name) {
      case "tmpfs": {
        const colon = v.indexOf(":");
        const path = colon < 0 ? v : v.slice(0, colon);
        const opts = colon < 0 ? [] : v.slice(colon + 1).split(",").map((s) => s.trim()).filter(Boolean);
        spec2.tmpfs.push({ file, line: o.line, path, options: opts, raw: `--tmpfs ${v}` });
        break;
      }
      case "mount": {
        const f2 = parseMountFields(v);
        if (f2.get("type") === "tmpfs") {
          const path = f2.get("destination") ?? f2.get("dst") ?? f2.get("target") ?? "";
          const extra = (f2.get("tmpfs-options") ?? "").replace(/[[\]"]/g, " ").split(/[\s,]+/).filter(Boolean);
          spec2.tmpfs.push({ file, line: o.line, path, options: extra, raw: `--mount ${v}` });
        }
        break;
      }
      case "memory": {
        const n = parseSize(v);
        if (n === null) bad();
        else spec2.memory = at(file, o.line, n);
        break;
      }
      case "cpus": {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) bad();
        else spec2.cpus = at(file, o.line, n);
        break;
      }
      case "cpu-quota":
        quota = Number(v);
        quotaLine = o.line;
        break;
      case "cpu-period":
        period = Number(v) || 1e5;
        break;
      case "pids-limit": {
        const n = Number(v);
        if (!Number.isFinite(n)) bad();
        else spec2.pidsLimit = at(file, o.line, n);
        break;
      }
      case "ulimit": {
        const u = parseUlimit(v);
        if (!u) bad();
        else spec2.ulimits.push({ file, line: o.line, ...u, raw: `--ulimit ${v}` });
        break;
      }
      case "shm-size": {
        const n = parseSize(v);
        if (n === null) bad();
        else spec2.shmSize = at(file, o.line, n);
        break;
      }
      case "ipc":
        spec2.ipc = at(file, o.line, v);
        break;
      case "sysctl": {
        const eq = v.indexOf("=");
        spec2.sysctls.push({
          file,
          line: o.line,
          key: (eq < 0 ? v : v.slice(0, eq)).trim(),
          value: eq < 0 ? "" : v.slice(eq + 1)
        });
        break;
      }
      case "security-opt":
        spec2.securityOpts.push(at(file, o.line, v));
        break;
      case "privileged":
        if (v === "" || v === "true") spec2.privileged = { file, line: o.line };
        break;
      case "cap-add":
        spec2.capAdd.push(at(file, o.line, v));
        break;
      case "network":
      case "net":
        spec2.network = at(file, o.line, v);
        break;
      case "env": {
        const eq = v.indexOf("=");
        if (eq > 0) spec2.env.set(v.slice(0, eq), at(file, o.line, v.slice(eq + 1)));
        else if (v) spec2.env.set(v, at(file, o.line, "$" + v));
        break;
      }
      case "env-file":
        spec2.envOpaque = true;
        break;
    }
  }
  if (quota !== null && quota > 0 && spec2.cpus === null) spec2.cpus = at(file, quotaLine, quota / period);
}

// src/dockerlint/yamlutil.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(file, src) {
  const lc = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(src, {
      lineCounter: lc,
      merge: true,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false
    });
  } catch (e) {
    return { y: null, errors: [parseError(file, 1, `YAML parser failed: ${e.message}`)] };
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.slice(0, 5).map((err) => {
      const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
      return parseError(file, line, `YAML: ${err.message.split("\n")[0]}`);
    });
    return { y: null, errors };
  }
  return { y: { file, doc, lc, src }, errors: [] };
}
function isMergeKey(key) {
  if (!(0, import_yaml.isScalar)(key)) return false;
  const v = key.value;
  return v === "<<" || typeof v === "symbol" && v.description === "<<";
}
function lineOf(y, node) {
  const r = node?.range;
  return r ? y.lc.linePos(r[0]).line : 1;
}
function deref(y, node) {
  let n = node;
  for (let i = 0; i < 8 && (0, import_yaml.isAlias)(n); i++) n = n.resolve(y.doc);
  return n;
}
function get(y, map, key) {
  const m = deref(y, map);
  if (!(0, import_yaml.isMap)(m)) return void 0;
  for (const item of m.items) {
    if (!(0, import_yaml.isPair)(item)) continue;
    const k = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : void 0;
    if (k === key) return deref(y, item.value);
  }
  for (const item of m.items) {
    if (!(0, import_yaml.isPair)(item) || !isMergeKey(item.key)) continue;
    const srcs = deref(y, item.value);
    const list = (0, import_yaml.isSeq)(srcs) ? srcs.items : [srcs];
    for (const s of list) {
      const v = get(y, s, key);
      if (v !== void 0) return v;
    }
  }
  return void 0;
}
function entries(y, map) {
  const m = deref(y, map);
  if (!(0, import_yaml.isMap)(m)) return [];
  const out = [];
  for (const item of m.items) {
    if (!(0, import_yaml.isPair)(item) || !(0, import_yaml.isScalar)(item.key)) continue;
    if (isMergeKey(item.key)) continue;
    const key = String(item.key.value);
    out.push({ key, keyNode: item.key, value: deref(y, item.value) });
  }
  return out;
}
function items(y, seq) {
  const s = deref(y, seq);
  return (0, import_yaml.isSeq)(s) ? s.items.map((i) => deref(y, i)) : [];
}
function str2(y, node) {
  const n = deref(y, node);
  if (!(0, import_yaml.isScalar)(n) || n.value === null || n.value === void 0) return null;
  return String(n.value);
}
function scalarValue(y, node) {
  const n = deref(y, node);
  return (0, import_yaml.isScalar)(n) ? n.value : void 0;
}
function scalarLines(y, node, value) {
  const n = deref(y, node);
  const lines = value.split("\n");
  const start = lineOf(y, n);
  if (!(0, import_yaml.isScalar)(n) || !n.range) return lines.map(() => start);
  if (n.type === "BLOCK_LITERAL") return lines.map((_, i) => start + 1 + i);
  const out = [];
  let pos = n.range[0];
  const end = n.range[1];
  for (const l of lines) {
    const probe2 = l.trim().slice(0, 40);
    const at3 = probe2 ? y.src.indexOf(probe2, pos) : -1;
    if (at3 >= 0 && at3 <= end) {
      out.push(y.lc.linePos(at3).line);
      pos = at3 + probe2.length;
    } else out.push(out.length > 0 ? out[out.length - 1] : start);
  }
  return out;
}
function envMap(y, node) {
  const out = /* @__PURE__ */ new Map();
  const n = deref(y, node);
  if ((0, import_yaml.isMap)(n)) {
    for (const e of entries(y, n))
      out.set(e.key, { value: str2(y, e.value) ?? "", line: lineOf(y, e.keyNode) });
  } else if ((0, import_yaml.isSeq)(n)) {
    for (const it of items(y, n)) {
      const s = str2(y, it);
      if (!s) continue;
      const eq = s.indexOf("=");
      out.set(eq < 0 ? s : s.slice(0, eq), { value: eq < 0 ? "" : s.slice(eq + 1), line: lineOf(y, it) });
    }
  }
  return out;
}

// src/dockerlint/compose.ts
function dirname(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function joinRel(base, rel) {
  if (rel.startsWith("/")) return null;
  const parts = base ? base.split("/") : [];
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function commandText(y, node) {
  const n = deref(y, node);
  if ((0, import_yaml2.isSeq)(n))
    return items(y, n).map((i) => str2(y, i) ?? "").join(" ");
  return str2(y, n);
}
function parseCompose(file, src) {
  const { y, errors } = parseYaml(file, src);
  if (!y) return { services: [], errors };
  const root = y.doc.contents;
  if (!(0, import_yaml2.isMap)(root)) {
    if (root !== null)
      errors.push(parseError(file, lineOf(y, root), "a compose file must be a mapping with `services:`"));
    return { services: [], errors };
  }
  const services = [];
  for (const svc of entries(y, get(y, root, "services"))) {
    const spec2 = emptySpec("compose", svc.key, { file, line: lineOf(y, svc.keyNode) });
    const at3 = (node, value) => ({ file, line: lineOf(y, node), value });
    const s = svc.value;
    const image = get(y, s, "image");
    if (str2(y, image)) spec2.image = at3(image, str2(y, image));
    let build2 = null;
    const b = get(y, s, "build");
    if (b !== void 0) {
      const ctx = (0, import_yaml2.isMap)(b) ? str2(y, get(y, b, "context")) ?? "." : str2(y, b) ?? ".";
      const df = (0, import_yaml2.isMap)(b) ? str2(y, get(y, b, "dockerfile")) ?? "Dockerfile" : "Dockerfile";
      const target = (0, import_yaml2.isMap)(b) ? str2(y, get(y, b, "target")) : null;
      const ctxPath = /^[a-z]+:\/\//i.test(ctx) || ctx.startsWith("git@") ? null : joinRel(dirname(file), ctx);
      const dfPath = ctxPath === null ? null : joinRel(ctxPath, df);
      if (dfPath !== null) build2 = { dockerfile: dfPath, target };
    }
    let hasCommand = false;
    for (const key of ["entrypoint", "command"]) {
      const node = get(y, s, key);
      const text = commandText(y, node);
      if (text === null) continue;
      hasCommand = true;
      spec2.command += (spec2.command ? " " : "") + text;
      const cmds = splitCommands(text, lineOf(y, node));
      const isSeqForm = (0, import_yaml2.isSeq)(deref(y, node));
      const tests = findGoTests(
        isSeqForm ? [items(y, node).map((i) => ({ text: str2(y, i) ?? "", line: lineOf(y, i) }))] : cmds
      );
      for (const t of tests) {
        spec2.goTestLine ??= { file, line: t.line };
        if (t.race) spec2.race ??= { file, line: t.line };
      }
      if (!spec2.goTestLine && runsTestBinary(cmds)) spec2.goTestLine = { file, line: lineOf(y, node) };
    }
    for (const [k, v] of envMap(y, get(y, s, "environment")))
      spec2.env.set(k, { file, line: v.line, value: v.value });
    if (get(y, s, "env_file") !== void 0) spec2.envOpaque = true;
    const tmpfs = get(y, s, "tmpfs");
    for (const t of (0, import_yaml2.isSeq)(tmpfs) ? items(y, tmpfs) : tmpfs !== void 0 ? [tmpfs] : []) {
      const raw = str2(y, t);
      if (!raw) continue;
      const colon = raw.indexOf(":");
      spec2.tmpfs.push({
        file,
        line: lineOf(y, t),
        path: colon < 0 ? raw : raw.slice(0, colon),
        options: colon < 0 ? [] : raw.slice(colon + 1).split(",").map((o) => o.trim()).filter(Boolean),
        raw: `tmpfs: ${raw}`
      });
    }
    for (const v of items(y, get(y, s, "volumes"))) {
      if ((0, import_yaml2.isMap)(v)) {
        if (str2(y, get(y, v, "type")) !== "tmpfs") continue;
        const target = str2(y, get(y, v, "target")) ?? "";
        const opts = get(y, v, "tmpfs");
        const extra = [];
        for (const e of entries(y, opts)) if (e.key === "exec" || e.key === "noexec") extra.push(e.key);
        spec2.tmpfs.push({
          file,
          line: lineOf(y, v),
          path: target,
          options: extra,
          raw: `volumes: type: tmpfs, target: ${target}`
        });
      } else {
        const raw = str2(y, v) ?? "";
        if (raw.startsWith("type=tmpfs")) {
          const f2 = parseMountFields(raw);
          spec2.tmpfs.push({
            file,
            line: lineOf(y, v),
            path: f2.get("target") ?? f2.get("destination") ?? "",
            options: [],
            raw
          });
        }
      }
    }
    const size2 = (key, node = get(y, s, key)) => {
      if (node === void 0) return null;
      const v = scalarValue(y, node);
      const n = parseSize(typeof v === "number" ? v : str2(y, node) ?? void 0);
      if (n === null) {
        spec2.unparsed.push(`${key}: ${str2(y, node)}`);
        return null;
      }
      return at3(node, n);
    };
    const num2 = (key, node = get(y, s, key)) => {
      if (node === void 0) return null;
      const n = Number(str2(y, node));
      if (!Number.isFinite(n)) {
        spec2.unparsed.push(`${key}: ${str2(y, node)}`);
        return null;
      }
      return at3(node, n);
    };
    const limits = get(y, get(y, get(y, s, "deploy"), "resources"), "limits");
    spec2.memory = size2("mem_limit") ?? size2("deploy.resources.limits.memory", get(y, limits, "memory"));
    spec2.cpus = num2("cpus") ?? num2("deploy.resources.limits.cpus", get(y, limits, "cpus"));
    if (!spec2.cpus) {
      const quota = num2("cpu_quota");
      const period = num2("cpu_period");
      if (quota && quota.value > 0) spec2.cpus = { ...quota, value: quota.value / (period?.value || 1e5) };
    }
    spec2.pidsLimit = num2("pids_limit") ?? num2("deploy.resources.limits.pids", get(y, limits, "pids"));
    spec2.shmSize = size2("shm_size");
    const ipc = get(y, s, "ipc");
    if (str2(y, ipc)) spec2.ipc = at3(ipc, str2(y, ipc));
    for (const u of entries(y, get(y, s, "ulimits"))) {
      if ((0, import_yaml2.isMap)(u.value)) {
        const soft = Number(str2(y, get(y, u.value, "soft")));
        const hard = Number(str2(y, get(y, u.value, "hard")));
        spec2.ulimits.push({
          file,
          line: lineOf(y, u.keyNode),
          name: u.key,
          soft: Number.isFinite(soft) ? soft < 0 ? Infinity : soft : null,
          hard: Number.isFinite(hard) ? hard < 0 ? Infinity : hard : null,
          raw: `ulimits: ${u.key}: {soft: ${str2(y, get(y, u.value, "soft"))}, hard: ${str2(y, get(y, u.value, "hard"))}}`
        });
      } else {
        const p = parseUlimit(`${u.key}=${str2(y, u.value)}`);
        if (p)
          spec2.ulimits.push({
            file,
            line: lineOf(y, u.keyNode),
            ...p,
            raw: `ulimits: ${u.key}: ${str2(y, u.value)}`
          });
      }
    }
    const sysctls = get(y, s, "sysctls");
    if ((0, import_yaml2.isMap)(sysctls)) {
      for (const e of entries(y, sysctls))
        spec2.sysctls.push({ file, line: lineOf(y, e.keyNode), key: e.key, value: str2(y, e.value) ?? "" });
    } else {
      for (const it of items(y, sysctls)) {
        const raw = str2(y, it) ?? "";
        const eq = raw.indexOf("=");
        spec2.sysctls.push({
          file,
          line: lineOf(y, it),
          key: (eq < 0 ? raw : raw.slice(0, eq)).trim(),
          value: eq < 0 ? "" : raw.slice(eq + 1)
        });
      }
    }
    for (const it of items(y, get(y, s, "security_opt"))) {
      const v = str2(y, it);
      if (v) spec2.securityOpts.push(at3(it, v));
    }
    const priv = get(y, s, "privileged");
    if (priv !== void 0 && (scalarValue(y, priv) === true || str2(y, priv) === "true"))
      spec2.privileged = { file, line: lineOf(y, priv) };
    for (const it of items(y, get(y, s, "cap_add"))) {
      const v = str2(y, it);
      if (v) spec2.capAdd.push(at3(it, v));
    }
    const net = get(y, s, "network_mode");
    if (str2(y, net)) spec2.network = at3(net, str2(y, net));
    services.push({ spec: spec2, build: build2, hasCommand });
  }
  return { services, errors };
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
function compileGlob(pattern) {
  return new RegExp("^" + translate(normalizePattern(pattern)) + "$");
}
var GlobSet = class {
  constructor(patterns) {
    this.patterns = patterns;
    this.res = patterns.map(compileGlob);
  }
  patterns;
  res;
  matches(path) {
    for (const re of this.res) if (re.test(path)) return true;
    return false;
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
function inside(root, real) {
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
  let entries2 = 0;
  let stopped = false;
  let realRoot;
  try {
    realRoot = await host.realpath(root);
  } catch (e) {
    const code = e instanceof HostError ? e.code : "EUNKNOWN";
    errors.push(
      skipped(
        root,
        `the workspace root cannot be read (${code})`,
        "Check `working-directory` and the checkout step."
      )
    );
    return { files, errors, entries: entries2 };
  }
  const symlinks = [];
  const queue = [""];
  let active = 0;
  const visit = async (dir) => {
    let list;
    try {
      list = await host.readDir(absJoin(root, dir));
    } catch (e) {
      const code = e instanceof HostError ? e.code : "EUNKNOWN";
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
      if (++entries2 > maxEntries) {
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
      const code = e instanceof HostError ? e.code : "EUNKNOWN";
      errors.push(
        skipped(
          rel,
          `symlink cannot be resolved (${code}); not linted`,
          "Fix or remove the dangling symlink."
        )
      );
      continue;
    }
    if (!inside(realRoot, real)) {
      errors.push(
        skipped(
          rel,
          `symlink points outside the workspace (${real}); not followed`,
          "Lint the target where it lives, or replace the symlink with the file."
        )
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
  return { files, errors, entries: entries2 };
}

// src/dockerlint/dockerfile.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var KNOWN = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
function parseDockerfile(file, text) {
  const errors = [];
  const stages = [];
  const byName = /* @__PURE__ */ new Map();
  let doc;
  try {
    doc = import_dockerfile_ast.DockerfileParser.parse(text);
  } catch (e) {
    errors.push(parseError(file, 1, `dockerfile parser failed: ${e.message}`));
    return { model: { file, stages }, errors };
  }
  let cur = null;
  for (const ins of doc.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    const range = ins.getRange();
    const line = range.start.line + 1;
    const endLine = range.end.line + 1;
    if (!KNOWN.has(keyword)) {
      errors.push(
        parseError(
          file,
          line,
          `unknown instruction: ${ins.getInstruction()} (BuildKit rejects it; a heredoc or continuation may be broken above)`
        )
      );
      continue;
    }
    const heredocs = ins.getHeredocs?.() ?? [];
    for (const h of heredocs) {
      if (!h.getDelimiterRange()) {
        errors.push(
          parseError(
            file,
            line,
            `heredoc <<${h.getName()} is never terminated (no line with just ${h.getName()})`
          )
        );
      }
    }
    if (keyword === "FROM") {
      const from = ins;
      const args = from.getExpandedArguments().map((a) => a.getValue());
      const image = args[0] ?? "";
      const name = from.getBuildStage()?.toLowerCase() ?? null;
      const parent = byName.get(image.toLowerCase()) ?? null;
      const env = new Map(parent ? parent.env : []);
      cur = { file, line, name, index: stages.length, image, parent, instructions: [], env };
      stages.push(cur);
      if (name) byName.set(name, cur);
      continue;
    }
    if (!cur) {
      if (keyword !== "ARG") errors.push(parseError(file, line, `${keyword} before the first FROM`));
      continue;
    }
    const instr = { keyword, line, endLine, args: ins.getArgumentsContent() ?? "" };
    cur.instructions.push(instr);
    if (keyword === "ENV") {
      const env = ins;
      for (const p of env.getProperties()) cur.env.set(p.getName(), { file, line, value: p.getValue() ?? "" });
    }
  }
  if (stages.length === 0 && doc.getInstructions().length > 0)
    errors.push(parseError(file, 1, "no FROM instruction"));
  return { model: { file, stages }, errors };
}
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

// src/dockerlint/model.ts
var docsPath2 = (id) => `docs/rules/${id}.md`;

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
function parseGoVersion2(s) {
  if (!s) return null;
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?/.exec(s.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === void 0 ? null : Number(m[3]) };
}
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
  return table.map((r) => parseGoVersion2(r.minor)).sort((a, b) => cmpMinor(b, a)).slice(0, 2);
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
  const v = parseGoVersion2(img.tag);
  if (!v) return null;
  if (!/^\d+\.\d+/.test(img.tag)) return { version: null, floating: true };
  return { version: v, floating: false };
}
var isOfficialGolang = (ref) => parseImage(ref).repo === "golang";

// src/dockerlint/rules/common.ts
function finding2(rule47, loc, message, evidence, remedy11, severity = rule47.severity) {
  return {
    rule: rule47.id,
    severity,
    title: rule47.title,
    message,
    evidence,
    remedy: remedy11,
    file: loc.file,
    line: loc.line
  };
}
function imageOf(spec2) {
  if (spec2.builtFrom) return rootImage(spec2.builtFrom);
  return spec2.image?.value ?? null;
}
function runsGoTests(spec2) {
  return spec2.goTestLine !== null;
}
function describe2(spec2) {
  switch (spec2.origin) {
    case "compose":
      return `compose service \`${spec2.name}\``;
    case "job-container":
      return `job \`${spec2.name}\` container`;
    case "job-service":
      return `service container \`${spec2.name}\``;
    default:
      return `\`docker run\` (${spec2.name})`;
  }
}
function testsEvidence(spec2) {
  const l = spec2.goTestLine;
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
function packagesOf(spec2) {
  return spec2.builtFrom ? installedPackages(spec2.builtFrom) : /* @__PURE__ */ new Set();
}
function envValue(spec2, name) {
  return spec2.env.get(name)?.value;
}

// src/dockerlint/rules/docker-cpu-limit-gomaxprocs.ts
var GO125 = { major: 1, minor: 25, patch: null };
var rule31 = {
  id: "docker-cpu-limit-gomaxprocs",
  title: "CPU limit that GOMAXPROCS does not see",
  severity: "warning",
  docs: docsPath2("docker-cpu-limit-gomaxprocs"),
  explains: ["cpu-throttling-timeout"],
  check(ctx) {
    const out = [];
    const mod = parseGoVersion2(ctx.goModGo);
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2) || !spec2.cpus || spec2.cpus.value <= 0) continue;
      if (spec2.env.has("GOMAXPROCS") || spec2.envOpaque) continue;
      const image = imageOf(spec2);
      const gv = image ? goVersionOfImage(image) : null;
      const toolchain = gv?.version ?? null;
      let why = null;
      if (mod && cmpMinor(mod, GO125) < 0) {
        why = `go.mod says \`go ${ctx.goModGo}\`: the cgroup-aware GOMAXPROCS default (Go 1.25, GODEBUG containermaxprocs) follows the main module's go line, so even a newer toolchain keeps GOMAXPROCS = the number of host CPUs`;
      } else if (toolchain && cmpMinor(toolchain, GO125) < 0 && !(mod && cmpMinor(toolchain, mod) < 0)) {
        why = `the image ${image} has Go ${fmtMinor(toolchain)}; only Go 1.25 and later size GOMAXPROCS from the cgroup CPU limit`;
      }
      if (!why) continue;
      const quota = spec2.cpus.value;
      out.push(
        finding2(
          rule31,
          spec2.cpus,
          `${describe2(spec2)} is limited to ${quota} CPUs, but ${why}. Go then schedules more runnable threads than the quota allows and the container is throttled; slow or timing-sensitive tests time out (\`panic: test timed out\`).`,
          [
            `CPU limit ${quota} (${spec2.cpus.file}:${spec2.cpus.line})`,
            mod ? `go.mod go ${fmtVersion(mod)}` : "go.mod go line unknown",
            toolchain ? `toolchain Go ${fmtMinor(toolchain)} (${image})` : `toolchain: ${image ?? "unknown image"}`,
            "GOMAXPROCS not set",
            testsEvidence(spec2)
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
  for (const spec2 of ctx.containers)
    if (spec2.image)
      out.push({
        file: spec2.image.file,
        line: spec2.image.line,
        image: spec2.image.value,
        where: describe2(spec2)
      });
  return out;
}
var rule32 = {
  id: "docker-go-eol",
  title: "Go image past end of life",
  severity: "warning",
  docs: docsPath2("docker-go-eol"),
  explains: [],
  check(ctx) {
    const out = [];
    const sup = supportedMinors();
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image);
      if (!gv?.version || !isEndOfLife(gv.version)) continue;
      out.push(
        finding2(
          rule32,
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
var rule33 = {
  id: "docker-go-older-than-gomod",
  title: "Go image older than go.mod requires",
  severity: "error",
  docs: docsPath2("docker-go-older-than-gomod"),
  explains: [],
  check(ctx) {
    const out = [];
    const mod = parseGoVersion2(ctx.goModGo);
    if (!mod) return out;
    for (const use of imageUses(ctx)) {
      const gv = goVersionOfImage(use.image);
      if (!gv?.version || cmpVersion(gv.version, mod) >= 0) continue;
      const official = isOfficialGolang(use.image);
      out.push(
        finding2(
          rule33,
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
var rule34 = {
  id: "docker-go-test-in-build",
  title: "`go test` inside `docker build`",
  severity: "notice",
  docs: docsPath2("docker-go-test-in-build"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        for (const ins of stage.instructions) {
          if (ins.keyword !== "RUN") continue;
          const tests = findGoTests(instructionCommands(ins)).filter(
            (t2) => !/(^|\s)-c(\s|$)/.test(t2.text) && !/(^|\s)-run[= ]\^\$/.test(t2.text)
          );
          if (tests.length === 0) continue;
          const t = tests[0];
          const flags = /^(--[a-z-]+(=\S+)?\s+)+/.exec(ins.args.trim())?.[0].trim();
          out.push(
            finding2(
              rule34,
              { file: df.file, line: t.line },
              `Tests run during \`docker build\` (RUN in stage ${stage.name ?? `#${stage.index}`}). The build sandbox is not the container the tests were written for: run-time options (--tmpfs, --shm-size, --ulimit, --sysctl, --cap-add, --security-opt, --memory) do not apply to RUN, limits come from the builder daemon, privileged steps need \`RUN --security=insecure\` plus an entitlement, and a cached layer skips the tests entirely when inputs are unchanged. A failure here is reported as a failed build step, far from the test.`,
              [`RUN ${flags ? flags + " " : ""}${t.text} (${df.file}:${t.line})`],
              "Build a test stage and run it as a container, where the usual options apply: `docker build --target test -t app-test . && docker run --rm app-test go test ./...`; or run go test on the runner before `docker build`. If it must stay in the build, give BuildKit the limits explicitly (`docker buildx build --ulimit nofile=65536:65536 --shm-size 1g`) and use `--progress=plain` to see the output."
            )
          );
        }
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-memory-without-gomemlimit.ts
var MiB = 1024 * 1024;
var rule35 = {
  id: "docker-memory-without-gomemlimit",
  title: "Memory limit without GOMEMLIMIT",
  severity: "warning",
  docs: docsPath2("docker-memory-without-gomemlimit"),
  explains: ["oom-kill"],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2) || !spec2.memory || spec2.memory.value <= 0) continue;
      if (spec2.env.has("GOMEMLIMIT") || spec2.envOpaque) continue;
      const limit = spec2.memory.value;
      const suggested = Math.max(1, Math.floor(limit * 0.85 / MiB));
      out.push(
        finding2(
          rule35,
          spec2.memory,
          `${describe2(spec2)} limits memory to ${formatSize(limit)} but does not set GOMEMLIMIT. No Go release derives GOMEMLIMIT from the cgroup limit, so the collector only reacts to GOGC and a test binary (or the compiler) can grow past the limit and be OOM-killed: \`signal: killed\` or a bare \`FAIL pkg\` with no test output.`,
          [
            `memory limit ${formatSize(limit)} (${spec2.memory.file}:${spec2.memory.line})`,
            "GOMEMLIMIT not set in the container environment",
            testsEvidence(spec2)
          ],
          `Set GOMEMLIMIT to about 85% of the limit (\`GOMEMLIMIT=${suggested}MiB\`). It applies per process, and go test runs up to GOMAXPROCS test binaries and compilers at once, so also lower parallelism (\`go test -p 1\` or \`-p 2\`) or raise the limit.`
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
var rule36 = {
  id: "docker-missing-tzdata-certs",
  title: "Test image without time zone data or CA certificates",
  severity: "notice",
  docs: docsPath2("docker-missing-tzdata-certs"),
  explains: [],
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
          finding2(
            rule36,
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
var rule37 = {
  id: "docker-pids-limit-low",
  title: "pids limit too low for parallel tests",
  severity: "warning",
  docs: docsPath2("docker-pids-limit-low"),
  explains: ["pids-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      const p = spec2.pidsLimit;
      if (!runsGoTests(spec2) || !p || p.value <= 0 || p.value >= PIDS_THRESHOLD) continue;
      out.push(
        finding2(
          rule37,
          p,
          `${describe2(spec2)} caps the container at ${p.value} tasks (processes and threads). go test runs the compiler and several test binaries in parallel, each with many threads; past the cap clone() fails with EAGAIN: \`runtime: failed to create new OS thread (have N already; errno=11)\` / \`fork/exec \u2026: resource temporarily unavailable\`. The runtime's hint "ulimit -u" is misleading here.`,
          [`pids limit ${p.value} (${p.file}:${p.line})`, `below ${PIDS_THRESHOLD}`, testsEvidence(spec2)],
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
var rule38 = {
  id: "docker-race-without-cgo",
  title: "`go test -race` where cgo is disabled or there is no C compiler",
  severity: "error",
  docs: docsPath2("docker-race-without-cgo"),
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
                finding2(
                  rule38,
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
                finding2(
                  rule38,
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
    for (const spec2 of ctx.containers) {
      if (!spec2.race) continue;
      const image = imageOf(spec2);
      const cgo = envValue(spec2, "CGO_ENABLED");
      if (cgo === "0" && spec2.origin !== "job-container") {
        const e = spec2.env.get("CGO_ENABLED");
        out.push(
          finding2(
            rule38,
            spec2.race,
            `${describe2(spec2)} runs \`go test -race\` with CGO_ENABLED=0; go stops with \`go: -race requires cgo\`.`,
            [`CGO_ENABLED=0 (${e?.file}:${e?.line})`, `go test -race (${spec2.race.file}:${spec2.race.line})`],
            REMEDY_ENV
          )
        );
      } else if (isAlpineImage(image) && !hasCCompiler(packagesOf(spec2))) {
        out.push(
          finding2(
            rule38,
            spec2.race,
            `${describe2(spec2)} runs \`go test -race\` in an Alpine image (${image}) with no gcc/musl-dev installed; cgo is unavailable, so \`-race\` cannot build.`,
            [
              `image ${image}${spec2.builtFrom ? ` (built from ${spec2.builtFrom.file}:${spec2.builtFrom.line})` : ""}`,
              `go test -race (${spec2.race.file}:${spec2.race.line})`
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
var rule39 = {
  id: "docker-shm-size",
  title: "/dev/shm left at 64 MiB where tests use shared memory",
  severity: "warning",
  docs: docsPath2("docker-shm-size"),
  explains: ["shm-size"],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2)) continue;
      if (spec2.ipc && /^(host|shareable|container:|service:)/.test(spec2.ipc.value)) continue;
      if (spec2.tmpfs.some((t) => t.path.replace(/\/+$/, "") === "/dev/shm")) continue;
      const image = imageOf(spec2) ?? "";
      const hay = [image, spec2.command, ...packagesOf(spec2)].join(" ");
      const user = SHM_USERS.exec(hay);
      if (spec2.shmSize) {
        if (spec2.shmSize.value > DEFAULT_SHM || !user) continue;
      } else if (!user) continue;
      const size2 = spec2.shmSize ? formatSize(spec2.shmSize.value) : "64 MiB (Docker default)";
      const at3 = spec2.shmSize ?? { file: spec2.file, line: spec2.line };
      out.push(
        finding2(
          rule39,
          at3,
          `${describe2(spec2)} runs tests that use shared memory (${user?.[0]}) with /dev/shm at ${size2}. Headless Chrome and other shm users crash or fail with \`no space left on device\` under /dev/shm, or die with SIGBUS, once it fills.`,
          [
            `/dev/shm: ${size2}${spec2.shmSize ? ` (${spec2.shmSize.file}:${spec2.shmSize.line})` : ""}`,
            `shared-memory user: ${user?.[0]}`,
            testsEvidence(spec2)
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
function classifySysctl(key, spec2) {
  const k = key.replace(/\//g, ".");
  if (IPC_KEYS.has(k) || k.startsWith("fs.mqueue.")) return spec2.ipc?.value === "host" ? "host-ipc" : "ok";
  if (k.startsWith("net.")) return spec2.network?.value === "host" ? "host-net" : "ok";
  return "not-namespaced";
}
var rule40 = {
  id: "docker-sysctl-rejected",
  title: "sysctl that Docker refuses to set in a container",
  severity: "error",
  docs: docsPath2("docker-sysctl-rejected"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      for (const s of spec2.sysctls) {
        const v = classifySysctl(s.key, spec2);
        if (v === "ok") continue;
        const why = v === "not-namespaced" ? `${s.key} is not namespaced: it belongs to the host kernel, so Docker refuses it (docker CLI: \`sysctl '${s.key}' is not whitelisted\`; runc: \`sysctl "${s.key}" is not in a separate kernel namespace\`) and the container does not start` : v === "host-ipc" ? `${s.key} is an IPC-namespace sysctl but the container shares the host IPC namespace (ipc: host), so runc refuses it` : `${s.key} is a network-namespace sysctl but the container uses the host network, so runc refuses it (\`sysctl "${s.key}" not allowed in host network namespace\`)`;
        out.push(
          finding2(
            rule40,
            s,
            `${describe2(spec2)}: ${why}.`,
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
var rule41 = {
  id: "docker-tmpfs-noexec",
  title: "tmpfs without exec where go test runs its binary",
  severity: "error",
  docs: docsPath2("docker-tmpfs-noexec"),
  explains: ["noexec-tmp"],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2)) continue;
      const dir = testBinaryDir((n) => envValue(spec2, n));
      for (const t of spec2.tmpfs) {
        if (!t.path.startsWith("/") || !covers(t.path, dir) || !tmpfsIsNoexec(t.options)) continue;
        const shortSyntax = spec2.origin === "compose" && t.raw.startsWith("tmpfs:");
        const fix = spec2.origin === "compose" ? shortSyntax ? `tmpfs: - ${t.path}:exec` : `the short syntax \`tmpfs: - ${t.path}:exec\`` : `--tmpfs ${t.path}:exec`;
        out.push(
          finding2(
            rule41,
            t,
            `${describe2(spec2)} mounts a tmpfs on ${t.path} without \`exec\`. Docker mounts tmpfs with noexec by default, and go test writes the test binary under ${dir} and executes it there, so every package fails with \`fork/exec ${dir}/go-build\u2026/x.test: permission denied\`.`,
            [
              `${t.raw} (${t.file}:${t.line})`,
              `options: ${t.options.length ? t.options.join(",") : "(none: Docker defaults rw,noexec,nosuid,nodev)"}`,
              testsEvidence(spec2),
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
var rule42 = {
  id: "docker-ulimit-in-run",
  title: "`ulimit` or `sysctl` in a Dockerfile RUN",
  severity: "warning",
  docs: docsPath2("docker-ulimit-in-run"),
  explains: ["nofile-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const df of ctx.dockerfiles) {
      for (const stage of df.stages) {
        for (const ins of stage.instructions) {
          if (ins.keyword !== "RUN") continue;
          const cmds = instructionCommands(ins);
          cmds.forEach((cmd, i) => {
            const kind = limitSetter(cmd);
            if (!kind) return;
            if (kind === "ulimit" && i < cmds.length - 1) return;
            const text = cmd.map((t) => t.text).join(" ");
            out.push(
              finding2(
                rule42,
                { file: df.file, line: cmd[0].line },
                kind === "ulimit" ? `\`${text}\` in a RUN only changes the limit of that RUN's shell; nothing after it in this RUN uses it, and neither later RUN steps nor containers from the image inherit it.` : `\`${text}\` in a RUN cannot change the kernel: /proc/sys is read-only in the build sandbox (the step fails, or is ignored with \`|| true\`), and a container does not get host sysctls from its image.`,
                [`${text} (${df.file}:${cmd[0].line})`],
                kind === "ulimit" ? "Set the limit where the tests run: `docker run --ulimit nofile=65536:65536`, compose `ulimits:`, job `container.options: --ulimit \u2026`, or in the same command as the tests (`ulimit -n 65536 && go test ./...`, up to the hard limit)." : "Set namespaced keys (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*) with `docker run --sysctl`/compose `sysctls:`, and host-wide keys on the host (`sudo sysctl -w \u2026` in a workflow step)."
              )
            );
          });
        }
      }
    }
    return out;
  }
};

// src/dockerlint/rules/docker-ulimit-low.ts
var NOFILE_HARD_MIN = 4096;
var NPROC_MIN = 512;
var fmt = (n) => n === null ? "?" : n === Infinity ? "unlimited" : String(n);
var rule43 = {
  id: "docker-ulimit-low",
  title: "ulimit too low for tests",
  severity: "warning",
  docs: docsPath2("docker-ulimit-low"),
  explains: ["nofile-limit", "thread-limit"],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2)) continue;
      for (const u of spec2.ulimits) {
        if (u.name === "nofile" && u.hard !== null && u.hard < NOFILE_HARD_MIN) {
          out.push(
            finding2(
              rule43,
              u,
              `${describe2(spec2)} sets the open-files hard limit to ${fmt(u.hard)}. Go 1.19+ raises the soft limit to the hard limit, so only the hard limit counts, and ${fmt(u.hard)} is low for tests that open many sockets or files: \`socket: too many open files\` / \`accept4: too many open files\`.`,
              [
                `${u.raw} (${u.file}:${u.line})`,
                `soft ${fmt(u.soft)}, hard ${fmt(u.hard)} < ${NOFILE_HARD_MIN}`,
                testsEvidence(spec2)
              ],
              "Raise it, e.g. `--ulimit nofile=65536:65536` (compose: `ulimits: { nofile: { soft: 65536, hard: 65536 } }`)."
            )
          );
        }
        if (u.name === "nproc" && u.soft !== null && u.soft < NPROC_MIN) {
          out.push(
            finding2(
              rule43,
              u,
              `${describe2(spec2)} sets RLIMIT_NPROC to ${fmt(u.soft)}. It counts every thread of the user (system-wide, per UID), so a non-root test run fails to create threads: \`runtime: failed to create new OS thread (\u2026 errno=11)\`. It is not enforced for root.`,
              [`${u.raw} (${u.file}:${u.line})`, `soft ${fmt(u.soft)} < ${NPROC_MIN}`, testsEvidence(spec2)],
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
var rule44 = {
  id: "docker-unconfined",
  title: "seccomp=unconfined or privileged used to make tests pass",
  severity: "notice",
  docs: docsPath2("docker-unconfined"),
  explains: [],
  check(ctx) {
    const out = [];
    for (const spec2 of ctx.containers) {
      if (!runsGoTests(spec2)) continue;
      const image = imageOf(spec2);
      if (image && /dind/.test(parseImage(image).tag ?? "")) continue;
      const hits = [];
      for (const o of spec2.securityOpts) {
        if (/^seccomp[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o });
        if (/^apparmor[=:]unconfined$/i.test(o.value)) hits.push({ what: `security_opt ${o.value}`, at: o });
      }
      if (spec2.privileged) hits.push({ what: "privileged", at: spec2.privileged });
      for (const c of spec2.capAdd)
        if (/^(CAP_)?(ALL|SYS_ADMIN)$/i.test(c.value)) hits.push({ what: `cap_add ${c.value}`, at: c });
      if (hits.length === 0) continue;
      out.push(
        finding2(
          rule44,
          hits[0].at,
          `${describe2(spec2)} runs the tests with ${hits.map((h) => h.what).join(", ")}. That switches off the sandbox the tests would meet elsewhere (seccomp, AppArmor, capabilities), so a test that needs a blocked syscall passes here and fails with \`operation not permitted\` on a developer's Docker or another runner, and the real requirement stays unnamed.`,
          [...hits.map((h) => `${h.what} (${h.at.file}:${h.at.line})`), testsEvidence(spec2)],
          NARROWER
        )
      );
    }
    return out;
  }
};

// src/dockerlint/rules/workflow-race-cgo-disabled.ts
var DOCKERISH = /* @__PURE__ */ new Set(["docker", "podman", "docker-compose", "kubectl", "ssh"]);
var rule45 = {
  id: "workflow-race-cgo-disabled",
  title: "Workflow runs `go test -race` with CGO_ENABLED=0",
  severity: "error",
  docs: docsPath2("workflow-race-cgo-disabled"),
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
              finding2(
                rule45,
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
var rule46 = {
  id: "workflow-ulimit-lost",
  title: "`ulimit` in a step of its own",
  severity: "warning",
  docs: docsPath2("workflow-ulimit-lost"),
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
            finding2(
              rule46,
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
  rule41,
  rule38,
  rule45,
  rule35,
  rule31,
  rule37,
  rule43,
  rule39,
  rule40,
  rule44,
  rule34,
  rule32,
  rule33,
  rule36,
  rule42,
  rule46
];

// src/dockerlint/workflow.ts
var import_yaml3 = __toESM(require_dist(), 1);
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
  const spec2 = emptySpec(origin, name, { file, line: lineOf(y, keyNode) });
  if (!(0, import_yaml3.isMap)(node)) {
    const image2 = str2(y, node);
    if (image2) spec2.image = { file, line: lineOf(y, node), value: image2 };
    return spec2;
  }
  const image = get(y, node, "image");
  if (str2(y, image)) spec2.image = { file, line: lineOf(y, image), value: str2(y, image) };
  const options = get(y, node, "options");
  const text = str2(y, options);
  if (text) {
    const toks = splitCommands(text.replace(/\n/g, " "), lineOf(y, options)).flat();
    applyDockerOptions(spec2, parseDockerOptions(toks, 0, false).options, file);
  }
  for (const [k, v] of toLocated(file, envMap(y, get(y, node, "env")))) spec2.env.set(k, v);
  return spec2;
}
function parseWorkflow(file, src) {
  const empty = { model: { file, jobs: [] }, containers: [], composeRuns: [] };
  const { y, errors } = parseYaml(file, src);
  if (!y) return { parsed: empty, errors };
  const root = y.doc.contents;
  if (!(0, import_yaml3.isMap)(root)) {
    if (root !== null)
      errors.push(parseError(file, lineOf(y, root), "a workflow must be a mapping with `jobs:`"));
    return { parsed: empty, errors };
  }
  const parsed = empty;
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
      const run = str2(y, runNode);
      const stepEnv = toLocated(file, envMap(y, get(y, st, "env")));
      const step = {
        file,
        line: lineOf(y, st),
        name: str2(y, get(y, st, "name")) ?? str2(y, get(y, st, "uses")) ?? `step at line ${lineOf(y, st)}`,
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
        const spec2 = emptySpec("docker-run", `${j.key}: ${step.name}`, { file, line: dr.line });
        applyDockerOptions(spec2, dr.options, file);
        if (dr.image) spec2.image = { file, line: dr.image.line, value: dr.image.text };
        spec2.command = dr.command.map((t) => t.text).join(" ");
        for (const t of findGoTests([dr.command])) {
          spec2.goTestLine ??= { file, line: t.line };
          if (t.race) spec2.race ??= { file, line: t.line };
          for (const [k, v] of t.env) if (!spec2.env.has(k)) spec2.env.set(k, { file, line: t.line, value: v });
        }
        if (!spec2.goTestLine && runsTestBinary([dr.command])) spec2.goTestLine = { file, line: dr.line };
        parsed.containers.push(spec2);
      }
      parsed.composeRuns.push(...composeRuns(cmds, file));
    }
  }
  return { parsed, errors };
}

// src/dockerlint/index.ts
var DEFAULT_MAX_FILE_BYTES = 1 << 20;
var dockerRules = [
  ...RULES.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    docs: r.docs,
    explains: [...r.explains]
  })),
  { id: SKIPPED_ID, title: "File not linted", severity: "notice", docs: docsPath2(SKIPPED_ID), explains: [] },
  {
    id: PARSE_ERROR_ID,
    title: "File could not be parsed",
    severity: "warning",
    docs: docsPath2(PARSE_ERROR_ID),
    explains: []
  }
];
var DOCKER_EXPLAINS = Object.fromEntries(
  RULES.map((r) => [r.id, r.explains])
);
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
    const spec2 = svc.spec;
    if (svc.build) {
      const df = dockerfiles.get(svc.build.dockerfile);
      const stage = df ? findStage(df, svc.build.target) : null;
      if (stage) {
        spec2.builtFrom = stage;
        for (let s = stage; s; s = s.parent) {
          for (const [k, v] of s.env) if (!spec2.env.has(k)) spec2.env.set(k, v);
        }
        if (!svc.hasCommand) {
          for (const ins of stage.instructions) {
            if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT") continue;
            const cmds = instructionCommands(ins);
            for (const t of findGoTests(cmds)) {
              spec2.goTestLine ??= { file: stage.file, line: t.line };
              if (t.race) spec2.race ??= { file: stage.file, line: t.line };
            }
            if (!spec2.goTestLine && runsTestBinary(cmds))
              spec2.goTestLine = { file: stage.file, line: ins.line };
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
  const composeRuns2 = [];
  const texts = [];
  for (const f2 of files) {
    try {
      const st = await host.lstat(f2.abs);
      if (st.size > maxBytes) {
        errors.push(
          skipped(
            f2.path,
            `${st.size} bytes is over the ${maxBytes}-byte limit; not read`,
            "Container files this large are unusual: check that the glob matches what you meant, or raise the limit."
          )
        );
        continue;
      }
      const text = await host.readFile(f2.abs, maxBytes + 1);
      if (text.length > maxBytes) {
        errors.push(
          skipped(
            f2.path,
            `grew past the ${maxBytes}-byte limit while being read; not linted`,
            "Lint it once it is complete."
          )
        );
        continue;
      }
      if (text.includes("\0")) {
        errors.push(
          skipped(
            f2.path,
            "binary content (NUL bytes); not a text file",
            "Exclude it from the `dockerfiles` globs."
          )
        );
        continue;
      }
      texts.push({ path: f2.path, text });
    } catch (e) {
      const code = e instanceof HostError ? e.code : "EUNKNOWN";
      errors.push(skipped(f2.path, `could not be read (${code})`, "Make it readable by the runner user."));
    }
  }
  for (const { path, text } of texts) {
    const kind = classify(path, text);
    linted.push(path);
    if (kind === "dockerfile") {
      const r = parseDockerfile(path, text);
      errors.push(...r.errors);
      dockerfiles.set(path, r.model);
    } else if (kind === "compose") {
      const r = parseCompose(path, text);
      errors.push(...r.errors);
      services.push(...r.services);
      containers.push(...r.services.map((s) => s.spec));
    } else {
      const r = parseWorkflow(path, text);
      errors.push(...r.errors);
      workflows.push(r.parsed.model);
      containers.push(...r.parsed.containers);
      composeRuns2.push(...r.parsed.composeRuns);
    }
  }
  link(services, dockerfiles, composeRuns2);
  const ctx = {
    dockerfiles: [...dockerfiles.values()],
    workflows,
    containers,
    goModGo: opts.goModGo ?? null
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
    for (const f2 of found) {
      const key = `${f2.rule}\0${f2.file}\0${f2.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f2);
    }
  }
  const rank = { error: 0, warning: 1, notice: 2 };
  return out.sort(
    (a, b) => rank[a.severity] - rank[b.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
  );
}

// src/pipeline.ts
import { StringDecoder } from "node:string_decoder";

// src/gotest/outbuf.ts
function partBytes(p) {
  return typeof p === "string" ? p.length : p.length;
}
function decodeJsonString(b) {
  if (b.indexOf(92) < 0) return b.toString("utf8");
  const s = b.toString("utf8");
  try {
    return JSON.parse('"' + s + '"');
  } catch {
    return s;
  }
}
var Budget = class {
  constructor(limit, small) {
    this.limit = limit;
    this.small = small;
  }
  limit;
  small;
  /** Bytes held now: live output buffers plus the output of retained failures. */
  used = 0;
  /** Failures whose output was cut to an excerpt because the budget was spent. */
  trimmed = 0;
  get spent() {
    return this.used > this.limit;
  }
};
var NO_BUDGET = new Budget(Infinity, Infinity);
var OutBuf = class {
  constructor(cap, budget = NO_BUDGET) {
    this.cap = cap;
    this.budget = budget;
  }
  cap;
  budget;
  head = [];
  headBytes = 0;
  tail = [];
  tailStart = 0;
  tailBytes = 0;
  /** Bytes dropped between head and tail. */
  dropped = 0;
  /** Some of those were dropped because the run's budget was spent (not only this buffer's cap). */
  squeezed = false;
  /** Gives the bytes back to the budget; the buffer is empty afterwards. */
  release() {
    this.budget.used -= this.headBytes + this.tailBytes;
    this.head = [];
    this.headBytes = 0;
    this.tail = [];
    this.tailStart = 0;
    this.tailBytes = 0;
  }
  get empty() {
    return this.headBytes === 0 && this.tailBytes === 0;
  }
  /** Adds escaped JSON string bytes (copied: the chunk they come from is reused). */
  pushRaw(buf, start, end) {
    const n = end - start;
    if (n <= 0) return;
    const copy = Buffer.allocUnsafe(n);
    buf.copy(copy, 0, start, end);
    this.add(copy, n);
  }
  push(text) {
    if (text.length > 0) this.add(text, text.length);
  }
  add(p, n) {
    const budget = this.budget;
    const tight = budget.used > budget.limit && budget.small < this.cap;
    const half = (tight ? budget.small : this.cap) >> 1;
    if (this.tailBytes === 0 && this.headBytes + n <= half) {
      this.head.push(p);
      this.headBytes += n;
      budget.used += n;
      return;
    }
    if (tight) this.squeezed = true;
    if (n > half) {
      const s = typeof p === "string" ? p : decodeJsonString(p);
      this.dropTail();
      this.dropped += s.length - half;
      this.tail = [s.slice(s.length - half)];
      this.tailStart = 0;
      this.tailBytes = half;
      budget.used += half;
      return;
    }
    this.tail.push(p);
    this.tailBytes += n;
    budget.used += n;
    while (this.tailBytes > half && this.tailStart < this.tail.length) {
      const first = this.tail[this.tailStart];
      this.tail[this.tailStart] = "";
      this.tailStart++;
      const fb = partBytes(first);
      this.tailBytes -= fb;
      this.dropped += fb;
      budget.used -= fb;
    }
    if (this.tailStart > 64 && this.tailStart * 2 > this.tail.length) {
      this.tail = this.tail.slice(this.tailStart);
      this.tailStart = 0;
    }
  }
  dropTail() {
    for (let i = this.tailStart; i < this.tail.length; i++) this.dropped += partBytes(this.tail[i]);
    this.budget.used -= this.tailBytes;
    this.tail = [];
    this.tailStart = 0;
    this.tailBytes = 0;
  }
  /** The kept text, with a marker where output was dropped. */
  text() {
    const dec = (p) => typeof p === "string" ? p : decodeJsonString(p);
    let s = this.head.map(dec).join("");
    if (this.dropped > 0) {
      if (s.length > 0 && !s.endsWith("\n")) s += "\n";
      s += `[... ${this.dropped} bytes of output omitted by go-env-guard ...]
`;
    }
    for (let i = this.tailStart; i < this.tail.length; i++) s += dec(this.tail[i]);
    return s;
  }
};

// src/gotest/engine.ts
var PENDING = "\0pending";
var CRASH_RE = /^(panic: |fatal error: |SIG[A-Z]+: )/m;
var TIMEOUT_RE = /^panic: test timed out after (\S+)/;
var EXCERPT_BYTES = 4096;
var MAX_VERDICTS = 2e4;
var KILLED_RE = /^signal: killed\r?$/;
var RUNNING_RE = /^\t\t(\S.*?) \(([^)]*)\)\r?$/;
var Engine = class {
  constructor(opts) {
    this.opts = opts;
    this.budget = new Budget(opts.maxRetainedOutput, EXCERPT_BYTES);
    this.stray = new OutBuf(opts.maxOutputPerFailure, this.budget);
  }
  opts;
  packages = /* @__PURE__ */ new Map();
  order = [];
  failures = [];
  tests = [];
  droppedFailures = 0;
  /** Output that belongs to no package (stderr noise, pasted excerpts); used for `log` failures. */
  stray;
  recognized = 0;
  /** What the run keeps: output buffers and retained failure output (see Budget). */
  budget;
  /** Verdicts not listed in `tests` (more than MAX_VERDICTS that did not pass). */
  droppedVerdicts = 0;
  pkg(name) {
    let p = this.packages.get(name);
    if (!p) {
      p = {
        name,
        terminal: null,
        tests: /* @__PURE__ */ new Map(),
        solo: null,
        counts: { tests: 0, passed: 0, failed: 0, skipped: 0 },
        out: new OutBuf(this.opts.maxOutputPerFailure, this.budget),
        build: null,
        midLine: false,
        killed: false,
        timeout: null,
        panicked: false,
        failures: [],
        anyTestFailed: false
      };
      this.packages.set(name, p);
      this.order.push(name);
    } else if (p.terminal !== null && name !== PENDING) {
      p.terminal = null;
    }
    return p;
  }
  start(pkgName) {
    this.recognized++;
    this.pkg(pkgName);
    this.opts.onEvent?.({ kind: "package-start", package: pkgName, test: null });
  }
  /** Lists a test verdict; past MAX_VERDICTS non-passing ones (and unless keepPassed), only counts it. */
  verdict(r) {
    if (this.tests.length >= MAX_VERDICTS && !this.opts.keepPassed) this.droppedVerdicts++;
    else this.tests.push(r);
  }
  /** Drops a test's output buffer, giving its bytes back to the budget. */
  dropOut(t) {
    if (t.out !== null) {
      t.out.release();
      t.out = null;
    }
  }
  /** p's test map, with its solo test put in first (in start order: solo is always the latest). */
  map(p) {
    const t = p.solo;
    if (t !== null) {
      p.solo = null;
      p.tests.set(this.nameOf(t), t);
    }
    return p.tests;
  }
  /** t's name, decoded from the input chunk the first time it is needed. */
  nameOf(t) {
    if (t.raw !== null) {
      t.name = t.raw.toString("utf8", t.rs, t.re);
      t.raw = null;
    }
    return t.name;
  }
  /** Solo tests whose names are still undecoded in the current chunk (decoded at its end). */
  lazy = [];
  /**
   * Hot path: a `run` event whose test name is b[s, e) (no escapes), not decoded unless needed. `key`
   * stands for these name bytes in passKey/outputKey while the parser's template holds them.
   */
  runRaw(pkgName, b, s, e, key) {
    this.spill();
    const p = this.pkgOf(pkgName);
    const m = this.map(p);
    let lazy = m.size <= 8;
    if (lazy && m.size > 0) {
      const n = e - s;
      for (let i = s; i < e; i++) if (b[i] >= 128) lazy = false;
      if (lazy) {
        for (const k of m.keys()) if (k.length === n) lazy = false;
      }
    }
    if (!lazy) {
      this.testEvent(pkgName, b.toString("utf8", s, e), "run", void 0);
      return;
    }
    this.recognized++;
    let t = this.pool.pop();
    if (t === void 0) {
      t = {
        name: "",
        raw: b,
        rs: s,
        re: e,
        key,
        reuse: false,
        status: "running",
        out: null,
        implicit: false,
        failedChild: false,
        midLine: false,
        pendHead: -1,
        pendTail: -1,
        elapsed: void 0
      };
    } else {
      t.name = "";
      t.raw = b;
      t.rs = s;
      t.re = e;
      t.key = key;
      t.reuse = false;
      t.status = "running";
      t.out = null;
      t.implicit = false;
      t.failedChild = false;
      t.midLine = false;
      t.pendHead = -1;
      t.pendTail = -1;
      t.elapsed = void 0;
    }
    p.counts.tests++;
    p.solo = t;
    this.lazy.push(t);
    this.lastT = null;
    this.keyT = t;
  }
  /** The last test started by runRaw (for outputKey). */
  keyT = null;
  /** Tests that passed through passKey, for runRaw to reuse (most tests: fewer allocations). */
  pool = [];
  /** Hot path: a `pass` event of the test with template key `key`; false when the caller must decode. */
  passKey(pkgName, key, elapsed) {
    const p = this.pkgOf(pkgName);
    const t = p.solo;
    if (t === null || t.key !== key || t.status !== "running") return false;
    this.recognized++;
    t.elapsed = elapsed;
    t.status = "passed";
    t.reuse = true;
    if (t === this.keyT) this.keyN = 0;
    this.dropOut(t);
    p.counts.passed++;
    p.solo = null;
    if (this.opts.keepPassed)
      this.verdict({ package: pkgName, test: this.nameOf(t), status: "passed", elapsed });
    this.opts.onEvent?.({ kind: "test-pass", package: pkgName, test: this.nameOf(t), elapsed });
    return true;
  }
  /** Hot path: output of the test with template key `key`; false when the caller must decode. */
  outputKey(pkgName, key, buf, s, e) {
    const t = this.keyT;
    if (t === null || t.key !== key || t.status !== "running" || pkgName !== this.lastPName) return false;
    const p = this.lastP;
    if (p === null || p.terminal !== null) return false;
    const c = s < e ? buf[s] : 0;
    if (c === 112 || c === 115 || c === 92 || c === 42 || p.timeout !== null && p.timeout.collecting)
      return false;
    let n = this.keyN;
    if (n === this.keyS.length) {
      this.spill();
      n = 0;
    }
    this.keyS[n] = s;
    this.keyE[n] = e;
    this.keyN = n + 1;
    return true;
  }
  // Lines of keyT recorded by outputKey: two stores per line. They join keyT's pending list (spill)
  // only when something else looks at its output; a pass through passKey just forgets them.
  keyS = new Int32Array(4096);
  keyE = new Int32Array(4096);
  keyN = 0;
  /** Moves keyT's recorded lines to its pending list (or forgets them if it no longer runs). */
  spill() {
    const n = this.keyN;
    if (n === 0) return;
    this.keyN = 0;
    const t = this.keyT;
    const buf = this.pendBuf;
    if (t === null || t.status !== "running" || buf === null) return;
    for (let i = 0; i < n; i++) this.pendLine(t, this.keyS[i], this.keyE[i]);
    const s = this.keyS[n - 1];
    const e = this.keyE[n - 1];
    t.midLine = !(e - s >= 2 && buf[e - 2] === 92 && buf[e - 1] === 110);
  }
  /** The package of an event, through the last-package cache. */
  pkgOf(pkgName) {
    const lp = this.lastP;
    if (lp !== null && pkgName === this.lastPName && lp.terminal === null) return lp;
    const p = this.pkg(pkgName);
    this.lastP = p;
    this.lastPName = pkgName;
    this.lastT = null;
    this.spill();
    this.keyT = null;
    return p;
  }
  test(p, name, implicit) {
    const m = this.map(p);
    let t = m.get(name);
    if (!t) {
      t = {
        name,
        raw: null,
        rs: 0,
        re: 0,
        key: -1,
        reuse: false,
        status: "running",
        out: null,
        implicit,
        failedChild: false,
        midLine: false,
        pendHead: -1,
        pendTail: -1,
        elapsed: void 0
      };
      m.set(name, t);
      if (!implicit) p.counts.tests++;
    } else if (!implicit && t.implicit) {
      t.implicit = false;
      p.counts.tests++;
    }
    return t;
  }
  testEvent(pkgName, name, action, elapsed) {
    this.recognized++;
    const p = this.pkgOf(pkgName);
    switch (action) {
      case "run": {
        const m = this.map(p);
        if (m.size === 0 || !m.has(name)) {
          const t3 = {
            name,
            raw: null,
            rs: 0,
            re: 0,
            key: -1,
            reuse: false,
            status: "running",
            out: null,
            implicit: false,
            failedChild: false,
            midLine: false,
            pendHead: -1,
            pendTail: -1,
            elapsed: void 0
          };
          p.counts.tests++;
          p.solo = t3;
          this.lastT = t3;
          this.lastTName = name;
          return;
        }
        const t2 = this.test(p, name, false);
        t2.status = "running";
        return;
      }
      case "pass":
      case "skip":
      case "fail":
        break;
      default:
        return;
    }
    const solo = p.solo;
    const t = solo !== null && action !== "fail" && this.nameOf(solo) === name ? solo : this.test(p, name, false);
    t.elapsed = elapsed;
    if (action === "pass") {
      t.status = "passed";
      this.dropOut(t);
      p.counts.passed++;
      if (this.opts.keepPassed) this.verdict({ package: pkgName, test: name, status: "passed", elapsed });
      this.opts.onEvent?.({ kind: "test-pass", package: pkgName, test: name, elapsed });
      if (t === solo) p.solo = null;
      else p.tests.delete(name);
      return;
    }
    if (action === "skip") {
      t.status = "skipped";
      this.dropOut(t);
      p.counts.skipped++;
      this.verdict({ package: pkgName, test: name, status: "skipped", elapsed });
      this.opts.onEvent?.({ kind: "test-skip", package: pkgName, test: name, elapsed });
      if (t === solo) p.solo = null;
      else p.tests.delete(name);
      return;
    }
    this.flushPending(t);
    t.status = "failed";
    p.counts.failed++;
    p.anyTestFailed = true;
    this.verdict({ package: pkgName, test: name, status: "failed", elapsed });
    const out = t.out ? t.out.text() : "";
    const cut = t.out?.squeezed === true;
    this.dropOut(t);
    const slash = name.lastIndexOf("/");
    if (slash > 0) {
      const parent = p.tests.get(name.slice(0, slash));
      if (parent) parent.failedChild = true;
    }
    if (!(t.failedChild && !hasOwnOutput(out))) {
      const kind = CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? "panic" : "test";
      this.addFailure(p, { package: pkgName, test: name, kind, output: out, elapsed, cut });
    }
    this.opts.onEvent?.({ kind: "test-fail", package: pkgName, test: name, output: out, elapsed });
    p.tests.delete(name);
  }
  addFailure(p, f2) {
    if (this.failures.length >= this.opts.maxFailures) {
      this.droppedFailures++;
      return;
    }
    const b = this.budget;
    if (f2.cut === true) b.trimmed++;
    else if (b.spent && f2.output.length > EXCERPT_BYTES) {
      const h = EXCERPT_BYTES >> 1;
      const cut = f2.output.length - 2 * h;
      f2.output = f2.output.slice(0, h) + `
[... ${cut} bytes of output omitted by go-env-guard (run output budget spent) ...]
` + f2.output.slice(f2.output.length - h);
      b.trimmed++;
    }
    b.used += f2.output.length;
    this.failures.push(f2);
    p.failures.push(f2);
  }
  // Output of running tests is first kept as offsets into the current input chunk and copied only
  // when the chunk is done and the test is still running: most tests pass within their chunk, so
  // their output is never copied nor decoded. Each test's lines form a list in pendS/pendE/pendNext,
  // so a pass costs nothing and a failure walks its own lines only.
  pendBuf = null;
  pendS = new Int32Array(4096);
  pendE = new Int32Array(4096);
  pendNext = new Int32Array(4096);
  pendN = 0;
  /** Tests that got pending lines in the current chunk. */
  pendTests = [];
  lastP = null;
  lastPName = "";
  lastT = null;
  lastTName = "";
  /** The parser hands every input buffer here before events that point into it. */
  useBuffer(buf) {
    if (buf !== this.pendBuf) {
      this.commit();
      this.pendBuf = buf;
    }
  }
  /** Copies what is pending and forgets the input buffer (the caller may reuse or drop it). */
  release() {
    this.commit();
    this.pendBuf = null;
  }
  /** Copies the pending output of tests still running (end of a chunk). */
  commit() {
    this.spill();
    const tests = this.pendTests;
    for (let i = 0; i < tests.length; i++) {
      const t = tests[i];
      if (t.status === "running") this.flushPending(t);
      else t.pendHead = -1;
    }
    tests.length = 0;
    this.pendN = 0;
    const lazy = this.lazy;
    for (let i = 0; i < lazy.length; i++) {
      const t = lazy[i];
      if (t.status === "running") this.nameOf(t);
      else {
        t.raw = null;
        if (t.reuse) {
          if (this.keyT === t) this.keyT = null;
          this.pool.push(t);
        }
      }
    }
    lazy.length = 0;
  }
  /** Copies t's pending lines into its output buffer. */
  flushPending(t) {
    if (t === this.keyT) this.spill();
    let i = t.pendHead;
    if (i < 0) return;
    t.pendHead = -1;
    const buf = this.pendBuf;
    if (buf === null) return;
    const out = t.out ??= new OutBuf(this.opts.maxOutputPerFailure, this.budget);
    for (; i >= 0; i = this.pendNext[i]) out.pushRaw(buf, this.pendS[i], this.pendE[i]);
  }
  /** Adds b[s, e) of the current chunk to t's pending lines. */
  pend(t, s, e) {
    if (t === this.keyT) this.spill();
    this.pendLine(t, s, e);
  }
  pendLine(t, s, e) {
    const i = this.pendN++;
    if (i === this.pendS.length) {
      const grow = (a) => {
        const n = new Int32Array(a.length * 2);
        n.set(a);
        return n;
      };
      this.pendS = grow(this.pendS);
      this.pendE = grow(this.pendE);
      this.pendNext = grow(this.pendNext);
    }
    this.pendS[i] = s;
    this.pendE[i] = e;
    this.pendNext[i] = -1;
    if (t.pendHead < 0) {
      t.pendHead = i;
      this.pendTests.push(t);
    } else this.pendNext[t.pendTail] = i;
    t.pendTail = i;
  }
  /** Fast path: escaped JSON Output bytes. Decodes only lines that may matter to the package verdict. */
  outputRaw(pkgName, test, buf, s, e) {
    let p;
    if (this.lastP !== null && pkgName === this.lastPName && this.lastP.terminal === null) p = this.lastP;
    else {
      p = this.pkg(pkgName);
      this.lastP = p;
      this.lastPName = pkgName;
      this.lastT = null;
      this.spill();
      this.keyT = null;
    }
    const c = s < e ? buf[s] : 0;
    if (c === 112 || c === 115 || c === 92 || c === 42 || p.timeout !== null && p.timeout.collecting) {
      this.output(pkgName, test, decodeJsonString(buf.subarray(s, e)));
      return;
    }
    const nl = e - s >= 2 && buf[e - 2] === 92 && buf[e - 1] === 110;
    if (test !== null) {
      let t;
      if (this.lastT !== null && test === this.lastTName && this.lastT.status === "running") t = this.lastT;
      else {
        t = this.map(p).get(test) ?? this.test(p, test, true);
        this.lastT = t;
        this.lastTName = test;
      }
      if (t.status !== "running") {
        p.out.pushRaw(buf, s, e);
        return;
      }
      this.pend(t, s, e);
      t.midLine = !nl;
    } else {
      p.out.pushRaw(buf, s, e);
      p.midLine = !nl;
    }
  }
  output(pkgName, test, text) {
    this.spill();
    const p = this.pkg(pkgName);
    let atStart;
    if (test !== null) {
      const t = this.map(p).get(test) ?? this.test(p, test, true);
      if (t.status !== "running") {
        atStart = !p.midLine;
        p.out.push(text);
        p.midLine = !text.endsWith("\n");
      } else {
        atStart = !t.midLine;
        this.flushPending(t);
        if (!t.out) t.out = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
        t.out.push(text);
        t.midLine = !text.endsWith("\n");
      }
    } else {
      atStart = !p.midLine;
      p.out.push(text);
      p.midLine = !text.endsWith("\n");
    }
    if (atStart) this.inspect(p, text);
  }
  /** Lines that change a package's verdict: timeouts (with the running tests), kills, panics. */
  inspect(p, line) {
    const to = p.timeout;
    if (to?.collecting) {
      if (/^\trunning tests:/.test(line)) {
        to.header.push(line.replace(/\n$/, ""));
        return;
      }
      const m = RUNNING_RE.exec(line.replace(/\n$/, ""));
      if (m) {
        to.names.set(m[1], m[2]);
        to.header.push(line.replace(/\n$/, ""));
        return;
      }
      to.collecting = false;
    }
    if (TIMEOUT_RE.test(line)) {
      p.timeout = { header: [line.replace(/\n$/, "")], names: /* @__PURE__ */ new Map(), collecting: true };
    } else if (KILLED_RE.test(line.replace(/\n$/, ""))) {
      p.killed = true;
    } else if (line.startsWith("panic: ")) {
      p.panicked = true;
    } else if (/^\*\*\* Test killed/.test(line)) {
      p.timeout ??= { header: [line.replace(/\n$/, "")], names: /* @__PURE__ */ new Map(), collecting: false };
    }
  }
  buildOutput(pkgName, text) {
    this.recognized++;
    const p = this.pkg(pkgName);
    if (!p.build) p.build = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
    p.build.push(text);
    this.opts.onEvent?.({ kind: "build-output", package: pkgName, test: null, output: text });
  }
  /** Go 1.24+ build-output events, keyed by their ImportPath until a package's FailedBuild claims them. */
  builds = /* @__PURE__ */ new Map();
  jsonBuildOutput(importPath, text) {
    this.recognized++;
    let b = this.builds.get(importPath);
    if (!b) {
      b = new OutBuf(this.opts.maxOutputPerFailure, this.budget);
      this.builds.set(importPath, b);
    }
    b.push(text);
    this.opts.onEvent?.({
      kind: "build-output",
      package: importPath.replace(/ \[.*\]$/, ""),
      test: null,
      output: text
    });
  }
  claimBuild(pkgName, importPath) {
    const b = this.builds.get(importPath);
    if (!b) return;
    this.builds.delete(importPath);
    this.pkg(pkgName).build = b;
  }
  /** A package's terminal event. `build` is 'build' or 'setup' when the package did not compile. */
  pkgEnd(pkgName, action, elapsed, build2) {
    this.recognized++;
    const p = this.pkg(pkgName);
    p.elapsed = elapsed;
    if (action === "pass") p.terminal = "passed";
    else if (action === "skip") p.terminal = p.counts.tests === 0 ? "no-test-files" : "skipped";
    else p.terminal = this.failedStatus(p, build2);
    this.settle(p);
    this.opts.onEvent?.({ kind: "package-end", package: pkgName, test: null, status: p.terminal, elapsed });
  }
  failedStatus(p, build2) {
    const out = p.out.text();
    if (build2 === "setup" || /\[setup failed\]$/m.test(out)) return "setup-failed";
    if (build2 === "build" || /\[build failed\]$/m.test(out)) return "build-failed";
    if (p.timeout) return "timed-out";
    if (p.killed) return "killed";
    return "failed";
  }
  /** Turns what is left of a finished (or abandoned) package into failures and frees its tests. */
  settle(p) {
    const status = p.terminal;
    const m = this.map(p);
    for (const t of m.values()) this.flushPending(t);
    if (this.lastP === p) this.lastP = null;
    const running = [...m.values()].filter((t) => t.status === "running" && !t.implicit);
    for (const t of running) this.verdict({ package: p.name, test: t.name, status: "running" });
    const pkgOut = () => p.out.text();
    if (status === "build-failed" || status === "setup-failed") {
      const out = (p.build?.text() ?? "") + pkgOut();
      const cut = p.out.squeezed || p.build?.squeezed === true;
      this.addFailure(p, { package: p.name, test: null, kind: "build", output: out, build: true, cut });
    } else if (status === "timed-out" && p.timeout) {
      const header = p.timeout.header.join("\n") + "\n";
      let names = leaves([...p.timeout.names.keys()]);
      if (names.length === 0) names = leaves(running.map((t) => t.name));
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: "timeout",
          output: pkgOut(),
          cut: p.out.squeezed
        });
      }
      for (const n of names) {
        const t = m.get(n);
        let own = t?.out?.text() ?? "";
        if (!own.includes(p.timeout.header[0])) own = header + own;
        const el = p.timeout.names.get(n);
        this.addFailure(p, {
          package: p.name,
          test: n,
          kind: "timeout",
          output: own,
          elapsed: parseDuration(el),
          cut: t?.out?.squeezed === true
        });
        if (!running.some((r) => r.name === n)) this.verdict({ package: p.name, test: n, status: "running" });
      }
    } else if (status === "killed" || status === null) {
      const names = leaves(running.map((t) => t.name));
      if (names.length === 0) {
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: "killed",
          output: pkgOut(),
          cut: p.out.squeezed
        });
      }
      for (const n of names) {
        const own = (m.get(n)?.out?.text() ?? "") + pkgOut();
        const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed;
        this.addFailure(p, { package: p.name, test: n, kind: "killed", output: own, cut });
      }
    } else if (status === "failed") {
      const names = leaves(running.map((t) => t.name));
      if (names.length > 0) {
        for (const n of names) {
          const own = (m.get(n)?.out?.text() ?? "") + pkgOut();
          const kind = CRASH_RE.test(own) && !TIMEOUT_RE.test(own) ? "panic" : "package";
          const cut = m.get(n)?.out?.squeezed === true || p.out.squeezed;
          this.addFailure(p, { package: p.name, test: n, kind, output: own, cut });
        }
      } else if (!p.anyTestFailed) {
        const out = pkgOut();
        this.addFailure(p, {
          package: p.name,
          test: null,
          kind: CRASH_RE.test(out) && !TIMEOUT_RE.test(out) ? "panic" : "package",
          output: out,
          cut: p.out.squeezed
        });
      }
    }
    for (const t of m.values()) this.dropOut(t);
    m.clear();
    p.out.release();
    p.build?.release();
    p.build = null;
  }
  /** Renames the text converter's pending package once its `ok`/`FAIL` line names it. */
  renamePending(name) {
    const p = this.packages.get(PENDING);
    if (!p) {
      this.pkg(name);
      return;
    }
    this.lastP = null;
    this.packages.delete(PENDING);
    const i = this.order.indexOf(PENDING);
    if (i >= 0) this.order.splice(i, 1);
    const existing = this.packages.get(name);
    if (existing) {
      p.build = existing.build;
      const j = this.order.indexOf(name);
      if (j >= 0) this.order.splice(j, 1);
    }
    p.name = name;
    for (const f2 of p.failures) f2.package = name;
    for (const t of this.tests) if (t.package === PENDING) t.package = name;
    this.packages.set(name, p);
    this.order.push(name);
  }
  /** Ends the run: packages without a terminal event are `killed`. */
  finish() {
    const unfinished = [];
    for (const [ip, b] of this.builds) {
      const p = this.pkg(ip.replace(/ \[.*\]$/, ""));
      if (!p.build) p.build = b;
    }
    this.builds.clear();
    const out = [];
    for (const name of this.order) {
      const p = this.packages.get(name);
      if (!p) continue;
      if (name === PENDING) {
        if (p.counts.tests === 0 && this.map(p).size === 0 && p.failures.length === 0 && !p.build) {
          const t = p.out.text();
          if (t) this.stray.push(t);
          continue;
        }
      }
      if (p.terminal === null) {
        const hadRunning = [...this.map(p).values()].some((t) => t.status === "running" && !t.implicit);
        p.terminal = p.timeout ? "timed-out" : p.build ? "build-failed" : "killed";
        if (p.terminal === "killed" && !hadRunning && p.counts.tests > 0 && p.counts.failed === 0 && !p.killed) {
        }
        this.settle(p);
        unfinished.push(name === PENDING ? "(unnamed package)" : name);
      }
      const pkgName = name === PENDING ? "" : name;
      out.push({
        name: pkgName,
        status: p.terminal,
        ...p.elapsed !== void 0 ? { elapsed: p.elapsed } : {},
        tests: p.counts.tests,
        passed: p.counts.passed,
        failed: p.counts.failed,
        skipped: p.counts.skipped
      });
    }
    for (const f2 of this.failures) if (f2.package === PENDING) f2.package = null;
    for (const t of this.tests) if (t.package === PENDING) t.package = "";
    return { packages: out, unfinished };
  }
  toRun(format, failures, packages, partial) {
    const totals = { packages: packages.length, tests: 0, passed: 0, failed: 0, skipped: 0 };
    for (const p of packages) {
      totals.tests += p.tests;
      totals.passed += p.passed;
      totals.failed += p.failed;
      totals.skipped += p.skipped;
    }
    return { format, packages, failures, totals, partial, tests: this.tests };
  }
};
function hasOwnOutput(out) {
  for (const line of out.split("\n")) {
    const l = line.trim();
    if (l === "" || /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(l)) continue;
    return true;
  }
  return false;
}
function leaves(names) {
  const parents = /* @__PURE__ */ new Set();
  for (const n of names)
    for (let i = n.indexOf("/"); i > 0; i = n.indexOf("/", i + 1)) parents.add(n.slice(0, i));
  return names.filter((n) => !parents.has(n));
}
function parseDuration(d) {
  if (!d) return void 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|µs|us|ns)/g;
  let total = 0;
  let any = false;
  for (let m = re.exec(d); m; m = re.exec(d)) {
    any = true;
    const v = Number(m[1]);
    const mult = { h: 3600, m: 60, s: 1, ms: 1e-3, \u00B5s: 1e-6, us: 1e-6, ns: 1e-9 }[m[2]] ?? 0;
    total += v * mult;
  }
  return any ? total : void 0;
}

// src/gotest/text.ts
var UPDATES = [
  "=== RUN   ",
  "=== PAUSE ",
  "=== CONT  ",
  "=== NAME  ",
  "=== PASS  ",
  "=== FAIL  ",
  "=== SKIP  ",
  "=== ATTR  ",
  "=== ARTIFACTS "
];
var REPORTS = ["--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: "];
var OK_RE = /^ok {2}\t(\S+)\t(?:([\d.]+)s|\(cached\))?/;
var FAIL_RE = /^FAIL\t(\S+)\t([\d.]+)s$/;
var FAIL_BUILD_RE = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
var NOTEST_RE = /^\?\s+\t?(\S+)\t\[no test files\]$/;
var BUILD_HEADER_RE = /^# (\S+)(?: \[(\S+)\])?$/;
var TextConverter = class {
  constructor(engine) {
    this.engine = engine;
  }
  engine;
  testName = "";
  report = [];
  /** The package named by the last `# pkg` header (build errors follow it). */
  buildPkg = null;
  /** Lines that were recognisably go test framing (for format detection). */
  framing = 0;
  /** One line, without its newline; CR and ANSI colour already removed. */
  line(line) {
    if (line.length === 0) {
      this.out("\n");
      return;
    }
    let m;
    if (line === "PASS" || line === "FAIL" || line.startsWith("FAIL	")) {
      this.flushReport(0);
      this.testName = "";
      if (m = FAIL_BUILD_RE.exec(line)) {
        this.framing++;
        this.endPackage(m[1], "fail", void 0, m[2], line);
        return;
      }
      if (m = FAIL_RE.exec(line)) {
        this.framing++;
        this.endPackage(m[1], "fail", Number(m[2]), void 0, line);
        return;
      }
      this.out(line + "\n");
      return;
    }
    if (m = OK_RE.exec(line)) {
      this.framing++;
      this.flushReport(0);
      this.testName = "";
      this.endPackage(m[1], "pass", m[2] !== void 0 ? Number(m[2]) : void 0, void 0, line);
      return;
    }
    if ((m = NOTEST_RE.exec(line)) && this.report.length === 0) {
      this.framing++;
      this.testName = "";
      this.endPackage(m[1], "skip", void 0, void 0, line);
      return;
    }
    if (m = BUILD_HEADER_RE.exec(line)) {
      this.framing++;
      this.buildPkg = m[1];
      this.engine.buildOutput(m[1], line + "\n");
      return;
    }
    if (this.buildPkg !== null && this.report.length === 0 && this.testName === "" && looksLikeBuildLine(line)) {
      this.engine.buildOutput(this.buildPkg, line + "\n");
      return;
    }
    this.buildPkg = null;
    let rest = line;
    let indent = 0;
    let ok = UPDATES.some((u) => line.startsWith(u));
    if (!ok) {
      while (rest.startsWith("    ")) {
        rest = rest.slice(4);
        indent++;
      }
      ok = REPORTS.some((r) => rest.startsWith(r));
    }
    if (!ok) {
      if (indent > 0 && indent <= this.report.length) this.testName = this.report[indent - 1].test;
      this.out(line + "\n");
      return;
    }
    this.framing++;
    const body = rest.slice(4);
    const sp = body.indexOf(" ");
    const action = (sp < 0 ? body : body.slice(0, sp)).replace(/:$/, "").toLowerCase();
    let name = sp < 0 ? "" : body.slice(sp + 1).trim();
    if (rest[0] === "-") {
      let elapsed;
      const i = name.indexOf(" (");
      if (i >= 0) {
        if (name.endsWith("s)")) {
          const t = Number(name.slice(i + 2, -2));
          if (!Number.isNaN(t)) elapsed = t;
        }
        name = name.slice(0, i);
      }
      if (this.report.length < indent) {
        this.out(line + "\n");
        return;
      }
      this.flushReport(indent);
      this.testName = name;
      this.report.push({ action, test: name, elapsed });
      this.out(line + "\n");
      return;
    }
    if (action === "attr" || action === "artifacts") {
      const j = name.indexOf(" ");
      if (j >= 0) name = name.slice(0, j);
    }
    this.flushReport(0);
    this.testName = name;
    if (action === "name") return;
    if (action === "pause") this.out(line + "\n");
    if (action === "run" || action === "pass" || action === "fail" || action === "skip") {
      this.engine.testEvent(PENDING, name, action, void 0);
    }
    if (action !== "pause") this.out(line + "\n");
  }
  out(text) {
    this.engine.output(PENDING, this.testName === "" ? null : this.testName, text);
  }
  flushReport(depth) {
    this.testName = "";
    while (this.report.length > depth) {
      const e = this.report.pop();
      if (e.action === "bench") continue;
      this.engine.testEvent(PENDING, e.test, e.action, e.elapsed);
    }
  }
  endPackage(name, action, elapsed, build2, line) {
    this.engine.output(PENDING, null, line + "\n");
    this.engine.renamePending(name);
    this.engine.pkgEnd(name, action, elapsed, build2);
    this.buildPkg = null;
  }
  /** End of a source: emit held reports (a log cut before its verdict line). */
  end() {
    this.flushReport(0);
    this.testName = "";
    this.buildPkg = null;
  }
};
function looksLikeBuildLine(line) {
  return /^(\S+\.(go|s|c|h|cc|cpp|mod):\d+|\t|\.\.\.|note:|package |go: |vet: |\/\S+: |\S+: signal: killed|cgo|#|[a-z]+\.go:)/.test(
    line
  ) || /\.go:\d+/.test(line);
}

// src/gotest/keys.ts
var SLOT = 1280;
var MAX_PART = SLOT - 4;
var REGION = 4 * SLOT;
var ACTIONS = ["output", "run", "pass", "pause", "cont"];
var A_OUTPUT = 0;
var A_RUN = 1;
var A_PASS = 2;
var TEST_REGION = ACTIONS.length;
var TEST_END = MAX_PART - 12;
var HEADS = ACTIONS.map((a) => Buffer.from(`","Action":"${a}","Package":"`));
var TEST_KEY = Buffer.from('","Test":"');
var OUTPUT_TAIL = Buffer.from('","Output":"');
var EMPTY32 = new Int32Array(0);
function wordView(buf) {
  const off = buf.byteOffset & 3;
  const words = buf.length + off >> 2;
  if (words < 8) return { w32: EMPTY32, off: 0 };
  return { w32: new Int32Array(buf.buffer, buf.byteOffset - off, words), off };
}
function sameBytes(b, v, s, u8, u32, region, from, n) {
  const w32 = v.w32;
  if (w32.length === 0) {
    const base2 = region * REGION + from;
    for (let i2 = 0; i2 < n; i2++) if (b[s + i2] !== u8[base2 + i2]) return false;
    return true;
  }
  const pos = s + v.off;
  const k = pos - from & 3;
  const base = region * REGION + k * SLOT + k + from;
  const i = 4 - (pos & 3) & 3;
  if (n < 8) {
    for (let j = 0; j < n; j++) if (b[s + j] !== u8[base + j]) return false;
    return true;
  }
  if (i > 0) {
    if (b[s] !== u8[base]) return false;
    if (i > 1 && b[s + 1] !== u8[base + 1]) return false;
    if (i > 2 && b[s + 2] !== u8[base + 2]) return false;
  }
  const words = n - i >> 2;
  const w = pos + i >> 2;
  const cw = base + i >> 2;
  let x = 0;
  for (; x + 4 <= words; x += 4) {
    if (w32[w + x] !== u32[cw + x] || w32[w + x + 1] !== u32[cw + x + 1] || w32[w + x + 2] !== u32[cw + x + 2] || w32[w + x + 3] !== u32[cw + x + 3])
      return false;
  }
  for (; x < words; x++) if (w32[w + x] !== u32[cw + x]) return false;
  const t = i + (words << 2);
  const r = n - t;
  if (r > 0) {
    if (b[s + t] !== u8[base + t]) return false;
    if (r > 1 && b[s + t + 1] !== u8[base + t + 1]) return false;
    if (r > 2 && b[s + t + 2] !== u8[base + t + 2]) return false;
  }
  return true;
}
var Template = class {
  u8 = new Uint8Array((ACTIONS.length + 1) * REGION);
  u32 = new Int32Array(this.u8.buffer);
  /** Bytes of the package value; -1 when no package is kept. */
  pkgLen = -1;
  pkg = "";
  /** Bytes of each action's package part (head, package value, `","Test":"`). */
  partLen = new Int32Array(ACTIONS.length);
  /** Bytes of the test value; -1 when no test is kept. */
  testLen = -1;
  /** Changes whenever the test part does: names the test's bytes for the engine (Engine.runRaw). */
  gen = 0;
  test = null;
  buf = Buffer.from(this.u8.buffer);
  constructor() {
    for (let k = 0; k < 4; k++) {
      for (let a = 0; a < ACTIONS.length; a++) this.u8.set(HEADS[a], a * REGION + k * SLOT + k);
      this.u8.set(OUTPUT_TAIL, TEST_REGION * REGION + k * SLOT + k + TEST_END);
    }
  }
  /** Keeps the package value b[ps, ps + pl) (no backslash in it); forgets the test. */
  setPackage(b, ps, pl, pkg) {
    this.testLen = -1;
    this.gen++;
    if (HEADS[A_OUTPUT].length + pl + TEST_KEY.length > MAX_PART) {
      this.pkgLen = -1;
      return;
    }
    const u8 = this.u8;
    for (let a = 0; a < ACTIONS.length; a++) {
      const hl = HEADS[a].length;
      const d = a * REGION + hl;
      for (let i = 0; i < pl; i++) {
        const c = b[ps + i];
        u8[d + i] = c;
        u8[d + SLOT + 1 + i] = c;
        u8[d + 2 * SLOT + 2 + i] = c;
        u8[d + 3 * SLOT + 3 + i] = c;
      }
      for (let i = 0; i < TEST_KEY.length; i++) {
        const c = TEST_KEY[i];
        u8[d + pl + i] = c;
        u8[d + SLOT + 1 + pl + i] = c;
        u8[d + 2 * SLOT + 2 + pl + i] = c;
        u8[d + 3 * SLOT + 3 + pl + i] = c;
      }
      this.partLen[a] = hl + pl + TEST_KEY.length;
    }
    this.pkgLen = pl;
    this.pkg = pkg;
  }
  /** Keeps the test value b[ts, ts + tl) (no backslash in it); its name is decoded when first asked for. */
  setTest(b, ts, tl, test) {
    this.gen++;
    if (this.pkgLen < 0 || tl > TEST_END) {
      this.testLen = -1;
      return;
    }
    const u8 = this.u8;
    const d = TEST_REGION * REGION + TEST_END - tl;
    for (let i = 0; i < tl; i++) {
      const c = b[ts + i];
      u8[d + i] = c;
      u8[d + SLOT + 1 + i] = c;
      u8[d + 2 * SLOT + 2 + i] = c;
      u8[d + 3 * SLOT + 3 + i] = c;
    }
    this.testLen = tl;
    this.test = test;
  }
  /** The kept test's name (decoded from the template on first use). */
  testName() {
    if (this.test === null) {
      const d = TEST_REGION * REGION + TEST_END;
      this.test = this.buf.toString("utf8", d - this.testLen, d);
    }
    return this.test;
  }
  /** b[s..] starts with action a's package part. */
  packagePart(b, v, s, a) {
    return sameBytes(b, v, s, this.u8, this.u32, a, 0, this.partLen[a]);
  }
  /** b[s..] starts with the package value and its closing quote. */
  packageValue(b, v, s) {
    return sameBytes(b, v, s, this.u8, this.u32, A_OUTPUT, HEADS[A_OUTPUT].length, this.pkgLen + 1);
  }
  /** b[s..] starts with the first n bytes of the test part (`T","Output":"`). */
  testPart(b, v, s, n) {
    return sameBytes(b, v, s, this.u8, this.u32, TEST_REGION, TEST_END - this.testLen, n);
  }
};

// src/gotest/location.ts
import { posix } from "node:path";
function packageDir(layout, importPath) {
  if (!layout) return null;
  const ip = importPath.replace(/ \[.*\]$/, "").replace(/_test$/, "");
  let best = null;
  for (const m of layout.modules) {
    if ((ip === m.path || ip.startsWith(m.path + "/")) && (!best || m.path.length > best.path.length))
      best = m;
  }
  if (!best) return null;
  const rest = ip.slice(best.path.length).replace(/^\//, "");
  return posix.join(best.dir || ".", rest || ".").replace(/^\.$/, "");
}
function inRepo(rel) {
  const n = posix.normalize(rel);
  if (n === ".." || n.startsWith("../") || n.startsWith("/")) return null;
  return n === "." ? null : n;
}
var TEST_LINE_RE = /^(?: {4})+([\w.+-]+\.go):(\d+): /;
var FRAME_FUNC_RE = /^((?:[^\s/(]+\/)*[^\s./(]+)\.(\S.*)\(.*\)$/;
var FRAME_FILE_RE = /^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
function frameLocation(layout, lines, from, wantFunc) {
  let goroutines = 0;
  for (let i = from; i + 1 < lines.length; i++) {
    const fm = FRAME_FUNC_RE.exec(lines[i]);
    if (!fm) {
      if (/^goroutine \d+ \[/.test(lines[i]) && wantFunc === void 0 && ++goroutines > 1) return null;
      continue;
    }
    const file = FRAME_FILE_RE.exec(lines[i + 1]);
    if (!file) continue;
    if (wantFunc && !wantFunc.test(lines[i])) continue;
    const loc = mapFrame(layout, fm[1], file[1]);
    if (loc) return { file: loc, line: Number(file[2]) };
  }
  return null;
}
function mapFrame(layout, funcPkg, path) {
  const dir = packageDir(layout, funcPkg);
  if (dir === null) return null;
  const base = posix.basename(path);
  const fileDir = posix.dirname(path);
  const want = dir === "" ? "" : dir;
  const rootAbs = layout.repoRoot.replace(/\/+$/, "");
  if (path.startsWith("/")) {
    if (fileDir === posix.join(rootAbs, want) || want !== "" && fileDir.endsWith("/" + want)) {
      return inRepo(posix.join(want, base));
    }
    if (want === "" && fileDir === rootAbs) return inRepo(base);
    const pkgTail = funcPkg.split("/").slice(-1)[0];
    if (want !== "" && fileDir.endsWith("/" + pkgTail) && want.endsWith(pkgTail)) {
      return null;
    }
    return null;
  }
  if (path.startsWith(funcPkg.replace(/ \[.*\]$/, "") + "/") && path.slice(funcPkg.length + 1) === base) {
    return inRepo(posix.join(want, base));
  }
  return null;
}
function locateFailure(layout, f2) {
  if (!layout) return null;
  const lines = f2.output.split("\n");
  if (f2.build) {
    const wd = layout.workingDirectory ?? "";
    for (const l of lines) {
      const m = /^(?:\.\/)?([^\s:]+\.go):(\d+)(?::\d+)?: /.exec(l);
      if (!m) continue;
      const p = m[1];
      if (p.startsWith("/")) {
        const root = layout.repoRoot.replace(/\/+$/, "") + "/";
        if (p.startsWith(root)) {
          const r2 = inRepo(p.slice(root.length));
          if (r2) return { file: r2, line: Number(m[2]) };
        }
        return null;
      }
      const r = inRepo(posix.join(wd || ".", p));
      return r ? { file: r, line: Number(m[2]) } : null;
    }
    return null;
  }
  if (f2.package === null) return null;
  if (f2.kind === "panic") {
    const at3 = lines.findIndex((l) => l.startsWith("panic: ") && !l.startsWith("panic: test timed out"));
    if (at3 >= 0) {
      const loc = frameLocation(layout, lines, at3 + 1);
      if (loc) return loc;
    }
  }
  if (f2.kind === "timeout" && f2.test) {
    const top = f2.test.split("/")[0];
    const pkg = f2.package.replace(/ \[.*\]$/, "");
    const want = new RegExp("^" + escapeRe(pkg) + "\\." + escapeRe(top) + "\\(");
    const loc = frameLocation(layout, lines, 0, want);
    if (loc) return loc;
  }
  const dir = packageDir(layout, f2.package);
  if (dir === null) return null;
  let other = null;
  for (const l of lines) {
    const m = TEST_LINE_RE.exec(l);
    if (!m) continue;
    if (m[1].endsWith("_test.go")) return at2(dir, m);
    if (other === null && m[1] !== "testing.go") other = m;
  }
  return other ? at2(dir, other) : null;
}
function at2(dir, m) {
  const r = inRepo(posix.join(dir || ".", m[1]));
  return r ? { file: r, line: Number(m[2]) } : null;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/gotest/parser.ts
var TIME_KEY = Buffer.from('{"Time":"');
var ACTION_AFTER_TIME = Buffer.from('","Action":"');
var ACTION_FIRST = Buffer.from('{"Action":"');
var PACKAGE_AFTER = Buffer.from('","Package":"');
var OUTPUT_AFTER = Buffer.from('","Output":"');
var ELAPSED_AFTER = Buffer.from('","Elapsed":');
var NO_VIEW = wordView(Buffer.alloc(0));
var ANSI_RE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
function createParser(opts = {}) {
  const maxOut = opts.maxOutputPerFailure ?? 64 * 1024;
  const maxLine = opts.maxLineBytes ?? 1 << 20;
  const engine = new Engine({
    maxOutputPerFailure: maxOut,
    maxRetainedOutput: opts.maxRetainedOutput ?? 16 << 20,
    maxFailures: opts.maxFailures ?? 5e3,
    keepPassed: opts.keepPassed ?? false,
    onEvent: opts.onEvent
  });
  const text = new TextConverter(engine);
  const partial = [];
  let source = "input";
  let carry = null;
  let carryCut = false;
  let binary = false;
  let firstChunk = true;
  let sourceBytes = 0;
  let jsonLines = 0;
  let cutLines = 0;
  let ended = false;
  const tpl = new Template();
  const partLen = tpl.partLen;
  let view = NO_VIEW;
  let timeLen = 30;
  function str4(b, s, e) {
    for (let i = s; i < e; i++) if (b[i] === 92) return decodeJsonString(b.subarray(s, e));
    return b.toString("utf8", s, e);
  }
  function at3(b, i, pat) {
    if (i + pat.length > b.length) return false;
    for (let k = 0; k < pat.length; k++) if (b[i + k] !== pat[k]) return false;
    return true;
  }
  function timeEnd(b, s, e) {
    let q = s + TIME_KEY.length + 19;
    while (q < e && b[q] !== 34) q++;
    if (q >= e || b[q - 1] === 92) return -1;
    timeLen = q - s - TIME_KEY.length;
    return q;
  }
  function numberAt(b, j, e) {
    let v = 0;
    let scale = 0;
    const st = j;
    for (; j < e; j++) {
      const c = b[j];
      if (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        if (scale > 0) scale *= 10;
      } else if (c === 46 && scale === 0) scale = 1;
      else break;
    }
    if (j === st || b[j] !== 125 && b[j] !== 44) return -1;
    return scale > 0 ? v / scale : v;
  }
  function outputTail(b, os, e, pkg, test) {
    const oe = e - 2;
    if (b[e - 1] !== 125 || b[oe] !== 34 || oe < os) return false;
    if (b[oe - 1] === 92) {
      let bs = 0;
      for (let j = oe - 1; j >= os && b[j] === 92; j--) bs++;
      if ((bs & 1) === 1) return false;
    }
    engine.outputRaw(pkg, test, b, os, oe);
    return true;
  }
  function testAt(b, ts, e) {
    const tl = tpl.testLen;
    if (tl >= 0 && ts + tl < e && tpl.testPart(b, view, ts, tl + 1)) {
      lastTest = tpl.testName();
      return ts + tl;
    }
    let te = ts;
    let esc = false;
    while (te < e && b[te] !== 34) if (b[te++] === 92) esc = true;
    if (te >= e || te === ts || b[te - 1] === 92) return -1;
    if (esc) {
      lastTest = str4(b, ts, te);
      tpl.testLen = -1;
    } else {
      lastTest = b.toString("utf8", ts, te);
      tpl.setTest(b, ts, te - ts, lastTest);
    }
    return te;
  }
  let lastTest = "";
  function fastJson(b, s, e) {
    let a;
    if (at3(b, s, TIME_KEY)) {
      const q = timeEnd(b, s, e);
      if (q < 0 || !at3(b, q, ACTION_AFTER_TIME)) return false;
      a = q + ACTION_AFTER_TIME.length;
    } else if (at3(b, s, ACTION_FIRST)) a = s + ACTION_FIRST.length;
    else return false;
    const c0 = b[a];
    const c1 = b[a + 1];
    let action;
    let ae;
    if (c0 === 111 && b[a + 6] === 34) {
      action = "output";
      ae = a + 6;
    } else if (c0 === 114 && b[a + 3] === 34) {
      action = "run";
      ae = a + 3;
    } else if (c0 === 112 && c1 === 97 && b[a + 2] === 115 && b[a + 4] === 34) {
      action = "pass";
      ae = a + 4;
    } else if (c0 === 112 && c1 === 97 && b[a + 2] === 117 && b[a + 5] === 34) {
      action = "pause";
      ae = a + 5;
    } else if (c0 === 99 && b[a + 4] === 34) {
      action = "cont";
      ae = a + 4;
    } else return false;
    if (!at3(b, ae, PACKAGE_AFTER)) return false;
    const ps = ae + PACKAGE_AFTER.length;
    let pkg;
    let after;
    const pl = tpl.pkgLen;
    if (pl >= 0 && ps + pl < e && tpl.packageValue(b, view, ps)) {
      pkg = tpl.pkg;
      after = ps + pl;
    } else {
      let pe = ps;
      let esc = false;
      while (pe < e && b[pe] !== 34) if (b[pe++] === 92) esc = true;
      if (pe >= e || b[pe - 1] === 92) return false;
      after = pe;
      if (esc || pe === ps) {
        pkg = str4(b, ps, pe);
        tpl.pkgLen = -1;
        tpl.testLen = -1;
      } else {
        pkg = b.toString("utf8", ps, pe);
        tpl.setPackage(b, ps, pe - ps, pkg);
      }
    }
    let test = null;
    if (at3(b, after, TEST_KEY)) {
      const te = testAt(b, after + TEST_KEY.length, e);
      if (te < 0) return false;
      test = lastTest;
      after = te;
    }
    if (action === "output") {
      if (!at3(b, after, OUTPUT_AFTER)) return false;
      return outputTail(b, after + OUTPUT_AFTER.length, e, pkg, test);
    }
    if (test === null || b[e - 1] !== 125) return false;
    let elapsed;
    if (action === "pass" && at3(b, after, ELAPSED_AFTER)) {
      elapsed = numberAt(b, after + ELAPSED_AFTER.length, e);
      if (elapsed < 0) return false;
    }
    engine.testEvent(pkg, test, action, elapsed);
    return true;
  }
  function slowJson(line) {
    let ev;
    try {
      ev = JSON.parse(line);
    } catch {
      return false;
    }
    if (ev === null || typeof ev !== "object" || typeof ev.Action !== "string") return false;
    const action = ev.Action;
    const pkg = typeof ev.Package === "string" ? ev.Package : null;
    const test = typeof ev.Test === "string" && ev.Test !== "" ? ev.Test : null;
    const elapsed = typeof ev.Elapsed === "number" ? ev.Elapsed : void 0;
    const output = typeof ev.Output === "string" ? ev.Output : "";
    if (action === "build-output" || action === "build-fail") {
      const ip = typeof ev.ImportPath === "string" ? ev.ImportPath : "";
      if (action === "build-output") engine.jsonBuildOutput(ip, output);
      return true;
    }
    if (pkg === null) return false;
    if (test !== null) {
      if (action === "output") engine.output(pkg, test, output);
      else engine.testEvent(pkg, test, action, elapsed);
      return true;
    }
    switch (action) {
      case "start":
        engine.start(pkg);
        return true;
      case "output":
        engine.output(pkg, null, output);
        return true;
      case "pass":
      case "skip":
        engine.pkgEnd(pkg, action, elapsed);
        return true;
      case "fail": {
        const fb = typeof ev.FailedBuild === "string" && ev.FailedBuild !== "" ? ev.FailedBuild : null;
        if (fb !== null) engine.claimBuild(pkg, fb);
        engine.pkgEnd(pkg, "fail", elapsed, fb !== null ? "build" : void 0);
        return true;
      }
      default:
        engine.pkg(pkg);
        return true;
    }
  }
  function textLine(b, s, e) {
    let l = b.toString("utf8", s, e);
    if (l.indexOf("\x1B") >= 0) l = l.replace(ANSI_RE, "");
    text.line(l);
  }
  function handleLine(b, s, e) {
    if (e > s && b[e - 1] === 13) e--;
    if (b[s] === 123) {
      if (fastJson(b, s, e)) {
        jsonLines++;
        return;
      }
      const line = b.toString("utf8", s, e);
      if (slowJson(line)) {
        jsonLines++;
        return;
      }
    } else if (b[s] === 27 && b.indexOf(123, s) > 0) {
      const line = b.toString("utf8", s, e).replace(ANSI_RE, "");
      if (line.startsWith("{") && slowJson(line)) {
        jsonLines++;
        return;
      }
    }
    textLine(b, s, e);
  }
  function use(b) {
    engine.useBuffer(b);
    view = wordView(b);
  }
  function scan(b, start) {
    const v = view;
    for (; ; ) {
      const nl = b.indexOf(10, start);
      if (nl < 0) return start;
      const s = start;
      start = nl + 1;
      if (nl - s > maxLine) {
        cutLines++;
        handleLine(b, s, s + maxLine);
        continue;
      }
      hot: if (tpl.pkgLen >= 0 && b[s] === 123 && b[s + 1] === 34 && b[s + 2] === 84 && b[s + 3] === 105 && b[s + 4] === 109 && b[s + 5] === 101 && b[s + 6] === 34 && b[s + 7] === 58 && b[s + 8] === 34) {
        const e = b[nl - 1] === 13 ? nl - 1 : nl;
        const q = s + 9 + timeLen;
        if (q + 24 > e || b[q] !== 34 || b[q - 1] === 92) break hot;
        const c = b[q + 12];
        const tl = tpl.testLen;
        if (c === 111) {
          const ts = q + partLen[A_OUTPUT];
          const os = ts + tl + OUTPUT_TAIL.length;
          if (tl < 0 || os + 2 > e) break hot;
          if (!tpl.packagePart(b, v, q, A_OUTPUT) || !tpl.testPart(b, v, ts, tl + OUTPUT_TAIL.length))
            break hot;
          const oe = e - 2;
          if (b[e - 1] !== 125 || b[oe] !== 34 || b[oe - 1] === 92) break hot;
          if (!engine.outputKey(tpl.pkg, tpl.gen, b, os, oe))
            engine.outputRaw(tpl.pkg, tpl.testName(), b, os, oe);
        } else if (c === 112 && b[q + 14] === 115) {
          const ts = q + partLen[A_PASS];
          const te = ts + tl;
          if (tl < 0 || te + 2 > e || b[e - 1] !== 125) break hot;
          if (!tpl.packagePart(b, v, q, A_PASS) || !tpl.testPart(b, v, ts, tl + 1)) break hot;
          let elapsed;
          if (b[te + 1] === 44 && b[te + 2] === 34 && b[te + 3] === 69 && b[te + 4] === 108 && b[te + 5] === 97 && b[te + 6] === 112 && b[te + 7] === 115 && b[te + 8] === 101 && b[te + 9] === 100 && b[te + 10] === 34 && b[te + 11] === 58) {
            elapsed = numberAt(b, te + ELAPSED_AFTER.length, e);
            if (elapsed < 0) break hot;
          }
          if (!engine.passKey(tpl.pkg, tpl.gen, elapsed))
            engine.testEvent(tpl.pkg, tpl.testName(), "pass", elapsed);
        } else if (c === 114) {
          const ts = q + partLen[A_RUN];
          if (ts >= e || b[e - 1] !== 125 || !tpl.packagePart(b, v, q, A_RUN)) break hot;
          let te;
          if (tl >= 0 && ts + tl < e && tpl.testPart(b, v, ts, tl + 1)) te = ts + tl;
          else {
            te = ts;
            while (te < e && b[te] !== 34 && b[te] !== 92) te++;
            if (te >= e || te === ts || b[te] !== 34) break hot;
            tpl.setTest(b, ts, te - ts, null);
          }
          engine.runRaw(tpl.pkg, b, ts, te, tpl.gen);
        } else break hot;
        jsonLines++;
        continue;
      }
      handleLine(b, s, nl);
    }
  }
  function pushBuf(chunk) {
    if (binary || ended) return;
    if (firstChunk) {
      firstChunk = false;
      const head = chunk.subarray(0, 8192);
      if (head.indexOf(0) >= 0) {
        binary = true;
        partial.push(`${source}: binary data, not go test output; skipped`);
        return;
      }
    }
    sourceBytes += chunk.length;
    let start = 0;
    if (carry !== null) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        appendCarry(chunk, 0, chunk.length);
        return;
      }
      appendCarry(chunk, 0, nl);
      const line = carry;
      carry = null;
      if (carryCut) cutLines++;
      carryCut = false;
      use(line);
      handleLine(line, 0, line.length);
      start = nl + 1;
    }
    use(chunk);
    start = scan(chunk, start);
    engine.release();
    view = NO_VIEW;
    if (start < chunk.length) {
      carry = null;
      carryCut = false;
      appendCarry(chunk, start, chunk.length);
    }
  }
  function appendCarry(chunk, s, e) {
    const have = carry?.length ?? 0;
    if (carryCut || have >= maxLine) {
      carryCut = true;
      return;
    }
    const take = Math.min(e - s, maxLine - have);
    if (take < e - s) carryCut = true;
    const piece = chunk.subarray(s, s + take);
    carry = carry === null ? Buffer.from(piece) : Buffer.concat([carry, piece]);
  }
  function flushSource() {
    if (carry !== null) {
      const line = carry;
      carry = null;
      if (carryCut) cutLines++;
      carryCut = false;
      const looksJson = line[0] === 123;
      const before2 = jsonLines;
      use(line);
      handleLine(line, 0, line.length);
      engine.release();
      view = NO_VIEW;
      if (looksJson && jsonLines === before2)
        partial.push(`${source}: ends in the middle of a JSON event (truncated)`);
    }
    text.end();
    if (!binary && sourceBytes === 0) partial.push(`${source}: empty`);
  }
  return {
    beginSource(name) {
      if (!firstChunk || sourceBytes > 0 || binary) flushSource();
      source = name;
      binary = false;
      firstChunk = true;
      sourceBytes = 0;
      tpl.pkgLen = -1;
      tpl.testLen = -1;
    },
    push(chunk) {
      pushBuf(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    },
    fail(reason) {
      partial.push(reason);
      firstChunk = false;
      binary = true;
    },
    end() {
      if (!ended) {
        if (!binary || sourceBytes > 0) flushSource();
        ended = true;
      }
      return finish();
    }
  };
  function finish() {
    const { packages, unfinished } = engine.finish();
    for (const u of unfinished)
      partial.push(`package ${u} has no final result: go test was killed or the log is cut short`);
    if (cutLines > 0) partial.push(`${cutLines} line(s) longer than ${maxLine} bytes were cut`);
    if (engine.droppedFailures > 0)
      partial.push(`${engine.droppedFailures} more failure(s) not listed (limit ${opts.maxFailures ?? 5e3})`);
    if (engine.budget.trimmed > 0)
      partial.push(
        `output of ${engine.budget.trimmed} failure(s) cut to a head-and-tail excerpt: the run's output budget (${size(engine.budget.limit)}) was spent`
      );
    if (engine.droppedVerdicts > 0)
      partial.push(`${engine.droppedVerdicts} more test verdict(s) not listed (limit 20000)`);
    const failures = engine.failures.map((f2) => toFailure(f2, opts.layout));
    const framing = text.framing;
    let format = "unknown";
    if (jsonLines > 0 && framing > 0) format = "mixed";
    else if (jsonLines > 0) format = "json";
    else if (framing > 0 || engine.recognized > 0) format = "text";
    if (format === "unknown" || packages.length === 0 && failures.length === 0) {
      const stray = engine.stray.text().replace(/^\s+$/, "");
      if (stray !== "") {
        failures.push({
          package: null,
          test: null,
          kind: "log",
          excerpt: excerptOf(stray, "log"),
          output: stray
        });
      }
    }
    return engine.toRun(
      format,
      failures,
      packages.filter((p) => p.name !== "" || p.tests > 0),
      partial
    );
  }
}
function size(bytes2) {
  return bytes2 >= 1 << 20 ? `${+(bytes2 / 1048576).toFixed(1)} MiB` : `${Math.round(bytes2 / 1024)} KiB`;
}
function toFailure(f2, layout) {
  const output = f2.output.indexOf("\x1B") >= 0 ? f2.output.replace(ANSI_RE, "") : f2.output;
  const pkg = f2.package === PENDING ? null : f2.package;
  const loc = locateFailure(layout, { ...f2, package: pkg, output });
  return {
    package: pkg,
    test: f2.test,
    kind: f2.kind,
    ...loc ? { file: loc.file, line: loc.line } : {},
    excerpt: excerptOf(output, f2.kind),
    output,
    ...f2.elapsed !== void 0 ? { elapsed: f2.elapsed } : {}
  };
}
var FRAMING_RE = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):|FAIL$|PASS$|FAIL\t|ok {2}\t)/;
function excerptOf(output, kind) {
  const lines = output.split("\n");
  let from = 0;
  if (kind === "panic" || kind === "timeout") {
    const p = lines.findIndex((l) => /^panic: |^\*\*\* Test killed/.test(l));
    if (p >= 0) from = p;
  }
  const picked = [];
  for (let i = from; i < lines.length && picked.length < 12; i++) {
    const l = lines[i].replace(/\s+$/, "");
    if (l === "" || FRAMING_RE.test(l)) continue;
    picked.push(l.length > 300 ? l.slice(0, 300) + "\u2026" : l);
  }
  let s = picked.join("\n");
  if (s.length > 1500) s = s.slice(0, 1500) + "\u2026";
  return s;
}

// src/gotest/layout.ts
import { posix as posix2 } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", "vendor", "testdata"]);
var MAX_DIRS = 5e3;
var MAX_DEPTH = 12;
function modulePath(gomod) {
  for (const raw of gomod.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    const m = /^module\s+("?)([^\s"]+)\1$/.exec(line);
    if (m) return m[2];
  }
  return null;
}
async function discoverLayout(host, repoRoot, workingDirectory) {
  const root = posix2.normalize(repoRoot).replace(/\/+$/, "") || "/";
  let wd = posix2.normalize(workingDirectory || ".");
  if (wd.startsWith("/")) wd = wd === root ? "." : wd.startsWith(root + "/") ? wd.slice(root.length + 1) : ".";
  if (wd === ".." || wd.startsWith("../")) wd = ".";
  const modules = [];
  const queue = [{ rel: "", depth: 0 }];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_DIRS) {
    const { rel, depth } = queue.shift();
    seen++;
    const abs = rel === "" ? root : posix2.join(root, rel);
    let entries2;
    try {
      entries2 = await host.readDir(abs);
    } catch {
      continue;
    }
    for (const e of entries2) {
      if (e.kind === "file" && e.name === "go.mod") {
        try {
          const mp = modulePath(await host.readFile(posix2.join(abs, "go.mod"), 1 << 16));
          if (mp) modules.push({ path: mp, dir: rel });
        } catch {
        }
      } else if (e.kind === "dir" && depth < MAX_DEPTH && !SKIP.has(e.name) && !e.name.startsWith(".") && !e.name.startsWith("_")) {
        queue.push({ rel: rel === "" ? e.name : `${rel}/${e.name}`, depth: depth + 1 });
      }
    }
  }
  for (let d = wd === "." ? "" : wd; ; d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "") {
    if (!modules.some((m) => m.dir === d)) {
      try {
        const st = await host.lstat(posix2.join(root, d, "go.mod"));
        if (st.kind === "file") {
          const mp = modulePath(await host.readFile(posix2.join(root, d, "go.mod"), 1 << 16));
          if (mp) modules.push({ path: mp, dir: d });
        }
      } catch {
      }
    }
    if (d === "") break;
  }
  return { repoRoot: root, modules, workingDirectory: wd === "." ? "" : wd };
}

// src/gotest/live.ts
function secs(e) {
  return e === void 0 ? "" : ` (${e.toFixed(2)}s)`;
}
function formatLive(e) {
  switch (e.kind) {
    case "test-fail": {
      const body = (e.output ?? "").split("\n").filter((l) => l !== "" && !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- FAIL: )/.test(l)).join("\n");
      return `--- FAIL: ${e.test}${secs(e.elapsed)}` + (body ? "\n" + body : "");
    }
    case "test-skip":
      return `--- SKIP: ${e.test}`;
    case "build-output":
      return (e.output ?? "").replace(/\n$/, "");
    case "package-end": {
      const name = e.package ?? "(unknown package)";
      switch (e.status) {
        case "passed":
          return `ok    ${name}${secs(e.elapsed)}`;
        case "no-test-files":
          return `?     ${name} [no test files]`;
        case "skipped":
          return `skip  ${name}`;
        case "build-failed":
          return `FAIL  ${name} [build failed]`;
        case "setup-failed":
          return `FAIL  ${name} [setup failed]`;
        case "timed-out":
          return `FAIL  ${name}${secs(e.elapsed)} [timed out]`;
        case "killed":
          return `FAIL  ${name}${secs(e.elapsed)} [killed]`;
        default:
          return `FAIL  ${name}${secs(e.elapsed)}`;
      }
    }
    default:
      return null;
  }
}

// src/gotest/index.ts
async function parseFiles(host, paths, opts = {}) {
  const parser = createParser(opts);
  for (const path of paths) {
    parser.beginSource(path === "-" ? "standard input" : path);
    try {
      for await (const chunk of host.readStream(path)) parser.push(chunk);
    } catch (e) {
      const code = e instanceof HostError ? e.code : "EUNKNOWN";
      parser.fail(code === "EISDIR" ? `${path} is a directory, not a go test log` : describeError(code, path));
    }
  }
  const run = parser.end();
  return opts.layout ? verifyLocations(host, run, opts.layout) : run;
}
async function verifyLocations(host, run, layout) {
  const root = layout.repoRoot.replace(/\/+$/, "");
  const cache = /* @__PURE__ */ new Map();
  for (const f2 of run.failures) {
    if (f2.file === void 0) continue;
    let ok = cache.get(f2.file);
    if (ok === void 0) {
      try {
        ok = (await host.lstat(`${root}/${f2.file}`)).kind === "file";
      } catch {
        ok = false;
      }
      cache.set(f2.file, ok);
    }
    if (!ok) {
      delete f2.file;
      delete f2.line;
    }
  }
  return run;
}

// src/preflight.ts
var ORDER = { error: 0, warning: 1, notice: 2 };
function preflight(facts, opts = {}) {
  const out = [];
  for (const rule47 of opts.rules ?? rules) {
    if (typeof rule47.preflight !== "function") continue;
    try {
      out.push(...rule47.preflight(facts));
    } catch (e) {
      opts.onError?.(rule47.id, e);
    }
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule));
}

// src/probes/index.ts
import { posix as posix5 } from "node:path";

// src/facts/parse-mountinfo.ts
var MAX_LINES = 2e4;
function unescapeMountPath(s) {
  return s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
}
function parseMountinfo(text) {
  const out = [];
  const lines = text.split("\n");
  for (const line of lines.slice(0, MAX_LINES)) {
    if (!line.trim()) continue;
    const sep = line.indexOf(" - ");
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(" ");
    const right = line.slice(sep + 3).split(" ");
    if (left.length < 6 || right.length < 2) continue;
    const [id, parentId, majorMinor, root, mountPoint, options, ...optional] = left;
    if (!/^\d+$/.test(id) || !/^\d+$/.test(parentId)) continue;
    out.push({
      id: Number(id),
      parentId: Number(parentId),
      majorMinor,
      root: unescapeMountPath(root),
      mountPoint: unescapeMountPath(mountPoint),
      options: options.split(","),
      optional,
      fsType: right[0],
      source: unescapeMountPath(right[1]),
      superOptions: (right[2] ?? "").split(",").filter(Boolean)
    });
  }
  return out;
}
function hasPathPrefix(p, prefix) {
  if (prefix === "/") return p.startsWith("/");
  return p === prefix || p.startsWith(prefix + "/");
}
function findMount(entries2, path) {
  let best;
  for (const e of entries2) {
    if (!hasPathPrefix(path, e.mountPoint)) continue;
    if (!best || e.mountPoint.length >= best.mountPoint.length) best = e;
  }
  return best;
}

// src/facts/parse-status.ts
function parseStatus(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 200)) {
    const i = line.indexOf(":");
    if (i <= 0) continue;
    out[line.slice(0, i)] = line.slice(i + 1).trim();
  }
  return out;
}
function parseSeccomp(status) {
  const mode = status.Seccomp;
  if (mode === void 0) return null;
  const modes = { "0": "disabled", "1": "strict", "2": "filter" };
  const m = modes[mode];
  if (!m) return null;
  const f2 = status.Seccomp_filters;
  return { mode: m, filters: f2 !== void 0 && /^\d+$/.test(f2) ? Number(f2) : null };
}
function countCpuList(list) {
  const s = list.trim();
  if (!s) return null;
  let n = 0;
  for (const part of s.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 1 << 20) return null;
    n += hi - lo + 1;
  }
  return n;
}

// src/facts/parse-cgroup.ts
function parseProcCgroup(text) {
  const out = [];
  for (const line of text.split("\n").slice(0, 256)) {
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!m) continue;
    out.push({ id: Number(m[1]), controllers: m[2] ? m[2].split(",") : [], path: m[3] });
  }
  return out;
}
function parseFlatKeyed(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 256)) {
    const m = /^(\S+)\s+(-?\d+)\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}
function parseCgroupValue(text) {
  const s = text.trim();
  if (s === "max") return "max";
  if (!/^-?\d+$/.test(s)) return null;
  return Number(s);
}
function parseCpuMax(text) {
  const m = /^(max|\d+)(?:\s+(\d+))?\s*$/.exec(text.trim());
  if (!m) return null;
  return {
    quotaUs: m[1] === "max" ? null : Number(m[1]),
    periodUs: m[2] === void 0 ? 1e5 : Number(m[2])
  };
}
function v1MemoryLimit(n) {
  return n >= 2 ** 62 ? null : n;
}
function cgroupVersion(mounts) {
  const v1 = mounts.some((m) => m.fsType === "cgroup");
  const v2 = mounts.some((m) => m.fsType === "cgroup2");
  if (v1 && v2) return "hybrid";
  if (v1) return "v1";
  if (v2) return "v2";
  return null;
}
function resolveCgroupDir(mounts, cgroupPath, want) {
  const hidden = (m) => {
    const i = mounts.indexOf(m);
    return mounts.some((o, j) => j > i && o.mountPoint === m.mountPoint);
  };
  const candidates = mounts.filter(
    (m) => !hidden(m) && ("v2" in want ? m.fsType === "cgroup2" : m.fsType === "cgroup" && m.superOptions.includes(want.controller))
  );
  const what = "v2" in want ? "cgroup2" : `cgroup v1 ${want.controller}`;
  if (candidates.length === 0)
    return { dir: null, reason: `no ${what} hierarchy is mounted in this mount namespace` };
  for (const m of candidates) {
    if (!hasPathPrefix(cgroupPath, m.root)) continue;
    const rel = m.root === "/" ? cgroupPath : cgroupPath.slice(m.root.length);
    if (rel === "/.." || rel.startsWith("/../")) continue;
    const dir = rel === "/" || rel === "" ? m.mountPoint : joinPath(m.mountPoint, rel);
    return { dir, mount: m };
  }
  const roots = candidates.map((m) => `${m.mountPoint} (root ${m.root})`).join(", ");
  return {
    dir: null,
    reason: `this process's cgroup ${cgroupPath} is not visible through the ${what} mount ${roots}: the mount was made outside this cgroup namespace (typically /sys/fs/cgroup bind-mounted from the host)`
  };
}
function joinPath(a, b) {
  return (a.endsWith("/") ? a.slice(0, -1) : a) + (b.startsWith("/") ? b : "/" + b);
}

// src/probes/util.ts
async function read(host, path, maxBytes = 256 * 1024) {
  try {
    return { ok: true, text: await host.readFile(path, maxBytes) };
  } catch (e) {
    const code = e instanceof HostError ? e.code : "EUNKNOWN";
    return { ok: false, code, reason: describeError(code, path) };
  }
}
function failed(r, absentReason) {
  if (r.code === "ENOENT" && absentReason) return unknown(absentReason);
  return unknown(r.reason);
}
async function exists(host, path) {
  try {
    await host.lstat(path);
    return true;
  } catch {
    return false;
  }
}
async function guard(what, fn) {
  try {
    return await fn();
  } catch (e) {
    return unknown(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function errText(e) {
  if (e instanceof HostError) return describeError(e.code, e.path);
  return e instanceof Error ? e.message : String(e);
}
function firstLine(s, max2 = 300) {
  const line = s.split("\n").find((l) => l.trim()) ?? "";
  return line.length > max2 ? line.slice(0, max2) + "\u2026" : line.trim();
}

// src/probes/cgroup.ts
var INIT_CGROUP_NS = "cgroup:[4026531835]";
var MAX_DEPTH2 = 32;
async function probeCgroupNamespaced(host, mounts) {
  try {
    const link2 = await host.readlink("/proc/self/ns/cgroup");
    if (/^cgroup:\[\d+\]$/.test(link2)) return link2 !== INIT_CGROUP_NS;
  } catch {
  }
  if (mounts?.some((m) => (m.fsType === "cgroup" || m.fsType === "cgroup2") && m.root.startsWith("/..")))
    return true;
  return null;
}
async function num(host, path) {
  const r = await read(host, path, 4096);
  return { r, v: r.ok ? parseCgroupValue(r.text) : null };
}
async function keyed(host, path) {
  const r = await read(host, path, 16 * 1024);
  return { r, v: r.ok ? parseFlatKeyed(r.text) : null };
}
var orNull = (v) => v === "max" || v === null ? null : v;
function ancestors(dir, top) {
  const out = [dir];
  let d = dir;
  for (let i = 0; i < MAX_DEPTH2 && d !== top && d.length > top.length; i++) {
    d = d.slice(0, d.lastIndexOf("/")) || "/";
    out.push(d);
  }
  return out;
}
async function tightest(c, readLimit) {
  const dirs = ancestors(c.dir, c.top);
  const values = await Promise.all(dirs.map((d) => readLimit(d).catch(() => null)));
  let best = { value: null, dir: null };
  values.forEach((v, i) => {
    if (v !== null && (best.value === null || v < best.value)) best = { value: v, dir: dirs[i] };
  });
  return best;
}
function rootNote(c, files) {
  return `${c.dir} is the root cgroup, which has no ${files}: no cgroup limit applies there`;
}
async function probeCgroupMemory(host, c) {
  const notes = [];
  const d = c.dir;
  if (c.version === "v2") {
    const [max2, high, current, peak, events] = await Promise.all([
      num(host, `${d}/memory.max`),
      num(host, `${d}/memory.high`),
      num(host, `${d}/memory.current`),
      num(host, `${d}/memory.peak`),
      keyed(host, `${d}/memory.events`)
    ]);
    if (!max2.r.ok) {
      if (max2.r.code !== "ENOENT") return failed(max2.r);
      if (!c.isRoot) return unknown(`the memory controller is not enabled for ${d} (no memory.max)`);
      notes.push(rootNote(c, "memory.max, memory.current or memory.events"));
    }
    if (!peak.r.ok && max2.r.ok) notes.push(`${d}/memory.peak is absent (added in Linux 5.19)`);
    const lim3 = await tightest(c, async (dir) => orNull((await num(host, `${dir}/memory.max`)).v));
    return known({
      max: orNull(max2.v),
      high: orNull(high.v),
      current: orNull(current.v),
      peak: orNull(peak.v),
      oomKill: events.v?.oom_kill ?? null,
      oom: events.v?.oom ?? null,
      dir: d,
      effectiveMax: lim3.value,
      effectiveMaxDir: lim3.dir,
      ...notes.length ? { notes } : {}
    });
  }
  const [limit, usage, maxUsage, oomControl, failcnt] = await Promise.all([
    num(host, `${d}/memory.limit_in_bytes`),
    num(host, `${d}/memory.usage_in_bytes`),
    num(host, `${d}/memory.max_usage_in_bytes`),
    keyed(host, `${d}/memory.oom_control`),
    num(host, `${d}/memory.failcnt`)
  ]);
  if (!limit.r.ok) return failed(limit.r);
  notes.push("cgroup v1 has no memory.high; `oom` is memory.failcnt (times usage hit the limit)");
  if (oomControl.v && oomControl.v.oom_kill === void 0) {
    notes.push("memory.oom_control has no oom_kill line (added in Linux 4.13)");
  }
  const v1 = (v) => {
    const n = orNull(v);
    return n === null ? null : v1MemoryLimit(n);
  };
  const lim2 = await tightest(c, async (dir) => v1((await num(host, `${dir}/memory.limit_in_bytes`)).v));
  return known({
    max: v1(limit.v),
    high: null,
    current: orNull(usage.v),
    peak: orNull(maxUsage.v),
    oomKill: oomControl.v?.oom_kill ?? null,
    oom: orNull(failcnt.v),
    dir: d,
    effectiveMax: lim2.value,
    effectiveMaxDir: lim2.dir,
    notes
  });
}
async function probeCgroupPids(host, c) {
  const d = c.dir;
  const notes = [];
  const [max2, current, events] = await Promise.all([
    num(host, `${d}/pids.max`),
    num(host, `${d}/pids.current`),
    keyed(host, `${d}/pids.events`)
  ]);
  if (!max2.r.ok) {
    if (max2.r.code !== "ENOENT") return failed(max2.r);
    if (!c.isRoot) return unknown(`the pids controller is not enabled for ${d} (no pids.max)`);
    notes.push(rootNote(c, "pids.max") + " (kernel.pid_max and kernel.threads-max still do)");
  }
  const lim2 = await tightest(c, async (dir) => orNull((await num(host, `${dir}/pids.max`)).v));
  return known({
    max: orNull(max2.v),
    current: orNull(current.v),
    eventsMax: events.v?.max ?? null,
    dir: d,
    effectiveMax: lim2.value,
    effectiveMaxDir: lim2.dir,
    ...notes.length ? { notes } : {}
  });
}
async function cpuLimitAt(host, version, dir) {
  if (version === "v2") {
    const r = await read(host, `${dir}/cpu.max`, 4096);
    const p2 = r.ok ? parseCpuMax(r.text) : null;
    return { quota: p2?.quotaUs ?? null, period: p2?.periodUs ?? null, r };
  }
  const [q, p] = await Promise.all([
    num(host, `${dir}/cpu.cfs_quota_us`),
    num(host, `${dir}/cpu.cfs_period_us`)
  ]);
  const quota = orNull(q.v);
  return { quota: quota === null || quota < 0 ? null : quota, period: orNull(p.v), r: q.r };
}
async function probeCgroupCpu(host, c) {
  const d = c.dir;
  const notes = [];
  const [lim2, stat] = await Promise.all([cpuLimitAt(host, c.version, d), keyed(host, `${d}/cpu.stat`)]);
  if (!lim2.r.ok) {
    if (lim2.r.code !== "ENOENT") return failed(lim2.r);
    if (!c.isRoot) {
      return unknown(
        `the cpu controller is not enabled for ${d} (no ${c.version === "v2" ? "cpu.max" : "cpu.cfs_quota_us"})`
      );
    }
    notes.push(rootNote(c, c.version === "v2" ? "cpu.max" : "CFS quota"));
  }
  const s = stat.v ?? {};
  const throttledUsec = c.version === "v2" ? s.throttled_usec ?? null : s.throttled_time !== void 0 ? Math.floor(s.throttled_time / 1e3) : null;
  if (c.version === "v2" && stat.v && s.nr_periods === void 0) {
    notes.push(`${d}/cpu.stat has no nr_periods/nr_throttled (the cpu controller is not enabled here)`);
  }
  const eff = await tightest(c, async (dir) => {
    const l = await cpuLimitAt(host, c.version, dir);
    return l.quota !== null && l.period ? l.quota / l.period : null;
  });
  return known({
    quotaUs: lim2.quota,
    periodUs: lim2.period,
    limitCpus: lim2.quota !== null && lim2.period ? lim2.quota / lim2.period : null,
    nrPeriods: s.nr_periods ?? null,
    nrThrottled: s.nr_throttled ?? null,
    throttledUsec,
    dir: d,
    effectiveLimitCpus: eff.value,
    effectiveLimitDir: eff.dir,
    ...notes.length ? { notes } : {}
  });
}
async function searchOwnCgroup(host, mounts, cgroupPath, want) {
  const pid = String(host.pid);
  let budget = 400;
  for (const m of mounts) {
    const ok = "v2" in want ? m.fsType === "cgroup2" : m.fsType === "cgroup" && m.superOptions.includes(want.controller);
    if (!ok || !/^(\/\.\.)+$/.test(m.root) || cgroupPath.startsWith("/..")) continue;
    const ups = m.root.length / 3;
    let level = [m.mountPoint];
    for (let depth = 0; depth < ups && level.length; depth++) {
      const next = [];
      for (const d of level) {
        if (budget-- <= 0) return null;
        try {
          for (const e of await host.readDir(d)) if (e.kind === "dir") next.push(`${d}/${e.name}`);
        } catch {
        }
      }
      level = next;
    }
    const rel = cgroupPath === "/" ? "" : cgroupPath;
    for (const d of level) {
      if (budget-- <= 0) return null;
      const r = await read(host, `${d}${rel}/cgroup.procs`, 1 << 20);
      if (r.ok && r.text.split("\n").includes(pid)) return { dir: `${d}${rel}`, mount: m };
    }
  }
  return null;
}
async function probeCgroup(host, mounts, mountsReason, namespaced) {
  const r = await read(host, "/proc/self/cgroup", 64 * 1024);
  if (!r.ok) return failed(r, "not in a cgroup: /proc/self/cgroup does not exist (kernel without cgroups)");
  const lines = parseProcCgroup(r.text);
  if (lines.length === 0) return unknown("/proc/self/cgroup is empty or unreadable text");
  if (!mounts) return unknown(`cannot locate cgroup directories: ${mountsReason ?? "mountinfo unavailable"}`);
  const onlyV2 = lines.every((l) => l.id === 0);
  const version = cgroupVersion(mounts) ?? (onlyV2 ? "v2" : "v1");
  const paths = {};
  const dirs = {};
  const reasons = {};
  for (const line of lines.slice(0, 64)) {
    const isV2 = line.id === 0 && line.controllers.length === 0;
    const keys = isV2 ? ["unified"] : line.controllers;
    for (const key of keys) {
      const want = isV2 ? { v2: true } : { controller: key };
      let res = resolveCgroupDir(mounts, line.path, want);
      if (res.dir === null) {
        const found = await searchOwnCgroup(host, mounts, line.path, want);
        if (found) res = found;
      }
      paths[key] = { path: line.path, dir: res.dir };
      if (res.dir === null) {
        reasons[key] = res.reason;
        continue;
      }
      dirs[key] = {
        version: isV2 ? "v2" : "v1",
        dir: res.dir,
        top: res.mount.mountPoint,
        isRoot: line.path === "/" && res.mount.root === "/" && namespaced !== true
      };
    }
  }
  let v2Controllers = [];
  const uni = dirs.unified;
  if (uni) {
    const cc = await read(host, `${uni.dir}/cgroup.controllers`, 4096);
    if (cc.ok) v2Controllers = cc.text.trim().split(/\s+/).filter(Boolean);
  }
  const pick = (name) => {
    if (dirs[name]) return dirs[name];
    if (uni && v2Controllers.includes(name)) return uni;
    if (reasons[name]) return reasons[name];
    if (uni && !uni.isRoot)
      return `the ${name} controller is not enabled for ${uni.dir} (not in cgroup.controllers)`;
    if (uni) return uni;
    return reasons.unified ?? `no ${name} controller is mounted for this process`;
  };
  const run = async (name, fn) => {
    const c = pick(name);
    return typeof c === "string" ? unknown(c) : fn(c);
  };
  const [memory, pids, cpu] = await Promise.all([
    run("memory", (c) => probeCgroupMemory(host, c)),
    run("pids", (c) => probeCgroupPids(host, c)),
    run("cpu", (c) => probeCgroupCpu(host, c))
  ]);
  return known({ version, namespaced: namespaced === true, paths, memory, pids, cpu });
}

// src/facts/parse-proc.ts
function parseMeminfo(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 200)) {
    const m = /^([\w()]+):\s+(\d+)(?:\s+(kB))?\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]) * (m[3] ? 1024 : 1);
  }
  return out;
}
function parseNetstat(text) {
  const out = {};
  const lines = text.split("\n").slice(0, 100);
  for (let i = 0; i + 1 < lines.length; i++) {
    const h = /^(\w+):\s+(.*)$/.exec(lines[i]);
    const v = /^(\w+):\s+(.*)$/.exec(lines[i + 1]);
    if (!h || !v || h[1] !== v[1]) continue;
    const names = h[2].trim().split(/\s+/);
    const values = v[2].trim().split(/\s+/);
    if (!values.every((x) => /^-?\d+$/.test(x))) continue;
    const rec = {};
    names.forEach((n, j) => {
      if (values[j] !== void 0) rec[n] = Number(values[j]);
    });
    out[h[1]] = rec;
    i++;
  }
  return out;
}
function parseVmstat(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 1e3)) {
    const m = /^(\w+)\s+(\d+)\s*$/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}
function parseIfInet6(text) {
  const out = [];
  for (const line of text.split("\n").slice(0, 4096)) {
    const f2 = line.trim().split(/\s+/);
    if (f2.length < 6 || !/^[0-9a-f]{32}$/i.test(f2[0])) continue;
    out.push({
      address: f2[0].toLowerCase(),
      ifIndex: parseInt(f2[1], 16),
      prefixLen: parseInt(f2[2], 16),
      scope: parseInt(f2[3], 16),
      flags: parseInt(f2[4], 16),
      ifName: f2[5]
    });
  }
  return out;
}
var IPV6_LOOPBACK_HEX = "00000000000000000000000000000001";
function parsePortRange(text) {
  const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(text);
  if (!m) return null;
  const low2 = Number(m[1]);
  const high = Number(m[2]);
  if (high < low2 || high > 65535) return null;
  return { low: low2, high, width: high - low2 + 1 };
}
function parseGoMod(text) {
  let module = null;
  let go = null;
  for (const raw of text.split("\n").slice(0, 1e4)) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    let m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (m && module === null) module = m[1] ?? m[2] ?? m[3];
    m = /^go\s+(\d+(?:\.\d+){0,2}(?:(?:rc|beta)\d+)?)$/.exec(line);
    if (m && go === null) go = m[1];
  }
  return { module, go };
}

// src/probes/counters.ts
async function keyed2(host, path) {
  const r = await read(host, path, 16 * 1024);
  return r.ok ? parseFlatKeyed(r.text) : null;
}
async function probeCounters(host, cgroup) {
  const cg = valueOf(cgroup);
  const mem = valueOf(cg?.memory);
  const pids = valueOf(cg?.pids);
  const cpu = valueOf(cg?.cpu);
  const [events, oomControl, failcnt, pidsEvents, cpuStat, netstat, vmstat] = await Promise.all([
    mem ? keyed2(host, `${mem.dir}/memory.events`) : null,
    mem ? keyed2(host, `${mem.dir}/memory.oom_control`) : null,
    mem ? read(host, `${mem.dir}/memory.failcnt`, 64) : null,
    pids ? keyed2(host, `${pids.dir}/pids.events`) : null,
    cpu ? keyed2(host, `${cpu.dir}/cpu.stat`) : null,
    read(host, "/proc/net/netstat", 256 * 1024),
    read(host, "/proc/vmstat", 256 * 1024)
  ]);
  let memoryOomKill = null;
  let memoryOom = null;
  if (events) {
    memoryOomKill = events.oom_kill ?? null;
    memoryOom = events.oom ?? null;
  } else if (oomControl) {
    memoryOomKill = oomControl.oom_kill ?? null;
    memoryOom = failcnt?.ok && /^\d+$/.test(failcnt.text.trim()) ? Number(failcnt.text.trim()) : null;
  }
  let throttledUsec = null;
  if (cpuStat?.throttled_usec !== void 0) throttledUsec = cpuStat.throttled_usec;
  else if (cpuStat?.throttled_time !== void 0) throttledUsec = Math.floor(cpuStat.throttled_time / 1e3);
  const ns = netstat.ok ? parseNetstat(netstat.text) : null;
  const vm = vmstat.ok ? parseVmstat(vmstat.text) : null;
  return {
    at: new Date(host.now()).toISOString(),
    memoryOomKill,
    memoryOom,
    pidsEventsMax: pidsEvents?.max ?? null,
    cpuNrThrottled: cpuStat?.nr_throttled ?? null,
    cpuThrottledUsec: throttledUsec,
    listenOverflows: ns?.TcpExt?.ListenOverflows ?? null,
    vmstatOomKill: vm?.oom_kill ?? null
  };
}

// src/probes/go.ts
import { posix as posix3 } from "node:path";
var str3 = (v) => typeof v === "string" && v !== "" ? v : null;
async function resolvesOnPath(host, cmd) {
  const word = cmd.trim().split(/\s+/)[0];
  if (!word) return false;
  const candidates = word.includes("/") ? [word] : (host.env.PATH ?? "").split(":").filter(Boolean).slice(0, 256).map((d) => posix3.join(d, word));
  for (const c of candidates) {
    try {
      const real = await host.realpath(c);
      const st = await host.lstat(real);
      if (st.kind === "file" && (st.mode & 73) !== 0) return true;
    } catch {
    }
  }
  return false;
}
async function findGoMod(host, dir, stop) {
  let d = posix3.resolve("/", dir);
  for (let i = 0; i < 64; i++) {
    const p = posix3.join(d, "go.mod");
    try {
      const st = await host.lstat(p);
      if (st.kind === "file") {
        const mod = parseGoMod(await host.readFile(p, 1 << 20));
        return { path: p, ...mod };
      }
    } catch {
    }
    if (d === "/" || stop && d === stop) break;
    d = posix3.dirname(d);
  }
  return null;
}
async function probeGo(host, workingDirectory) {
  const env = host.env;
  const fromEnv = {
    gotmpdir: str3(env.GOTMPDIR),
    gocache: str3(env.GOCACHE),
    gomodcache: str3(env.GOMODCACHE)
  };
  const r = await host.exec("go", ["env", "-json"], {
    timeoutMs: 1e4,
    cwd: workingDirectory,
    maxOutputBytes: 256 * 1024
  });
  if (r.startError) {
    const reason = /ENOENT/.test(r.startError) ? "go is not on PATH" : `go could not be started: ${r.startError}`;
    return { go: unknown(reason), dirs: fromEnv };
  }
  if (r.timedOut) {
    return {
      go: unknown(
        "`go env -json` did not finish within 10 s (a GOTOOLCHAIN switch downloading a toolchain?)"
      ),
      dirs: fromEnv
    };
  }
  if (r.code !== 0) {
    return {
      go: unknown(`\`go env -json\` failed (exit ${r.code ?? r.signal}): ${firstLine(r.stderr)}`),
      dirs: fromEnv
    };
  }
  let j;
  try {
    const parsed = JSON.parse(r.stdout);
    if (!parsed || typeof parsed !== "object") throw new Error("not an object");
    j = parsed;
  } catch (e) {
    return {
      go: unknown(`\`go env -json\` printed something that is not JSON: ${e.message}`),
      dirs: fromEnv
    };
  }
  const version = str3(j.GOVERSION);
  if (!version) return { go: unknown("`go env -json` has no GOVERSION (go older than 1.16?)"), dirs: fromEnv };
  const cc = str3(j.CC);
  const stop = str3(env.GITHUB_WORKSPACE);
  const [ccFound, mod] = await Promise.all([
    cc ? resolvesOnPath(host, cc) : Promise.resolve(null),
    findGoMod(host, workingDirectory, stop ? posix3.resolve("/", stop) : null)
  ]);
  const info = {
    version,
    goroot: str3(j.GOROOT),
    gotmpdir: str3(j.GOTMPDIR),
    gocache: str3(j.GOCACHE),
    gomodcache: str3(j.GOMODCACHE),
    goflags: str3(j.GOFLAGS),
    cgoEnabled: j.CGO_ENABLED === "1" ? true : j.CGO_ENABLED === "0" ? false : null,
    cc,
    ccFound,
    goModGo: mod?.go ?? null,
    goModPath: mod?.path ?? null,
    modulePath: mod?.module ?? null,
    env: {
      GOMAXPROCS: str3(env.GOMAXPROCS),
      GOMEMLIMIT: str3(env.GOMEMLIMIT),
      GODEBUG: str3(env.GODEBUG),
      GOTOOLCHAIN: str3(env.GOTOOLCHAIN)
    }
  };
  return {
    go: known(info),
    dirs: { gotmpdir: info.gotmpdir, gocache: info.gocache, gomodcache: info.gomodcache }
  };
}

// src/goprobe/index.ts
import { createHash, randomBytes } from "node:crypto";
import { posix as posix4 } from "node:path";

// src/goprobe/output.ts
var intOrNull = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null;
var strOrNull = (v) => typeof v === "string" && v !== "" ? v.slice(0, 200) : null;
var NAME = /^[a-z0-9_]+(?:\([A-Z_]+\))?$/;
var ERRNO = /^(?:OK|UNSUPPORTED|E[A-Z0-9]+|errno\d+)$/;
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseSyscallOutput(stdout) {
  const run = { ctx: null, results: {}, pending: null };
  for (const line of stdout.split("\n").slice(0, 1e3)) {
    if (line.startsWith("ctx ")) {
      const j = parseJson(line.slice(4));
      if (j && typeof j === "object" && !Array.isArray(j)) {
        const o = j;
        run.ctx = {
          kernel: strOrNull(o.kernel),
          seccomp: intOrNull(o.seccomp),
          seccompFilters: intOrNull(o.seccompFilters),
          noNewPrivs: intOrNull(o.noNewPrivs),
          ioUringDisabled: intOrNull(o.ioUringDisabled)
        };
      }
      continue;
    }
    const t = /^try (\S+)$/.exec(line);
    if (t && NAME.test(t[1])) {
      run.pending = t[1];
      continue;
    }
    const r = /^res (\S+) (\S+)(?: (.*))?$/.exec(line);
    if (r && NAME.test(r[1]) && ERRNO.test(r[2])) {
      run.results[r[1]] = { errno: r[2], ...r[3] ? { call: r[3].slice(0, 200) } : {} };
      if (run.pending === r[1]) run.pending = null;
    }
  }
  return run;
}
var okResult = (v) => {
  if (!v || typeof v !== "object") return void 0;
  const o = v;
  if (typeof o.ok !== "boolean") return void 0;
  const error = strOrNull(o.error);
  return error && !o.ok ? { ok: false, error } : { ok: o.ok };
};
var ROLES = ["GOTMPDIR", "TMPDIR", "/tmp"];
function parseMainOutput(stdout) {
  const out = {};
  for (const line of stdout.split("\n").slice(0, 100)) {
    const m = /^section (\w+) (.*)$/.exec(line);
    if (!m) continue;
    const j = parseJson(m[2]);
    if (j === void 0) continue;
    const o = j && typeof j === "object" ? j : {};
    switch (m[1]) {
      case "runtime": {
        const gomaxprocs = intOrNull(o.gomaxprocs);
        const numCPU = intOrNull(o.numCPU);
        const goVersion = strOrNull(o.goVersion);
        if (gomaxprocs === null || numCPU === null || !goVersion) break;
        out.runtime = {
          goVersion,
          gomaxprocs,
          numCPU,
          nofileSoft: intOrNull(o.nofileSoft),
          nofileHard: intOrNull(o.nofileHard),
          kernel: strOrNull(o.kernel)
        };
        break;
      }
      case "listen": {
        const ipv4 = okResult(o.ipv4);
        const ipv6 = okResult(o.ipv6);
        if (ipv4 && ipv6) out.listen = { ipv4, ipv6 };
        break;
      }
      case "threads": {
        const created = intOrNull(o.created);
        const limit = intOrNull(o.limit);
        if (created === null || limit === null) break;
        const error = strOrNull(o.error);
        out.threads = { created, limit, ...error ? { error } : {} };
        break;
      }
      case "execInTemp": {
        if (!Array.isArray(j)) break;
        out.execInTemp = j.slice(0, 8).flatMap((e) => {
          const r = okResult(e);
          const dir = strOrNull(e?.dir);
          if (!r || !dir) return [];
          const role = e.role;
          return [{ dir, ...r, ...ROLES.includes(role) ? { role } : {} }];
        });
        break;
      }
      case "userns": {
        const r = okResult(o);
        if (r) out.userns = r;
        break;
      }
    }
  }
  return out;
}
function describeExit(r, stderr) {
  if (r.startError) return `could not start: ${r.startError}`;
  if (r.timedOut) return "timed out";
  const crash = /^(SIGSYS: bad system call|fatal error: .*|runtime: .*|panic: .*|SIG[A-Z]+: .*)$/m.exec(
    stderr
  );
  const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`;
  return crash ? `${how}: ${crash[1].slice(0, 200)}` : how;
}

// src/goprobe/source.ts
var PROBE_SOURCE = '// go-env-guard\'s Go runtime probe (issue 8). Standard library only, Linux only, Go >= 1.16.\n//\n// It answers, from inside a Go program built by the job\'s own `go`, the questions a Node process can\n// only guess at: what GOMAXPROCS the runtime computes, the NOFILE limit after the runtime\'s own raise\n// (Go >= 1.19 raises the soft limit to the hard one at start-up, os/rlimit.go), whether a binary copied\n// into GOTMPDIR/TMPDIR can be executed (what `go test` does with its test binary), whether exec.Cmd can\n// create a user namespace the way tests do, how raw system calls that seccomp profiles commonly refuse\n// behave, whether loopback listening works, and whether 64 more OS threads can be created.\n//\n// go-env-guard writes this file to a temporary directory with a throwaway go.mod, builds it with\n// CGO_ENABLED=0 and runs it (src/goprobe/index.ts). Modes, chosen with -mode:\n//\n//	syscalls NAME...  one raw system call per NAME, with arguments the kernel rejects cheaply. Prints\n//	                  "ctx {json}" once, then "try NAME" before and "res NAME ERRNO CALL" after each call,\n//	                  so that when a filter kills the process with SIGSYS the caller knows which call did\n//	                  it and runs the rest again. Never execs anything: Go >= 1.23 probes pidfd_open on\n//	                  the first exec (os.checkPidfd), which a trapping filter turns into a crash.\n//	main              everything else; one "section NAME {json}" line per finished section, in an order\n//	                  that puts the sections that exec (and can crash the process) last.\n//	threads N         child: lock N goroutines to OS threads, print "started I" for each.\n//	exec-ok           child: print "exec-ok" (the copy in the temporary directory runs this).\n//	userns-child      child: print "uid N gid N" as seen inside the new user namespace.\n//\n// The errno expectations (what the kernel returns when the call is allowed) and the verdicts are\n// decided by the TypeScript side (src/goprobe/classify.ts), which keeps this program small.\n// Sources: failure catalog 2.20-2.23 (docs/go-probe.md); Go\'s os/pidfd_linux.go (checkPidfd);\n// moby profiles/seccomp/default.json; the kernel\'s syscall entry points named next to each call.\npackage main\n\nimport (\n	"bufio"\n	"encoding/json"\n	"flag"\n	"fmt"\n	"io"\n	"net"\n	"os"\n	"os/exec"\n	"path/filepath"\n	"runtime"\n	"strconv"\n	"strings"\n	"syscall"\n	"time"\n)\n\nvar out = bufio.NewWriter(os.Stdout)\n\nfunc emit(format string, args ...interface{}) {\n	fmt.Fprintf(out, format+"\\n", args...)\n	out.Flush()\n}\n\nfunc main() {\n	mode := flag.String("mode", "main", "syscalls | main | threads | exec-ok | userns-child")\n	gotmpdir := flag.String("gotmpdir", "", "GOTMPDIR as `go env GOTMPDIR` reports it")\n	threadTimeout := flag.Duration("thread-timeout", 2*time.Second, "bound of the thread check")\n	flag.Parse()\n	switch *mode {\n	case "syscalls":\n		probeSyscalls(flag.Args())\n	case "main":\n		probeMain(*gotmpdir, *threadTimeout)\n	case "threads":\n		n, _ := strconv.Atoi(flag.Arg(0))\n		childThreads(n, *threadTimeout)\n	case "exec-ok":\n		emit("exec-ok")\n	case "userns-child":\n		emit("uid %d gid %d", os.Getuid(), os.Getgid())\n	default:\n		fmt.Fprintf(os.Stderr, "unknown mode %q\\n", *mode)\n		os.Exit(2)\n	}\n}\n\n// ---- syscalls ----\n\n// Numbers from the kernel\'s tables: arch/x86/entry/syscalls/syscall_64.tbl and\n// include/uapi/asm-generic/unistd.h (arm64, riscv64, loong64). From 424 on the numbers are the same on\n// every architecture. The syscall package has no constants for the newer calls.\nvar sysnums = map[string]map[string]uintptr{\n	"amd64": {"personality": 135, "ptrace": 101, "mount": 165, "unshare": 272, "setns": 308,\n		"memfd_create": 319, "copy_file_range": 326, "waitid": 247},\n	"arm64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n	"riscv64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n	"loong64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n}\n\nconst (\n	sysPidfdSendSignal = 424\n	sysIoUringSetup    = 425\n	sysPidfdOpen       = 434\n	sysClone3          = 435\n	sysFaccessat2      = 439\n)\n\nfunc num(name string) (uintptr, bool) {\n	switch name {\n	case "pidfd_send_signal":\n		return sysPidfdSendSignal, true\n	case "io_uring_setup":\n		return sysIoUringSetup, true\n	case "pidfd_open":\n		return sysPidfdOpen, true\n	case "clone3":\n		return sysClone3, true\n	case "faccessat2":\n		return sysFaccessat2, true\n	}\n	n, ok := sysnums[runtime.GOARCH][name]\n	return n, ok\n}\n\nconst (\n	atFdcwd          = -100\n	pPidfd           = 3         // waitid idtype P_PIDFD (include/uapi/linux/wait.h)\n	wExited          = 4         // WEXITED\n	ptracePeekdata   = 2         // PTRACE_PEEKDATA: needs a tracee; pid 0 never is one\n	addrNoRandomize  = 0x0040000 // ADDR_NO_RANDOMIZE (include/uapi/linux/personality.h)\n	personalityQuery = 0xffffffff\n)\n\ntype call struct {\n	sig  string\n	args [6]uintptr\n}\n\n// The calls. Each is made with arguments that the kernel rejects before doing anything, or that change\n// nothing, so the result says whether the call reached the kernel and nothing is created or leaked.\nfunc callFor(name string) (call, bool) {\n	neg1 := ^uintptr(0) // -1 as a file descriptor\n	switch name {\n	case "clone3": // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0 -> EINVAL\n		return call{"clone3(NULL, 0)", [6]uintptr{0, 0}}, true\n	case "pidfd_open": // kernel/pid.c: pid <= 0 -> EINVAL\n		return call{"pidfd_open(0, 0)", [6]uintptr{0, 0}}, true\n	case "pidfd_send_signal": // kernel/signal.c: fdget(-1) -> EBADF\n		return call{"pidfd_send_signal(-1, 0, NULL, 0)", [6]uintptr{neg1, 0, 0, 0}}, true\n	case "waitid": // kernel/exit.c: P_PIDFD with a closed fd -> EBADF (P_PIDFD unknown before 5.4: EINVAL), as os.checkPidfd\n		return call{"waitid(P_PIDFD, INT_MAX, NULL, WEXITED, NULL)", [6]uintptr{pPidfd, 0x7fffffff, 0, wExited, 0}}, true\n	case "unshare": // kernel/fork.c: no flags -> 0, changes nothing\n		return call{"unshare(0)", [6]uintptr{0}}, true\n	case "setns": // kernel/nsproxy.c: fdget(-1) -> EBADF\n		return call{"setns(-1, 0)", [6]uintptr{neg1, 0}}, true\n	case "mount": // fs/namespace.c: user_path_at(NULL target) -> EFAULT before any permission check\n		return call{"mount(NULL, NULL, NULL, 0, NULL)", [6]uintptr{0, 0, 0, 0, 0}}, true\n	case "memfd_create": // mm/memfd.c: unknown flags -> EINVAL\n		return call{"memfd_create(NULL, 0xffffffff)", [6]uintptr{0, 0xffffffff}}, true\n	case "copy_file_range": // fs/read_write.c: fdget(-1) -> EBADF\n		return call{"copy_file_range(-1, NULL, -1, NULL, 0, 0)", [6]uintptr{neg1, 0, neg1, 0, 0, 0}}, true\n	case "io_uring_setup": // io_uring/io_uring.c: copy_from_user(NULL params) -> EFAULT\n		return call{"io_uring_setup(0, NULL)", [6]uintptr{0, 0}}, true\n	case "faccessat2": // fs/open.c: mode outside S_IRWXO -> EINVAL\n		return call{"faccessat2(AT_FDCWD, NULL, 0xff, 0)", [6]uintptr{uintptr(atFdcwdU()), 0, 0xff, 0}}, true\n	case "ptrace": // kernel/ptrace.c: no task with pid 0 -> ESRCH\n		return call{"ptrace(PTRACE_PEEKDATA, 0, NULL, NULL)", [6]uintptr{ptracePeekdata, 0, 0, 0}}, true\n	case "personality": // kernel/exec_domain.c: 0xffffffff only queries\n		return call{"personality(0xffffffff)", [6]uintptr{personalityQuery}}, true\n	}\n	return call{}, false\n}\n\nfunc atFdcwdU() uintptr { v := int64(atFdcwd); return uintptr(v) }\n\nvar errnoNames = map[syscall.Errno]string{\n	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.ESRCH: "ESRCH", syscall.EINTR: "EINTR",\n	syscall.EIO: "EIO", syscall.E2BIG: "E2BIG", syscall.EBADF: "EBADF", syscall.ECHILD: "ECHILD",\n	syscall.EAGAIN: "EAGAIN", syscall.ENOMEM: "ENOMEM", syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT",\n	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.ENODEV: "ENODEV", syscall.ENOTDIR: "ENOTDIR",\n	syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE", syscall.EMFILE: "EMFILE", syscall.ENOSPC: "ENOSPC",\n	syscall.EROFS: "EROFS", syscall.ENOSYS: "ENOSYS", syscall.EOPNOTSUPP: "EOPNOTSUPP",\n	syscall.EXDEV: "EXDEV",\n}\n\nfunc errnoName(e syscall.Errno) string {\n	if e == 0 {\n		return "OK"\n	}\n	if n, ok := errnoNames[e]; ok {\n		return n\n	}\n	return "errno" + strconv.Itoa(int(e))\n}\n\nfunc probeSyscalls(names []string) {\n	ctx := map[string]interface{}{\n		"arch":            runtime.GOARCH,\n		"kernel":          kernelRelease(),\n		"seccomp":         nil,\n		"seccompFilters":  nil,\n		"noNewPrivs":      nil,\n		"ioUringDisabled": nil,\n	}\n	if b, err := os.ReadFile("/proc/self/status"); err == nil {\n		for _, line := range strings.Split(string(b), "\\n") {\n			k, v, ok := cut(line, ":")\n			if !ok {\n				continue\n			}\n			n, err := strconv.Atoi(strings.TrimSpace(v))\n			if err != nil {\n				continue\n			}\n			switch k {\n			case "Seccomp":\n				ctx["seccomp"] = n\n			case "Seccomp_filters":\n				ctx["seccompFilters"] = n\n			case "NoNewPrivs":\n				ctx["noNewPrivs"] = n\n			}\n		}\n	}\n	// kernel.io_uring_disabled (Linux 6.6+): 2 refuses io_uring_setup with EPERM for everyone, 1 for\n	// processes outside kernel.io_uring_group; that EPERM is not a seccomp filter.\n	if b, err := os.ReadFile("/proc/sys/kernel/io_uring_disabled"); err == nil {\n		if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {\n			ctx["ioUringDisabled"] = n\n		}\n	}\n	j, _ := json.Marshal(ctx)\n	emit("ctx %s", j)\n\n	// personality(ADDR_NO_RANDOMIZE) is what the race detector\'s runtime and `setarch -R` do to turn off\n	// ASLR; Docker\'s default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff.\n	// It changes the calling thread\'s persona, so it is restored at once, on a locked thread.\n	runtime.LockOSThread()\n	for _, name := range names {\n		if name == "personality(ADDR_NO_RANDOMIZE)" {\n			nr, ok := num("personality")\n			if !ok {\n				emit("res %s UNSUPPORTED %s", name, "no syscall number for "+runtime.GOARCH)\n				continue\n			}\n			emit("try %s", name)\n			cur, _, e := syscall.RawSyscall(nr, personalityQuery, 0, 0)\n			if e == 0 {\n				_, _, e = syscall.RawSyscall(nr, uintptr(uint32(cur))|addrNoRandomize, 0, 0)\n				if e == 0 {\n					syscall.RawSyscall(nr, cur, 0, 0)\n				}\n			}\n			emit("res %s %s personality(persona|ADDR_NO_RANDOMIZE)", name, errnoName(e))\n			continue\n		}\n		c, ok := callFor(name)\n		nr, ok2 := num(name)\n		if !ok || !ok2 {\n			emit("res %s UNSUPPORTED %s", name, "no probe for this call on "+runtime.GOARCH)\n			continue\n		}\n		emit("try %s", name)\n		r, _, e := syscall.RawSyscall6(nr, c.args[0], c.args[1], c.args[2], c.args[3], c.args[4], c.args[5])\n		if e == 0 && (name == "memfd_create" || name == "pidfd_open" || name == "io_uring_setup") {\n			// Unexpected success returns a descriptor: close it.\n			syscall.Close(int(r))\n		}\n		emit("res %s %s %s", name, errnoName(e), c.sig)\n	}\n}\n\nfunc kernelRelease() string {\n	var u syscall.Utsname\n	if err := syscall.Uname(&u); err != nil {\n		return ""\n	}\n	b := make([]byte, 0, len(u.Release))\n	for _, c := range u.Release {\n		if c == 0 {\n			break\n		}\n		b = append(b, byte(c))\n	}\n	return string(b)\n}\n\n// strings.Cut arrived in Go 1.18; this program builds with 1.16.\nfunc cut(s, sep string) (string, string, bool) {\n	if i := strings.Index(s, sep); i >= 0 {\n		return s[:i], s[i+len(sep):], true\n	}\n	return s, "", false\n}\n\n// ---- main ----\n\ntype result struct {\n	OK    bool   `json:"ok"`\n	Error string `json:"error,omitempty"`\n}\n\nfunc section(name string, v interface{}) {\n	j, err := json.Marshal(v)\n	if err != nil {\n		j = []byte(`{}`)\n	}\n	emit("section %s %s", name, j)\n}\n\nfunc probeMain(gotmpdir string, threadTimeout time.Duration) {\n	var lim syscall.Rlimit\n	var soft, hard interface{}\n	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {\n		soft, hard = limitValue(lim.Cur), limitValue(lim.Max)\n	}\n	section("runtime", map[string]interface{}{\n		"goVersion":  runtime.Version(),\n		"gomaxprocs": runtime.GOMAXPROCS(0),\n		"numCPU":     runtime.NumCPU(),\n		"nofileSoft": soft,\n		"nofileHard": hard,\n		"kernel":     kernelRelease(),\n		"uid":        os.Getuid(),\n	})\n\n	section("listen", map[string]interface{}{\n		"ipv4": listen("tcp4", "127.0.0.1:0"),\n		"ipv6": listen("tcp6", "[::1]:0"),\n	})\n\n	self, selfErr := os.Executable()\n\n	// The first exec: on Go >= 1.23 it runs os.checkPidfd (pidfd_open, waitid, pidfd_send_signal).\n	section("threads", threads(self, selfErr, 64, threadTimeout))\n\n	var dirs []map[string]interface{}\n	seen := map[string]bool{}\n	add := func(role, dir string) {\n		if dir == "" {\n			return\n		}\n		if seen[dir] {\n			return\n		}\n		seen[dir] = true\n		r := execIn(self, selfErr, dir)\n		entry := map[string]interface{}{"role": role, "dir": dir, "ok": r.OK}\n		if r.Error != "" {\n			entry["error"] = r.Error\n		}\n		dirs = append(dirs, entry)\n	}\n	// What go test does: the test binary is linked into $GOTMPDIR (or os.TempDir()) and executed there;\n	// t.TempDir() and os.MkdirTemp("", ...) are under os.TempDir().\n	add("GOTMPDIR", gotmpdir)\n	tmpRole := "/tmp"\n	if os.Getenv("TMPDIR") != "" {\n		tmpRole = "TMPDIR"\n	}\n	add(tmpRole, os.TempDir())\n	section("execInTemp", dirs)\n\n	section("userns", userns(self, selfErr))\n}\n\nfunc limitValue(v uint64) interface{} {\n	if v > 1<<53 {\n		return nil // RLIM_INFINITY (not reachable for NOFILE: the kernel caps it at fs.nr_open)\n	}\n	return v\n}\n\nfunc listen(network, addr string) result {\n	l, err := net.Listen(network, addr)\n	if err != nil {\n		return result{false, err.Error()}\n	}\n	l.Close()\n	return result{OK: true}\n}\n\n// run starts cmd, bounded by timeout, and keeps at most 64 KiB of each stream.\nfunc run(cmd *exec.Cmd, timeout time.Duration) (string, string, error) {\n	var stdout, stderr limited\n	cmd.Stdout, cmd.Stderr = &stdout, &stderr\n	if err := cmd.Start(); err != nil {\n		return "", "", err\n	}\n	done := make(chan error, 1)\n	go func() { done <- cmd.Wait() }()\n	select {\n	case err := <-done:\n		return stdout.String(), stderr.String(), err\n	case <-time.After(timeout):\n		cmd.Process.Kill()\n		<-done\n		return stdout.String(), stderr.String(), fmt.Errorf("timed out after %s", timeout)\n	}\n}\n\ntype limited struct{ b []byte }\n\nfunc (l *limited) Write(p []byte) (int, error) {\n	if room := 64<<10 - len(l.b); room > 0 {\n		if len(p) < room {\n			room = len(p)\n		}\n		l.b = append(l.b, p[:room]...)\n	}\n	return len(p), nil\n}\nfunc (l *limited) String() string { return string(l.b) }\n\nfunc threads(self string, selfErr error, n int, timeout time.Duration) map[string]interface{} {\n	res := map[string]interface{}{"created": 0, "limit": n}\n	if selfErr != nil {\n		res["error"] = "cannot locate the probe binary: " + selfErr.Error()\n		return res\n	}\n	cmd := exec.Command(self, "-mode=threads", "-thread-timeout="+timeout.String(), strconv.Itoa(n))\n	stdout, stderr, err := run(cmd, timeout+time.Second)\n	created := 0\n	for _, line := range strings.Split(stdout, "\\n") {\n		if strings.HasPrefix(line, "started ") {\n			if v, e := strconv.Atoi(strings.TrimPrefix(line, "started ")); e == nil && v > created {\n				created = v\n			}\n		}\n	}\n	res["created"] = created\n	if err != nil || created < n {\n		msg := firstLines(stderr, 3)\n		if err != nil {\n			msg = strings.TrimSpace(err.Error() + ": " + msg)\n		}\n		if msg == "" {\n			msg = fmt.Sprintf("only %d of %d threads started within %s", created, n, timeout)\n		}\n		res["error"] = msg\n	}\n	return res\n}\n\nfunc childThreads(n int, timeout time.Duration) {\n	if n <= 0 || n > 256 {\n		n = 64\n	}\n	// One at a time, so that "started I" counts threads that exist when the runtime fails to make the\n	// next one (it then dies with "runtime: failed to create new OS thread" / "fatal error: newosproc").\n	started := make(chan struct{})\n	release := make(chan struct{})\n	deadline := time.After(timeout)\n	for i := 1; i <= n; i++ {\n		go func() {\n			runtime.LockOSThread()\n			started <- struct{}{}\n			<-release\n		}()\n		select {\n		case <-started:\n			emit("started %d", i)\n		case <-deadline:\n			close(release)\n			os.Exit(3)\n		}\n	}\n	close(release)\n}\n\nfunc firstLines(s string, n int) string {\n	lines := strings.Split(strings.TrimSpace(s), "\\n")\n	if len(lines) > n {\n		lines = lines[:n]\n	}\n	return strings.Join(lines, " | ")\n}\n\n// execIn copies this binary into a new directory under dir and runs the copy, as go test runs the test\n// binary it linked into $GOTMPDIR/go-build*/b001/.\nfunc execIn(self string, selfErr error, dir string) result {\n	if selfErr != nil {\n		return result{false, "cannot locate the probe binary: " + selfErr.Error()}\n	}\n	d, err := os.MkdirTemp(dir, "go-env-guard-exec-")\n	if err != nil {\n		return result{false, "cannot create a directory: " + err.Error()}\n	}\n	defer os.RemoveAll(d)\n	dst := filepath.Join(d, "probe.test")\n	if err := copyFile(self, dst); err != nil {\n		return result{false, "cannot copy a binary there: " + err.Error()}\n	}\n	stdout, stderr, err := run(exec.Command(dst, "-mode=exec-ok"), 2*time.Second)\n	if err != nil {\n		if msg := firstLines(stderr, 2); msg != "" {\n			return result{false, err.Error() + ": " + msg}\n		}\n		return result{false, err.Error()}\n	}\n	if strings.TrimSpace(stdout) != "exec-ok" {\n		return result{false, "the copy ran but printed " + strconv.Quote(firstLines(stdout, 1))}\n	}\n	return result{OK: true}\n}\n\nfunc copyFile(src, dst string) error {\n	in, err := os.Open(src)\n	if err != nil {\n		return err\n	}\n	defer in.Close()\n	o, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)\n	if err != nil {\n		return err\n	}\n	if _, err := io.Copy(o, io.LimitReader(in, 256<<20)); err != nil {\n		o.Close()\n		return err\n	}\n	return o.Close()\n}\n\n// userns starts this binary in a new user namespace with the current uid/gid mapped to 0, as tests that\n// use SysProcAttr{Cloneflags: CLONE_NEWUSER, UidMappings, GidMappings} do.\nfunc userns(self string, selfErr error) result {\n	if selfErr != nil {\n		return result{false, "cannot locate the probe binary: " + selfErr.Error()}\n	}\n	cmd := exec.Command(self, "-mode=userns-child")\n	cmd.SysProcAttr = &syscall.SysProcAttr{\n		Cloneflags:  syscall.CLONE_NEWUSER,\n		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},\n		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},\n	}\n	stdout, stderr, err := run(cmd, 2*time.Second)\n	if err != nil {\n		if msg := firstLines(stderr, 2); msg != "" {\n			return result{false, err.Error() + ": " + msg}\n		}\n		return result{false, err.Error()}\n	}\n	if strings.TrimSpace(stdout) != "uid 0 gid 0" {\n		return result{false, "the child ran but saw " + strconv.Quote(firstLines(stdout, 1))}\n	}\n	return result{OK: true}\n}\n';
var PROBE_SOURCE_SHA256 = "a362d98db00b3c466b5226c186c14223bae0a6d242a8f0894f1050931a5074dc";

// src/goprobe/index.ts
var MAX_OUTPUT = 256 * 1024;
var PROBE_GO_MOD = "module goenvguard.invalid/probe\n\ngo 1.16\n";
function goMinor(version) {
  if (/devel/.test(version)) return 1e3;
  const m = /go1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : null;
}
function buildFlags(minor, modFile) {
  const f2 = ["-mod=mod", "-a=false", "-race=false", "-msan=false", "-linkshared=false"];
  f2.push("-toolexec=", "-ldflags=-s -w", `-modfile=${modFile}`);
  if (minor >= 16) f2.push("-overlay=");
  if (minor >= 18) f2.push("-asan=false", "-buildvcs=false");
  if (minor >= 20) f2.push("-cover=false", "-pgo=off");
  return f2;
}
var toolchainName = (v) => /^go1\.(\d+)(?:\.\d+)?(?:rc\d+)?$/.test(v) && (goMinor(v) ?? 0) >= 21 ? v : null;
function firstLines(s, n = 3) {
  return s.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, n).join(" | ").slice(0, 400);
}
function defaultCacheRoot(env) {
  if (env.RUNNER_TOOL_CACHE) return posix4.join(env.RUNNER_TOOL_CACHE, "go-env-guard", "probe");
  const base = env.XDG_CACHE_HOME || (env.HOME ? posix4.join(env.HOME, ".cache") : null);
  return base && base.startsWith("/") ? posix4.join(base, "go-env-guard", "probe") : null;
}
function splitCommand(cc) {
  return (cc.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, "$2")).slice(0, 32);
}
var C_CHECK = `#include <pthread.h>
#include <stdio.h>
static void *f(void *p) { return p; }
int main(void) { pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; pthread_join(t, 0); puts("ok"); return 0; }
`;
async function runGoProbe(host, opts = {}) {
  try {
    return await probe(host, opts);
  } catch (e) {
    return unknown(`the Go probe failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
async function goEnv2(host, go, cwd) {
  const result = await host.exec(
    go,
    ["env", "-json", "GOVERSION", "GOTMPDIR", "CC", "CGO_ENABLED", "GOHOSTOS", "GOHOSTARCH"],
    { cwd, timeoutMs: 3e4, env: { ...host.env, GOWORK: "off" }, maxOutputBytes: 64 * 1024 }
  );
  if (result.code !== 0) return { result };
  try {
    const j = JSON.parse(result.stdout);
    if (j && typeof j === "object") return { env: j, result };
  } catch {
  }
  return { result };
}
async function isFile(host, path) {
  try {
    const st = await host.lstat(path);
    return st.kind === "file";
  } catch {
    return false;
  }
}
async function probe(host, opts) {
  if (host.platform !== "linux")
    return unknown(`the Go runtime probe runs on Linux only (this is ${host.platform})`);
  const go = opts.go ?? "go";
  const notes = [];
  const wd = opts.workingDirectory || host.env.GITHUB_WORKSPACE || ".";
  let ge = await goEnv2(host, go, wd);
  if (ge.result.startError) {
    return unknown(
      /ENOENT/.test(ge.result.startError) ? "go is not on PATH" : `go could not be started: ${ge.result.startError.slice(0, 200)}`
    );
  }
  if (!ge.env) {
    const why = ge.result.timedOut ? "timed out" : firstLines(ge.result.stderr) || `exit ${ge.result.code}`;
    const retry = await goEnv2(host, go, "/");
    if (!retry.env) return unknown(`\`go env\` failed: ${why}`);
    notes.push(`\`go env\` failed in ${wd} (${why}); used the default toolchain`);
    ge = retry;
  }
  const env = ge.env;
  const version = (env.GOVERSION ?? "").trim();
  const minor = goMinor(version);
  if (minor === null)
    return unknown(`cannot tell the Go version from \`go env GOVERSION\` (${JSON.stringify(version)})`);
  if (minor < 16) return unknown(`the Go probe needs Go >= 1.16 (this is ${version})`);
  const hostOS = env.GOHOSTOS || "linux";
  const hostArch = env.GOHOSTARCH || "";
  const key = createHash("sha256").update(`${PROBE_SOURCE_SHA256}\0${version}\0${hostOS}/${hostArch}`).digest("hex").slice(0, 16);
  const cacheRoot = opts.cacheDir === void 0 ? defaultCacheRoot(host.env) : opts.cacheDir;
  const safeVersion = version.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
  const keyDir = cacheRoot ? posix4.join(cacheRoot, `${key}-${safeVersion}`) : null;
  const tmpBase = host.env.RUNNER_TEMP || host.env.TMPDIR || "/tmp";
  const work = posix4.join(tmpBase, `go-env-guard-probe-${host.pid}-${randomBytes(4).toString("hex")}`);
  await host.mkdir(work);
  try {
    const marker = keyDir ? posix4.join(keyDir, "ok") : null;
    const stamp = `${PROBE_SOURCE_SHA256} ${version}`;
    let bin = posix4.join(work, "probe");
    let cached = false;
    if (keyDir && marker && await isFile(host, marker)) {
      const m2 = (await host.readFile(marker, 4096).catch(() => "")).trim();
      const name = m2.startsWith(stamp + " ") ? m2.slice(stamp.length + 1) : "";
      if (/^probe-[0-9a-f]{8}$/.test(name) && await isFile(host, posix4.join(keyDir, name))) {
        bin = posix4.join(keyDir, name);
        cached = true;
      }
    }
    let buildMs = 0;
    if (!cached) {
      const t0 = host.now();
      const src = posix4.join(work, "src");
      await host.mkdir(src);
      await host.writeFile(posix4.join(src, "go.mod"), PROBE_GO_MOD);
      await host.writeFile(posix4.join(src, "main.go"), PROBE_SOURCE);
      let name = null;
      if (keyDir) {
        try {
          await host.mkdir(keyDir);
          name = `probe-${randomBytes(4).toString("hex")}`;
          bin = posix4.join(keyDir, name);
        } catch (e) {
          notes.push(
            `cache ${keyDir} not writable (${e.code ?? e}); built in a temporary directory`
          );
        }
      }
      const built = await build(host, go, { src, bin, minor, version, hostOS, hostArch, work, opts, notes });
      buildMs = host.now() - t0;
      if (!built.ok) {
        if (name && keyDir) await host.rm(posix4.join(keyDir, name)).catch(() => void 0);
        return unknown(built.reason);
      }
      if (name && keyDir && marker) {
        await host.writeFile(marker, `${stamp} ${name}
`).catch(() => void 0);
      }
    }
    const t1 = host.now();
    const runBudget = opts.runTimeoutMs ?? 1e4;
    const left = () => Math.max(1, runBudget - (host.now() - t1));
    const names = opts.syscalls ?? SYSCALL_NAMES;
    const raw = {};
    let ctx = null;
    let remaining = [...names];
    for (let i = 0; i <= names.length && remaining.length > 0; i++) {
      const r = await host.exec(bin, ["-mode=syscalls", ...remaining], {
        timeoutMs: left(),
        env: host.env,
        maxOutputBytes: MAX_OUTPUT
      });
      if (r.startError) return unknown(`cannot execute the Go probe ${bin}: ${r.startError.slice(0, 200)}`);
      const p = parseSyscallOutput(r.stdout);
      ctx ??= p.ctx;
      Object.assign(raw, p.results);
      if (r.code === 0 && !r.timedOut) break;
      const sigsys = r.signal === "SIGSYS" || /^SIGSYS: bad system call/m.test(r.stderr);
      if (p.pending && sigsys) raw[p.pending] = { errno: "SIGSYS" };
      else {
        notes.push(`system call probe ${describeExit(r, r.stderr)}${p.pending ? ` during ${p.pending}` : ""}`);
        break;
      }
      remaining = remaining.filter((n) => !(n in raw));
    }
    const args = ["-mode=main", ...env.GOTMPDIR ? [`-gotmpdir=${env.GOTMPDIR}`] : []];
    const m = await host.exec(bin, args, { timeoutMs: left(), env: host.env, maxOutputBytes: MAX_OUTPUT });
    const runMs = host.now() - t1;
    if (m.startError) return unknown(`cannot execute the Go probe ${bin}: ${m.startError.slice(0, 200)}`);
    const sections = parseMainOutput(m.stdout);
    const died = m.code !== 0 || m.timedOut ? describeExit(m, m.stderr) : null;
    if (!sections.runtime)
      return unknown(
        died ? `the Go probe ${died}` : `the Go probe printed no runtime section: ${firstLines(m.stderr, 2) || "no error output"}`
      );
    const cgo = await checkCgo(host, env, work, opts.ccTimeoutMs ?? 2e4);
    return known(
      assemble(
        { ...sections, runtime: sections.runtime },
        {
          died,
          syscalls: classifySyscalls(raw, {
            kernel: ctx?.kernel ?? sections.runtime.kernel,
            seccomp: ctx?.seccomp ?? null,
            ioUringDisabled: ctx?.ioUringDisabled ?? null
          }),
          kernel: ctx?.kernel ?? sections.runtime.kernel,
          seccomp: ctx ? { mode: ctx.seccomp, filters: ctx.seccompFilters } : void 0,
          cgo,
          timing: { buildMs, runMs, cached },
          notes
        }
      )
    );
  } finally {
    await host.rm(work).catch(() => void 0);
  }
}
async function build(host, go, a) {
  const budget = a.opts.buildTimeoutMs ?? 6e4;
  const t0 = host.now();
  const args = ["build", ...buildFlags(a.minor, posix4.join(a.src, "go.mod")), "-o", a.bin, "."];
  const baseEnv = {
    ...host.env,
    CGO_ENABLED: "0",
    GOOS: a.hostOS,
    GOARCH: a.hostArch || host.env.GOARCH,
    GOWORK: "off",
    GO111MODULE: "on"
  };
  const tc = toolchainName(a.version);
  if (tc) baseEnv.GOTOOLCHAIN = tc;
  const first = await host.exec(go, args, {
    cwd: a.src,
    env: baseEnv,
    timeoutMs: budget,
    maxOutputBytes: 64 * 1024
  });
  if (first.code === 0 && !first.timedOut) return { ok: true };
  const why1 = first.timedOut ? `timed out after ${budget} ms` : firstLines(first.stderr) || describeExit(first, "");
  const left = budget - (host.now() - t0);
  if (first.timedOut || left < 1e3) return { ok: false, reason: `building the Go probe failed: ${why1}` };
  const retryEnv = { ...baseEnv, GOFLAGS: "-mod=mod" };
  if (/GOCACHE|build cache/i.test(first.stderr)) retryEnv.GOCACHE = posix4.join(a.work, "gocache");
  const second = await host.exec(go, args, {
    cwd: a.src,
    env: retryEnv,
    timeoutMs: left,
    maxOutputBytes: 64 * 1024
  });
  if (second.code === 0 && !second.timedOut) {
    a.notes.push(
      `the first build failed (${why1}); built again with GOFLAGS=-mod=mod${retryEnv.GOCACHE ? " and a private GOCACHE" : ""}`
    );
    return { ok: true };
  }
  const why2 = second.timedOut ? "timed out" : firstLines(second.stderr) || describeExit(second, "");
  return {
    ok: false,
    reason: `building the Go probe failed: ${why1}${why2 !== why1 ? `; retry: ${why2}` : ""}`
  };
}
async function checkCgo(host, env, work, timeoutMs) {
  const enabled = env.CGO_ENABLED === "1";
  const cc = (env.CC ?? "").trim();
  if (!enabled) return { enabled: false, ccWorks: null, ...cc ? { cc } : {} };
  const words = splitCommand(cc || "gcc");
  const file = posix4.join(work, "cgo-check.c");
  await host.writeFile(file, C_CHECK);
  const r = await host.exec(
    words[0],
    [...words.slice(1), "-pthread", "-o", posix4.join(work, "cgo-check"), file],
    {
      cwd: work,
      env: host.env,
      timeoutMs,
      maxOutputBytes: 64 * 1024
    }
  );
  if (r.code === 0 && !r.timedOut) return { enabled, ccWorks: true, cc: cc || "gcc" };
  const error = r.startError ? /ENOENT/.test(r.startError) ? `C compiler "${words[0]}" not found` : `C compiler "${words[0]}" could not be started: ${r.startError.slice(0, 200)}` : r.timedOut ? `C compiler "${words[0]}" timed out after ${timeoutMs} ms` : `C compiler "${words[0]}" failed: ${firstLines(r.stderr) || describeExit(r, "")}`;
  return { enabled, ccWorks: false, error, cc: cc || "gcc" };
}
function assemble(s, extra) {
  const notes = [...extra.notes];
  const skipped2 = [];
  const missing = (what) => {
    skipped2.push(what);
    return `not checked: the probe ended (${extra.died ?? "without printing it"}) before the ${what} check`;
  };
  const listen = s.listen ?? {
    ipv4: { ok: false, error: missing("listen") },
    ipv6: { ok: false, error: "not checked" }
  };
  const threads = s.threads ?? { created: 0, limit: 64, error: missing("threads") };
  const execInTemp = s.execInTemp ?? (missing("exec-in-temp"), []);
  const userns = s.userns ?? { ok: false, error: missing("user namespace") };
  if (skipped2.length)
    notes.push(
      `the probe ended (${extra.died ?? "early"}) before the ${skipped2.join(", ")} check${skipped2.length > 1 ? "s" : ""}`
    );
  return {
    goVersion: s.runtime.goVersion,
    gomaxprocs: s.runtime.gomaxprocs,
    numCPU: s.runtime.numCPU,
    nofileSoft: s.runtime.nofileSoft,
    nofileHard: s.runtime.nofileHard,
    execInTemp,
    userns,
    syscalls: extra.syscalls,
    listen,
    threads,
    cgo: extra.cgo,
    timing: extra.timing,
    kernel: extra.kernel,
    ...extra.seccomp ? { seccomp: extra.seccomp } : {},
    ...notes.length ? { notes } : {}
  };
}

// src/facts/parse-limits.ts
var NAMES = {
  "Max open files": "nofile",
  "Max processes": "nproc",
  "Max address space": "as",
  "Max stack size": "stack",
  "Max locked memory": "memlock"
};
function parseLimitValue(s) {
  if (s === "unlimited") return "unlimited";
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
function parseLimits(text) {
  const out = {};
  for (const line of text.split("\n").slice(0, 64)) {
    const m = /^(Max(?: \S+)+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
    if (!m) continue;
    const name = NAMES[m[1]];
    if (!name) continue;
    const soft = parseLimitValue(m[2]);
    const hard = parseLimitValue(m[3]);
    if (soft === null || hard === null) continue;
    out[name] = { soft, hard };
  }
  return out;
}

// src/probes/limits.ts
async function probeRlimits(host, ppid) {
  const [r, p] = await Promise.all([
    read(host, "/proc/self/limits", 16 * 1024),
    ppid && ppid > 0 ? read(host, `/proc/${ppid}/limits`, 16 * 1024) : Promise.resolve(null)
  ]);
  const out = {};
  const parsed = r.ok ? parseLimits(r.text) : {};
  for (const name of RLIMIT_NAMES) {
    const v = parsed[name];
    out[name] = v ? known(v) : r.ok ? unknown(`/proc/self/limits has no line for ${name}`) : failed(r);
  }
  const self = parsed.nofile;
  if (self && self.soft === self.hard) {
    const parent = p?.ok ? parseLimits(p.text).nofile : void 0;
    if (parent && parent.hard === self.hard && parent.soft !== self.soft) {
      out.nofile = known({
        soft: parent.soft,
        hard: self.hard,
        note: `soft limit from /proc/${ppid}/limits (the parent process, whose limits the step's other commands inherit); this Node process raised its own soft limit to ${self.soft} at startup`
      });
    } else if (parent && parent.hard !== self.hard) {
      out.nofile = known({
        ...self,
        note: `Node raises its own soft NOFILE to the hard limit at startup, so the soft limit the step itself has may be lower; the parent process (/proc/${ppid}/limits) has other limits, so it cannot be recovered`
      });
    }
  }
  return out;
}
function sysctlPath(key) {
  return "/proc/sys/" + key.split(".").join("/");
}
var ABSENT_NOTE = {
  "kernel.unprivileged_userns_clone": " (a Debian/Ubuntu kernel patch; upstream kernels do not have it)",
  "kernel.apparmor_restrict_unprivileged_userns": " (added by Ubuntu kernels 6.x; needs AppArmor)",
  "kernel.yama.ptrace_scope": " (the Yama LSM is not built in)",
  "net.ipv6.conf.all.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)",
  "net.ipv6.conf.default.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)",
  "net.ipv6.conf.lo.disable_ipv6": " (IPv6 is not available: built without it or booted with ipv6.disable=1)"
};
async function probeSysctls(host) {
  const results = await Promise.all(SYSCTL_KEYS.map((k) => read(host, sysctlPath(k), 4096)));
  const out = {};
  SYSCTL_KEYS.forEach((k, i) => {
    const r = results[i];
    if (r.ok) out[k] = known(r.text.trim());
    else out[k] = failed(r, `${k} is not present on this kernel${ABSENT_NOTE[k] ?? ""}`);
  });
  return out;
}

// src/probes/mounts.ts
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
}
async function resolveExisting(host, path) {
  let p = path;
  for (let i = 0; i < 64; i++) {
    try {
      return { real: await host.realpath(p), ancestor: p !== path };
    } catch (e) {
      if (!(e instanceof HostError) || e.code !== "ENOENT" || p === "/") return { error: errText(e) };
      p = parentOf(p);
    }
  }
  return { error: `${path} is nested too deeply` };
}
async function mountFor(host, mounts, mountsReason, path) {
  if (!path.startsWith("/")) return unknown(`${path} is not an absolute path`);
  let real;
  try {
    real = await host.realpath(path);
  } catch (e) {
    return unknown(errText(e));
  }
  if (!mounts)
    return unknown(`cannot tell which mount holds ${path}: ${mountsReason ?? "mountinfo unavailable"}`);
  const m = findMount(mounts, real);
  if (!m) return unknown(`no mount in /proc/self/mountinfo contains ${real}`);
  let sizeBytes = null;
  let availBytes = null;
  try {
    const s = await host.statfs(real);
    sizeBytes = s.blocks * s.bsize;
    availBytes = s.bavail * s.bsize;
  } catch {
  }
  return known({
    path: real,
    mountPoint: m.mountPoint,
    fsType: m.fsType,
    options: m.options,
    noexec: m.options.includes("noexec"),
    readOnly: m.options.includes("ro"),
    sizeBytes,
    availBytes
  });
}
async function spaceFor(host, path) {
  if (!path.startsWith("/")) return unknown(`${path} is not an absolute path`);
  const res = await resolveExisting(host, path);
  if ("error" in res) return unknown(res.error);
  try {
    const s = await host.statfs(res.real);
    return known({
      path: res.real,
      availBytes: s.bavail * s.bsize,
      totalBytes: s.blocks * s.bsize,
      // Some file systems (btrfs, some FUSE) report no inode counts: files == 0.
      inodesFree: s.files > 0 ? s.ffree : null,
      inodesTotal: s.files > 0 ? s.files : null
    });
  } catch (e) {
    return unknown(`statfs ${res.real}: ${errText(e)}`);
  }
}
async function probeMounts(host, mounts, mountsReason, inp) {
  const temps = [];
  if (inp.gotmpdir) temps.push({ role: "GOTMPDIR", path: inp.gotmpdir });
  const tmpdir = host.env.TMPDIR;
  if (tmpdir) temps.push({ role: "TMPDIR", path: tmpdir });
  temps.push({ role: "/tmp", path: "/tmp" });
  const tempDir = tmpdir || "/tmp";
  const storage = [];
  if (inp.gocache && inp.gocache !== "off") storage.push({ role: "GOCACHE", path: inp.gocache });
  if (inp.gomodcache) storage.push({ role: "GOMODCACHE", path: inp.gomodcache });
  storage.push({ role: "temp", path: inp.gotmpdir || tempDir });
  storage.push({ role: "workspace", path: inp.workspace });
  const [tempFacts, devShm2, spaceFacts] = await Promise.all([
    Promise.all(temps.map((t) => mountFor(host, mounts, mountsReason, t.path))),
    mountFor(host, mounts, mountsReason, "/dev/shm"),
    Promise.all(storage.map((s) => spaceFor(host, s.path)))
  ]);
  return {
    tempDirs: temps.map((t, i) => ({ ...t, mount: tempFacts[i] })),
    devShm: devShm2,
    storage: storage.map((s, i) => ({ ...s, space: spaceFacts[i] }))
  };
}

// src/probes/network.ts
async function probeIpv6Loopback(host, sysctl) {
  const r = await read(host, "/proc/net/if_inet6", 256 * 1024);
  const flags = ["all", "default", "lo"].map((k) => {
    const f2 = sysctl[`net.ipv6.conf.${k}.disable_ipv6`];
    return isKnown(f2) ? `net.ipv6.conf.${k}.disable_ipv6=${f2.value}` : null;
  }).filter((x) => x !== null);
  const flagText = flags.length ? ` (${flags.join(", ")})` : "";
  if (!r.ok) {
    if (r.code === "ENOENT") {
      return known({
        present: false,
        detail: "/proc/net/if_inet6 does not exist: the kernel has no IPv6 stack (booted with ipv6.disable=1 or built without IPv6)"
      });
    }
    return unknown(r.reason);
  }
  const addrs = parseIfInet6(r.text);
  const lo = addrs.find((a) => a.address === IPV6_LOOPBACK_HEX);
  if (lo) return known({ present: true, detail: `::1 is configured on ${lo.ifName}${flagText}` });
  return known({ present: false, detail: `::1 is not in /proc/net/if_inet6${flagText}` });
}
function probePortRange(sysctl) {
  const f2 = sysctl["net.ipv4.ip_local_port_range"];
  if (!isKnown(f2)) return unknown(f2.unknown);
  const p = parsePortRange(f2.value);
  return p ? known(p) : unknown(`cannot parse net.ipv4.ip_local_port_range "${f2.value.slice(0, 40)}"`);
}

// src/facts/caps.ts
var CAP_NAMES = [
  "CAP_CHOWN",
  // 0
  "CAP_DAC_OVERRIDE",
  // 1
  "CAP_DAC_READ_SEARCH",
  // 2
  "CAP_FOWNER",
  // 3
  "CAP_FSETID",
  // 4
  "CAP_KILL",
  // 5
  "CAP_SETGID",
  // 6
  "CAP_SETUID",
  // 7
  "CAP_SETPCAP",
  // 8
  "CAP_LINUX_IMMUTABLE",
  // 9
  "CAP_NET_BIND_SERVICE",
  // 10
  "CAP_NET_BROADCAST",
  // 11
  "CAP_NET_ADMIN",
  // 12
  "CAP_NET_RAW",
  // 13
  "CAP_IPC_LOCK",
  // 14
  "CAP_IPC_OWNER",
  // 15
  "CAP_SYS_MODULE",
  // 16
  "CAP_SYS_RAWIO",
  // 17
  "CAP_SYS_CHROOT",
  // 18
  "CAP_SYS_PTRACE",
  // 19
  "CAP_SYS_PACCT",
  // 20
  "CAP_SYS_ADMIN",
  // 21
  "CAP_SYS_BOOT",
  // 22
  "CAP_SYS_NICE",
  // 23
  "CAP_SYS_RESOURCE",
  // 24
  "CAP_SYS_TIME",
  // 25
  "CAP_SYS_TTY_CONFIG",
  // 26
  "CAP_MKNOD",
  // 27
  "CAP_LEASE",
  // 28
  "CAP_AUDIT_WRITE",
  // 29
  "CAP_AUDIT_CONTROL",
  // 30
  "CAP_SETFCAP",
  // 31
  "CAP_MAC_OVERRIDE",
  // 32
  "CAP_MAC_ADMIN",
  // 33
  "CAP_SYSLOG",
  // 34
  "CAP_WAKE_ALARM",
  // 35
  "CAP_BLOCK_SUSPEND",
  // 36
  "CAP_AUDIT_READ",
  // 37
  "CAP_PERFMON",
  // 38
  "CAP_BPF",
  // 39
  "CAP_CHECKPOINT_RESTORE"
  // 40
];
function decodeCaps(hex) {
  const h = hex.trim();
  if (!/^[0-9a-fA-F]{1,16}$/.test(h)) return null;
  const mask = BigInt("0x" + h);
  const effective2 = [];
  for (let bit = 0; bit < 64; bit++) {
    if (mask >> BigInt(bit) & 1n) effective2.push(CAP_NAMES[bit] ?? `cap_${bit}`);
  }
  const has = (n) => effective2.includes(n);
  return {
    hex: h.toLowerCase(),
    effective: effective2,
    sysAdmin: has("CAP_SYS_ADMIN"),
    sysResource: has("CAP_SYS_RESOURCE"),
    sysPtrace: has("CAP_SYS_PTRACE")
  };
}

// src/probes/security.ts
function probeSeccomp(status) {
  if (!status.ok) return unknown(status.reason);
  const s = parseSeccomp(status.fields);
  return s ? known(s) : unknown("/proc/self/status has no Seccomp line (kernel built without CONFIG_SECCOMP)");
}
function probeNoNewPrivs(status) {
  if (!status.ok) return unknown(status.reason);
  const v = status.fields.NoNewPrivs;
  return v === "0" || v === "1" ? known(v === "1") : unknown("/proc/self/status has no NoNewPrivs line (Linux < 4.10)");
}
function probeCapabilities(status) {
  if (!status.ok) return unknown(status.reason);
  const hex = status.fields.CapEff;
  if (hex === void 0) return unknown("/proc/self/status has no CapEff line");
  const c = decodeCaps(hex);
  return c ? known(c) : unknown(`cannot decode CapEff ${hex.slice(0, 32)}`);
}
async function probeAppArmor(host) {
  const [enabled, label1, label2, restrict] = await Promise.all([
    read(host, "/sys/module/apparmor/parameters/enabled", 64),
    read(host, "/proc/self/attr/apparmor/current", 4096),
    read(host, "/proc/self/attr/current", 4096),
    read(host, "/proc/sys/kernel/apparmor_restrict_unprivileged_userns", 64)
  ]);
  let en = null;
  if (enabled.ok) en = enabled.text.trim().toUpperCase().startsWith("Y");
  else if (enabled.code === "ENOENT") en = false;
  const label = (label1.ok ? label1.text : label2.ok ? label2.text : "").replace(/\0/g, "").trim();
  const rv = restrict.ok ? restrict.text.trim() : "";
  const r = /^\d+$/.test(rv) ? Number(rv) : null;
  if (en === null && !enabled.ok && enabled.code !== "ENOENT" && !label && r === null) {
    return unknown(enabled.reason);
  }
  return known({ enabled: en, label, restrictUnprivilegedUserns: r });
}
function describeRun(cmd, r) {
  if (r.startError) return { ok: false, text: `${cmd}: could not start (${r.startError})` };
  if (r.timedOut) return { ok: false, text: `${cmd}: timed out after 3 s` };
  if (r.code === 0) return { ok: true, text: `${cmd}: succeeded` };
  const why = firstLine(r.stderr) || firstLine(r.stdout) || (r.signal ? `killed by ${r.signal}` : "no output");
  return { ok: false, text: `${cmd}: failed (exit ${r.code ?? r.signal}): ${why}` };
}
async function probeUserns(host) {
  const opts = { timeoutMs: 3e3, maxOutputBytes: 4096 };
  const asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "unshare", "-Ur", "true"];
  const [own, un] = await Promise.all([
    host.exec("unshare", ["-Ur", "true"], opts),
    host.uid === 0 ? host.exec("setpriv", asNobody, opts) : Promise.resolve(null)
  ]);
  if (own.startError && /ENOENT/.test(own.startError)) {
    return unknown("unshare (util-linux) is not installed, so user namespace creation was not tried");
  }
  const who = host.uid === 0 ? "as root (uid 0)" : host.uid === null ? "" : `as uid ${host.uid}`;
  const mine = describeRun("unshare -Ur true", own);
  const info = { canCreate: mine.ok, detail: `${who ? who + ": " : ""}${mine.text}` };
  if (un) {
    if (un.startError && /ENOENT/.test(un.startError)) {
      info.detail += "; setpriv is not installed, so an unprivileged user was not tried (root can often do what others cannot)";
    } else {
      const d = describeRun("setpriv --reuid=65534 --regid=65534 --clear-groups unshare -Ur true", un);
      info.unprivileged = { canCreate: d.ok, detail: `as uid 65534: ${d.text}` };
    }
  }
  return known(info);
}

// src/facts/parse-os-release.ts
function parseOsRelease(text) {
  const out = {};
  for (const raw of text.split("\n").slice(0, 200)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2];
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
      v = v.slice(1, -1).replace(/\\([$"'`\\])/g, "$1");
    } else if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.slice(1, -1);
    }
    out[m[1]] = v;
  }
  return out;
}
function distroName(fields) {
  if (fields.PRETTY_NAME) return fields.PRETTY_NAME;
  if (fields.NAME) return fields.VERSION_ID ? `${fields.NAME} ${fields.VERSION_ID}` : fields.NAME;
  return null;
}

// src/probes/system.ts
var UNAME_ARCH = {
  x64: "x86_64",
  arm64: "aarch64",
  arm: "armv7l",
  ia32: "i686",
  ppc64: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loongarch64"
};
async function probeKernel(host) {
  const r = await read(host, "/proc/sys/kernel/osrelease", 4096);
  if (!r.ok) return failed(r);
  return r.text.trim() ? known(r.text.trim()) : unknown("/proc/sys/kernel/osrelease is empty");
}
async function probeArch(host) {
  const r = await read(host, "/proc/sys/kernel/arch", 256);
  if (r.ok && r.text.trim()) return known(r.text.trim());
  const a = UNAME_ARCH[host.arch] ?? host.arch;
  return a ? known(a) : unknown("architecture not reported");
}
async function probeDistro(host) {
  let r = await read(host, "/etc/os-release", 64 * 1024);
  if (!r.ok && r.code === "ENOENT") r = await read(host, "/usr/lib/os-release", 64 * 1024);
  if (!r.ok) return failed(r, "neither /etc/os-release nor /usr/lib/os-release exists");
  const name = distroName(parseOsRelease(r.text));
  return name ? known(name) : unknown("os-release has neither PRETTY_NAME nor NAME");
}
function probeRunner(env) {
  const evidence = [];
  const extra = (info) => {
    if (env.RUNNER_NAME) info.name = env.RUNNER_NAME;
    if (env.RUNNER_OS) info.os = env.RUNNER_OS;
    if (env.RUNNER_ARCH) info.arch = env.RUNNER_ARCH;
    return info;
  };
  if (env.GITHUB_ACTIONS !== "true") {
    evidence.push(
      env.GITHUB_ACTIONS === void 0 ? "GITHUB_ACTIONS is not set" : `GITHUB_ACTIONS=${env.GITHUB_ACTIONS}`
    );
    return known(extra({ kind: "not-actions", evidence }));
  }
  evidence.push("GITHUB_ACTIONS=true");
  const re = env.RUNNER_ENVIRONMENT;
  if (re === "github-hosted" || re === "self-hosted") {
    evidence.push(`RUNNER_ENVIRONMENT=${re}`);
    return known(extra({ kind: re, evidence }));
  }
  evidence.push(
    re === void 0 ? "RUNNER_ENVIRONMENT is not set (older runner versions do not set it); kind guessed from other variables" : `RUNNER_ENVIRONMENT=${re} (unrecognised); kind guessed from other variables`
  );
  const ua = env.GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT ?? "";
  if (ua.includes("actions-runner-controller/")) {
    evidence.push(`GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT mentions actions-runner-controller (ARC)`);
    return known(extra({ kind: "self-hosted", evidence }));
  }
  if (env.RUNNER_NAME && /^(GitHub Actions \d+|Hosted Agent)$/.test(env.RUNNER_NAME)) {
    evidence.push(`RUNNER_NAME=${env.RUNNER_NAME} is a GitHub-hosted runner name`);
    return known(extra({ kind: "github-hosted", evidence }));
  }
  evidence.push(
    env.RUNNER_NAME ? `RUNNER_NAME=${env.RUNNER_NAME} is not a hosted runner name` : "RUNNER_NAME is not set"
  );
  return known(extra({ kind: "self-hosted", evidence }));
}
var CGROUP_PATTERNS = [
  { re: /\/actions_job\//, runtime: "docker", what: "GitHub Actions job container" },
  { re: /\/kubepods/, runtime: "kubernetes", what: "Kubernetes pod" },
  { re: /\/docker[-/]|\/docker\.service/, runtime: "docker", what: "Docker" },
  { re: /libpod|\/machine\.slice\/libpod/, runtime: "podman", what: "Podman" },
  { re: /\/lxc(\.payload)?[./]/, runtime: "lxc", what: "LXC" },
  { re: /\/containerd|cri-containerd/, runtime: "containerd", what: "containerd" }
];
async function probeContainer(host, mounts, cgroupNamespaced) {
  const strong = [];
  let runtime;
  const [dockerenv, containerenv, pid1] = await Promise.all([
    exists(host, "/.dockerenv"),
    read(host, "/run/.containerenv", 16 * 1024),
    read(host, "/proc/1/cgroup", 64 * 1024)
  ]);
  if (containerenv.ok) {
    const engine = /^engine="([^"]*)"/m.exec(containerenv.text)?.[1];
    strong.push(`/run/.containerenv exists${engine ? ` (engine="${engine}")` : ""}`);
    runtime = "podman";
  }
  const cv = host.env.container;
  if (cv) {
    strong.push(`container=${cv} in the environment`);
    runtime ??= cv === "oci" ? void 0 : cv;
  }
  if (pid1.ok) {
    for (const line of pid1.text.split("\n").slice(0, 64)) {
      const p = CGROUP_PATTERNS.find((x) => x.re.test(line));
      if (p) {
        strong.push(`/proc/1/cgroup: ${line.trim().slice(0, 200)} (${p.what})`);
        runtime ??= p.runtime;
        break;
      }
    }
  }
  if (mounts) {
    const root = [...mounts].reverse().find((m) => m.mountPoint === "/");
    if (root && /^(overlay|fuse-overlayfs|aufs)$/.test(root.fsType)) {
      strong.push(`root filesystem is ${root.fsType}`);
    }
    const hosts = mounts.find((m) => m.mountPoint === "/etc/hosts" || m.mountPoint === "/etc/hostname");
    if (hosts && /containers|docker|kubelet|pods|libpod|overlay-containers/.test(hosts.root)) {
      strong.push(`${hosts.mountPoint} is bind-mounted from ${hosts.root.slice(0, 200)}`);
      if (/kubelet|pods/.test(hosts.root)) runtime ??= "kubernetes";
      else if (/docker/.test(hosts.root)) runtime ??= "docker";
    }
  }
  if (cgroupNamespaced) strong.push("private cgroup namespace");
  if (host.env.KUBERNETES_SERVICE_HOST) {
    strong.push("KUBERNETES_SERVICE_HOST is set");
    runtime ??= "kubernetes";
  }
  const hints = [...strong];
  if (dockerenv) {
    if (strong.length) {
      hints.unshift("/.dockerenv exists");
      runtime ??= "docker";
    } else {
      hints.push(
        "/.dockerenv exists, but nothing else points to a container (PID 1 cgroups, root filesystem, bind mounts, cgroup namespace): treated as a leftover in the machine image"
      );
    }
  }
  const info = { inContainer: strong.length > 0, hints };
  if (info.inContainer && runtime) info.runtime = runtime;
  return known(info);
}
function probeUser(host) {
  if (host.uid === null || host.gid === null) return unknown("this platform has no numeric user ids");
  return known({ uid: host.uid, gid: host.gid, root: host.uid === 0 });
}
async function probeCpus(host, status) {
  const r = await read(host, "/sys/devices/system/cpu/online", 4096);
  if (!r.ok) return failed(r);
  const online = countCpuList(r.text);
  if (online === null)
    return unknown(`cannot parse /sys/devices/system/cpu/online: ${r.text.trim().slice(0, 80)}`);
  const list = status?.Cpus_allowed_list;
  return known({ online, affinity: list ? countCpuList(list) : null });
}
async function probeMemory(host) {
  const r = await read(host, "/proc/meminfo", 64 * 1024);
  if (!r.ok) return failed(r);
  const m = parseMeminfo(r.text);
  if (m.MemTotal === void 0) return unknown("/proc/meminfo has no MemTotal line");
  return known({ totalBytes: m.MemTotal, availableBytes: m.MemAvailable ?? null });
}

// src/probes/index.ts
var f = (what, p, fallback) => p.catch((e) => fallback(`${what} probe failed: ${e instanceof Error ? e.message : String(e)}`));
async function probeFacts(host, opts) {
  const collectedAt = new Date(host.now()).toISOString();
  const wd = await workingDir(host, opts.workingDirectory || ".");
  const workspace = host.env.GITHUB_WORKSPACE || wd;
  const mountinfoP = read(host, "/proc/self/mountinfo", 4 << 20);
  const statusP = read(host, "/proc/self/status", 64 * 1024);
  const goP = f("go", probeGo(host, wd), (reason) => ({
    go: unknown(reason),
    dirs: { gotmpdir: null, gocache: null, gomodcache: null }
  }));
  const mi = await mountinfoP;
  let mounts = null;
  let mountsReason = null;
  if (mi.ok) {
    mounts = parseMountinfo(mi.text);
    if (mounts.length === 0) {
      mounts = null;
      mountsReason = "/proc/self/mountinfo has no parseable lines";
    }
  } else mountsReason = mi.reason;
  const st = await statusP;
  const status = st.ok ? { ok: true, fields: parseStatus(st.text) } : { ok: false, reason: st.reason };
  const namespacedP = probeCgroupNamespaced(host, mounts).catch(() => null);
  const sysctlP = probeSysctls(host);
  const [kernel, arch, distro, container, cpus, memory, rlimits, sysctl, cgroup, apparmor, userns, goRes] = await Promise.all([
    guard("kernel", () => probeKernel(host)),
    guard("arch", () => probeArch(host)),
    guard("distro", () => probeDistro(host)),
    guard("container", async () => probeContainer(host, mounts, await namespacedP)),
    guard("cpus", () => probeCpus(host, status.ok ? status.fields : null)),
    guard("memory", () => probeMemory(host)),
    probeRlimits(
      host,
      status.ok && /^\d+$/.test(status.fields.PPid ?? "") ? Number(status.fields.PPid) : null
    ),
    sysctlP,
    guard("cgroup", async () => probeCgroup(host, mounts, mountsReason, await namespacedP)),
    guard("apparmor", () => probeAppArmor(host)),
    guard("userns", () => probeUserns(host)),
    goP
  ]);
  const [mountFacts, ipv6Loopback] = await Promise.all([
    probeMounts(host, mounts, mountsReason, {
      gotmpdir: goRes.dirs.gotmpdir,
      gocache: goRes.dirs.gocache,
      gomodcache: goRes.dirs.gomodcache,
      workspace
    }).catch((e) => ({
      tempDirs: [],
      devShm: unknown(`mount probe failed: ${e instanceof Error ? e.message : String(e)}`),
      storage: []
    })),
    guard("ipv6", () => probeIpv6Loopback(host, sysctl))
  ]);
  return {
    collectedAt,
    system: {
      kernel,
      arch,
      distro,
      runner: probeRunner(host.env),
      container,
      user: (() => {
        try {
          return probeUser(host);
        } catch (e) {
          return unknown(String(e));
        }
      })(),
      cpus,
      memory
    },
    rlimits,
    sysctl,
    cgroup,
    security: {
      seccomp: probeSeccomp(status),
      noNewPrivs: probeNoNewPrivs(status),
      capabilities: probeCapabilities(status),
      apparmor,
      userns
    },
    mounts: mountFacts,
    network: { ipv6Loopback, portRange: probePortRange(sysctl) },
    go: goRes.go,
    // --- Go runtime probe (issue 8; src/goprobe, owned by the goprobe engineer). Never throws. ---
    ...opts.goProbe === "auto" ? { goProbe: await runGoProbe(host, { workingDirectory: wd }) } : {}
  };
}
async function probeCounters2(host, cgroup) {
  try {
    return await probeCounters(host, cgroup);
  } catch {
    return {
      at: new Date(host.now()).toISOString(),
      memoryOomKill: null,
      memoryOom: null,
      pidsEventsMax: null,
      cpuNrThrottled: null,
      cpuThrottledUsec: null,
      listenOverflows: null,
      vmstatOomKill: null
    };
  }
}
async function workingDir(host, dir) {
  if (dir.startsWith("/")) return posix5.resolve(dir);
  try {
    return await host.realpath(dir);
  } catch {
    return posix5.resolve(host.env.PWD || "/", dir);
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/pipeline.ts
var zeroTotals = () => ({ packages: 0, tests: 0, passed: 0, failed: 0, skipped: 0 });
async function findRepoRoot(host, dir) {
  const abs = await host.realpath(dir).catch(() => dir);
  const ws = host.env["GITHUB_WORKSPACE"];
  if (ws) {
    const root = await host.realpath(ws).catch(() => ws);
    if (abs === root || abs.startsWith(root.endsWith("/") ? root : root + "/")) return root;
  }
  for (let d = abs; ; ) {
    const hasGit = await host.lstat(`${d === "/" ? "" : d}/.git`).then(
      () => true,
      () => false
    );
    if (hasGit) return d;
    const parent = d.replace(/\/[^/]*$/, "") || "/";
    if (parent === d) break;
    d = parent;
  }
  return abs;
}
function assembleReport(parts) {
  return {
    version: 1,
    tool: { name: "go-env-guard", version: VERSION },
    facts: parts.facts ?? {},
    findings: parts.findings ?? [],
    failures: parts.failures ?? [],
    totals: parts.totals ?? zeroTotals()
  };
}
async function runPreflight(host, opts) {
  const repoRoot = await findRepoRoot(host, opts.dir);
  const facts = await probeFacts(host, { workingDirectory: opts.dir, goProbe: opts.goProbe });
  const goModGo = isKnown(facts.go) ? facts.go.value.goModGo : null;
  const lint = opts.dockerfiles.length > 0 ? await lintRepository(host, { root: repoRoot, globs: [...opts.dockerfiles], goModGo }) : { findings: [], errors: [], files: [] };
  const findings = [...preflight(facts), ...lint.errors, ...lint.findings];
  return { facts, findings: sortFindings(findings), repoRoot };
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
  );
}
async function explainFiles(host, files, opts) {
  const repoRoot = await findRepoRoot(host, opts.dir);
  const layout = await discoverLayout(host, repoRoot, opts.dir);
  const run = await parseFiles(host, files, { layout });
  return explainRun(run, opts.facts, opts.findings ?? []);
}
function explainRun(run, facts, findings) {
  const diagnosis = diagnose(run, facts);
  const report = assembleReport({ facts, findings, failures: diagnosis.failures, totals: run.totals });
  return { run, diagnosis, report };
}
function factsFromJson(text, source) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source} is not JSON: ${e.message}`, { cause: e });
  }
  const obj = parsed;
  const facts = obj && typeof obj === "object" && "facts" in obj ? obj.facts : obj;
  if (!facts || typeof facts !== "object" || !("system" in facts) || !("rlimits" in facts)) {
    throw new Error(`${source} holds neither a go-env-guard report nor a facts object`);
  }
  return facts;
}
var TextTail = class {
  constructor(max2 = 64 * 1024) {
    this.max = max2;
  }
  max;
  text = "";
  push(s) {
    this.text += s;
    if (this.text.length > 2 * this.max) this.text = this.text.slice(-this.max);
  }
  toString() {
    return this.text.length > this.max ? this.text.slice(-this.max) : this.text;
  }
};
var BUILD_LIKE = /-race requires cgo|C compiler .* not found|\[build failed\]|\[setup failed\]|cannot find (package|module)|no required module|build cache is required|go: updates to go\.mod needed|^# \S+$|\.go:\d+:\d+: /m;
function withGoCommandError(run, stderr, exitCode) {
  const text = stderr.replace(/\r\n/g, "\n").trim();
  if (exitCode === 0 || run.failures.length > 0 || text === "") return run;
  const lines = text.split("\n");
  return {
    ...run,
    failures: [
      ...run.failures,
      {
        package: null,
        test: null,
        kind: BUILD_LIKE.test(text) ? "build" : "log",
        excerpt: lines.slice(-20).join("\n"),
        output: text
      }
    ]
  };
}
async function runGoTest(host, args, opts) {
  const layout = await discoverLayout(host, opts.repoRoot, opts.cwd);
  const parser = createParser({ layout, ...opts.onEvent ? { onEvent: opts.onEvent } : {} });
  parser.beginSource("go test -json");
  const child = host.spawnStream("go", ["test", "-json", ...args], { cwd: opts.cwd });
  const stderrTail = new TextTail();
  const stderrText = new StringDecoder("utf8");
  for await (const { stream, chunk } of child.output) {
    if (stream === "stdout") {
      opts.onStdout?.(chunk);
      parser.push(chunk);
    } else {
      const text = stderrText.write(chunk);
      stderrTail.push(text);
      opts.onStderr?.(text);
    }
  }
  const exit = await child.exit;
  return {
    // No location beats a wrong one: drop paths that are not files in the workspace.
    run: withGoCommandError(await verifyLocations(host, parser.end(), layout), String(stderrTail), exit.code),
    code: exit.code,
    signal: exit.signal,
    ...exit.startError ? { startError: exit.startError } : {}
  };
}

// src/report/escape.ts
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
var CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
function sanitize(text) {
  return text.replace(/\r\n?/g, "\n").replace(ANSI, "").replace(CONTROLS, "");
}

// src/report/facts-table.ts
var lim = (l) => l === "unlimited" ? "unlimited" : String(l);
var bytes = (n) => {
  if (n === null || n === void 0) return "unlimited";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
};
function spec(what, why, rules2, fact, show) {
  return { what, why, rules: rules2, fact, show };
}
function mountText(m) {
  const flags = [m.noexec ? "noexec" : "", m.readOnly ? "ro" : ""].filter(Boolean).join(",");
  return `${m.mountPoint} ${m.fsType}${flags ? ` (${flags})` : ""}${m.sizeBytes !== null ? `, ${bytes(m.sizeBytes)}` : ""}`;
}
function factRows(facts, findings) {
  if (!("system" in facts)) return [];
  const f2 = facts;
  const specs = [
    spec("Kernel", "seccomp, namespace and sysctl behaviour depend on it", [], f2.system.kernel, (v) => v),
    spec(
      "Runner",
      "hosted and self-hosted runners differ in limits and sudo",
      [],
      f2.system.runner,
      (v) => v.kind + (v.os ? ` (${v.os})` : "")
    ),
    spec(
      "Container",
      "containers add seccomp, cgroup and /dev/shm limits",
      ["seccomp-blocked", "shm-size"],
      f2.system.container,
      (v) => v.inContainer ? `yes${v.runtime ? ` (${v.runtime})` : ""}` : "no"
    ),
    spec(
      "User",
      "root skips some permission checks tests rely on",
      [],
      f2.system.user,
      (v) => `uid ${v.uid}${v.root ? " (root)" : ""}`
    ),
    spec(
      "CPUs",
      "few CPUs stretch timeouts of parallel tests",
      ["cpu-throttling-timeout"],
      f2.system.cpus,
      (v) => `${v.online} online${v.affinity !== null ? `, ${v.affinity} usable` : ""}`
    ),
    spec(
      "Memory",
      'the OOM killer ends test binaries with "signal: killed"',
      ["oom-kill"],
      f2.system.memory,
      (v) => bytes(v.totalBytes)
    ),
    spec(
      "RLIMIT_NOFILE",
      '"too many open files" when sockets or files exceed it',
      ["nofile-limit"],
      f2.rlimits?.nofile,
      (v) => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`
    ),
    spec(
      "RLIMIT_NPROC",
      "fork/exec and thread creation fail with EAGAIN at the limit",
      ["thread-limit", "pids-limit"],
      f2.rlimits?.nproc,
      (v) => `soft ${lim(v.soft)}, hard ${lim(v.hard)}`
    ),
    spec(
      "cgroup memory",
      "a memory limit below peak use gets test binaries OOM-killed",
      ["oom-kill"],
      cgroupPart(f2, "memory"),
      (v) => `max ${bytes(v.max)}`
    ),
    spec(
      "cgroup pids",
      "pids.max caps threads and processes together",
      ["pids-limit", "thread-limit"],
      cgroupPart(f2, "pids"),
      (v) => `max ${v.max ?? "unlimited"}`
    ),
    spec(
      "cgroup CPU quota",
      "throttling makes timing-sensitive tests time out",
      ["cpu-throttling-timeout"],
      cgroupPart(f2, "cpu"),
      (v) => v.limitCpus === null ? "unlimited" : `${v.limitCpus} CPUs`
    ),
    ...["kernel.threads-max", "kernel.pid_max"].map(
      (k) => spec(
        k,
        "system-wide cap on threads and processes",
        ["thread-limit", "pids-limit"],
        f2.sysctl?.[k],
        (v) => v
      )
    ),
    ...["fs.inotify.max_user_instances", "fs.inotify.max_user_watches"].map(
      (k) => spec(
        k,
        'file watchers (fsnotify) fail with "too many open files" or ENOSPC',
        ["inotify-limit"],
        f2.sysctl?.[k],
        (v) => v
      )
    ),
    spec(
      "net.core.somaxconn",
      "caps the listen backlog of Go servers under load",
      ["somaxconn-backlog"],
      f2.sysctl?.["net.core.somaxconn"],
      (v) => v
    ),
    spec(
      "Ephemeral ports",
      'many short connections exhaust them: "cannot assign requested address"',
      ["ephemeral-ports"],
      f2.network?.portRange,
      (v) => `${v.low}-${v.high} (${v.width})`
    ),
    spec(
      "IPv6 loopback",
      "tests listening on [::1] fail without it",
      ["ipv6-unavailable"],
      f2.network?.ipv6Loopback,
      (v) => v.present ? "present" : "absent"
    ),
    spec(
      "vm.max_map_count",
      "mmap-heavy tests (bbolt, race detector) hit ENOMEM",
      ["max-map-count", "mmap-enomem"],
      f2.sysctl?.["vm.max_map_count"],
      (v) => v
    ),
    spec(
      "vm.mmap_rnd_bits",
      "the race detector (TSan) fails with high ASLR entropy",
      ["tsan-mmap-rnd-bits"],
      f2.sysctl?.["vm.mmap_rnd_bits"],
      (v) => v
    ),
    spec(
      "User namespaces",
      "tests using CLONE_NEWUSER need them",
      ["userns-disabled", "apparmor-userns"],
      f2.security?.userns,
      (v) => v.canCreate ? "can create" : "cannot create"
    ),
    spec(
      "AppArmor",
      "Ubuntu 24.04 restricts unprivileged user namespaces",
      ["apparmor-userns"],
      f2.security?.apparmor,
      (v) => v.enabled === null ? v.label : `${v.enabled ? "enabled" : "disabled"}${v.label ? `, ${v.label}` : ""}`
    ),
    spec(
      "Seccomp",
      "a filter can reject syscalls tests make (EPERM, SIGSYS)",
      ["seccomp-blocked"],
      f2.security?.seccomp,
      (v) => v.mode + (v.filters !== null ? ` (${v.filters} filters)` : "")
    ),
    spec(
      "kernel.yama.ptrace_scope",
      "debugger and ptrace tests need it permissive",
      ["ptrace-restricted"],
      f2.sysctl?.["kernel.yama.ptrace_scope"],
      (v) => v
    ),
    spec("/dev/shm", "shared-memory tests fail when it is small", ["shm-size"], f2.mounts?.devShm, mountText),
    ...(f2.mounts?.tempDirs ?? []).map(
      (t) => spec(
        `${t.role} (${t.path})`,
        "go test builds and runs binaries here; noexec breaks it",
        ["noexec-tmp"],
        t.mount,
        mountText
      )
    ),
    ...(f2.mounts?.storage ?? []).map(
      (s) => spec(
        `Free space: ${s.role}`,
        "builds and caches fail when the disk is full",
        ["disk-full"],
        s.space,
        (v) => `${bytes(v.availBytes)} of ${bytes(v.totalBytes)}`
      )
    ),
    spec(
      "Go",
      "the race detector needs cgo and a C compiler",
      ["race-requires-cgo"],
      f2.go,
      (v) => `${v.version}${v.cgoEnabled === false ? ", CGO_ENABLED=0" : ""}${v.ccFound === false ? ", no C compiler" : ""}`
    ),
    // What the job's own Go toolchain saw (the runtime probe); absent with go-probe off.
    ...f2.goProbe === void 0 ? [] : [
      spec(
        "Go runtime: GOMAXPROCS",
        "more Ps than the CPU quota allows means throttling and timeouts",
        ["gomaxprocs-quota"],
        f2.goProbe,
        (v) => `${v.gomaxprocs} (NumCPU ${v.numCPU})`
      ),
      spec(
        "Go runtime: exec in temp dirs",
        "go test executes the test binary from GOTMPDIR or TMPDIR",
        ["noexec-tmp"],
        f2.goProbe,
        (v) => v.execInTemp.map((e) => `${e.dir} ${e.ok ? "ok" : "FAILED"}`).join("; ") || "not checked"
      ),
      spec(
        "Go runtime: blocked syscalls",
        "a seccomp filter that blocks what the runtime or os/exec use breaks tests",
        ["seccomp-blocked"],
        f2.goProbe,
        (v) => blockedSyscalls(v).join(", ") || "none"
      )
    ]
  ];
  return specs.map((s) => {
    const flagged = findings.filter((x) => s.rules.includes(x.rule)).map((x) => x.rule);
    if (!s.fact || "unknown" in s.fact) {
      return {
        what: s.what,
        value: "unknown",
        why: s.why,
        status: flagged.length ? "flagged" : "unknown",
        detail: flagged.length ? [...new Set(flagged)].join(", ") : s.fact ? s.fact.unknown : "not probed"
      };
    }
    let value;
    try {
      value = s.show(s.fact.value);
    } catch {
      value = "unreadable";
    }
    return flagged.length ? { what: s.what, value, why: s.why, status: "flagged", detail: [...new Set(flagged)].join(", ") } : { what: s.what, value, why: s.why, status: "no-finding", detail: "" };
  });
}
function cgroupPart(f2, part) {
  if (!f2.cgroup) return void 0;
  if ("unknown" in f2.cgroup) return f2.cgroup;
  return f2.cgroup.value[part];
}

// src/report/view.ts
var RANK2 = { high: 0, medium: 1, low: 2 };
function groupFailures(failures) {
  const byRule = /* @__PURE__ */ new Map();
  const none = { rule: null, confidence: null, failures: [], evidence: [], remedy: "" };
  for (const f2 of failures) {
    const top = f2.causes[0];
    if (!top) {
      none.failures.push(f2);
      continue;
    }
    let g = byRule.get(top.rule);
    if (!g) {
      g = { rule: top.rule, confidence: top.confidence, failures: [], evidence: [], remedy: top.remedy };
      byRule.set(top.rule, g);
    }
    g.failures.push(f2);
    if (RANK2[top.confidence] < RANK2[g.confidence]) g.confidence = top.confidence;
    for (const e of top.evidence) if (!g.evidence.includes(e) && g.evidence.length < 12) g.evidence.push(e);
  }
  const groups = [...byRule.values()].sort(
    (a, b) => RANK2[a.confidence] - RANK2[b.confidence] || b.failures.length - a.failures.length || (a.rule < b.rule ? -1 : 1)
  );
  if (none.failures.length > 0) groups.push(none);
  return groups;
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings2(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
var significantFindings = (findings) => findings.filter((f2) => f2.severity === "error" || f2.severity === "warning");
function testLabel(f2) {
  if (f2.test) return f2.test;
  if (f2.kind === "build") return "build failed";
  if (f2.kind === "log") return "failure in the log";
  return `package ${f2.kind === "package" ? "failed" : f2.kind}`;
}
function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

// src/report/render-terminal.ts
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
function painter(color) {
  return (style, text) => color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
}
var clean = (s, max2 = 500) => {
  const t = sanitize(s).replace(/\n/g, " ");
  return t.length > max2 ? t.slice(0, max2 - 1) + "\u2026" : t;
};
function defaultRuleInfo() {
  const out = {};
  for (const r of ruleInfos()) out[r.id] = { title: r.title, environmental: r.environmental };
  return out;
}
function renderTerminal(report, opts) {
  const p = painter(opts.color);
  const rules2 = opts.rules ?? defaultRuleInfo();
  const excerptLines = opts.excerptLines ?? 8;
  const out = [];
  const { failures, totals } = report;
  const sig = significantFindings(report.findings);
  if (failures.length > 0) {
    const env = failures.filter((f2) => f2.causes.some((c) => rules2[c.rule]?.environmental !== false)).length;
    out.push(
      p("bold", `${p("red", "\u2717")} ${plural(failures.length, "failure")}`) + `, ${env} linked to a likely environmental cause` + (totals.tests ? p("dim", ` (${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped)`) : "")
    );
  } else if (totals.tests > 0 || totals.packages > 0) {
    out.push(
      p("bold", `${p("green", "\u2713")} go test passed`) + p("dim", ` (${plural(totals.passed, "test")} in ${plural(totals.packages, "package")})`)
    );
  } else if (sig.length > 0) {
    out.push(
      p("bold", `${p("yellow", "!")} ${plural(sig.length, "finding")} can make Go tests fail on this machine`)
    );
  } else {
    out.push(p("bold", `${p("green", "\u2713")} no environmental problems found`));
  }
  out.push("");
  for (const g of groupFailures(failures)) {
    if (g.rule === null) {
      out.push(p("bold", `Not linked to the environment (${g.failures.length})`));
    } else {
      const info = rules2[g.rule];
      const title = info ? `${info.title} ` : "";
      const tag = info && !info.environmental ? p("yellow", " [looks like the code, not the runner]") : "";
      out.push(
        `${p("bold", title + `[${g.rule}]`)} ${p("dim", `${g.confidence} confidence, ${plural(g.failures.length, "failure")}`)}${tag}`
      );
      for (const e of g.evidence.slice(0, 6)) out.push(`  ${p("dim", "\u2022")} ${clean(e)}`);
      if (g.remedy) out.push(`  ${p("green", "fix:")} ${clean(g.remedy, 1e3)}`);
    }
    for (const f2 of g.failures.slice(0, 50)) {
      const where = f2.file ? p("dim", ` ${clean(f2.file, 200)}${f2.line ? `:${f2.line}` : ""}`) : "";
      const pkg = f2.package ? p("dim", ` (${clean(f2.package, 200)})`) : "";
      out.push(`  ${p("red", "\u2717")} ${clean(testLabel(f2), 300)}${pkg}${where}`);
      if (excerptLines > 0 && f2.excerpt.trim()) {
        const lines = sanitize(f2.excerpt).split("\n").filter((l) => l.trim() !== "");
        for (const l of lines.slice(0, excerptLines))
          out.push(p("dim", `      ${l.length > 300 ? l.slice(0, 299) + "\u2026" : l}`));
        if (lines.length > excerptLines)
          out.push(p("dim", `      \u2026 ${lines.length - excerptLines} more lines`));
      }
    }
    if (g.failures.length > 50) out.push(p("dim", `  \u2026 and ${g.failures.length - 50} more`));
    out.push("");
  }
  const findings = sortFindings2(report.findings);
  if (findings.length) {
    out.push(p("bold", `Preflight findings (${findings.length})`));
    for (const f2 of findings) {
      const sev = f2.severity === "error" ? p("red", "error  ") : f2.severity === "warning" ? p("yellow", "warning") : p("blue", "notice ");
      const where = f2.file ? p("dim", ` ${clean(f2.file, 200)}${f2.line ? `:${f2.line}` : ""}`) : "";
      out.push(`  ${sev} ${clean(f2.title, 300)} ${p("dim", `[${f2.rule}]`)}${where}`);
      if (f2.message) out.push(`          ${clean(f2.message, 1e3)}`);
      for (const e of f2.evidence.slice(0, 4)) out.push(`          ${p("dim", "\u2022")} ${clean(e)}`);
      if (f2.remedy) out.push(`          ${p("green", "fix:")} ${clean(f2.remedy, 1e3)}`);
    }
    out.push("");
  }
  if (opts.facts ?? failures.length === 0) {
    const rows = factRows(report.facts, report.findings);
    if (rows.length) {
      out.push(p("bold", "Facts"));
      const w = Math.min(34, Math.max(...rows.map((r) => r.what.length)));
      for (const r of rows) {
        const status = r.status === "flagged" ? p("yellow", ` \u26A0 ${r.detail}`) : r.status === "unknown" ? p("dim", ` ? ${clean(r.detail, 200)}`) : "";
        out.push(`  ${r.what.padEnd(w)}  ${clean(r.value, 200)}${status}`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}

// src/commands/doctor.ts
async function doctorCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, {
    values: ["dir", "go-probe", "fail-on"],
    booleans: ["json"],
    choices: { "go-probe": ["auto", "off"], "fail-on": ["never", "error", "warning"] }
  });
  if (positionals.length) throw new UsageError(`doctor takes no arguments (got "${positionals[0]}")`);
  const dir = str(flags["dir"]) ?? ".";
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`);
  });
  const { facts, findings } = await runPreflight(host, {
    dir,
    goProbe: str(flags["go-probe"]) ?? "auto",
    dockerfiles: DEFAULT_DOCKERFILE_GLOBS
  });
  const report = assembleReport({ facts, findings });
  io.out(
    flags["json"] ? JSON.stringify(report, null, 2) + "\n" : renderTerminal(report, { color: host.isTTY })
  );
  const failOn = str(flags["fail-on"]) ?? "never";
  const met = failOn === "error" && findings.some((f2) => f2.severity === "error") || failOn === "warning" && findings.some((f2) => f2.severity === "error" || f2.severity === "warning");
  return met ? 1 : 0;
}

// src/commands/explain.ts
async function explainCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, {
    values: ["dir", "facts"],
    booleans: ["no-probe", "json"]
  });
  if (flags["facts"] && flags["no-probe"]) throw new UsageError("--facts and --no-probe exclude each other");
  const files = positionals.length ? positionals : ["-"];
  if (files.filter((f2) => f2 === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  for (const f2 of files) {
    if (f2 === "-") continue;
    const st = await host.lstat(f2).catch(() => null);
    if (!st) throw new Error(`cannot read ${f2}: no such file`);
    if (st.kind === "dir") throw new Error(`cannot read ${f2}: it is a directory`);
  }
  const dir = str(flags["dir"]) ?? ".";
  let facts = null;
  if (typeof flags["facts"] === "string") {
    const path = flags["facts"];
    const text = await host.readFile(path, 64 << 20).catch(() => {
      throw new Error(`cannot read --facts ${path}`);
    });
    facts = factsFromJson(text, path);
  } else if (!flags["no-probe"]) {
    facts = (await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] })).facts;
  }
  const { report } = await explainFiles(host, files, { dir, facts });
  io.out(
    flags["json"] ? JSON.stringify(report, null, 2) + "\n" : renderTerminal(report, { color: host.isTTY })
  );
  return 0;
}

// src/commands/rules.ts
function listRules() {
  const all = [
    ...rules.map((r) => ({
      id: r.id,
      title: r.title,
      environmental: r.environmental,
      severity: r.severity,
      kind: "catalog",
      docs: `docs/rules/${r.id}.md`
    })),
    ...dockerRules.map((r) => ({
      id: r.id,
      title: r.title,
      environmental: true,
      severity: r.severity,
      kind: "container-lint",
      docs: `docs/rules/${r.id}.md`
    }))
  ];
  return all.sort((a, b) => a.id.localeCompare(b.id));
}
async function readDoc(host, id) {
  for (const rel of ["../docs/rules/", "../../docs/rules/"]) {
    const path = new URL(`${rel}${id}.md`, import.meta.url).pathname;
    const text = await host.readFile(path).catch(() => null);
    if (text !== null) return text;
  }
  return null;
}
async function rulesCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, { booleans: ["json"] });
  if (positionals.length > 1) throw new UsageError("rules takes at most one rule id");
  const all = listRules();
  const id = positionals[0];
  if (id === void 0) {
    if (flags["json"]) io.out(JSON.stringify(all, null, 2) + "\n");
    else {
      const width = Math.max(...all.map((r) => r.id.length));
      for (const r of all) {
        io.out(`${r.id.padEnd(width)}  ${r.environmental ? "" : "[code] "}${r.title}
`);
      }
      io.out(
        `
${all.length} rules. "go-env-guard rules ID" shows one; [code] marks look-alikes that point at the code.
`
      );
    }
    return 0;
  }
  const rule47 = all.find((r) => r.id === id);
  if (!rule47) throw new UsageError(`no rule "${id}" (run "go-env-guard rules" for the list)`);
  const doc = await readDoc(host, id);
  if (flags["json"]) io.out(JSON.stringify({ ...rule47, doc }, null, 2) + "\n");
  else io.out((doc ?? `# ${rule47.id}

${rule47.title}
`) + "\n");
  return 0;
}

// src/commands/test.ts
async function testCommand(argv, host, io) {
  const { flags, positionals, rest } = parseArgs(argv, {
    values: ["dir"],
    booleans: ["json"],
    passthrough: true
  });
  if (positionals.length) throw new UsageError(`put go test arguments after "--" (got "${positionals[0]}")`);
  const dir = str(flags["dir"]) ?? ".";
  const json = flags["json"] === true;
  const live = json ? io.err : io.out;
  const pre = await runPreflight(host, { dir, goProbe: "auto", dockerfiles: [] });
  let facts = pre.facts;
  const before2 = await probeCounters2(host, facts.cgroup);
  const { run, code, startError } = await runGoTest(host, rest, {
    cwd: dir,
    repoRoot: await findRepoRoot(host, dir),
    onEvent: (e) => {
      const line = formatLive(e);
      if (line !== null) live(line + "\n");
    },
    onStderr: live
  });
  if (startError) throw new Error(`could not start go test (${startError}); is Go on PATH?`);
  const after = await probeCounters2(host, facts.cgroup);
  facts = { ...facts, counters: { before: before2, after } };
  const { report } = explainRun(run, facts, []);
  if (json) io.out(JSON.stringify(report, null, 2) + "\n");
  else io.out("\n" + renderTerminal(report, { color: host.isTTY }));
  return code ?? 1;
}

// src/remediate/apply.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/remediate/allowlist.ts
var RELAX_USERNS = "a security relaxation: unprivileged user namespaces widen the kernel attack surface; applied only because a failing test needs it, and restored after the job";
var ALLOWLIST = [
  {
    key: "fs.inotify.max_user_watches",
    target: "655360",
    better: "higher",
    rules: ["inotify-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "fs.inotify.max_user_instances",
    target: "1280",
    better: "higher",
    rules: ["inotify-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "vm.max_map_count",
    target: "262144",
    better: "higher",
    rules: ["max-map-count", "mmap-enomem"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "net.core.somaxconn",
    target: "4096",
    better: "higher",
    rules: ["somaxconn-backlog"],
    namespaced: true,
    causeOnly: false
  },
  {
    key: "net.ipv4.ip_local_port_range",
    target: "1024 65535",
    better: "wider",
    rules: ["ephemeral-ports"],
    namespaced: true,
    causeOnly: false,
    warning: "ports from 1024 up can now be handed out as ephemeral ports: a service started later on a fixed port in that range may find it taken (reserve it with net.ipv4.ip_local_reserved_ports)"
  },
  {
    key: "kernel.pid_max",
    target: "4194304",
    better: "higher",
    rules: ["thread-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "kernel.threads-max",
    target: "4194304",
    better: "higher",
    rules: ["thread-limit"],
    namespaced: false,
    causeOnly: false
  },
  {
    key: "fs.file-max",
    target: "2097152",
    better: "higher",
    rules: ["nofile-limit"],
    namespaced: false,
    causeOnly: false,
    // Only ENFILE ("too many open files in system") is fs.file-max; EMFILE is the per-process rlimit.
    when: /too many open files in system|fs\.file-max|ENFILE/i
  },
  {
    key: "user.max_user_namespaces",
    target: "15000",
    better: "higher",
    rules: ["userns-disabled"],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS
  },
  {
    key: "kernel.unprivileged_userns_clone",
    target: "1",
    better: "higher",
    rules: ["userns-disabled"],
    namespaced: false,
    causeOnly: true,
    warning: RELAX_USERNS
  },
  {
    key: "kernel.apparmor_restrict_unprivileged_userns",
    target: "0",
    better: "lower",
    rules: ["apparmor-userns"],
    namespaced: false,
    causeOnly: true,
    warning: "a security relaxation: turns off AppArmor mediation of unprivileged user namespaces for the whole host; a per-binary AppArmor profile with `userns,` is the narrower fix"
  },
  {
    key: "vm.mmap_rnd_bits",
    target: "28",
    better: "lower",
    rules: ["tsan-mmap-rnd-bits"],
    namespaced: false,
    causeOnly: true,
    warning: "lowers ASLR entropy for every new process on the host (28 is what GitHub-hosted images use); applied only when a failing test printed the ThreadSanitizer mapping error"
  },
  {
    key: "net.ipv6.conf.lo.disable_ipv6",
    target: "0",
    better: "lower",
    rules: ["ipv6-unavailable"],
    namespaced: true,
    causeOnly: true,
    warning: "enables IPv6 on the loopback interface of this network namespace"
  }
];
var BY_KEY = new Map(ALLOWLIST.map((s) => [s.key, s]));
var specFor = (key) => BY_KEY.get(key);
function procPath(key) {
  if (!specFor(key)) throw new Error(`${key} is not on the tuning allow-list`);
  return `/proc/sys/${key.replace(/\./g, "/")}`;
}
function parseFields(raw) {
  const parts = raw.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => !/^-?\d{1,20}$/.test(p))) return null;
  return parts.map((p) => BigInt(p));
}
function normalise(raw) {
  const f2 = parseFields(raw);
  return f2 ? f2.join(" ") : raw.trim();
}
var sameValue = (a, b) => normalise(a) === normalise(b);
var min = (a, b) => a < b ? a : b;
var max = (a, b) => a > b ? a : b;
function desiredValue(spec2, current) {
  const cur = parseFields(current);
  const tgt = parseFields(spec2.target);
  if (!cur || !tgt || cur.length !== tgt.length) return null;
  if (spec2.better === "wider") {
    if (cur.length !== 2) return null;
    const lo = min(cur[0], tgt[0]);
    const hi = max(cur[1], tgt[1]);
    if (lo === cur[0] && hi === cur[1]) return null;
    return `${lo} ${hi}`;
  }
  const c = cur[0];
  const t = tgt[0];
  if (spec2.better === "higher") return c < t ? spec2.target : null;
  return c > t ? spec2.target : null;
}
function refuseChange(key, live, to) {
  const spec2 = specFor(key);
  if (!spec2) return `${key} is not on the tuning allow-list; go-env-guard never changes other keys`;
  const cur = parseFields(live);
  const next = parseFields(to);
  const tgt = parseFields(spec2.target);
  if (!cur) return `${key}: the current value "${live.trim()}" is not numeric; left alone`;
  if (!next || next.length !== cur.length || next.length !== tgt.length)
    return `${key}: "${to}" is not a valid value for this key`;
  if (spec2.better === "wider") {
    const [lo, hi] = next;
    const [clo, chi] = cur;
    if (lo > hi) return `${key}: "${to}" is not a range (low > high)`;
    if (lo > clo || hi < chi)
      return `${key}: ${to} would narrow the current range ${normalise(live)}; tune never tightens a limit`;
    if (lo === clo && hi === chi) return `${key} is already ${normalise(live)}`;
    if (lo < min(clo, tgt[0]) || hi > max(chi, tgt[1]))
      return `${key}: ${to} goes beyond the safe range ${spec2.target}`;
    return null;
  }
  const c = cur[0];
  const n = next[0];
  const t = tgt[0];
  if (n === c) return `${key} is already ${normalise(live)}`;
  if (spec2.better === "higher") {
    if (n < c) return `${key}: ${to} is lower than the current ${normalise(live)}; tune never lowers a limit`;
    if (n > t) return `${key}: ${to} is above the safe value ${spec2.target}`;
    return null;
  }
  if (n > c)
    return `${key}: ${to} is higher than the current ${normalise(live)}; for this key that tightens it`;
  if (n < t) return `${key}: ${to} is below the safe value ${spec2.target}`;
  return null;
}

// src/remediate/privilege.ts
var SUDO_PROBE_TIMEOUT_MS = 5e3;
var SYSCTL_TIMEOUT_MS = 1e4;
var firstLine2 = (s) => s.trim().split("\n")[0]?.slice(0, 200) ?? "";
async function detectPrivilege(host) {
  if (host.uid === 0) return { method: "direct", detail: "running as root: writes /proc/sys directly" };
  const r = await host.exec("sudo", ["-n", "true"], {
    timeoutMs: SUDO_PROBE_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 4096
  });
  if (r.code === 0)
    return { method: "sudo", detail: "not root; `sudo -n true` works, so changes use `sudo -n sysctl -w`" };
  let why;
  if (r.startError)
    why = /ENOENT/.test(r.startError) ? "sudo is not installed" : `sudo could not start (${r.startError})`;
  else if (r.timedOut) why = `\`sudo -n true\` did not answer within ${SUDO_PROBE_TIMEOUT_MS / 1e3} s`;
  else
    why = `\`sudo -n true\` failed${r.code !== null ? ` (exit ${r.code})` : ""}${firstLine2(r.stderr) ? `: ${firstLine2(r.stderr)}` : ""}`;
  return { method: "none", detail: `not root and ${why}: nothing can be changed, the plan is shown instead` };
}
async function readSysctl(host, key) {
  return (await host.readFile(procPath(key), 4096)).trim();
}
function explainWriteError(key, code, raw) {
  switch (code) {
    case "EROFS":
      return {
        status: "skipped",
        detail: `/proc/sys is read-only here (a container without privileges, or a read-only mount): ${key} must be changed on the host${key.startsWith("net.") ? " or with `--sysctl` on the container" : ""}`
      };
    case "EACCES":
    case "EPERM":
      return {
        status: "failed",
        detail: `permission denied writing ${key} (${code})${key.startsWith("user.") ? ": user.* limits need CAP_SYS_RESOURCE" : ""}${raw ? `: ${raw}` : ""}`
      };
    case "EINVAL":
      return { status: "failed", detail: `the kernel rejected the value for ${key} (EINVAL)` };
    case "ENOENT":
      return { status: "skipped", detail: `${key} does not exist on this kernel` };
    default:
      return { status: "failed", detail: `could not write ${key} (${code})${raw ? `: ${raw}` : ""}` };
  }
}
function codeFromText(text) {
  if (/read-only file system/i.test(text)) return "EROFS";
  if (/permission denied/i.test(text)) return "EACCES";
  if (/operation not permitted/i.test(text)) return "EPERM";
  if (/invalid argument/i.test(text)) return "EINVAL";
  if (/cannot stat|no such file|unknown key/i.test(text)) return "ENOENT";
  if (/password is required|a terminal is required|not in the sudoers|may not run sudo/i.test(text))
    return "ESUDO";
  return "EUNKNOWN";
}
async function writeSysctl(host, key, value, method) {
  const path = procPath(key);
  if (/[\n\0]/.test(value)) return { ok: false, code: "EINVAL", message: "value contains a newline" };
  if (method === "direct") {
    try {
      await host.writeFile(path, value + "\n");
      return { ok: true };
    } catch (e) {
      const code2 = e instanceof HostError ? e.code : "EUNKNOWN";
      return { ok: false, code: code2, message: e instanceof Error ? firstLine2(e.message) : String(e) };
    }
  }
  const r = await host.exec("sudo", ["-n", "sysctl", "-w", `${key}=${value}`], {
    timeoutMs: SYSCTL_TIMEOUT_MS,
    env: { ...host.env },
    maxOutputBytes: 16384
  });
  if (r.code === 0 && !r.startError) return { ok: true };
  const text = firstLine2(r.stderr) || firstLine2(r.stdout) || r.startError || (r.timedOut ? "timed out" : `exit ${r.code}`);
  const code = r.startError ? "ENOSUDO" : codeFromText(`${r.stderr}
${r.stdout}`);
  return { ok: false, code, message: text };
}
async function currentNetns(host) {
  return host.readlink("/proc/self/ns/net").catch(() => null);
}
async function currentBootId(host) {
  return host.readFile("/proc/sys/kernel/random/boot_id", 256).then((t) => t.trim() || null).catch(() => null);
}

// src/remediate/state.ts
var STATE_FILE_MAX = 1 << 20;
function emptyState(createdAt, bootId) {
  return { version: 1, tool: "go-env-guard", createdAt, bootId, changes: [], env: [] };
}
function defaultStatePath(env) {
  const rt = env["RUNNER_TEMP"];
  if (rt && rt.startsWith("/")) return `${rt.replace(/\/+$/, "")}/go-env-guard/tune-state.json`;
  const home = env["HOME"];
  if (home && home.startsWith("/")) return `${home.replace(/\/+$/, "")}/.cache/go-env-guard/tune-state.json`;
  return null;
}
var isStr = (v) => typeof v === "string";
var STATUSES = ["pending", "applied", "restored", "left-alone", "failed"];
function parseState(raw, source) {
  const warnings = [];
  const o = raw;
  if (!o || typeof o !== "object" || o.version !== 1 || o.tool !== "go-env-guard" || !Array.isArray(o.changes))
    throw new Error(`${source} is not a go-env-guard tune state (version 1)`);
  const changes = [];
  for (const c of o.changes.slice(0, 200)) {
    if (!c || c.kind !== "sysctl" || !isStr(c.key) || !isStr(c.before) || !isStr(c.after)) {
      warnings.push(`${source}: an entry without key/before/after was ignored`);
      continue;
    }
    if (!specFor(c.key)) {
      warnings.push(
        `${source}: ${c.key.slice(0, 80)} is not on the tuning allow-list; ignored (never touched)`
      );
      continue;
    }
    changes.push({
      kind: "sysctl",
      key: c.key,
      before: c.before.slice(0, 100),
      after: c.after.slice(0, 100),
      rule: isStr(c.rule) ? c.rule.slice(0, 80) : "",
      method: c.method === "sudo" ? "sudo" : "direct",
      status: STATUSES.includes(c.status) ? c.status : "pending",
      at: isStr(c.at) ? c.at : "",
      netns: isStr(c.netns) ? c.netns : null,
      ...isStr(c.note) ? { note: c.note.slice(0, 500) } : {}
    });
  }
  const env = [];
  for (const e of (Array.isArray(o.env) ? o.env : []).slice(0, 50)) {
    if (e && isStr(e.name) && isStr(e.value))
      env.push({
        name: e.name,
        value: e.value,
        rule: isStr(e.rule) ? e.rule : "",
        file: isStr(e.file) ? e.file : ""
      });
  }
  return {
    state: {
      version: 1,
      tool: "go-env-guard",
      createdAt: isStr(o.createdAt) ? o.createdAt : "",
      bootId: isStr(o.bootId) ? o.bootId : null,
      changes,
      env
    },
    warnings
  };
}
async function checkNotSymlink(host, path) {
  try {
    const st = await host.lstat(path);
    if (st.kind === "symlink")
      throw new Error(`${path} is a symbolic link; refusing to use it as the tune state file`);
    if (st.kind !== "file") throw new Error(`${path} is not a regular file`);
    return true;
  } catch (e) {
    if (e instanceof HostError && e.code === "ENOENT") return false;
    throw e;
  }
}
async function readStateFile(host, path) {
  if (!await checkNotSymlink(host, path)) return null;
  let text;
  try {
    text = await host.readFile(path, STATE_FILE_MAX + 1);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (text.length > STATE_FILE_MAX)
    throw new Error(`${path} is larger than ${STATE_FILE_MAX} bytes; not a tune state`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path} is not JSON: ${e.message}`, { cause: e });
  }
  return parseState(parsed, path);
}
async function writeStateFile(host, path, state) {
  await checkNotSymlink(host, path);
  const dir = path.replace(/\/[^/]*$/, "");
  if (dir && dir !== path) await host.mkdir(dir);
  await host.writeFile(path, JSON.stringify(state, null, 2) + "\n", { mode: 384 });
}
var openChanges = (state) => state.changes.filter((c) => c.status === "applied" || c.status === "pending");

// src/remediate/apply.ts
function githubEnvEntry(name, value, delimiter) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid variable name ${name}`);
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error("value contains the delimiter");
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
async function persist(host, path, state, warnings) {
  if (!path) return true;
  try {
    await writeStateFile(host, path, state);
    return true;
  } catch (e) {
    const msg = `could not write the tune state ${path}: ${e instanceof Error ? e.message : String(e)}`;
    if (!warnings.includes(msg)) warnings.push(msg);
    return false;
  }
}
async function applySysctl(host, step, ctx) {
  const spec2 = specFor(step.key);
  if (!spec2)
    return { step, status: "failed", detail: `${step.key} is not on the tuning allow-list; never changed` };
  const to = step.to ?? "";
  let live;
  try {
    live = await readSysctl(host, step.key);
  } catch (e) {
    const code = e instanceof HostError ? e.code : "EUNKNOWN";
    return {
      step,
      status: code === "ENOENT" ? "skipped" : "failed",
      detail: explainWriteError(step.key, code, "").detail.replace("writing", "reading")
    };
  }
  const refused = refuseChange(step.key, live, to);
  if (refused) {
    if (desiredValue(spec2, live) === null)
      return {
        step,
        status: "unchanged",
        detail: `${step.key} is already ${normalise(live)} (at or beyond the safe value)`,
        value: normalise(live)
      };
    return { step, status: "skipped", detail: refused };
  }
  const priv = await ctx.privilege();
  if (priv.method === "none") return { step, status: "skipped", detail: priv.detail };
  const netns = spec2.namespaced ? await ctx.netns() : null;
  let change = ctx.state.changes.find(
    (c) => c.key === step.key && (c.status === "applied" || c.status === "pending") && c.netns === netns
  );
  const previousAfter = change?.after;
  if (!change) {
    change = {
      kind: "sysctl",
      key: step.key,
      before: normalise(live),
      after: normalise(to),
      rule: step.rule,
      method: priv.method,
      status: "pending",
      at: ctx.now(),
      netns
    };
    ctx.state.changes.push(change);
  } else {
    change.after = normalise(to);
    change.status = "pending";
  }
  if (!await persist(host, ctx.statePath, ctx.state, ctx.warnings)) {
    if (previousAfter !== void 0) {
      change.after = previousAfter;
      change.status = "applied";
    } else ctx.state.changes.splice(ctx.state.changes.indexOf(change), 1);
    return {
      step,
      status: "failed",
      detail: `not changed: the original value could not be recorded (${ctx.warnings.at(-1) ?? "state file"})`
    };
  }
  const w = await writeSysctl(host, step.key, normalise(to), priv.method);
  const back = await readSysctl(host, step.key).catch(() => null);
  if (!w.ok) {
    if (previousAfter !== void 0) {
      change.after = previousAfter;
      change.status = "applied";
    } else change.status = "failed";
    await persist(host, ctx.statePath, ctx.state, ctx.warnings);
    const ex = w.code === "ESUDO" || w.code === "ENOSUDO" ? { status: "skipped", detail: `sudo refused: ${w.message}` } : explainWriteError(step.key, w.code, priv.method === "sudo" ? w.message : "");
    return { step, status: ex.status, detail: ex.detail, method: priv.method };
  }
  if (back !== null && sameValue(back, to)) {
    change.status = "applied";
    change.after = normalise(back);
    await persist(host, ctx.statePath, ctx.state, ctx.warnings);
    if (step.warning && spec2.causeOnly)
      ctx.warnings.push(`${step.key} set to ${normalise(to)}: ${step.warning}`);
    return {
      step,
      status: "applied",
      detail: `set; read back ${normalise(back)}`,
      value: normalise(back),
      method: priv.method
    };
  }
  if (back !== null && !sameValue(back, change.before)) {
    change.status = "applied";
    change.after = normalise(back);
  } else change.status = previousAfter !== void 0 ? "applied" : "failed";
  await persist(host, ctx.statePath, ctx.state, ctx.warnings);
  return {
    step,
    status: "failed",
    detail: `wrote ${normalise(to)} to ${step.key} but the kernel reports ${back === null ? "nothing readable" : normalise(back)}`,
    method: priv.method
  };
}
async function execCapable(host, dir) {
  let real = dir;
  try {
    real = await host.realpath(dir);
  } catch {
  }
  try {
    const mounts = parseMountinfo(await host.readFile("/proc/self/mountinfo", 4 << 20));
    const m = findMount(mounts, real);
    if (!m) return { ok: true, detail: "no mount found for it (assumed exec-capable)" };
    if (m.options.includes("noexec"))
      return { ok: false, detail: `${real} is on ${m.mountPoint}, mounted noexec` };
    return { ok: true, detail: `${real} is on ${m.mountPoint} (${m.fsType}), exec allowed` };
  } catch (e) {
    return { ok: true, detail: `mount options unknown (${e instanceof Error ? e.message : String(e)})` };
  }
}
async function applyEnv(host, step, ctx) {
  const value = step.to ?? "";
  if (!ctx.githubEnv)
    return {
      step,
      status: "skipped",
      detail: `not in a GitHub Actions job (no GITHUB_ENV): set it in your shell: export ${step.key}='${value.replace(/'/g, `'\\''`)}'`
    };
  if (step.key === "GOTMPDIR" || step.key === "GOCACHE") {
    try {
      await host.mkdir(value);
    } catch (e) {
      return {
        step,
        status: "failed",
        detail: `could not create ${value}: ${e instanceof Error ? e.message : String(e)}`
      };
    }
    const st = await host.lstat(value).catch(() => null);
    if (!st || st.kind !== "dir") return { step, status: "failed", detail: `${value} is not a directory` };
    if (step.key === "GOTMPDIR") {
      const ex = await execCapable(host, value);
      if (!ex.ok)
        return {
          step,
          status: "failed",
          detail: `${ex.detail}: it would not help; pick an exec-capable directory`
        };
    }
  }
  try {
    const delim = `ghadelimiter_${randomBytes2(16).toString("hex")}`;
    await host.writeFile(ctx.githubEnv, githubEnvEntry(step.key, value, delim), { append: true });
  } catch (e) {
    return {
      step,
      status: "failed",
      detail: `could not append to GITHUB_ENV: ${e instanceof Error ? e.message : String(e)}`
    };
  }
  ctx.env[step.key] = value;
  ctx.state.env.push({ name: step.key, value, rule: step.rule, file: ctx.githubEnv });
  return {
    step,
    status: "applied",
    detail: `${step.key}=${value} for the following steps (GITHUB_ENV)`,
    value
  };
}
async function applyPlan(host, plan, opts) {
  const now = () => new Date(host.now()).toISOString();
  const state = opts.state ?? emptyState(now(), await currentBootId(host));
  const warnings = [];
  const env = {};
  let privilege = opts.privilege ?? null;
  let netnsCache = null;
  const ctx = {
    privilege: async () => privilege ??= await detectPrivilege(host),
    state,
    statePath: opts.statePath,
    warnings,
    netns: () => netnsCache ??= currentNetns(host),
    now
  };
  const githubEnv = opts.githubEnv === void 0 ? host.env["GITHUB_ENV"] ?? null : opts.githubEnv;
  const outcomes = [];
  for (const step of plan.steps) {
    if (!step.auto) {
      outcomes.push({ step, status: "planned", detail: step.manual ?? "shown, not applied" });
      continue;
    }
    try {
      if (step.kind === "sysctl") outcomes.push(await applySysctl(host, step, ctx));
      else if (step.kind === "env") outcomes.push(await applyEnv(host, step, { githubEnv, state, env }));
      else outcomes.push({ step, status: "planned", detail: step.manual ?? "shown, not applied" });
    } catch (e) {
      outcomes.push({ step, status: "failed", detail: e instanceof Error ? e.message : String(e) });
    }
  }
  await persist(host, opts.statePath, state, warnings);
  return { outcomes, state, env, privilege, warnings };
}

// src/remediate/plan.ts
var MIB = 1024 * 1024;
var GOMEMLIMIT_SHARE = 0.9;
var NOFILE_WANT = 65536;
var NOFILE_LOW2 = 4096;
var NPROC_LOW2 = 4096;
function collectTriggers(input) {
  const triggers = [];
  const ignored = [];
  for (const f2 of input.findings ?? []) {
    const evidence = f2.evidence ?? [];
    triggers.push({
      rule: f2.rule,
      source: "finding",
      severity: f2.severity,
      evidence,
      text: [f2.title, f2.message, ...evidence, f2.remedy].join("\n")
    });
  }
  const causes = [...input.causes ?? []];
  for (const fl of input.failures ?? []) causes.push(...fl.causes ?? []);
  for (const c of causes) {
    if (c.confidence === "low") {
      if (!ignored.includes(c.rule)) ignored.push(c.rule);
      continue;
    }
    triggers.push({
      rule: c.rule,
      source: "cause",
      confidence: c.confidence,
      evidence: c.evidence ?? [],
      text: [...c.evidence ?? [], c.remedy].join("\n")
    });
  }
  for (const r of input.rules ?? []) triggers.push({ rule: r, source: "request", evidence: [], text: "" });
  return { triggers, ignored: ignored.filter((r) => !triggers.some((t) => t.rule === r)) };
}
var shq = (s) => /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
function sysctlCommand(key, value, root) {
  return `${root ? "" : "sudo "}sysctl -w ${shq(`${key}=${value}`)}`;
}
function describe3(t) {
  const what = t.source === "finding" ? `preflight ${t.severity ?? "finding"}` : t.source === "cause" ? `diagnosed failure, ${t.confidence} confidence` : "requested with --rule";
  return `${t.rule} (${what})`;
}
function reasonFor(triggers, key) {
  const t = triggers.find((x) => x.source === "cause") ?? triggers.find((x) => x.source === "request") ?? triggers[0];
  const ev = (key ? t.evidence.find((e) => e.includes(key)) : void 0) ?? t.evidence[0];
  return ev ? `${describe3(t)}: ${ev}` : describe3(t);
}
function sysctlSteps(facts, triggers, where, notes) {
  const steps = [];
  const root = isRoot(facts);
  for (const spec2 of ALLOWLIST) {
    const mine = triggers.filter(
      (t) => spec2.rules.includes(t.rule) && (!spec2.when || t.source === "request" || spec2.when.test(t.text))
    );
    if (mine.length === 0) continue;
    const fact = facts.sysctl?.[spec2.key];
    const current = valueOf(fact);
    if (current === void 0) {
      const why = fact && "unknown" in fact ? fact.unknown : "it was not probed";
      if (!/not present on this kernel/.test(why)) notes.push(`${spec2.key} cannot be tuned: ${why}.`);
      continue;
    }
    const to = desiredValue(spec2, current);
    if (to === null) continue;
    steps.push(sysctlStep(spec2, normalise(current), to, mine, where, root));
  }
  return steps;
}
function sysctlStep(spec2, from, to, mine, where, root) {
  const diagnosed = mine.some((t) => t.source !== "finding");
  const step = {
    kind: "sysctl",
    key: spec2.key,
    from,
    to,
    command: sysctlCommand(spec2.key, to, root),
    reason: reasonFor(mine, spec2.key),
    rule: mine[0].rule,
    scope: spec2.namespaced ? "network-namespace" : "host",
    auto: true
  };
  if (spec2.warning) step.warning = spec2.warning;
  if (where === "container" && !spec2.namespaced) {
    step.auto = false;
    step.manual = `${spec2.key} is host-wide and cannot be changed from inside a container: run \`${sysctlCommand(spec2.key, to, false)}\` on the host before the job's container starts`;
  } else if (spec2.causeOnly && !diagnosed) {
    step.auto = false;
    step.manual = spec2.better === "lower" ? "plan only: the safe value is lower than the current one, and tune never lowers a value unless a failing test was diagnosed with this cause" : "plan only: a security relaxation, applied only when a failing test was diagnosed with this cause";
  }
  if (where === "container" && spec2.namespaced) {
    step.warning = [
      step.warning,
      `inside a container /proc/sys is usually read-only; the container-level fix is \`--sysctl ${shq(`${spec2.key}=${to}`)}\` in the job's container.options`
    ].filter(Boolean).join("; ");
  }
  return step;
}
function jobDir(env, name) {
  const rt = env["RUNNER_TEMP"];
  if (rt && rt.startsWith("/"))
    return { path: `${rt.replace(/\/+$/, "")}/${name}`, shell: `$RUNNER_TEMP/${name}` };
  const home = env["HOME"];
  if (home && home.startsWith("/"))
    return {
      path: `${home.replace(/\/+$/, "")}/.cache/go-env-guard/${name}`,
      shell: `$HOME/.cache/go-env-guard/${name}`
    };
  return null;
}
var exportCommand = (name, shellValue, mkdir) => `${mkdir ? `mkdir -p "${shellValue}" && ` : ""}echo "${name}=${shellValue}" >> "$GITHUB_ENV"`;
function alreadySet(env, name, facts) {
  const v = env[name];
  if (v !== void 0 && v.trim() !== "") return v.trim();
  const go = valueOf(facts.go);
  const fromGo = go?.env?.[name];
  return typeof fromGo === "string" && fromGo.trim() !== "" ? fromGo.trim() : null;
}
function envStep(name, to, command, mine, env, facts) {
  const step = {
    kind: "env",
    key: name,
    from: alreadySet(env, name, facts),
    to,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0].rule,
    scope: "job",
    auto: true
  };
  if (step.from !== null) {
    step.auto = false;
    step.manual = `${name} is already set to "${step.from}" by the workflow or the machine: tune does not override it; change it there`;
  }
  return step;
}
function envSteps(facts, triggers, env, notes) {
  const steps = [];
  const of = (...rules2) => triggers.filter((t) => rules2.includes(t.rule));
  const noexec = of("noexec-tmp");
  if (noexec.length) {
    const dir = jobDir(env, "gotmp");
    if (dir)
      steps.push(
        envStep("GOTMPDIR", dir.path, exportCommand("GOTMPDIR", dir.shell, true), noexec, env, facts)
      );
    else notes.push("GOTMPDIR: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.");
  }
  const cache = of("go-cache-unavailable");
  if (cache.length) {
    const dir = jobDir(env, "go-build");
    if (dir)
      steps.push(envStep("GOCACHE", dir.path, exportCommand("GOCACHE", dir.shell, true), cache, env, facts));
    else notes.push("GOCACHE: neither RUNNER_TEMP nor HOME is set, so there is no directory to point it at.");
  }
  const oom = of("oom-kill", "memory-limit-no-gomemlimit");
  if (oom.length) {
    const mem = cgroupMemory(facts)?.value;
    const limit = mem ? mem.effectiveMax !== void 0 ? mem.effectiveMax : mem.max : null;
    if (limit && limit > 0) {
      const mib = Math.floor(limit * GOMEMLIMIT_SHARE / MIB);
      if (mib >= 1) {
        const v = `${mib}MiB`;
        const s = envStep("GOMEMLIMIT", v, exportCommand("GOMEMLIMIT", v, false), oom, env, facts);
        s.reason += `; ${Math.round(GOMEMLIMIT_SHARE * 100)}% of the ${Math.floor(limit / MIB)} MiB memory limit (Go never derives GOMEMLIMIT from the cgroup)`;
        steps.push(s);
      }
    } else
      notes.push(
        "GOMEMLIMIT: no cgroup memory limit is known, so none is derived; lower the parallelism instead (`go test -p 1`)."
      );
  }
  const cpu = of("cpu-throttling-timeout", "gomaxprocs-quota");
  if (cpu.length) {
    const c = cgroupCpu(facts)?.value;
    const cpus = c ? c.effectiveLimitCpus !== void 0 && c.effectiveLimitCpus !== null ? c.effectiveLimitCpus : c.limitCpus : null;
    const aware = goDefaultAtLeast(facts, "1.25");
    if (cpus === null || cpus === void 0)
      notes.push("GOMAXPROCS: no CPU quota is known, so none is derived.");
    else if (aware === true)
      notes.push(
        "GOMAXPROCS: Go >= 1.25 with a go.mod at 1.25 or later already follows the CPU quota; nothing to set."
      );
    else {
      const v = String(Math.max(1, Math.ceil(cpus - 1e-9)));
      const s = envStep("GOMAXPROCS", v, exportCommand("GOMAXPROCS", v, false), cpu, env, facts);
      s.reason += `; the CPU quota allows ${cpus.toFixed(2)} CPUs and ${aware === false ? "this Go (or its go.mod line) predates" : "Go may not have"} the cgroup-aware default of Go 1.25`;
      steps.push(s);
    }
  }
  return steps;
}
var FIND_SERVICE = "SVC=$(systemctl list-units --type=service --all --plain --no-legend 'actions.runner.*' | awk '{print $1; exit}')";
function dropInSnippet(setting) {
  return [
    FIND_SERVICE,
    'sudo mkdir -p "/etc/systemd/system/$SVC.d"',
    `printf '[Service]\\n${setting}\\n' | sudo tee "/etc/systemd/system/$SVC.d/go-env-guard.conf"`,
    'sudo systemctl daemon-reload && sudo systemctl restart "$SVC"'
  ].join("\n");
}
function snippet(key, command, mine, scope, manual, from = null) {
  return {
    kind: "snippet",
    key,
    from,
    to: null,
    command,
    reason: reasonFor(mine, null),
    rule: mine[0].rule,
    scope,
    auto: false,
    manual
  };
}
var RESTART_NOTE = "a change to the runner service: run it on the runner host between jobs (restarting the service ends the running job)";
function snippetSteps(facts, triggers, where) {
  const steps = [];
  const of = (rule47) => triggers.filter((t) => t.rule === rule47);
  const container = where === "container";
  const containerNote = "a container setting: the job cannot change it from inside; set it in the workflow";
  const nofile = of("nofile-limit").filter(
    (t) => !/too many open files in system|ENFILE/i.test(t.text) || t.source === "request"
  );
  const lim2 = rlimit(facts, "nofile")?.value;
  if (nofile.length && (!lim2 || lim2.hard < NOFILE_WANT)) {
    const from = lim2 ? `soft ${lim2.soft}, hard ${lim2.hard}` : null;
    if (container)
      steps.push(
        snippet(
          "container-ulimit-nofile",
          `container:
  options: --ulimit nofile=${NOFILE_WANT}:${NOFILE_WANT}`,
          nofile,
          "container",
          containerNote,
          from
        )
      );
    else if (where === "github-hosted")
      steps.push(
        snippet(
          "step-nofile",
          `sudo prlimit --pid $$ --nofile=${NOFILE_WANT}:${NOFILE_WANT}  # in the step that runs go test, before it`,
          nofile,
          "job",
          "a hard limit can only be raised by root for a running process; it must happen in the test step itself",
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-nofile",
          dropInSnippet(`LimitNOFILE=${NOFILE_WANT}`),
          nofile,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
    if (lim2 && lim2.hard < NOFILE_LOW2 && where !== "container")
      steps.push(
        snippet(
          "docker-ulimit-nofile",
          `docker run --ulimit nofile=${NOFILE_WANT}:${NOFILE_WANT} ...`,
          nofile,
          "container",
          "for tests that run in a container started by the job",
          from
        )
      );
  }
  const pids = of("pids-limit");
  if (pids.length) {
    const p = valueOf(valueOf(facts.cgroup)?.pids);
    const cur = p ? p.effectiveMax ?? p.max : null;
    const want = Math.max(4096, (cur ?? 0) * 4);
    const from = cur === null ? null : String(cur);
    if (container)
      steps.push(
        snippet(
          "container-pids-limit",
          `container:
  options: --pids-limit ${want}`,
          pids,
          "container",
          containerNote,
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-tasksmax",
          dropInSnippet(`TasksMax=${want}`),
          pids,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
  }
  const threads = of("thread-limit");
  const nproc = rlimit(facts, "nproc")?.value;
  if (threads.length && nproc && isRoot(facts) === false && nproc.soft < NPROC_LOW2) {
    const from = `soft ${nproc.soft}, hard ${nproc.hard}`;
    if (container)
      steps.push(
        snippet(
          "container-ulimit-nproc",
          `container:
  options: --ulimit nproc=${NPROC_LOW2 * 8}`,
          threads,
          "container",
          containerNote,
          from
        )
      );
    else
      steps.push(
        snippet(
          "runner-service-nproc",
          dropInSnippet(`LimitNPROC=${NPROC_LOW2 * 8}`),
          threads,
          "runner-service",
          RESTART_NOTE,
          from
        )
      );
  }
  const shm = of("shm-size");
  if (shm.length)
    steps.push(
      snippet(
        "container-shm-size",
        container ? "container:\n  options: --shm-size=1g" : "docker run --shm-size=1g ...",
        shm,
        "container",
        containerNote
      )
    );
  const ptrace = of("ptrace-restricted");
  if (ptrace.length)
    steps.push(
      snippet(
        "ptrace-scope",
        `${sysctlCommand("kernel.yama.ptrace_scope", "0", isRoot(facts))}  # or start the process under the debugger (dlv test) instead of attaching`,
        ptrace,
        "host",
        "never applied: kernel.yama.ptrace_scope is a security setting; prefer launching the tracee as a child"
      )
    );
  return steps;
}
function planTune(input) {
  const notes = [];
  if (!input.facts)
    return {
      steps: [],
      notes: ["Nothing is known about this machine (no facts), so nothing can be planned."],
      where: "unknown"
    };
  const facts = input.facts;
  const env = input.env ?? {};
  const where = whereRuns(facts);
  const { triggers, ignored } = collectTriggers(input);
  const steps = [
    ...sysctlSteps(facts, triggers, where, notes),
    ...envSteps(facts, triggers, env, notes),
    ...snippetSteps(facts, triggers, where)
  ];
  for (const r of ignored) notes.push(`${r}: only low-confidence causes; tune does not act on them.`);
  const seen = /* @__PURE__ */ new Set();
  const unique = steps.filter((s) => {
    const id = `${s.kind}:${s.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { steps: unique, notes, where };
}

// src/remediate/restore.ts
function refuseRestore(c) {
  const spec2 = specFor(c.key);
  if (!spec2) return `${c.key} is not on the tuning allow-list; never touched`;
  const b = parseFields(c.before);
  const a = parseFields(c.after);
  if (!b || !a || b.length !== a.length)
    return `${c.key}: the recorded values "${c.before}" / "${c.after}" are not valid`;
  if (spec2.better === "higher" && b[0] > a[0])
    return `${c.key}: the recorded original ${c.before} is above what tune set; not written`;
  if (spec2.better === "lower" && b[0] < a[0])
    return `${c.key}: the recorded original ${c.before} is below what tune set; not written`;
  if (spec2.better === "wider" && (b[0] < a[0] || b[1] > a[1]))
    return `${c.key}: the recorded original ${c.before} is wider than what tune set; not written`;
  return null;
}
async function restoreState(host, state, opts) {
  const warnings = [];
  const outcomes = [];
  const open = openChanges(state);
  const alreadyHandled = state.changes.length - open.length;
  let privilege = opts.privilege ?? null;
  const save = async () => {
    if (!opts.statePath) return;
    try {
      await writeStateFile(host, opts.statePath, state);
    } catch (e) {
      const msg = `could not update the tune state ${opts.statePath}: ${e instanceof Error ? e.message : String(e)}`;
      if (!warnings.includes(msg)) warnings.push(msg);
    }
  };
  if (open.length === 0) return { outcomes, state, warnings, alreadyHandled, privilege };
  const bootId = await currentBootId(host);
  const netns = await currentNetns(host);
  for (const c of [...open].reverse()) {
    const base = { key: c.key, rule: c.rule, before: c.before, after: c.after };
    const done = async (status, detail, live2, mark) => {
      outcomes.push({ ...base, live: live2, status, detail });
      if (mark) {
        c.status = mark;
        c.note = detail;
        await save();
      }
    };
    const refused = refuseRestore(c);
    if (refused) {
      warnings.push(refused);
      await done("skipped", refused, null, "failed");
      continue;
    }
    if (state.bootId && bootId && state.bootId !== bootId) {
      await done(
        "skipped",
        `the machine rebooted since apply: ${c.key} is back to its boot value`,
        null,
        "restored"
      );
      continue;
    }
    if (c.netns && netns && c.netns !== netns) {
      const msg = `${c.key} was changed in network namespace ${c.netns}, and this is ${netns}: run restore there`;
      warnings.push(msg);
      await done("skipped", msg, null, null);
      continue;
    }
    let live;
    try {
      live = normalise(await readSysctl(host, c.key));
    } catch (e) {
      const code = e instanceof HostError ? e.code : "EUNKNOWN";
      const msg = `cannot read ${c.key} (${code}); not restored`;
      warnings.push(msg);
      await done("failed", msg, null, null);
      continue;
    }
    if (sameValue(live, c.before)) {
      await done("already", `${c.key} is already back at ${c.before}`, live, "restored");
      continue;
    }
    if (!sameValue(live, c.after)) {
      if (c.status === "pending") {
        await done(
          "left-alone",
          `${c.key} is ${live}: neither the original ${c.before} nor ${c.after}; tune never finished changing it, left alone`,
          live,
          "left-alone"
        );
        continue;
      }
      const msg = `${c.key} was changed by someone else since tune set it to ${c.after} (now ${live}); left alone, not put back to ${c.before}`;
      warnings.push(msg);
      await done("left-alone", msg, live, "left-alone");
      continue;
    }
    privilege ??= await detectPrivilege(host);
    if (privilege.method === "none") {
      const msg = `${c.key} is still ${c.after} and cannot be put back to ${c.before}: ${privilege.detail}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
      continue;
    }
    const w = await writeSysctl(host, c.key, c.before, privilege.method);
    if (!w.ok) {
      const ex = explainWriteError(c.key, w.code, privilege.method === "sudo" ? w.message : "");
      const msg = `${c.key} not put back to ${c.before}: ${w.code === "ESUDO" ? `sudo refused: ${w.message}` : ex.detail}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
      continue;
    }
    const back = await readSysctl(host, c.key).then(normalise, () => null);
    if (back !== null && sameValue(back, c.before))
      await done("restored", `${c.after} -> ${c.before} (read back)`, live, "restored");
    else {
      const msg = `${c.key}: wrote ${c.before} but the kernel reports ${back ?? "nothing readable"}`;
      warnings.push(msg);
      await done("failed", msg, live, null);
    }
  }
  return { outcomes, state, warnings, alreadyHandled, privilege };
}

// src/remediate/view.ts
function stepTitle(s) {
  if (s.kind === "snippet") {
    const what = {
      "runner-service-nofile": "open-file limit of the runner service",
      "runner-service-tasksmax": "task limit of the runner service",
      "runner-service-nproc": "process limit of the runner service",
      "container-ulimit-nofile": "open-file limit of the job container",
      "container-ulimit-nproc": "process limit of the job container",
      "container-pids-limit": "pids limit of the job container",
      "container-shm-size": "/dev/shm size of the container",
      "docker-ulimit-nofile": "open-file limit of containers the tests start",
      "step-nofile": "hard open-file limit of the test step",
      "ptrace-scope": "kernel.yama.ptrace_scope"
    };
    return `${what[s.key] ?? s.key}${s.from ? ` (now ${s.from})` : ""}`;
  }
  return `${s.key} ${s.from ?? "(unset)"} -> ${s.to}`;
}
function planLines(plan) {
  if (plan.steps.length === 0)
    return ["Nothing to tune: no finding has an allow-listed fix.", ...plan.notes.map((n) => `note: ${n}`)];
  const out = [];
  for (const s of plan.steps) {
    out.push(`${s.auto ? "*" : "-"} [${s.kind}] ${stepTitle(s)}`);
    out.push(`    why: ${s.reason}`);
    for (const line of s.command.split("\n")) out.push(`    $ ${line}`);
    if (!s.auto && s.manual) out.push(`    manual: ${s.manual}`);
    if (s.warning) out.push(`    warning: ${s.warning}`);
  }
  out.push("", "* = performed by `tune apply`; - = shown only");
  for (const n of plan.notes) out.push(`note: ${n}`);
  return out;
}
function applyLines(result) {
  const out = result.outcomes.map((o) => `${o.status.padEnd(9)} ${stepTitle(o.step)}: ${o.detail}`);
  if (result.privilege) out.push(`privilege: ${result.privilege.detail}`);
  for (const w of result.warnings) out.push(`warning: ${w}`);
  return out;
}
function restoreLines(result) {
  const out = result.outcomes.map((o) => `${o.status.padEnd(10)} ${o.key}: ${o.detail}`);
  if (result.outcomes.length === 0)
    out.push(
      result.alreadyHandled > 0 ? "Nothing left to restore: every change was already put back." : "Nothing to restore."
    );
  for (const w of result.warnings) if (!result.outcomes.some((o) => o.detail === w)) out.push(`warning: ${w}`);
  return out;
}

// src/commands/tune.ts
var ACTIONS2 = ["plan", "apply", "restore"];
async function readReport(host, path) {
  let text;
  try {
    text = await host.readFile(path, 64 << 20);
  } catch (e) {
    throw new Error(`--report ${path}: cannot read it (${e instanceof Error ? e.message : String(e)})`, {
      cause: e
    });
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`--report ${path} is not JSON: ${e.message}`, { cause: e });
  }
  const r = parsed;
  if (!r || typeof r !== "object" || r.version !== 1 || !Array.isArray(r.failures))
    throw new Error(`--report ${path} is not a go-env-guard JSON report (version 1)`);
  return r;
}
async function tuneCommand(argv, host, io) {
  const { flags, positionals } = parseArgs(argv, {
    values: ["state", "dir", "rule", "report"],
    booleans: ["json"]
  });
  const action = positionals[0] ?? "plan";
  if (!ACTIONS2.includes(action))
    throw new UsageError(`tune takes plan, apply or restore (got "${positionals[0]}")`);
  if (positionals.length > 1)
    throw new UsageError(`tune ${action} takes no further arguments (got "${positionals[1]}")`);
  const json = flags["json"] === true;
  const statePath = str(flags["state"]) ?? defaultStatePath(host.env);
  if (!statePath && action !== "plan")
    throw new UsageError("no state file: pass --state FILE (neither RUNNER_TEMP nor HOME is set)");
  if (action === "restore") {
    const loaded = await readStateFile(host, statePath);
    if (!loaded) {
      if (json)
        io.out(
          JSON.stringify({ action, statePath, outcomes: [], warnings: [], note: "no state file" }, null, 2) + "\n"
        );
      else io.out(`Nothing to restore: no state file at ${statePath}.
`);
      return 0;
    }
    const result2 = await restoreState(host, loaded.state, { statePath });
    const warnings2 = [...loaded.warnings, ...result2.warnings];
    if (json)
      io.out(
        JSON.stringify(
          { action, statePath, outcomes: result2.outcomes, alreadyHandled: result2.alreadyHandled, warnings: warnings2 },
          null,
          2
        ) + "\n"
      );
    else io.out([...loaded.warnings.map((w) => `warning: ${w}`), ...restoreLines(result2)].join("\n") + "\n");
    return result2.outcomes.some((o) => o.status === "failed") ? 1 : 0;
  }
  const rules2 = (str(flags["rule"]) ?? "").split(",").map((r) => r.trim()).filter(Boolean);
  for (const r of rules2)
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(r)) throw new UsageError(`--rule: "${r}" is not a rule id`);
  const reportPath = str(flags["report"]);
  const report = reportPath ? await readReport(host, reportPath) : null;
  const dir = str(flags["dir"]) ?? ".";
  await host.lstat(dir).catch(() => {
    throw new Error(`--dir ${dir}: no such directory`);
  });
  const { facts, findings } = await runPreflight(host, { dir, goProbe: "off", dockerfiles: [] });
  const keep = (rule47) => rules2.length === 0 || rules2.includes(rule47);
  const plan = planTune({
    facts,
    findings: [...findings, ...report?.findings ?? []].filter((f2) => keep(f2.rule)),
    causes: (report?.failures ?? []).flatMap((f2) => f2.causes ?? []).filter((c) => keep(c.rule)),
    rules: rules2,
    env: host.env
  });
  if (action === "plan") {
    if (json) io.out(JSON.stringify({ action, plan }, null, 2) + "\n");
    else io.out(planLines(plan).join("\n") + "\n");
    return 0;
  }
  const previous = await readStateFile(host, statePath);
  const result = await applyPlan(host, plan, { statePath, state: previous?.state ?? null });
  const warnings = [...previous?.warnings ?? [], ...result.warnings];
  if (json)
    io.out(
      JSON.stringify(
        {
          action,
          statePath,
          plan,
          outcomes: result.outcomes.map((o) => ({ ...o, step: o.step.key, kind: o.step.kind })),
          env: result.env,
          privilege: result.privilege,
          warnings
        },
        null,
        2
      ) + "\n"
    );
  else {
    const lines = applyLines(result);
    if (result.state.changes.some((c) => c.status === "applied"))
      lines.push(
        `Originals recorded in ${statePath}; put them back with: go-env-guard tune restore --state ${statePath}`
      );
    if (plan.steps.length === 0) lines.unshift(...planLines(plan));
    io.out(lines.join("\n") + "\n");
  }
  return result.outcomes.some((o) => o.status === "failed") ? 1 : 0;
}

// src/host/node-host.ts
import { spawn } from "node:child_process";
import { promises as fsp } from "node:fs";
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
var NodeHost = class {
  env = process.env;
  uid = typeof process.getuid === "function" ? process.getuid() : null;
  gid = typeof process.getgid === "function" ? process.getgid() : null;
  pid = process.pid;
  platform = process.platform;
  arch = process.arch;
  isTTY = Boolean(process.stdout.isTTY);
  async readFile(path, maxBytes = DEFAULT_MAX_READ) {
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
   * Reads into one reused 1 MiB buffer: each yielded chunk is valid only until the next one is asked
   * for (the go test parser copies what it keeps). A fresh buffer per chunk left hundreds of dead
   * megabytes for the garbage collector on a large log.
   */
  async *readStream(path) {
    if (path === "-") {
      try {
        for await (const chunk of process.stdin)
          yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      } catch (e) {
        throw wrap(e, path);
      }
      return;
    }
    let fh;
    try {
      fh = await fsp.open(path, "r");
      const buf = Buffer.allocUnsafe(1 << 20);
      for (; ; ) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) return;
        yield buf.subarray(0, bytesRead);
      }
    } catch (e) {
      throw wrap(e, path);
    } finally {
      await fh?.close().catch(() => void 0);
    }
  }
  async readDir(path) {
    try {
      const ents = await fsp.readdir(path, { withFileTypes: true });
      return ents.map((d) => ({ name: d.name, kind: kindOf(d) }));
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async lstat(path) {
    try {
      const s = await fsp.lstat(path);
      return { kind: kindOf(s), size: s.size, mode: s.mode };
    } catch (e) {
      throw wrap(e, path);
    }
  }
  async realpath(path) {
    try {
      return await fsp.realpath(path);
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
    const max2 = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
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
        resolve({
          code: null,
          signal: null,
          stdout: "",
          stderr: "",
          timedOut: false,
          truncated: false,
          startError: String(e)
        });
        return;
      }
      const out = [];
      const err = [];
      let outLen = 0;
      let errLen = 0;
      let truncated = false;
      let timedOut = false;
      let startError;
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid, () => child.kill("SIGKILL"));
      }, options.timeoutMs);
      child.stdout.on("data", (b) => {
        if (outLen < max2) out.push(b.subarray(0, max2 - outLen));
        else truncated = true;
        outLen += b.length;
      });
      child.stderr.on("data", (b) => {
        if (errLen < max2) err.push(b.subarray(0, max2 - errLen));
        else truncated = true;
        errLen += b.length;
      });
      child.on("error", (e) => {
        startError = `${e.code ?? ""} ${e.message}`.trim();
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
          truncated: truncated || outLen > max2 || errLen > max2,
          startError
        });
      });
    });
  }
  spawnStream(command, args, options) {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ? options.env : process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: options.timeoutMs !== void 0
    });
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
    child.stdout?.on("data", onData("stdout")).on("end", onEnd);
    child.stderr?.on("data", onData("stderr")).on("end", onEnd);
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
    return { output: output(), exit, kill: (sig) => void child.kill(sig ?? "SIGTERM") };
  }
  now() {
    return Date.now();
  }
};

// src/cli.ts
var USAGE = `go-env-guard ${VERSION}: explains why Go tests fail in CI.

Usage:
  go-env-guard doctor  [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]
  go-env-guard explain [FILE ...|-] [--dir DIR] [--facts FACTS.json] [--no-probe] [--json]
  go-env-guard test    [--dir DIR] [--json] -- <go test args>
  go-env-guard tune    plan|apply|restore [--state FILE] [--json]
  go-env-guard rules   [ID] [--json]

Exit status: 0 success; doctor 1 when --fail-on is met; test exits with go test's status;
2 bad usage or unreadable input.`;
async function cli(argv, host, io) {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "doctor":
        return await doctorCommand(args, host, io);
      case "explain":
        return await explainCommand(args, host, io);
      case "test":
        return await testCommand(args, host, io);
      case "tune":
        return await tuneCommand(args, host, io);
      case "rules":
        return await rulesCommand(args, host, io);
      case "--version":
      case "version":
        io.out(VERSION + "\n");
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.out(USAGE + "\n");
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`go-env-guard: ${msg.split("\n")[0]}
`);
    return 2;
  }
}
var isMain = process.argv[1] !== void 0 && /(^|[\\/])cli\.(js|ts)$/.test(process.argv[1]);
if (isMain) {
  const io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
  void cli(process.argv.slice(2), new NodeHost(), io).then((code) => {
    process.exitCode = code;
  });
}
export {
  USAGE,
  cli
};
