import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/post.ts
async function post() {
}
void post();
export {
  post
};
