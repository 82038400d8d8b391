/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * pool.c - N extraction workers and the requests in flight to them.
 *
 * Ownership: the pool owns its workers (pid, socket), every request from
 * pool_submit() until pool_next() hands its facts out (the request keeps
 * the file's descriptor open until its reply is in, so a request queued
 * behind a worker that died can be sent again; then the descriptor waits
 * in closing[] to be closed with those of the next few rounds, mostly
 * in one close_range()), and the finished queue.
 *
 * Each worker has up to depth requests in flight so it never waits
 * for the parent between files; it serves them in order and may hold
 * the replies of quick files back to send several at once, so when it
 * dies the file it was reading is the one its progress page names
 * (worker.h): the ones before it may have been read with their replies
 * unsent, the ones after were never started, and all of those go back
 * to the front of the queue.  The hard time limit runs from the moment
 * the file became the worker's head (the files held before it are
 * quick: a few milliseconds of it).  Requests go
 * several to a message (worker.h) while the workers are busy: a few wait
 * in the pending queue for the next submission, and pool_next(wait)
 * sends all that waits.  Prefetch hints (pool_prefetch(), from the walk
 * thread) go on a channel of their own that a thread of every worker
 * reads, never mixed with the requests.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/inspect.h"
#include "evidenced/log.h"
#include "evidenced/pool.h"
#include "evidenced/sandbox.h"
#include "evidenced/scanner.h"
#include "evidenced/walker.h"
#include "evidenced/worker.h"

#ifndef LIBEXECDIR
#define LIBEXECDIR "/usr/libexec/evidenced"
#endif

/* A worker replies to up to WORKER_HOLD_MAX quick files in one message;
 * the parent answers such a message with a batch of as many requests,
 * which the worker's queue must have room for meanwhile: twice a batch
 * in flight, so that neither side waits for the other, at a message (a
 * wake-up, a poll, a recv, a send) per WORKER_HOLD_MAX files.  Each is a
 * descriptor the parent holds open: with many workers and a low
 * RLIMIT_NOFILE, half as many (pool_depth()). */
#define POOL_DEPTH (2 * WORKER_HOLD_MAX)        /* in flight per worker */
#define POOL_DEPTH_MIN (POOL_DEPTH / 2)
#define POOL_DEPTH_SHARE 4      /* of RLIMIT_NOFILE, the pool's at most */
#define POOL_START_TIMEOUT_MS 15000     /* exec, libmagic, sandbox */
#define POOL_AS_BASE (256ULL << 20)     /* program, libmagic, buffers */
#define POOL_RBUF_MIN (64u << 10)       /* a worker's reply buffer */
#define POOL_CLOSE_MAX 64               /* descriptors closed together */

/* What the parent may hold open once a reply is in, a worker holds
 * longer (worker.h): the last close is the worker's. */
_Static_assert(POOL_DEPTH + POOL_CLOSE_MAX <= WORKER_KEEP,
    "a worker keeps fewer descriptors than the parent holds");

struct req {
	struct req *next;
	uint64_t seq;
	int fd;
	struct stat st;
	char *relpath;
	unsigned flags;
	void *tag;
	struct file_facts *facts;       /* the result, once done */
};

struct queue {
	struct req *head, *tail;
	size_t n;
};

struct wk {
	pid_t pid;                      /* 0: not running */
	int sock;                       /* -1: not running */
	int errfd;                      /* its stderr, a pipe; -1: none */
	struct queue inflight;
	unsigned sent;                  /* requests sent in this life */
	double head_start;              /* when the head became current */
	/* What it sent and we have not handled: whole frames are taken
	 * from the front, so one recv serves many small replies. */
	uint8_t *rbuf;
	size_t rlen, rcap;
	struct worker_hdr h;            /* of the frame being handled */
	const uint8_t *payload;         /* its payload, inside rbuf */
	/* Its progress page (worker.h), shared: which request it reads.
	 * Written by the worker, untrusted. */
	struct worker_progress *progress;
};

struct pool {
	struct pool_options o;
	char *path;                     /* the worker program */
	char *argv_store[20];
	char arg_limits[160], arg_as[24], arg_cpu[24], arg_uid[16],
	    arg_gid[16], arg_log[8];
	char *envp[8];
	unsigned n;
	struct wk *w;
	struct queue pending, done;
	/* Requests in flight per worker at most; sent several a message,
	 * batch at a time, while each worker has low or more to read. */
	size_t depth, batch, low;
	uint64_t seq;
	size_t reply_max;
	int err;                        /* sticky: ENOMEM, ECHILD */
	/* The prefetch hints (pool_prefetch()): a SOCK_SEQPACKET pair,
	 * tx ours (non-blocking), rx every worker's fd 5.  Set in
	 * pool_new(), unchanged until pool_free(): tx is used from the
	 * walk thread without a lock.  -1: none. */
	int hint_tx, hint_rx;
	/* Descriptors of files whose replies came in, to close together
	 * once POOL_CLOSE_MAX wait or nothing is left in flight
	 * (close_later()): the walk opened them in order, and the replies
	 * of several rounds, of every worker, sorted together make long
	 * runs of consecutive numbers, a close_range() each (the replies
	 * of one round, one worker's batch, made runs of four or five). */
	int closing[POOL_CLOSE_MAX];
	size_t nclosing;
};

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
q_push(struct queue *q, struct req *r)
{
	r->next = NULL;
	if (q->tail != NULL)
		q->tail->next = r;
	else
		q->head = r;
	q->tail = r;
	q->n++;
}

