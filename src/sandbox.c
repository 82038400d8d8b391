/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * sandbox.c - rlimits, the service user, no_new_privs and the libseccomp
 * filter of an extraction worker (see sandbox.h for the order and why).
 *
 * The allow-list is what the worker (libmagic on a descriptor, libarchive,
 * expat, MuPDF on memory, the text extractors, the framed socket) and the
 * legacy helpers it runs (the dynamic loader, catdoc reading its charset
 * files, /bin/sh for a wrapper) need, and nothing that creates, writes or
 * renames a file, opens a socket, or changes identity.  open/openat are
 * allowed only without O_WRONLY, O_RDWR, O_CREAT, O_TRUNC and O_APPEND;
 * openat2 (flags in memory, out of a filter's reach) and clone3 fail with
 * ENOSYS so glibc falls back to what can be checked.  Everything else kills
 * the whole process (SCMP_ACT_KILL_PROCESS): the parent sees SIGSYS.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include <seccomp.h>

#include "evidenced/sandbox.h"

#define NOBODY_ID 65534

int
sandbox_resolve_user(const char *user, uid_t *uid, gid_t *gid,
    bool *fallback)
{
	struct passwd *pw = NULL;

	*fallback = false;
	if (user != NULL && user[0] != '\0')
		pw = getpwnam(user);
	if (pw == NULL || pw->pw_uid == 0) {
		/* Never root: an unknown user (or one that is root in
		 * disguise) becomes nobody, which owns nothing; the worker
		 * needs no file access of its own. */
		*fallback = true;
		pw = getpwnam("nobody");
	}
	*uid = pw != NULL && pw->pw_uid != 0 ? pw->pw_uid : NOBODY_ID;
	*gid = pw != NULL && pw->pw_gid != 0 ? pw->pw_gid : NOBODY_ID;
	return 0;
}

static int
set_limit(int res, rlim_t soft, rlim_t hard)
{
	struct rlimit rl = { soft, hard };

	return setrlimit(res, &rl) < 0 ? -errno : 0;
}

static int
apply_limits(const struct sandbox_options *o)
{
	rlim_t nofile = SANDBOX_MAX_FDS;
	struct rlimit rl;
	int rc;

	/* Never above the hard limit the parent was given: only lowered. */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
	    rl.rlim_max != RLIM_INFINITY && rl.rlim_max < nofile)
		nofile = rl.rlim_max;

	/* No file bigger than a private memfd copy of one being read
	 * (extract_ole.c): opening a file for writing is not allowed at
	 * all, this only bounds what slips past.  Few descriptors
	 * (SANDBOX_MAX_FDS). */
	if ((rc = set_limit(RLIMIT_FSIZE, o->max_file_size,
	    o->max_file_size)) < 0 ||
	    (rc = set_limit(RLIMIT_CORE, 0, 0)) < 0 ||
	    (rc = set_limit(RLIMIT_NOFILE, nofile, nofile)) < 0)
		return rc;
	if (o->max_memory > 0 &&
	    (rc = set_limit(RLIMIT_AS, o->max_memory, o->max_memory)) < 0)
		return rc;
	if (o->cpu_seconds > 0 &&
	    (rc = set_limit(RLIMIT_CPU, o->cpu_seconds, o->cpu_seconds)) < 0)
		return rc;
	return 0;
}

static int
drop_user(uid_t uid, gid_t gid)
{
	if (setgroups(0, NULL) < 0 || setresgid(gid, gid, gid) < 0 ||
	    setresuid(uid, uid, uid) < 0)
		return -errno;
	/* Make sure it cannot be undone. */
	if (setuid(0) == 0 || geteuid() != uid || getegid() != gid)
		return -EPERM;
	return 0;
}

/*
 * No capability at all, whoever started us: a root parent (setuid clears
 * them anyway), or the service user with CAP_DAC_READ_SEARCH as an
 * ambient capability (the shipped unit), which execve would otherwise
 * hand to the worker and let it read any file.  The bounding set can
 * only be dropped while CAP_SETPCAP is held (as root, before the user
 * changes; the capabilities in force stay until then): without it the
 * attempts fail and no_new_privs keeps exec from granting anything.
 */
