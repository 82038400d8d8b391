/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * sandbox.h - what an extraction worker gives up before it reads a byte
 * of a file from the share: privileges, resources and system calls.
 *
 * Order matters and is sandbox_enter()'s: rlimits, then the service user
 * (only when started as root), then no_new_privs and a libseccomp filter
 * that kills the process on any system call extraction does not need
 * (socket, connect, open for writing, ptrace, mount, ...).  Whatever the
 * worker loads from disk (libmagic's database) is loaded before.
 *
 * The filter is inherited by every child and survives execve, so the
 * legacy helpers (catdoc & co.) that extract_ole.c runs from the worker
 * run under the same filter, as the same user, with their own rlimits on
 * top.  That is why execve and fork stay allowed: what a helper exec's
 * is still unprivileged (no_new_privs: no setuid), cannot write a file
 * and cannot reach the network.
 */
#ifndef EVIDENCED_SANDBOX_H
#define EVIDENCED_SANDBOX_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* The user workers run as when started as root; a missing one falls
 * back to nobody (never root): see sandbox_resolve_user(). */
#define SANDBOX_DEFAULT_USER "evidenced"

/* RLIMIT_NOFILE of a sandboxed process (or the hard limit it was given,
 * when lower): what a worker keeps open (WORKER_KEEP, worker.h) and
 * queues, with room to spare; a bound, not a right (nothing is opened
 * for writing at all). */
#define SANDBOX_MAX_FDS 256

struct sandbox_options {
	bool drop_user;         /* switch to uid/gid (needs root) */
	uid_t uid;
	gid_t gid;
	uint64_t max_memory;    /* RLIMIT_AS, 0: leave as is */
	uint64_t max_file_size; /* RLIMIT_FSIZE: a memfd copy at most */
	unsigned cpu_seconds;   /* RLIMIT_CPU hard limit, 0: leave as is */
	bool seccomp;           /* install the filter */
	bool trap;              /* debugging: report the forbidden call on
				   stderr before dying, instead of a bare
				   SIGSYS kill */
};

/*
 * Who a worker started by euid 0 runs as: user's uid and gid; when user
 * is NULL or unknown, nobody (65534) and *fallback set.  Resolved in the
 * parent (NSS may need files and sockets the worker may not open).
 * 0 always.
 */
int sandbox_resolve_user(const char *user, uid_t *uid, gid_t *gid,
    bool *fallback);

/* Apply o in order.  0 or a negative errno (nothing after the failing
 * step was applied: the caller must not go on reading files). */
int sandbox_enter(const struct sandbox_options *o);

/*
 * Allow at least seconds + 1 more CPU time from now (RLIMIT_CPU soft
 * limit; SIGXCPU kills the worker when it passes), and at most
 * seconds + 2.  Called before each file, or every quarter second of
 * wall time a worker is busy: the limit is per file, not per worker
 * life.  0 or a negative errno.
 */
int sandbox_cpu_budget(unsigned seconds);

#endif
