// seccomp-run: run a command under a seccomp filter, the way a container runtime does.
//
//   seccomp-run ACTION RULE... -- CMD ARGS...
//
// ACTION: eperm | enosys | trap (SIGSYS, like SCMP_ACT_TRAP) | kill (SCMP_ACT_KILL_PROCESS)
// RULE:   a syscall name from the table below, or `clone-ns`: clone(2) with any namespace flag in
//         the mask 0x7E020000, which is exactly the clone rule of moby's default seccomp profile
//         (profiles/seccomp/default.json, "clone" allowed only when those flags are clear).
// x86_64 only; the filter is installed with no_new_privs, as runc does for unprivileged containers.
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static const struct { const char *name; int nr; } table[] = {
  {"unshare", SYS_unshare},       {"setns", SYS_setns},       {"mount", SYS_mount},
  {"clone3", 435},                {"pidfd_open", 434},        {"pidfd_send_signal", 424},
  {"personality", SYS_personality}, {"ptrace", SYS_ptrace},   {"io_uring_setup", 425},
  {"memfd_create", SYS_memfd_create}, {"copy_file_range", SYS_copy_file_range},
};

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: seccomp-run ACTION RULE... -- CMD ARGS...\n"); return 2; }
  unsigned int act;
  if (!strcmp(argv[1], "eperm")) act = SECCOMP_RET_ERRNO | EPERM;
  else if (!strcmp(argv[1], "enosys")) act = SECCOMP_RET_ERRNO | ENOSYS;
  else if (!strcmp(argv[1], "trap")) act = SECCOMP_RET_TRAP;
  else if (!strcmp(argv[1], "kill")) act = SECCOMP_RET_KILL_PROCESS;
  else { fprintf(stderr, "seccomp-run: unknown action %s\n", argv[1]); return 2; }

  struct sock_filter f[128];
  int n = 0, i = 2;
  f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
  f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
  f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  for (; i < argc && strcmp(argv[i], "--"); i++) {
    if (n > 110) { fprintf(stderr, "seccomp-run: too many rules\n"); return 2; }
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    if (!strcmp(argv[i], "clone-ns")) {
      f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 4);
      f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
      f[n++] = (struct sock_filter)BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0x7E020000);
      f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0);
      f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, act);
      continue;
    }
    int nr = -1;
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++)
      if (!strcmp(argv[i], table[k].name)) nr = table[k].nr;
    if (nr < 0) { fprintf(stderr, "seccomp-run: unknown syscall %s\n", argv[i]); return 2; }
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nr, 0, 1);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, act);
  }
  f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  if (i >= argc - 1) { fprintf(stderr, "seccomp-run: missing -- CMD\n"); return 2; }

  struct sock_fprog prog = {.len = (unsigned short)n, .filter = f};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) { perror("seccomp-run: PR_SET_NO_NEW_PRIVS"); return 77; }
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) { perror("seccomp-run: PR_SET_SECCOMP"); return 77; }
  execvp(argv[i + 1], &argv[i + 1]);
  perror("seccomp-run: exec");
  return 127;
}