static void
drop_bounding(void)
{
	int cap;

	for (cap = 0; cap <= 63; cap++)
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 &&
		    errno == EINVAL)
			break;  /* past the kernel's last capability */
}

static int
drop_caps(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3,
	    0 };
	struct __user_cap_data_struct data[2];

	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 &&
	    errno != EINVAL)
		return -errno;
	memset(data, 0, sizeof(data));
	if (syscall(SYS_capset, &hdr, data) < 0)
		return -errno;
	return 0;
}

/* Debugging only: say which call was refused, then die of it. */
static void
on_sigsys(int sig, siginfo_t *si, void *uc)
{
	char msg[80];
	int n;

	(void)uc;
	n = snprintf(msg, sizeof(msg), "evidenced-worker: forbidden system "
	    "call %d\n", si->si_syscall);
	if (n > 0)
		(void)write(STDERR_FILENO, msg, (size_t)n);
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int allowed_calls[] = {
	/* reading the descriptor, memory */
	SCMP_SYS(read), SCMP_SYS(pread64), SCMP_SYS(readv), SCMP_SYS(preadv),
	SCMP_SYS(lseek), SCMP_SYS(fstat), SCMP_SYS(newfstatat),
	SCMP_SYS(statx), SCMP_SYS(stat), SCMP_SYS(lstat),
	SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mremap),
	SCMP_SYS(mprotect), SCMP_SYS(madvise), SCMP_SYS(brk),
	SCMP_SYS(close), SCMP_SYS(close_range), SCMP_SYS(dup),
	SCMP_SYS(dup2), SCMP_SYS(dup3), SCMP_SYS(fcntl),
	SCMP_SYS(access), SCMP_SYS(faccessat), SCMP_SYS(faccessat2),
	SCMP_SYS(readlink), SCMP_SYS(readlinkat), SCMP_SYS(getcwd),
	SCMP_SYS(getdents64),
	/* the framed socket to the parent, and the helper's pipe */
	SCMP_SYS(recvmsg), SCMP_SYS(recvfrom), SCMP_SYS(sendmsg),
	SCMP_SYS(sendto), SCMP_SYS(write), SCMP_SYS(writev),
	SCMP_SYS(poll), SCMP_SYS(ppoll), SCMP_SYS(pipe2), SCMP_SYS(pipe),
	/* time, signals, threads of libraries */
	SCMP_SYS(clock_gettime), SCMP_SYS(clock_getres),
	SCMP_SYS(gettimeofday), SCMP_SYS(time), SCMP_SYS(nanosleep),
	SCMP_SYS(clock_nanosleep), SCMP_SYS(futex), SCMP_SYS(getrandom),
	SCMP_SYS(rt_sigreturn), SCMP_SYS(rt_sigaction),
	SCMP_SYS(rt_sigprocmask), SCMP_SYS(sigaltstack),
	SCMP_SYS(restart_syscall), SCMP_SYS(exit), SCMP_SYS(exit_group),
	SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(getppid),
	SCMP_SYS(getuid), SCMP_SYS(geteuid), SCMP_SYS(getgid),
	SCMP_SYS(getegid), SCMP_SYS(getrusage), SCMP_SYS(getrlimit),
	SCMP_SYS(sched_getaffinity), SCMP_SYS(sched_yield),
	SCMP_SYS(uname), SCMP_SYS(sysinfo), SCMP_SYS(umask),
	/* an anonymous in-memory copy of a file for a legacy helper */
	SCMP_SYS(memfd_create),
	/* the legacy helpers: fork, exec, wait, kill their group */
	SCMP_SYS(fork), SCMP_SYS(vfork), SCMP_SYS(execve),
	SCMP_SYS(wait4), SCMP_SYS(waitid), SCMP_SYS(setpgid),
	SCMP_SYS(getpgid), SCMP_SYS(getpgrp), SCMP_SYS(kill),
	SCMP_SYS(tgkill), SCMP_SYS(arch_prctl), SCMP_SYS(set_tid_address),
	SCMP_SYS(set_robust_list), SCMP_SYS(rseq), SCMP_SYS(alarm),
	SCMP_SYS(setitimer),
};