static struct req *
q_pop(struct queue *q)
{
	struct req *r = q->head;

	if (r == NULL)
		return NULL;
	q->head = r->next;
	if (q->head == NULL)
		q->tail = NULL;
	q->n--;
	r->next = NULL;
	return r;
}

/* Put all of src, in order, in front of dst. */
static void
q_prepend(struct queue *dst, struct queue *src)
{
	if (src->head == NULL)
		return;
	src->tail->next = dst->head;
	if (dst->tail == NULL)
		dst->tail = src->tail;
	dst->head = src->head;
	dst->n += src->n;
	memset(src, 0, sizeof(*src));
}

/* Close what close_later() kept. */
static void
close_flush(struct pool *p)
{
	worker_close_fds(p->closing, p->nclosing);
	p->nclosing = 0;
}

/* r's descriptor is done with: closed with the others (close_flush())
 * when POOL_CLOSE_MAX wait, or when the pool has nothing left in flight
 * (pool_next()): no file stays open past the scan that read it. */
static void
close_later(struct pool *p, struct req *r)
{
	if (r->fd < 0)
		return;
	if (p->nclosing == POOL_CLOSE_MAX)
		close_flush(p);
	p->closing[p->nclosing++] = r->fd;
	r->fd = -1;
}

static void
req_free(struct req *r)
{
	if (r == NULL)
		return;
	if (r->fd >= 0)
		close(r->fd);
	free(r->relpath);
	file_facts_free(r->facts);
	free(r);
}

static void
q_free(struct queue *q)
{
	struct req *r;

	while ((r = q_pop(q)) != NULL)
		req_free(r);
}

/* ---- the worker program ------------------------------------------------ */

static char *
find_worker(const char *given)
{
	const char *env = getenv("EVIDENCED_WORKER");
	char self[PATH_MAX], *slash;
	ssize_t n;

	if (given != NULL)
		return strdup(given);
	if (env != NULL && env[0] != '\0')
		return strdup(env);
	/* The build tree: next to the program that runs. */
	if ((n = readlink("/proc/self/exe", self, sizeof(self) - 32)) > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			strcpy(slash + 1, "evidenced-worker");
			if (faccessat(AT_FDCWD, self, X_OK, AT_EACCESS) == 0)
				return strdup(self);
		}
	}
	return strdup(LIBEXECDIR "/evidenced-worker");
}

/* argv and envp of every worker, built once (nothing is allocated
 * between fork and exec). */
static void
build_args(struct pool *p)
{
	const struct extract_limits *l = &p->o.limits;
	static const char *const pass[] = { "EVIDENCED_HELPER_PATH", "MAGIC",
	    NULL };
	unsigned long long as, cpu;
	bool fallback;
	uid_t uid;
	gid_t gid;
	size_t a = 0, e = 0, i;

	snprintf(p->arg_limits, sizeof(p->arg_limits),
	    "%llu,%llu,%u,%zu,%u,%u,%llu",
	    (unsigned long long)l->max_file_bytes,
	    (unsigned long long)l->max_inflated_bytes, l->max_ratio,
	    l->max_text_bytes, l->max_pdf_pages, l->max_seconds,
	    (unsigned long long)l->helper_max_memory);
	/* MuPDF's heap is held to helper_max_memory, a PDF is read whole
	 * (max_file_bytes); the rest is the program and its buffers. */
	as = l->helper_max_memory + l->max_file_bytes + POOL_AS_BASE;
	cpu = (unsigned long long)p->o.recycle_after * (l->max_seconds + 1);
	snprintf(p->arg_as, sizeof(p->arg_as), "%llu", as);
	snprintf(p->arg_cpu, sizeof(p->arg_cpu), "%llu",
	    cpu > 1000000000ULL ? 1000000000ULL : cpu);
	snprintf(p->arg_log, sizeof(p->arg_log), "%d", (int)log_get_level());
	p->argv_store[a++] = (char *)"evidenced-worker";
	p->argv_store[a++] = (char *)"--fd";
	p->argv_store[a++] = (char *)"3";
	p->argv_store[a++] = (char *)"--limits";
	p->argv_store[a++] = p->arg_limits;
	p->argv_store[a++] = (char *)"--as";
	p->argv_store[a++] = p->arg_as;
	p->argv_store[a++] = (char *)"--cpu";
	p->argv_store[a++] = p->arg_cpu;
	p->argv_store[a++] = (char *)"--log";
	p->argv_store[a++] = p->arg_log;
	p->argv_store[a++] = (char *)"--progress";
	p->argv_store[a++] = (char *)"4";
	if (p->hint_rx >= 0) {
		p->argv_store[a++] = (char *)"--hints";
		p->argv_store[a++] = (char *)"5";
	}
	if (geteuid() == 0) {
		sandbox_resolve_user(p->o.user != NULL ? p->o.user :
		    SANDBOX_DEFAULT_USER, &uid, &gid, &fallback);
		if (fallback)
			log_info("user '%s' does not exist: extraction "
			    "workers run as nobody", p->o.user != NULL ?
			    p->o.user : SANDBOX_DEFAULT_USER);
		snprintf(p->arg_uid, sizeof(p->arg_uid), "%u", (unsigned)uid);
		snprintf(p->arg_gid, sizeof(p->arg_gid), "%u", (unsigned)gid);
		p->argv_store[a++] = (char *)"--uid";
		p->argv_store[a++] = p->arg_uid;
		p->argv_store[a++] = (char *)"--gid";
		p->argv_store[a++] = p->arg_gid;
	}
	if (getenv("EVIDENCED_WORKER_TRAP") != NULL)
		p->argv_store[a++] = (char *)"--trap";
	p->argv_store[a] = NULL;
	p->envp[e++] = (char *)"PATH=/usr/bin:/bin";
	p->envp[e++] = (char *)"LANG=C.UTF-8";
	for (i = 0; pass[i] != NULL; i++) {
		const char *v = getenv(pass[i]);

		/* Pointers into our environment: stable until exec. */
		if (v != NULL)
			p->envp[e++] = (char *)(uintptr_t)(v - strlen(pass[i]) - 1);
	}
	p->envp[e] = NULL;
}

/*
 * Start the worker program with sock as its fd 3 and err as its stderr
 * (and stdout), stdin from /dev/null, nothing else open and no signal
 * blocked.  posix_spawn() (a vfork, not a fork): copying the page tables
 * of a parent that holds the index of 100,000 files, then faulting its
 * pages back in copy-on-write, cost the scan more than the spawn itself.
 * 0 with *pid, or a negative errno (the program could not be executed).
 */
static int
exec_worker(const struct pool *p, int sock, int err, int prog, pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none;
	int rc;

	if ((rc = posix_spawn_file_actions_init(&fa)) != 0)
		return -rc;
	if ((rc = posix_spawnattr_init(&at)) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		return -rc;
	}
	/* Both ends are above the low numbers (spawn_start()), so that no
	 * dup2 below clobbers the other when the caller runs with stdio
	 * closed.  stdout is the caller's output (a JSON document):
	 * anything a library prints goes to stderr, a pipe the parent
	 * relays (RLIMIT_FSIZE 0 would kill a worker writing to a stderr
	 * that is a file). */
	sigemptyset(&none);
	if ((rc = posix_spawn_file_actions_adddup2(&fa, sock, 3)) != 0 ||
	    (rc = posix_spawn_file_actions_adddup2(&fa, prog, 4)) != 0 ||
	    (p->hint_rx >= 0 && (rc = posix_spawn_file_actions_adddup2(&fa,
	    p->hint_rx, 5)) != 0) ||
	    (rc = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null",
	    O_RDONLY, 0)) != 0 ||
	    (rc = posix_spawn_file_actions_adddup2(&fa, err, 2)) != 0 ||
	    (rc = posix_spawn_file_actions_adddup2(&fa, err, 1)) != 0 ||
	    (rc = posix_spawn_file_actions_addclosefrom_np(&fa, 6)) != 0 ||
	    (rc = posix_spawnattr_setsigmask(&at, &none)) != 0 ||
	    (rc = posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK)) != 0)
		goto done;
	rc = posix_spawn(pid, p->path, &fa, &at, p->argv_store, p->envp);
done:
	posix_spawnattr_destroy(&at);
	posix_spawn_file_actions_destroy(&fa);
	return -rc;
}

/* Relay what w wrote to stderr to ours, control characters made
 * harmless: a worker must not forge our log lines' look. */