static int
build_filter(scmp_filter_ctx f)
{
	const int wmask = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(allowed_calls) / sizeof(allowed_calls[0]); i++)
		if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, allowed_calls[i],
		    0)) < 0)
			return rc;
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(openat), 1,
	    SCMP_A2(SCMP_CMP_MASKED_EQ, wmask, 0))) < 0 ||
	    (rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(open), 1,
	    SCMP_A1(SCMP_CMP_MASKED_EQ, wmask, 0))) < 0)
		return rc;
	/* Limits of itself only (per-file CPU budget, the helper's own);
	 * without privileges a hard limit can only go down. */
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1,
	    SCMP_A0(SCMP_CMP_EQ, 0, 0))) < 0 ||
	    (rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(setrlimit),
	    0)) < 0)
		return rc;
	/* Asking the disk for what will be read soon (worker.c's read
	 * ahead), never dropping anything from the page cache. */
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(fadvise64), 1,
	    SCMP_A3(SCMP_CMP_EQ, POSIX_FADV_WILLNEED, 0))) < 0)
		return rc;
	/* isatty() and friends: terminal queries only. */
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
	    SCMP_A1(SCMP_CMP_EQ, TCGETS, 0))) < 0)
		return rc;
	/* A thread (CLONE_THREAD) or a fork-like clone, never a new
	 * namespace: glibc's fork() is clone(SIGCHLD|...). */
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
	    SCMP_A0(SCMP_CMP_MASKED_EQ, 0x7E020000ULL, 0))) < 0)
		return rc;
	if ((rc = seccomp_rule_add(f, SCMP_ACT_ERRNO(ENOSYS),
	    SCMP_SYS(clone3), 0)) < 0 ||
	    (rc = seccomp_rule_add(f, SCMP_ACT_ERRNO(ENOSYS),
	    SCMP_SYS(openat2), 0)) < 0)
		return rc;
	return 0;
}

static int
install_filter(bool trap)
{
	scmp_filter_ctx f;
	int rc;

	if (trap) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = on_sigsys;
		sa.sa_flags = SA_SIGINFO;
		sigaction(SIGSYS, &sa, NULL);
	}
	if ((f = seccomp_init(trap ? SCMP_ACT_TRAP : SCMP_ACT_KILL_PROCESS)) ==
	    NULL)
		return -ENOMEM;
	/* A binary tree, not a list of a hundred comparisons, on every
	 * system call (ignored by a libseccomp too old to know it). */
	(void)seccomp_attr_set(f, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	if ((rc = build_filter(f)) == 0)
		rc = seccomp_load(f);
	seccomp_release(f);
	return rc < 0 ? rc : 0;
}

int
sandbox_enter(const struct sandbox_options *o)
{
	int rc;

	if ((rc = apply_limits(o)) < 0)
		return rc;
	drop_bounding();
	if (o->drop_user && (rc = drop_user(o->uid, o->gid)) < 0)
		return rc;
	if ((rc = drop_caps()) < 0)
		return rc;
	/* No setuid binary can give privileges back, no same-user process
	 * can ptrace us. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		return -errno;
	if (o->seccomp && (rc = install_filter(o->trap)) < 0)
		return rc;
	return 0;
}

int
sandbox_cpu_budget(unsigned seconds)
{
	struct rusage ru;
	struct rlimit rl;
	rlim_t want;

	if (getrusage(RUSAGE_SELF, &ru) < 0 || getrlimit(RLIMIT_CPU, &rl) < 0)
		return -errno;
	/* Seconds are the granularity: most calls need no new limit.  One
	 * second over covers the part second already spent, one more what
	 * is spent before the next call (the worker calls every quarter
	 * second of wall time, its two threads spend at most half a second
	 * of CPU in it). */
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur >=
	    (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 2 +
	    seconds)
		return 0;
	want = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 2 +
	    seconds;
	if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max)
		want = rl.rlim_max;
	rl.rlim_cur = want;
	return setrlimit(RLIMIT_CPU, &rl) < 0 ? -errno : 0;
}