static void
relay_stderr(struct wk *w)
{
	char buf[4096];
	ssize_t n, i;

	while (w->errfd >= 0 &&
	    (n = read(w->errfd, buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++)
			if ((unsigned char)buf[i] < 0x20 && buf[i] != '\n')
				buf[i] = '?';
		(void)fwrite(buf, 1, (size_t)n, stderr);
	}
}

static void
reap(struct wk *w, int *status, bool kill_now)
{
	int i;

	*status = 0;
	if (w->pid <= 0)
		return;
	/* A worker that closed its socket is exiting: give it a moment to
	 * say why before killing it. */
	for (i = 0; !kill_now && i < 50; i++) {
		pid_t r = waitpid(w->pid, status, WNOHANG);

		if (r == w->pid || (r < 0 && errno != EINTR)) {
			w->pid = 0;
			return;
		}
		usleep(2000);
	}
	(void)kill(w->pid, SIGKILL);
	while (waitpid(w->pid, status, 0) < 0 && errno == EINTR)
		;
	w->pid = 0;
}

static void
close_worker(struct wk *w)
{
	if (w->sock >= 0)
		close(w->sock);
	w->sock = -1;
	relay_stderr(w);
	if (w->errfd >= 0)
		close(w->errfd);
	w->errfd = -1;
	free(w->rbuf);
	w->rbuf = NULL;
	w->payload = NULL;
	w->rlen = w->rcap = 0;
	w->sent = 0;
	if (w->progress != NULL)
		munmap(w->progress, sizeof(*w->progress));
	w->progress = NULL;
}

/* Read until a whole header is in h (blocking up to ms).  0, or -1. */
static int
wait_ready(int sock, int ms)
{
	uint8_t buf[WORKER_HDR_SIZE];
	struct worker_hdr h;
	struct pollfd pfd = { sock, POLLIN, 0 };
	size_t got = 0;
	ssize_t n;
	double end = now_s() + ms / 1000.0;

	while (got < sizeof(buf)) {
		int left = (int)((end - now_s()) * 1000);

		if (left <= 0 || poll(&pfd, 1, left) <= 0)
			return -1;
		n = recv(sock, buf + got, sizeof(buf) - got, MSG_DONTWAIT);
		if (n <= 0 && !(n < 0 && (errno == EAGAIN || errno == EINTR)))
			return -1;
		if (n > 0)
			got += (size_t)n;
	}
	if (worker_hdr_unpack(buf, 0, &h) < 0 || h.type != WORKER_REP_READY)
		return -1;
	return 0;
}

/* Start a worker into w; spawn_finish() waits until it is sandboxed.
 * Apart, so that a pool's workers start side by side. */
static int
spawn_start(struct pool *p, struct wk *w)
{
	int sv[2] = { -1, -1 }, ep[2] = { -1, -1 }, hi[3] = { -1, -1, -1 };
	void *m = MAP_FAILED;
	int rc, mfd = -1;
	pid_t pid;

	/* The child's ends (and its progress page) above the numbers its
	 * dup2s write to. */
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0 ||
	    pipe2(ep, O_CLOEXEC) < 0 ||
	    (hi[0] = fcntl(sv[1], F_DUPFD_CLOEXEC, 10)) < 0 ||
	    (hi[1] = fcntl(ep[1], F_DUPFD_CLOEXEC, 10)) < 0 ||
	    (mfd = memfd_create("evidenced-progress", MFD_CLOEXEC)) < 0 ||
	    (hi[2] = fcntl(mfd, F_DUPFD_CLOEXEC, 10)) < 0 ||
	    ftruncate(hi[2], sizeof(*w->progress)) < 0 ||
	    (m = mmap(NULL, sizeof(*w->progress), PROT_READ | PROT_WRITE,
	    MAP_SHARED, hi[2], 0)) == MAP_FAILED) {
		rc = -errno;
		goto fail;
	}
	if ((rc = exec_worker(p, hi[0], hi[1], hi[2], &pid)) < 0) {
		log_warnx("%s: cannot execute: %s", p->path, strerror(-rc));
		rc = -ECHILD;
		goto fail;
	}
	close(mfd);
	close(hi[0]);
	close(hi[1]);
	close(hi[2]);
	close(sv[1]);
	close(ep[1]);
	(void)fcntl(ep[0], F_SETFL, O_NONBLOCK);
	w->pid = pid;
	w->sock = sv[0];
	w->errfd = ep[0];
	w->progress = m;
	return 0;
fail:
	for (int i = 0; i < 3; i++) {
		if (i < 2 && sv[i] >= 0)
			close(sv[i]);
		if (i < 2 && ep[i] >= 0)
			close(ep[i]);
		if (hi[i] >= 0)
			close(hi[i]);
	}
	if (mfd >= 0)
		close(mfd);
	if (m != MAP_FAILED)
		munmap(m, sizeof(*w->progress));
	return rc;
}

static int
spawn_finish(struct pool *p, struct wk *w)
{
	int status;

	if (wait_ready(w->sock, POOL_START_TIMEOUT_MS) < 0) {
		reap(w, &status, false);
		close_worker(w);
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			log_warnx("%s: cannot execute", p->path);
		else if (WIFEXITED(status))
			log_warnx("%s: the extraction worker exited with "
			    "status %d before it was ready", p->path,
			    WEXITSTATUS(status));
		else if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
			log_warnx("%s: the extraction worker was killed by "
			    "signal %d before it was ready", p->path,
			    WTERMSIG(status));
		else
			log_warnx("%s: the extraction worker was not ready "
			    "within %d s", p->path,
			    POOL_START_TIMEOUT_MS / 1000);
		return -ECHILD;
	}
	return 0;
}

static int
spawn(struct pool *p, struct wk *w)
{
	int rc;

	if ((rc = spawn_start(p, w)) < 0)
		return rc;
	return spawn_finish(p, w);
}

/* ---- results ----------------------------------------------------------- */

/* r ends with facts saying why it could not be read. */
static void
fail_req(struct pool *p, struct req *r, enum extract_status st,
    const char *reason)
{
	struct file_facts *f = NULL;

	if (inspect_name_only(r->relpath, &r->st, &f) < 0 ||
	    (f->text_reason = strdup(reason)) == NULL) {
		file_facts_free(f);
		p->err = ENOMEM;
		req_free(r);
		return;
	}
	f->extracted = true;
	f->text_status = st;
	r->facts = f;
	close_later(p, r);
	q_push(&p->done, r);
}

enum death { DEATH_EXIT = 1, DEATH_TIMEOUT, DEATH_NOMEM, DEATH_PROTOCOL };

/*
 * w died or is to be killed (why): blame its head request, queue the
 * others again, start a replacement.
 */
/*
 * The request w died reading, taken out of its queue: the one its
 * progress page names, when it died on its own or was killed for time
 * (the replies of those before it may have been held back, never sent:
 * they stay, to be read again), else the oldest in flight.  NULL when
 * none is in flight.
 */
static struct req *
take_culprit(struct wk *w, enum death why)
{
	struct queue before = { NULL, NULL, 0 };
	struct req *r;
	uint64_t cur = 0;

	if (w->progress != NULL && (why == DEATH_EXIT ||
	    why == DEATH_TIMEOUT))
		cur = __atomic_load_n(&w->progress->seq, __ATOMIC_ACQUIRE);
	for (r = w->inflight.head; cur != 0 && r != NULL && r->seq != cur;
	    r = r->next)
		;
	if (r == NULL)
		return q_pop(&w->inflight);
	while (w->inflight.head != r)
		q_push(&before, q_pop(&w->inflight));
	r = q_pop(&w->inflight);
	q_prepend(&w->inflight, &before);
	return r;
}

static void
worker_lost(struct pool *p, struct wk *w, enum death why)
{
	const struct extract_limits *l = &p->o.limits;
	enum extract_status st = EXTRACT_CORRUPT;
	struct req *head;
	char reason[160];
	int status, sig;

	reap(w, &status, why != DEATH_EXIT);
	head = take_culprit(w, why);
	close_worker(w);
	sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	if (why == DEATH_TIMEOUT) {
		st = EXTRACT_TIMEOUT;
		snprintf(reason, sizeof(reason), "limit: over %u s "
		    "(max_seconds), worker killed", l->max_seconds);
	} else if (why == DEATH_NOMEM) {
		st = EXTRACT_LIMIT;
		snprintf(reason, sizeof(reason), "limit: worker out of memory "
		    "(helper_max_memory)");
	} else if (why == DEATH_PROTOCOL) {
		snprintf(reason, sizeof(reason), "worker broke the protocol "
		    "and was killed");
	} else if (sig == SIGXCPU) {
		st = EXTRACT_TIMEOUT;
		snprintf(reason, sizeof(reason), "limit: over %u s of CPU "
		    "(max_seconds), worker killed", l->max_seconds);
	} else if (sig == SIGSYS) {
		snprintf(reason, sizeof(reason), "worker killed by the sandbox "
		    "(forbidden system call)");
	} else if (sig != 0) {
		snprintf(reason, sizeof(reason), "worker crashed (signal %d, "
		    "%s)", sig, strsignal(sig));
	} else {
		snprintf(reason, sizeof(reason), "worker exited (status %d)",
		    WIFEXITED(status) ? WEXITSTATUS(status) : status);
	}
	if (head != NULL) {
		/* log escapes the whole line, the name included. */
		log_warnx("%s: %s", head->relpath, reason);
		fail_req(p, head, st, reason);
	}
	q_prepend(&p->pending, &w->inflight);
	if (p->err == 0 && spawn(p, w) < 0)
		log_warnx("an extraction worker could not be replaced");
}

/* A finished head: take its facts, check they are of what was asked. */
static int
take_facts(struct pool *p, struct wk *w)
{
	struct req *r = w->inflight.head;
	struct file_facts *f = NULL;
	struct file_identity id;
	int rc;

	rc = facts_decode(w->payload, w->h.len, &f);
	if (rc == -ENOMEM) {
		p->err = ENOMEM;
		return rc;
	}
	file_identity_from_stat(&id, &r->st);
	if (rc < 0 || strcmp(f->relpath, r->relpath) != 0 ||
	    !file_identity_equal(&f->id, &id)) {
		file_facts_free(f);
		return -EPROTO;
	}
	/* A reason is printed in logs and tables: nothing from a worker
	 * may carry a control character there. */
	for (char *c = f->text_reason; c != NULL && *c != '\0'; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	q_pop(&w->inflight);
	r->facts = f;
	close_later(p, r);
	q_push(&p->done, r);
	return 0;
}

/* One whole frame from w.  0, or the death it calls for. */
static int
on_frame(struct pool *p, struct wk *w)
{
	struct req *r = w->inflight.head;
	char reason[160];

	if (r == NULL || w->h.seq != r->seq)
		return DEATH_PROTOCOL;
	if (w->h.type == WORKER_REP_FACTS) {
		if (take_facts(p, w) < 0)
			return p->err != 0 ? 0 : DEATH_PROTOCOL;
	} else if (w->h.type == WORKER_REP_ERROR) {
		if (w->h.status == -ENOMEM)
			return DEATH_NOMEM;
		if (w->h.status >= 0 || w->h.status < -4095)
			return DEATH_PROTOCOL;
		snprintf(reason, sizeof(reason), "worker: %s",
		    strerror(-w->h.status));
		fail_req(p, q_pop(&w->inflight), EXTRACT_IO, reason);
	} else {
		return DEATH_PROTOCOL;
	}
	w->head_start = now_s();
	return 0;
}

/* Handle the whole frames at the front of w's buffer.  0, or a death. */
static int
take_frames(struct pool *p, struct wk *w)
{
	size_t off = 0, need;
	int d = 0;

	while (d == 0 && w->rlen - off >= WORKER_HDR_SIZE) {
		if (worker_hdr_unpack(w->rbuf + off, p->reply_max, &w->h) < 0)
			return DEATH_PROTOCOL;
		need = WORKER_HDR_SIZE + (size_t)w->h.len;
		if (w->rlen - off < need)
			break;
		w->payload = w->rbuf + off + WORKER_HDR_SIZE;
		d = on_frame(p, w);
		w->payload = NULL;
		off += need;
	}
	if (off > 0) {
		memmove(w->rbuf, w->rbuf + off, w->rlen - off);
		w->rlen -= off;
	}
	return d;
}

/* Room in w's buffer for what it is sending: the rest of the frame
 * begun, at least POOL_RBUF_MIN; shrunk again after a large one.  0 or
 * -ENOMEM. */
static int
make_room(struct pool *p, struct wk *w)
{
	size_t want = POOL_RBUF_MIN;
	struct worker_hdr h;
	uint8_t *nb;

	if (w->rlen >= WORKER_HDR_SIZE &&
	    worker_hdr_unpack(w->rbuf, p->reply_max, &h) == 0 &&
	    WORKER_HDR_SIZE + (size_t)h.len > want)
		want = WORKER_HDR_SIZE + (size_t)h.len;
	if (want < w->rlen + WORKER_HDR_SIZE)
		want = w->rlen + WORKER_HDR_SIZE;
	/* Big enough, and not still the size of a large text gone by. */
	if (w->rcap >= want && w->rcap <= 2 * want)
		return 0;
	if ((nb = realloc(w->rbuf, want)) == NULL)
		return -ENOMEM;
	w->rbuf = nb;
	w->rcap = want;
	return 0;
}

/* Read what w has sent.  0, or a death. */
static int
on_readable(struct pool *p, struct wk *w)
{
	ssize_t n;
	size_t room;
	int d;

	for (;;) {
		if (make_room(p, w) < 0) {
			p->err = ENOMEM;
			return DEATH_PROTOCOL;
		}
		room = w->rcap - w->rlen;
		n = recv(w->sock, w->rbuf + w->rlen, room, MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return 0;
		if (n <= 0)
			return DEATH_EXIT;
		w->rlen += (size_t)n;
		if ((d = take_frames(p, w)) != 0)
			return d;
		/* Less than asked for: nothing more is waiting, and another
		 * recv would only say EAGAIN. */
		if ((size_t)n < room)
			return 0;
	}
}

/* ---- dispatch ---------------------------------------------------------- */

/* Send the k requests r[] to w in one message.  0 or a negative errno. */
static int
send_reqs(struct wk *w, struct req *const *r, size_t k)
{
	struct worker_hdr h[WORKER_BATCH_MAX];
	uint8_t *payload[WORKER_BATCH_MAX];
	int fds[WORKER_BATCH_MAX], rc = 0;
	size_t i, n = 0, len;

	for (n = 0; n < k && rc == 0; n++) {
		rc = worker_req_pack(&r[n]->st, r[n]->relpath, &payload[n],
		    &len);
		h[n] = (struct worker_hdr){ WORKER_REQ_FILE, r[n]->seq, 0,
		    r[n]->flags, (uint32_t)len };
		fds[n] = r[n]->fd;
	}
	if (rc == 0)
		rc = worker_send_frames(w->sock, h,
		    (const uint8_t *const *)payload, fds, k);
	for (i = 0; i < n; i++)
		free(payload[i]);
	return rc;
}

/* A worker whose life is over and that has nothing in flight: retire it
 * and start a fresh one. */
static void
recycle(struct pool *p, struct wk *w)
{
	int status;

	close(w->sock);
	w->sock = -1;
	reap(w, &status, false);
	close_worker(w);
	if (spawn(p, w) < 0)
		log_warnx("an extraction worker could not be replaced");
}

/*
 * Send what is pending, several requests a message to the worker with
 * the fewest in flight.  Unless flush, a few requests wait for more while
 * every worker still has p->low or more to read: a message (and a
 * wake-up of the worker) per p->batch files rather than per file.
 */
static void
dispatch(struct pool *p, bool flush)
{
	struct req *batch[WORKER_BATCH_MAX];
	struct wk *best;
	size_t k, room, i;
	unsigned j;

	while (p->pending.n > 0) {
		best = NULL;
		for (j = 0; j < p->n; j++) {
			struct wk *w = &p->w[j];

			if (w->sock >= 0 && w->sent >= p->o.recycle_after &&
			    w->inflight.n == 0)
				recycle(p, w);
			if (w->sock < 0 || w->inflight.n >= p->depth ||
			    w->sent >= p->o.recycle_after)
				continue;
			if (best == NULL || w->inflight.n < best->inflight.n)
				best = w;
		}
		if (best == NULL)
			return;
		room = p->depth - best->inflight.n;
		if (room > p->o.recycle_after - best->sent)
			room = p->o.recycle_after - best->sent;
		k = p->pending.n < room ? p->pending.n : room;
		if (k > WORKER_BATCH_MAX)
			k = WORKER_BATCH_MAX;
		if (!flush && k < p->batch && best->inflight.n >= p->low)
			return;
		for (i = 0; i < k; i++)
			batch[i] = q_pop(&p->pending);
		if (send_reqs(best, batch, k) < 0) {
			/* Gone: they go back in front, in order. */
			struct queue back = { NULL, NULL, 0 };

			for (i = 0; i < k; i++)
				q_push(&back, batch[i]);
			q_prepend(&p->pending, &back);
			worker_lost(p, best, DEATH_EXIT);
			continue;
		}
		if (best->inflight.n == 0)
			best->head_start = now_s();
		best->sent += (unsigned)k;
		for (i = 0; i < k; i++)
			q_push(&best->inflight, batch[i]);
	}
}

/* Wait up to ms (-1: until something happens) for replies, deaths and
 * deadlines, then send what can be sent. */
static void
pump(struct pool *p, int ms, bool flush)
{
	struct pollfd pfd[128];
	unsigned idx[128], i, k = 0, busy = 0;
	double limit = p->o.limits.max_seconds + p->o.margin_ms / 1000.0, t;
	int d;

	t = now_s();
	for (i = 0; i < p->n; i++) {
		struct wk *w = &p->w[i];
		int left;

		if (w->errfd >= 0) {
			pfd[k].fd = w->errfd;
			pfd[k].events = POLLIN;
			pfd[k].revents = 0;
			idx[k++] = i | 0x80000000u;
		}
		if (w->sock < 0 || w->inflight.n == 0)
			continue;
		busy++;
		pfd[k].fd = w->sock;
		pfd[k].events = POLLIN;
		pfd[k].revents = 0;
		idx[k++] = i;
		left = (int)((w->head_start + limit - t) * 1000) + 1;
		if (left < 0)
			left = 0;
		if (ms < 0 || left < ms)
			ms = left;
	}
	if (busy == 0)
		ms = 0;         /* only stderr to relay: never block on it */
	if (k > 0 && poll(pfd, k, ms) < 0 && errno != EINTR)
		return;
	for (i = 0; i < k; i++) {
		struct wk *w = &p->w[idx[i] & 0x7fffffffu];

		if (pfd[i].revents == 0)
			continue;
		if (idx[i] & 0x80000000u) {
			relay_stderr(w);
			continue;
		}
		if (w->sock < 0)
			continue;       /* lost and replaced in this round */
		if ((d = on_readable(p, w)) != 0)
			worker_lost(p, w, (enum death)d);
	}
	t = now_s();
	for (i = 0; i < p->n; i++) {
		struct wk *w = &p->w[i];

		if (w->sock >= 0 && w->inflight.n > 0 &&
		    t > w->head_start + limit)
			worker_lost(p, w, DEATH_TIMEOUT);
	}
	dispatch(p, flush);
}

static bool
any_worker(const struct pool *p)
{
	unsigned i;

	for (i = 0; i < p->n; i++)
		if (p->w[i].sock >= 0)
			return true;
	return false;
}

/* ---- API --------------------------------------------------------------- */

/*
 * The hints channel (pool_prefetch()): best effort, so a pool without
 * one (no socket, no descriptor above the low numbers) works as before.
 * Datagrams, so that a message of descriptors is whole or not sent, and
 * every worker's hints thread reads the one queue: whichever is free
 * takes the next message.  rx above the numbers exec_worker()'s dup2s write.
 */
static void
open_hints(struct pool *p)
{
	int hv[2];

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK,
	    0, hv) < 0)
		return;
	if ((p->hint_rx = fcntl(hv[1], F_DUPFD_CLOEXEC, 10)) < 0) {
		close(hv[0]);
		p->hint_rx = -1;
	} else
		p->hint_tx = hv[0];
	close(hv[1]);
}

int
pool_prefetch(struct pool *p, const int *fds, const uint8_t *hint, size_t n)
{
	if (p->hint_tx < 0)
		return -ENOTCONN;
	return worker_send_hints(p->hint_tx, fds, hint, n);
}

/*
 * Requests in flight per worker for n workers.  So many descriptors
 * (those, and the ones closed together) may take a POOL_DEPTH_SHARE of
 * RLIMIT_NOFILE at most: a walk that holds its files open takes half
 * (walkahead.c), and a file the walk cannot open for want of a
 * descriptor would be unreadable.  Many workers under a low soft limit
 * (1024, systemd's default for a service): the soft limit is raised as
 * far as the hard one allows, as a program that needs the descriptors
 * is expected to; failing that, POOL_DEPTH_MIN (a worker then waits for
 * the parent now and then).
 */
static size_t
pool_depth(unsigned n)
{
	rlim_t need = ((rlim_t)n * POOL_DEPTH + POOL_CLOSE_MAX) *
	    POOL_DEPTH_SHARE;
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return POOL_DEPTH_MIN;
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= need)
		return POOL_DEPTH;
	if (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= need) {
		rl.rlim_cur = need;
		if (setrlimit(RLIMIT_NOFILE, &rl) == 0)
			return POOL_DEPTH;
	}
	return POOL_DEPTH_MIN;
}

int
pool_new(const struct pool_options *o, struct pool **out)
{
	struct pool *p;
	unsigned i;
	long ncpu;
	int rc;

	*out = NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return -ENOMEM;
	p->o = *o;
	p->hint_tx = p->hint_rx = -1;
	if (p->o.workers == 0) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		p->o.workers = ncpu > 0 ? (unsigned)ncpu : 1;
	}
	if (p->o.workers > 64)
		p->o.workers = 64;
	if (p->o.recycle_after == 0)
		p->o.recycle_after = POOL_RECYCLE_DEFAULT;
	if (p->o.margin_ms == 0)
		p->o.margin_ms = POOL_MARGIN_MS_DEFAULT;
	/* Normalised and raw text, each within the text limit (cut on a
	 * character boundary), and the rest of the facts. */
	p->reply_max = p->o.limits.max_text_bytes > (UINT32_MAX - (1u << 20)) /
	    8 ? UINT32_MAX : 8 * p->o.limits.max_text_bytes + (1u << 20);
	if ((p->path = find_worker(o->worker_path)) == NULL ||
	    (p->w = calloc(p->o.workers, sizeof(*p->w))) == NULL) {
		pool_free(p);
		return -ENOMEM;
	}
	p->n = p->o.workers;
	p->depth = pool_depth(p->n);
	p->batch = p->depth / 2;
	p->low = p->depth / 4;
	open_hints(p);
	for (i = 0; i < p->n; i++) {
		p->w[i].sock = -1;
		p->w[i].errfd = -1;
	}
	if (faccessat(AT_FDCWD, p->path, X_OK, AT_EACCESS) < 0) {
		rc = -errno;
		/* An error, shown under --quiet too: without it the caller's
		 * "cannot scan SHARE: No such file or directory" would blame
		 * the share. */
		log_error("cannot run the extraction worker %s: %s (set "
		    "EVIDENCED_WORKER or install it)", p->path, strerror(-rc));
		pool_free(p);
		return rc;
	}
	build_args(p);
	for (i = 0, rc = 0; i < p->n && rc == 0; i++)
		rc = spawn_start(p, &p->w[i]);
	for (i = 0; i < p->n && rc == 0; i++)
		rc = spawn_finish(p, &p->w[i]);
	if (rc < 0) {
		pool_free(p);
		return rc;
	}
	*out = p;
	return 0;
}

void
pool_free(struct pool *p)
{
	unsigned i;
	int status;

	if (p == NULL)
		return;
	close_flush(p);
	for (i = 0; p->w != NULL && i < p->n; i++) {
		struct wk *w = &p->w[i];

		if (w->sock >= 0)
			close(w->sock);
		w->sock = -1;
		/* Idle workers exit on EOF; busy ones are killed. */
		reap(w, &status, w->inflight.n > 0);
		close_worker(w);
		q_free(&w->inflight);
	}
	q_free(&p->pending);
	q_free(&p->done);
	if (p->hint_tx >= 0)
		close(p->hint_tx);
	if (p->hint_rx >= 0)
		close(p->hint_rx);
	free(p->w);
	free(p->path);
	free(p);
}

unsigned
pool_size(const struct pool *p)
{
	return p->n;
}

pid_t
pool_worker_pid(const struct pool *p, unsigned i)
{
	return i < p->n ? p->w[i].pid : 0;
}

const struct extract_limits *
pool_limits(const struct pool *p)
{
	return &p->o.limits;
}

size_t
pool_pending(const struct pool *p)
{
	size_t n = p->pending.n + p->done.n;
	unsigned i;

	for (i = 0; i < p->n; i++)
		n += p->w[i].inflight.n;
	return n;
}

int
pool_submit(struct pool *p, int fd, const struct stat *st,
    const char *relpath, unsigned flags, void *tag)
{
	struct req *r;

	if (strlen(relpath) > WORKER_MAX_NAME) {
		close(fd);
		return -ENAMETOOLONG;
	}
	if ((r = calloc(1, sizeof(*r))) == NULL ||
	    (r->relpath = strdup(relpath)) == NULL) {
		free(r);
		close(fd);
		return -ENOMEM;
	}
	r->seq = ++p->seq;
	r->fd = fd;
	r->st = *st;
	r->flags = flags;
	r->tag = tag;
	q_push(&p->pending, r);
	dispatch(p, false);
	/* Up to a batch may wait here for the next submission (or for
	 * pool_next, which sends all). */
	while (p->pending.n >= WORKER_BATCH_MAX && p->err == 0) {
		if (!any_worker(p))
			return -ECHILD;
		pump(p, -1, false);
	}
	return p->err != 0 ? -p->err : 0;
}

int
pool_next(struct pool *p, bool wait, struct file_facts **facts, void **tag)
{
	struct req *r;

	*facts = NULL;
	if (tag != NULL)
		*tag = NULL;
	for (;;) {
		if (p->err != 0)
			return -p->err;
		if ((r = q_pop(&p->done)) != NULL) {
			*facts = r->facts;
			r->facts = NULL;
			if (tag != NULL)
				*tag = r->tag;
			req_free(r);
			if (pool_pending(p) == 0)
				close_flush(p);
			return 1;
		}
		if (pool_pending(p) == 0) {
			close_flush(p);
			return 0;
		}
		/* Without waiting, only what is in: submitting pumps
		 * whenever the workers are full, so they never run dry, and
		 * a poll per file here would be a system call for nothing. */
		if (!wait)
			return 0;
		/* Nothing more is coming: what waits for a batch goes. */
		dispatch(p, true);
		if (!any_worker(p))
			return -ECHILD;
		pump(p, -1, true);
	}
}

int
pool_scan_file(struct pool *p, struct scanner *sc, int rootfd,
    const char *relpath, unsigned flags, struct file_record **out)
{
	struct file_facts *f = NULL;
	struct stat st;
	int fd, rc;

	*out = NULL;
	if (pool_pending(p) > 0)
		return -EBUSY;
	/* An ignored file is never parsed: the scanner says so from its
	 * name and stat. */
	if (scanner_ignores(sc, relpath))
		return scanner_scan_file(sc, rootfd, relpath, out);
	if ((rc = share_open_file(rootfd, relpath, &fd, &st)) < 0)
		return rc;
	if ((rc = pool_submit(p, fd, &st, relpath, flags, NULL)) < 0)
		return rc;
	if ((rc = pool_next(p, true, &f, NULL)) < 0)
		return rc;
	if (rc == 0)
		return -EIO;
	return scanner_judge(sc, f, out);
}
