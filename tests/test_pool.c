/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_pool.c - the extraction workers (pool.c, worker.c, sandbox.c,
 * evidenced-worker): facts from a worker equal the in-process ones; a
 * worker killed mid-file, one past its memory or its time, one that
 * crashes or breaks the sandbox (open for writing, a socket) marks only
 * its own file and the rest of the batch is read; recycling; the
 * protocol's checks of untrusted frames.
 *
 * Uses build/evidenced-worker-test (the worker built with the test
 * hooks), run from the repository root like every unit test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/inspect.h"
#include "evidenced/pool.h"
#include "evidenced/sandbox.h"
#include "evidenced/worker.h"

#define TEST_WORKER "build/evidenced-worker-test"
#define NFILES 6

static char dir[] = "/tmp/evidenced-pool-XXXXXX";

static void
make_files(void)
{
	char p[256];
	FILE *f;
	int i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < NFILES; i++) {
		snprintf(p, sizeof(p), "%s/f%d.txt", dir, i);
		assert_non_null(f = fopen(p, "w"));
		fprintf(f, "服务级别协议 第%d号\n2025年3月1日\n", i);
		fclose(f);
	}
}

static int
setup(void **state)
{
	(void)state;
	make_files();
	setenv("EVIDENCED_WORKER", TEST_WORKER, 1);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void
limits(struct pool_options *po, unsigned workers)
{
	memset(po, 0, sizeof(*po));
	po->workers = workers;
	extract_limits_default(&po->limits);
}

static void
submit(struct pool *p, int i, unsigned flags)
{
	char path[256], rel[32];
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "%s/f%d.txt", dir, i);
	snprintf(rel, sizeof(rel), "f%d.txt", i);
	assert_true((fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(pool_submit(p, fd, &st, rel, flags,
	    (void *)(intptr_t)(i + 1)), 0);
}

/* Collect the whole batch: out[i] are the facts of file i. */
static void
collect(struct pool *p, struct file_facts *out[NFILES])
{
	struct file_facts *f;
	void *tag;
	int n = 0, i;

	memset(out, 0, NFILES * sizeof(out[0]));
	while (pool_next(p, true, &f, &tag) == 1) {
		i = (int)(intptr_t)tag - 1;
		assert_true(i >= 0 && i < NFILES);
		assert_null(out[i]);
		out[i] = f;
		n++;
	}
	assert_int_equal(pool_pending(p), 0);
	assert_int_equal(n, NFILES);
}

/* File i was read normally: its text is there. */
static void
assert_read(const struct file_facts *f, int i)
{
	char rel[32], want[64];

	snprintf(rel, sizeof(rel), "f%d.txt", i);
	snprintf(want, sizeof(want), "第%d号", i);
	assert_non_null(f);
	assert_string_equal(f->relpath, rel);
	assert_int_equal(f->text_status, EXTRACT_OK);
	assert_non_null(f->text);
	assert_non_null(strstr(f->text, want));
}

static void
free_all(struct file_facts *out[NFILES])
{
	int i;

	for (i = 0; i < NFILES; i++)
		file_facts_free(out[i]);
}

/* Run a batch where file `bad` gets flags; the others must be fine. */
static void
batch(struct pool_options *po, int bad, unsigned flags,
    struct file_facts *out[NFILES])
{
	struct pool *p = NULL;
	int i;

	assert_int_equal(pool_new(po, &p), 0);
	for (i = 0; i < NFILES; i++)
		submit(p, i, i == bad ? flags : 0);
	collect(p, out);
	for (i = 0; i < NFILES; i++)
		if (i != bad)
			assert_read(out[i], i);
	pool_free(p);
}

static void
assert_failed(const struct file_facts *f, enum extract_status st,
    const char *reason)
{
	assert_non_null(f);
	assert_true(f->extracted);
	assert_int_equal(f->text_status, st);
	assert_null(f->text);
	assert_non_null(f->text_reason);
	if (strstr(f->text_reason, reason) == NULL)
		fail_msg("reason '%s' lacks '%s'", f->text_reason, reason);
}

/* What a worker sends is what the inspector makes in process. */
static void
test_same_as_in_process(void **state)
{
	struct file_facts *out[NFILES], *mine = NULL;
	struct pool_options po;
	struct inspector *in;
	uint8_t *a, *b;
	size_t alen, blen;
	char path[256];
	struct stat st;
	int i, fd;

	(void)state;
	limits(&po, 2);
	batch(&po, -1, 0, out);
	assert_non_null(in = inspector_new(&po.limits));
	for (i = 0; i < NFILES; i++) {
		snprintf(path, sizeof(path), "%s/f%d.txt", dir, i);
		assert_true((fd = open(path, O_RDONLY)) >= 0);
		assert_int_equal(fstat(fd, &st), 0);
		assert_int_equal(inspector_run(in, fd, &st, out[i]->relpath,
		    0, &mine), 0);
		close(fd);
		assert_int_equal(facts_encode(mine, FACTS_ENCODE_TEXT, &a,
		    &alen), 0);
		assert_int_equal(facts_encode(out[i], FACTS_ENCODE_TEXT, &b,
		    &blen), 0);
		assert_int_equal(alen, blen);
		assert_memory_equal(a, b, alen);
		free(a);
		free(b);
		file_facts_free(mine);
	}
	inspector_free(in);
	free_all(out);
}

/* The parent may leave a file O_NONBLOCK (SHARE_OPEN_NONBLOCK): the
 * worker clears it on the open file it shares with the parent's copy. */
static void
test_nonblock_cleared(void **state)
{
	struct pool_options po;
	struct pool *p = NULL;
	struct file_facts *f = NULL;
	char path[256];
	struct stat st;
	int fd, keep;

	(void)state;
	limits(&po, 1);
	assert_int_equal(pool_new(&po, &p), 0);
	snprintf(path, sizeof(path), "%s/f2.txt", dir);
	assert_true((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) >= 0);
	assert_true((keep = dup(fd)) >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(pool_submit(p, fd, &st, "f2.txt", 0, NULL), 0);
	assert_int_equal(pool_next(p, true, &f, NULL), 1);
	assert_read(f, 2);
	assert_int_equal(fcntl(keep, F_GETFL) & O_NONBLOCK, 0);
	close(keep);
	file_facts_free(f);
	pool_free(p);
}

/* How many files of dir worker pid holds open; -1 when its
 * descriptors cannot be read (not dumpable, we are not root). */
static int
held_open(pid_t pid)
{
	char fdir[64], link[512], target[512];
	struct dirent *de;
	DIR *d;
	ssize_t n;
	int held = 0;

	snprintf(fdir, sizeof(fdir), "/proc/%d/fd", (int)pid);
	if ((d = opendir(fdir)) == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(link, sizeof(link), "%s/%s", fdir, de->d_name);
		if ((n = readlink(link, target, sizeof(target) - 1)) <= 0)
			continue;
		target[n] = '\0';
		held += strncmp(target, dir, strlen(dir)) == 0;
	}
	closedir(d);
	return held;
}

/*
 * A worker keeps the descriptors of the files it served a while, so that
 * the last close of each (the release of the file) is its own and not
 * the parent's, and lets them all go once idle: none stays open on a
 * quiet share.
 */
static void
test_kept_until_idle(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct pool *p = NULL;
	struct timespec t0, t1;
	int i, held;

	(void)state;
	limits(&po, 1);
	assert_int_equal(pool_new(&po, &p), 0);
	for (i = 0; i < NFILES; i++)
		submit(p, i, 0);
	collect(p, out);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	held = held_open(pool_worker_pid(p, 0));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (held < 0) {
		pool_free(p);
		free_all(out);
		skip();
	}
	/* Within the idle time (a loaded machine may take longer to
	 * look: then only the release is checked). */
	if ((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) /
	    1000000 < 100)
		assert_int_equal(held, NFILES);
	usleep(800 * 1000);
	assert_int_equal(held_open(pool_worker_pid(p, 0)), 0);
	for (i = 0; i < NFILES; i++)
		assert_read(out[i], i);
	pool_free(p);
	free_all(out);
}

/* The soft and hard RLIMIT_NOFILE of pid from /proc: 0, or -1 when it
 * cannot be read. */
static int
nofile_of(pid_t pid, long *soft, long *hard)
{
	char path[64], line[256];
	FILE *f;
	int rc = -1;

	snprintf(path, sizeof(path), "/proc/%d/limits", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "Max open files %ld %ld", soft, hard) == 2)
			rc = 0;
	fclose(f);
	return rc;
}

/*
 * The parent closes the descriptors of the files whose replies came in
 * several at a time, not one message's at a time, and all of them once
 * nothing is left in flight: none stays open past the scan.  More files
 * than are closed together, through one worker and through two, each
 * submitted on a descriptor of its own.  The workers run with the
 * sandbox's descriptor limit, which holds what they keep open.
 */
#define MANY_FILES 200

static void
test_parent_closes_when_idle(void **state)
{
	struct pool_options po;
	struct pool *p = NULL;
	struct file_facts *f;
	long soft = 0, hard = 0;
	unsigned workers;
	int i, n;
	void *tag;

	(void)state;
	for (workers = 1; workers <= 2; workers++) {
		limits(&po, workers);
		assert_int_equal(pool_new(&po, &p), 0);
		if (nofile_of(pool_worker_pid(p, 0), &soft, &hard) == 0) {
			assert_int_equal(soft, SANDBOX_MAX_FDS);
			assert_int_equal(hard, SANDBOX_MAX_FDS);
		}
		for (i = 0; i < MANY_FILES; i++)
			submit(p, i % NFILES, 0);
		for (n = 0; pool_next(p, true, &f, &tag) == 1; n++) {
			assert_int_equal(f->text_status, EXTRACT_OK);
			file_facts_free(f);
			/* Taken before the last: the others may wait. */
			if (n == MANY_FILES - 2)
				assert_true(held_open(getpid()) <= 1 +
				    WORKER_KEEP);
		}
		assert_int_equal(n, MANY_FILES);
		assert_int_equal(held_open(getpid()), 0);
		/* An idle pool takes the next scan as the first. */
		submit(p, 0, 0);
		assert_int_equal(pool_next(p, true, &f, &tag), 1);
		file_facts_free(f);
		assert_int_equal(held_open(getpid()), 0);
		pool_free(p);
		p = NULL;
	}
}

/* In a child (limits cannot be raised back): a pool of workers under
 * RLIMIT_NOFILE soft/hard reads every file right.  The child's exit
 * status: 0, or the step that failed; the soft limit after pool_new()
 * in *after (a pipe). */
static int
budget_child(unsigned workers, rlim_t soft, rlim_t hard, rlim_t *after)
{
	struct rlimit rl = { soft, hard };
	struct pool_options po;
	struct pool *p = NULL;
	struct file_facts *f;
	int pfd[2], status, i, n;
	ssize_t got;
	void *tag;
	pid_t pid;

	assert_int_equal(pipe(pfd), 0);
	if ((pid = fork()) == 0) {
		close(pfd[0]);
		if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
			_exit(2);
		limits(&po, workers);
		if (pool_new(&po, &p) < 0)
			_exit(3);
		if (getrlimit(RLIMIT_NOFILE, &rl) < 0 ||
		    write(pfd[1], &rl.rlim_cur, sizeof(rl.rlim_cur)) !=
		    (ssize_t)sizeof(rl.rlim_cur))
			_exit(4);
		for (i = 0; i < MANY_FILES; i++)
			submit(p, i % NFILES, 0);
		for (n = 0; pool_next(p, true, &f, &tag) == 1; n++) {
			if (f->text_status != EXTRACT_OK)
				_exit(5);
			file_facts_free(f);
		}
		pool_free(p);
		_exit(n == MANY_FILES ? 0 : 6);
	}
	close(pfd[1]);
	got = read(pfd[0], after, sizeof(*after));
	close(pfd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (got != (ssize_t)sizeof(*after))
		*after = 0;
	return WEXITSTATUS(status);
}

/*
 * The pool's descriptors fit RLIMIT_NOFILE: a soft limit too low for
 * the requests in flight is raised within the hard one; where the hard
 * one does not allow it either, fewer go in flight, and every file is
 * still read.
 */
static void
test_fd_budget(void **state)
{
	rlim_t after = 0;

	(void)state;
	/* Raised: 2 workers want more than 256 / 4. */
	assert_int_equal(budget_child(2, 256, 4096, &after), 0);
	assert_true(after > 256 && after <= 4096);
	/* Cannot be: left as it is, fewer in flight, and the files are
	 * read (by workers whose sandbox stays within the hard limit). */
	assert_int_equal(budget_child(2, 192, 192, &after), 0);
	assert_int_equal(after, 192);
	/* Room enough: untouched. */
	assert_int_equal(budget_child(1, 4096, 4096, &after), 0);
	assert_int_equal(after, 4096);
}

/* Bytes of the file at path in the page cache, as fincore(1) (util-linux)
 * counts them; -1 when it cannot tell. */
static long
cached_bytes(const char *path)
{
	char cmd[512];
	long n = -1;
	FILE *f;

	snprintf(cmd, sizeof(cmd), "fincore --bytes --noheadings --output RES "
	    "'%s' 2>/dev/null", path);
	if ((f = popen(cmd, "r")) == NULL)
		return -1;
	if (fscanf(f, "%ld", &n) != 1)
		n = -1;
	pclose(f);
	return n;
}

/* A file of 128 KiB at dir/name, none of it in the page cache: 0, or
 * -1 when that cannot be had or told (tmpfs, no fincore). */
static int
uncached_file(const char *name, char path[256])
{
	static char big[128 << 10];
	int fd;

	memset(big, 'x', sizeof(big));
	snprintf(path, 256, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, big, sizeof(big)), (ssize_t)sizeof(big));
	assert_int_equal(fsync(fd), 0);
	assert_int_equal(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
	close(fd);
	return cached_bytes(path) == 0 ? 0 : -1;
}

/*
 * pool_prefetch(): the sandboxed worker, waiting for requests, takes
 * the hints and asks the disk for what each says (its copies are its
 * own: the caller's close at once): a file's first 64 KiB, an image's
 * first 4 KiB only; the pool reads files as before afterwards; nothing
 * stays open in either process.
 */
static void
test_prefetch_hints(void **state)
{
	static const uint8_t file_hint[2] = { WORKER_HINT_FILE,
	    WORKER_HINT_FILE };
	static const uint8_t bad_hint = 3;
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct pool *p = NULL;
	char path[256], head[256];
	int fd, fds[2], i;
	uint8_t msg[2];

	(void)state;
	if (uncached_file("big.txt", path) < 0 ||
	    uncached_file("photo.jpg", head) < 0) {
		unlink(path);
		unlink(head);
		skip();         /* it keeps them (tmpfs), or no fincore */
	}
	limits(&po, 1);
	assert_int_equal(pool_new(&po, &p), 0);
	assert_true((fd = open(path, O_RDONLY | O_CLOEXEC)) >= 0);
	assert_int_equal(pool_prefetch(p, &fd, file_hint, 0), -EINVAL);
	assert_int_equal(pool_prefetch(p, &fd, &bad_hint, 1), -EINVAL);
	/* An image and a file in one message, the image first: once
	 * the file's pages are in, the image's were asked for. */
	assert_true((fds[0] = open(head, O_RDONLY | O_CLOEXEC)) >= 0);
	fds[1] = fd;
	msg[0] = WORKER_HINT_HEAD;
	msg[1] = WORKER_HINT_FILE;
	assert_int_equal(pool_prefetch(p, fds, msg, 2), 0);
	close(fds[0]);
	close(fd);
	/* Its first 64 KiB: what a file's reader would read whole. */
	for (i = 0; i < 200 && (cached_bytes(path) < 65536 ||
	    cached_bytes(head) < 4096); i++)
		usleep(10000);
	assert_true(cached_bytes(path) >= 65536);
	/* The image's first bytes, what its type is told from; not the
	 * 64 KiB a document's reader takes. */
	assert_true(cached_bytes(head) >= 4096);
	assert_true(cached_bytes(head) < 65536);
	/* Let go once asked for (-1: we may not look). */
	assert_true(held_open(pool_worker_pid(p, 0)) <= 0);
	for (i = 0; i < NFILES; i++)
		submit(p, i, 0);
	collect(p, out);
	for (i = 0; i < NFILES; i++)
		assert_read(out[i], i);
	pool_free(p);
	free_all(out);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(unlink(head), 0);
	assert_int_equal(held_open(getpid()), 0);
}

/*
 * A hint message (worker_hints_unpack()), untrusted: the tag, then one
 * known hint per descriptor that came (or more, when the kernel dropped
 * the last descriptors); anything else is refused whole.
 */
static void
test_hints_parse(void **state)
{
	uint8_t msg[WORKER_BATCH_MAX + 2];
	size_t bytes[WORKER_BATCH_MAX], i;

	(void)state;
	msg[0] = WORKER_HINT_TAG;
	msg[1] = WORKER_HINT_FILE;
	msg[2] = WORKER_HINT_HEAD;
	msg[3] = WORKER_HINT_FILE;
	assert_int_equal(worker_hints_unpack(msg, 4, 3, false, bytes), 0);
	assert_int_equal(bytes[0], 64 << 10);
	assert_int_equal(bytes[1], 4096);
	assert_int_equal(bytes[2], 64 << 10);
	/* Descriptors the kernel dropped (MSG_CTRUNC): the first ones
	 * came, with the first hints. */
	memset(bytes, 0, sizeof(bytes));
	assert_int_equal(worker_hints_unpack(msg, 4, 2, true, bytes), 0);
	assert_int_equal(bytes[1], 4096);
	assert_int_equal(bytes[2], 0);
	assert_int_equal(worker_hints_unpack(msg, 4, 0, true, bytes), 0);
	/* A hint short, or over, of the descriptors that came. */
	assert_int_equal(worker_hints_unpack(msg, 4, 2, false, bytes),
	    -EPROTO);
	assert_int_equal(worker_hints_unpack(msg, 3, 3, false, bytes),
	    -EPROTO);
	assert_int_equal(worker_hints_unpack(msg, 3, 3, true, bytes),
	    -EPROTO);
	/* The old message, a bare tag; nothing at all (EOF). */
	assert_int_equal(worker_hints_unpack(msg, 1, 1, false, bytes),
	    -EPROTO);
	assert_int_equal(worker_hints_unpack(msg, 0, 0, false, bytes),
	    -EPROTO);
	/* Not the tag; a hint unknown, even that of a dropped one. */
	msg[0] = 'x';
	assert_int_equal(worker_hints_unpack(msg, 4, 3, false, bytes),
	    -EPROTO);
	msg[0] = WORKER_HINT_TAG;
	for (i = 0; i < 256; i++) {
		msg[3] = (uint8_t)i;
		assert_int_equal(worker_hints_unpack(msg, 4, 3, false, bytes),
		    i == WORKER_HINT_FILE || i == WORKER_HINT_HEAD ? 0 :
		    -EPROTO);
		assert_int_equal(worker_hints_unpack(msg, 4, 2, true, bytes),
		    i == WORKER_HINT_FILE || i == WORKER_HINT_HEAD ? 0 :
		    -EPROTO);
	}
	/* The longest a batch holds, and one more. */
	for (i = 1; i < sizeof(msg); i++)
		msg[i] = WORKER_HINT_HEAD;
	assert_int_equal(worker_hints_unpack(msg, WORKER_BATCH_MAX + 1,
	    WORKER_BATCH_MAX, false, bytes), 0);
	assert_int_equal(bytes[WORKER_BATCH_MAX - 1], 4096);
	assert_int_equal(worker_hints_unpack(msg, WORKER_BATCH_MAX + 2,
	    WORKER_BATCH_MAX, true, bytes), -EPROTO);
}

static void
test_crash(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;

	(void)state;
	limits(&po, 2);
	batch(&po, 2, WORKER_TEST_CRASH, out);
	assert_failed(out[2], EXTRACT_CORRUPT, "worker crashed (signal 11");
	free_all(out);
}

/* SIGKILL from outside while the worker is inside a file: that file is
 * marked, the files queued behind it go to the replacement. */
static void
test_killed_mid_file(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct pool *p = NULL;
	struct timespec ts = { 0, 300000000 };
	pid_t pid;
	int i;

	(void)state;
	limits(&po, 1);
	assert_int_equal(pool_new(&po, &p), 0);
	pid = pool_worker_pid(p, 0);
	for (i = 0; i < 3; i++)
		submit(p, i, i == 0 ? WORKER_TEST_SLEEP : 0);
	nanosleep(&ts, NULL);           /* it is asleep in f0 now */
	assert_int_equal(kill(pid, SIGKILL), 0);
	for (; i < NFILES; i++)
		submit(p, i, 0);
	collect(p, out);
	assert_failed(out[0], EXTRACT_CORRUPT, "signal 9");
	for (i = 1; i < NFILES; i++)
		assert_read(out[i], i);
	assert_true(pool_worker_pid(p, 0) != pid);
	pool_free(p);
	free_all(out);
}

static void
test_out_of_memory(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;

	(void)state;
	limits(&po, 2);
	po.limits.helper_max_memory = 16 << 20;
	po.limits.max_file_bytes = 1 << 20;
	batch(&po, 3, WORKER_TEST_ALLOC, out);
	assert_failed(out[3], EXTRACT_LIMIT, "worker out of memory");
	free_all(out);
}

static void
test_timeout(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct timespec t0, t1;
	double took;

	(void)state;
	limits(&po, 2);
	po.limits.max_seconds = 1;
	po.margin_ms = 300;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	batch(&po, 1, WORKER_TEST_SPIN, out);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	took = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) /
	    1e9;
	assert_failed(out[1], EXTRACT_TIMEOUT, "max_seconds");
	/* Killed at the hard limit, not left to run. */
	assert_true(took > 1.0 && took < 4.0);
	free_all(out);
}

/*
 * One worker: the files before the one that runs too long were quick
 * and their replies may be held back to go together; the file blamed is
 * the one the worker was reading (its progress page), the quick ones are
 * read again, not marked.
 */
static void
test_timeout_behind_quick(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;

	(void)state;
	limits(&po, 1);
	po.limits.max_seconds = 1;
	po.margin_ms = 300;
	batch(&po, 3, WORKER_TEST_SPIN, out);
	assert_failed(out[3], EXTRACT_TIMEOUT, "max_seconds");
	free_all(out);
}

static void
test_no_write(void **state)
{
	static const char escape[] = "/tmp/evidenced-worker-escape";
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct stat st;

	(void)state;
	unlink(escape);
	limits(&po, 2);
	batch(&po, 4, WORKER_TEST_WRITE, out);
	assert_failed(out[4], EXTRACT_CORRUPT, "sandbox");
	assert_int_equal(stat(escape, &st), -1);
	free_all(out);
}

static void
test_no_socket(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;

	(void)state;
	limits(&po, 2);
	batch(&po, 5, WORKER_TEST_SOCKET, out);
	assert_failed(out[5], EXTRACT_CORRUPT, "sandbox");
	free_all(out);
}

/* The shipped worker has no test hooks: such a request is a protocol
 * error, the file is marked, the next worker goes on. */
static void
test_shipped_worker_refuses_hooks(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;

	(void)state;
	limits(&po, 1);
	po.worker_path = "build/evidenced-worker";
	batch(&po, 0, WORKER_TEST_CRASH, out);
	assert_failed(out[0], EXTRACT_CORRUPT, "worker exited");
	free_all(out);
}

static void
test_recycle(void **state)
{
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct pool *p = NULL;
	pid_t first;
	int i;

	(void)state;
	limits(&po, 1);
	po.recycle_after = 2;
	assert_int_equal(pool_new(&po, &p), 0);
	first = pool_worker_pid(p, 0);
	for (i = 0; i < NFILES; i++)
		submit(p, i, 0);
	collect(p, out);
	for (i = 0; i < NFILES; i++)
		assert_read(out[i], i);
	assert_true(pool_worker_pid(p, 0) != first);
	pool_free(p);
	free_all(out);
}

/* Started as root, a worker is not root. */
static void
test_not_root(void **state)
{
	struct pool_options po;
	struct pool *p = NULL;
	char path[64], line[256];
	unsigned uid = 0;
	unsigned long long caps;
	int ncaps = 0;
	FILE *f;

	(void)state;
	if (geteuid() != 0)
		skip();
	limits(&po, 1);
	po.user = "no-such-user-evidenced";
	assert_int_equal(pool_new(&po, &p), 0);
	snprintf(path, sizeof(path), "/proc/%d/status",
	    (int)pool_worker_pid(p, 0));
	assert_non_null(f = fopen(path, "r"));
	while (fgets(line, sizeof(line), f) != NULL) {
		(void)sscanf(line, "Uid: %u", &uid);
		/* Effective, permitted, inheritable, bounding, ambient. */
		if (sscanf(line, "Cap%*3s: %llx", &caps) == 1) {
			assert_int_equal(caps, 0);
			ncaps++;
		}
	}
	fclose(f);
	assert_int_equal(uid, 65534);
	assert_int_equal(ncaps, 5);
	pool_free(p);
}

/* One file of tests/data through a pool of one: its facts. */
static struct file_facts *
inspect_fixture(const char *fixture)
{
	struct pool_options po;
	struct pool *p = NULL;
	struct file_facts *f = NULL;
	struct stat st;
	int fd;

	limits(&po, 1);
	assert_int_equal(pool_new(&po, &p), 0);
	assert_true((fd = open(fixture, O_RDONLY | O_CLOEXEC)) >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(pool_submit(p, fd, &st, "policy.doc", 0, NULL), 0);
	assert_int_equal(pool_next(p, true, &f, NULL), 1);
	pool_free(p);
	return f;
}

static void
fake_catdoc(const char *helpers, const char *body)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/catdoc", helpers);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "#!/bin/sh\n%s\n", body);
	fclose(f);
	assert_int_equal(chmod(path, 0755), 0);
}

/* catdoc & co. run from the worker under its filter: a helper can print
 * text, and dies when it tries to write a file. */
static void
test_helper_sandboxed(void **state)
{
	static const char escape[] = "/tmp/evidenced-helper-escape";
	char helpers[300];
	struct file_facts *f;
	struct stat st;

	(void)state;
	snprintf(helpers, sizeof(helpers), "%s/helpers", dir);
	/* The worker runs as nobody when we are root: let it in. */
	assert_int_equal(chmod(dir, 0755), 0);
	assert_int_equal(mkdir(helpers, 0755), 0);
	setenv("EVIDENCED_HELPER_PATH", helpers, 1);

	fake_catdoc(helpers, "echo 服务级别协议");
	f = inspect_fixture("tests/data/text/policy.doc");
	assert_int_equal(f->text_status, EXTRACT_OK);
	assert_non_null(f->text);
	assert_non_null(strstr(f->text, "服务级别协议"));
	file_facts_free(f);

	unlink(escape);
	fake_catdoc(helpers, "echo x > /tmp/evidenced-helper-escape; "
	    "echo 服务级别协议");
	f = inspect_fixture("tests/data/text/policy.doc");
	assert_failed(f, EXTRACT_CORRUPT, "killed by signal 31");
	assert_int_equal(stat(escape, &st), -1);
	file_facts_free(f);
	unsetenv("EVIDENCED_HELPER_PATH");
}

/* Started as root, the worker and catdoc run as nobody, and catdoc
 * reopens its input as /proc/self/fd/0: a .doc readable only by its
 * owner is still read (from a private copy). */
static void
test_private_doc(void **state)
{
	struct file_facts *f, *g;
	char path[300], cmd[700];

	(void)state;
	if (geteuid() != 0)
		skip();
	snprintf(path, sizeof(path), "%s/private.doc", dir);
	snprintf(cmd, sizeof(cmd), "cp tests/data/text/policy.doc '%s'", path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(chmod(path, 0600), 0);
	f = inspect_fixture(path);
	g = inspect_fixture("tests/data/text/policy.doc");
	assert_int_equal(f->text_status, EXTRACT_OK);
	assert_non_null(f->text);
	assert_string_equal(f->text, g->text);
	file_facts_free(f);
	file_facts_free(g);
}

/* A worker program that speaks the protocol wrongly (in Python, with the
 * frame it answers every request with): every file is marked, the pool
 * goes on. */
static const char fake_worker[] =
"#!/usr/bin/python3\n"
"import socket, struct\n"
"s = socket.socket(fileno=3)\n"
"H = '<IIQiIII'\n"
"s.sendall(struct.pack(H, 0x31575645, 2, 0, 0, 0, 0, 0))\n"
"while True:\n"
"    msg, anc, fl, ad = s.recvmsg(32, socket.CMSG_SPACE(16))\n"
"    if len(msg) < 32: break\n"
"    m, t, seq, st, f, n, r = struct.unpack(H, msg)\n"
"    s.recv(n, socket.MSG_WAITALL)\n"
"    %s\n";

static void
run_fake_worker(const char *answer, const char *reason)
{
	struct file_facts *out[NFILES];
	struct pool_options po;
	struct pool *p = NULL;
	char path[300];
	FILE *f;
	int i;

	snprintf(path, sizeof(path), "%s/fake-worker", dir);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, fake_worker, answer);
	fclose(f);
	assert_int_equal(chmod(path, 0755), 0);
	limits(&po, 2);
	po.worker_path = path;
	assert_int_equal(pool_new(&po, &p), 0);
	for (i = 0; i < NFILES; i++)
		submit(p, i, 0);
	collect(p, out);
	for (i = 0; i < NFILES; i++)
		assert_failed(out[i], EXTRACT_CORRUPT, reason);
	pool_free(p);
	free_all(out);
}

static void
test_bad_worker(void **state)
{
	(void)state;
	/* Facts that do not decode. */
	run_fake_worker("s.sendall(struct.pack(H, 0x31575645, 3, seq, 0, 0, "
	    "7, 0) + b'garbage')", "worker broke the protocol");
	/* A length over the maximum: refused before anything is read. */
	run_fake_worker("s.sendall(struct.pack(H, 0x31575645, 3, seq, 0, 0, "
	    "0xfffffff0, 0))", "worker broke the protocol");
	/* The answer to another request. */
	run_fake_worker("s.sendall(struct.pack(H, 0x31575645, 4, seq + 1, -5, "
	    "0, 0, 0))", "worker broke the protocol");
	/* Gone without a word. */
	run_fake_worker("break", "worker exited (status 0)");
}

static void
test_protocol_checks(void **state)
{
	struct worker_hdr h = { WORKER_REP_FACTS, 7, 0, 0, 100 }, g;
	uint8_t hdr[WORKER_HDR_SIZE], *req;
	struct stat st, got;
	size_t len;
	char *rel;

	(void)state;
	worker_hdr_pack(&h, hdr);
	assert_int_equal(worker_hdr_unpack(hdr, 100, &g), 0);
	assert_int_equal(g.seq, 7);
	assert_int_equal(worker_hdr_unpack(hdr, 99, &g), -EPROTO);
	hdr[0] ^= 1;
	assert_int_equal(worker_hdr_unpack(hdr, 100, &g), -EPROTO);

	memset(&st, 0, sizeof(st));
	st.st_mode = S_IFREG;
	st.st_size = 42;
	st.st_ino = 9;
	st.st_mtim.tv_sec = 1700000000;
	st.st_mtim.tv_nsec = 5;
	assert_int_equal(worker_req_pack(&st, "a/b.txt", &req, &len), 0);
	assert_int_equal(worker_req_unpack(req, len, &got, &rel), 0);
	assert_string_equal(rel, "a/b.txt");
	assert_int_equal(got.st_size, 42);
	assert_int_equal(got.st_ino, 9);
	assert_int_equal(got.st_mtim.tv_nsec, 5);
	free(rel);
	/* No name, a NUL inside it, a negative size. */
	assert_int_equal(worker_req_unpack(req, WORKER_REQ_FIXED, &got, &rel),
	    -EPROTO);
	req[WORKER_REQ_FIXED + 1] = '\0';
	assert_int_equal(worker_req_unpack(req, len, &got, &rel), -EPROTO);
	req[WORKER_REQ_FIXED + 1] = '/';
	memset(req + 16, 0xff, 8);
	assert_int_equal(worker_req_unpack(req, len, &got, &rel), -EPROTO);
	free(req);
}

/* worker_run() in a child on one end of a socketpair, not sandboxed,
 * with hints (-1: none; the child's copy; the child closes hints_tx,
 * -1: none): the other end, past the READY frame.  Exit 0 at EOF, 42 on
 * -EPROTO. */
static int
start_loop_hints(pid_t *pid, int hints, int hints_tx)
{
	struct extract_limits lim;
	struct inspector *in;
	uint8_t hdr[WORKER_HDR_SIZE];
	int sv[2], rc;

	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0,
	    sv), 0);
	assert_true((*pid = fork()) >= 0);
	if (*pid == 0) {
		close(sv[0]);
		if (hints_tx >= 0)
			close(hints_tx);
		extract_limits_default(&lim);
		if ((in = inspector_new(&lim)) == NULL)
			_exit(1);
		rc = worker_run(sv[1], hints, in, 30, NULL, NULL);
		inspector_free(in);
		_exit(rc == 0 ? 0 : rc == -EPROTO ? 42 : 1);
	}
	close(sv[1]);
	assert_int_equal(recv(sv[0], hdr, sizeof(hdr), MSG_WAITALL),
	    (ssize_t)sizeof(hdr));
	return sv[0];
}

static int
start_loop(pid_t *pid)
{
	return start_loop_hints(pid, -1, -1);
}

/* nframes requests for f0, f1, ... (seq first + 1, first + 2, ...) in
 * one message with nfds descriptors (of f0, f1, ...) attached; their
 * names pad bytes longer than "fN.txt" (a folder in front). */
static void
send_batch_at(int sock, int first, int nframes, int nfds, size_t pad)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(32 * sizeof(int))];
	} ctl;
	static uint8_t buf[32 * (WORKER_HDR_SIZE + WORKER_REQ_FIXED +
	    WORKER_MAX_NAME)];
	uint8_t *req;
	struct worker_hdr h = { WORKER_REQ_FILE, 0, 0, 0, 0 };
	struct iovec iov;
	struct msghdr mh;
	struct cmsghdr *c;
	char path[256], rel[WORKER_MAX_NAME + 1];
	struct stat st;
	size_t off = 0, len;
	int fds[32], i;

	assert_true(nframes <= 32 && nfds <= 32 && pad + 16 < sizeof(rel));
	memset(rel, 'd', pad);
	if (pad > 0)
		rel[pad - 1] = '/';
	for (i = 0; i < nframes || i < nfds; i++) {
		snprintf(path, sizeof(path), "%s/f%d.txt", dir, i % NFILES);
		snprintf(rel + pad, sizeof(rel) - pad, "f%d.txt", i % NFILES);
		assert_int_equal(stat(path, &st), 0);
		if (i < nfds)
			assert_true((fds[i] = open(path, O_RDONLY)) >= 0);
		if (i >= nframes)
			continue;
		assert_int_equal(worker_req_pack(&st, rel, &req, &len), 0);
		h.seq = (uint64_t)(first + i) + 1;
		h.len = (uint32_t)len;
		worker_hdr_pack(&h, buf + off);
		memcpy(buf + off + WORKER_HDR_SIZE, req, len);
		off += WORKER_HDR_SIZE + len;
		free(req);
	}
	memset(&mh, 0, sizeof(mh));
	memset(&ctl, 0, sizeof(ctl));
	iov.iov_base = buf;
	iov.iov_len = off;
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	if (nfds > 0) {
		mh.msg_control = ctl.buf;
		mh.msg_controllen = CMSG_SPACE((size_t)nfds * sizeof(int));
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN((size_t)nfds * sizeof(int));
		memcpy(CMSG_DATA(c), fds, (size_t)nfds * sizeof(int));
	}
	assert_int_equal(sendmsg(sock, &mh, MSG_NOSIGNAL), (ssize_t)off);
	for (i = 0; i < nfds; i++)
		close(fds[i]);
}

static void
send_batch(int sock, int nframes, int nfds)
{
	send_batch_at(sock, 0, nframes, nfds, 0);
}

/* Read nrep replies, facts for seq 1..nrep in order, then what the loop ended
 * with: exit status want, the socket at EOF. */
static void
expect_replies(int sock, pid_t pid, int nrep, int want)
{
	uint8_t hdr[WORKER_HDR_SIZE], *payload;
	struct worker_hdr h;
	ssize_t n;
	int i, status;

	for (i = 0; i < nrep; i++) {
		assert_int_equal(recv(sock, hdr, sizeof(hdr), MSG_WAITALL),
		    (ssize_t)sizeof(hdr));
		assert_int_equal(worker_hdr_unpack(hdr, 1 << 26, &h), 0);
		assert_int_equal(h.type, WORKER_REP_FACTS);
		assert_int_equal(h.seq, (uint64_t)i + 1);
		assert_non_null(payload = malloc(h.len + 1));
		assert_int_equal(recv(sock, payload, h.len, MSG_WAITALL),
		    (ssize_t)h.len);
		free(payload);
	}
	if (want == 0)
		shutdown(sock, SHUT_WR);        /* done: the loop ends */
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), want);
	/* Nothing more: EOF, or a reset when it left requests unread. */
	n = recv(sock, hdr, sizeof(hdr), 0);
	assert_true(n == 0 || (n < 0 && errno == ECONNRESET));
	close(sock);
}

/* CPU ticks pid has used. */
static long
cpu_ticks(pid_t pid)
{
	char p[64], buf[1024], *s;
	long ut = 0, st = 0;
	FILE *f;

	snprintf(p, sizeof(p), "/proc/%d/stat", (int)pid);
	assert_non_null(f = fopen(p, "r"));
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_non_null(s = strrchr(buf, ')'));
	/* After the name: state, then 10 fields, then utime and stime. */
	assert_int_equal(sscanf(s + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u "
	    "%*u %*u %ld %ld", &ut, &st), 2);
	return ut + st;
}

/*
 * A hints channel whose parent end is gone (a pool freed, a parent
 * that died) is dropped: the worker neither spins on it while it waits
 * for requests nor stops serving them.
 */
static void
test_hints_gone(void **state)
{
	pid_t pid;
	long t0;
	int hv[2], sock;

	(void)state;
	alarm(60);
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, 0, hv), 0);
	sock = start_loop_hints(&pid, hv[1], hv[0]);
	close(hv[1]);
	close(hv[0]);
	t0 = cpu_ticks(pid);
	usleep(300 * 1000);
	/* A loop on a readable end would have burnt the 300 ms. */
	assert_true(cpu_ticks(pid) - t0 < sysconf(_SC_CLK_TCK) / 10);
	send_batch(sock, 3, 3);
	expect_replies(sock, pid, 3, 0);
	alarm(0);
}

/* Send a hint message, len bytes of msg, with the n descriptors fds,
 * on the hints socket tx as pool_prefetch() would. */
static void
send_hint_msg(int tx, const uint8_t *msg, size_t len, const int *fds,
    size_t n)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(WORKER_BATCH_MAX * sizeof(int))];
	} ctl;
	struct iovec iov = { (void *)(uintptr_t)msg, len };
	struct msghdr mh;
	struct cmsghdr *c;

	assert_true(n >= 1 && n <= WORKER_BATCH_MAX);
	memset(&mh, 0, sizeof(mh));
	memset(&ctl, 0, sizeof(ctl));
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = ctl.buf;
	mh.msg_controllen = CMSG_SPACE(n * sizeof(int));
	c = CMSG_FIRSTHDR(&mh);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(n * sizeof(int));
	memcpy(CMSG_DATA(c), fds, n * sizeof(int));
	assert_int_equal(sendmsg(tx, &mh, MSG_NOSIGNAL), (ssize_t)len);
}

/*
 * Hint messages that do not parse (a hint unknown, the old bare tag,
 * another tag, too long) are dropped whole: nothing of their files is
 * asked of the disk, their descriptors are closed, and the worker goes
 * on taking hints and serving requests.
 */
static void
test_hints_malformed(void **state)
{
	uint8_t msg[WORKER_BATCH_MAX + 2];
	char junk[256], sync[256];
	int hv[2], sock, fds[2], i;
	pid_t pid;

	(void)state;
	if (uncached_file("junk.txt", junk) < 0 ||
	    uncached_file("sync.txt", sync) < 0) {
		unlink(junk);
		unlink(sync);
		skip();         /* it keeps them (tmpfs), or no fincore */
	}
	alarm(60);
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, 0, hv), 0);
	sock = start_loop_hints(&pid, hv[1], hv[0]);
	close(hv[1]);
	assert_true((fds[0] = open(junk, O_RDONLY | O_CLOEXEC)) >= 0);
	assert_true((fds[1] = open(junk, O_RDONLY | O_CLOEXEC)) >= 0);
	memset(msg, WORKER_HINT_FILE, sizeof(msg));
	msg[0] = WORKER_HINT_TAG;
	msg[2] = 0x7f;                                  /* no such hint */
	send_hint_msg(hv[0], msg, 3, fds, 2);
	send_hint_msg(hv[0], msg, 1, fds, 1);           /* the bare tag */
	send_hint_msg(hv[0], msg, 3, fds, 1);           /* a hint over */
	send_hint_msg(hv[0], msg, sizeof(msg), fds, 1); /* too long */
	msg[0] = 'x';
	send_hint_msg(hv[0], msg, 2, fds, 1);           /* not the tag */
	close(fds[0]);
	close(fds[1]);
	/* Then one that parses: once its file is in, those before it
	 * were taken (one queue, in order). */
	assert_true((fds[0] = open(sync, O_RDONLY | O_CLOEXEC)) >= 0);
	msg[0] = WORKER_HINT_TAG;
	send_hint_msg(hv[0], msg, 2, fds, 1);
	close(fds[0]);
	for (i = 0; i < 200 && cached_bytes(sync) < 65536; i++)
		usleep(10000);
	assert_true(cached_bytes(sync) >= 65536);
	assert_int_equal(cached_bytes(junk), 0);
	for (i = 0; i < 200 && held_open(pid) != 0; i++)
		usleep(10000);
	assert_int_equal(held_open(pid), 0);
	send_batch(sock, 3, 3);
	expect_replies(sock, pid, 3, 0);
	close(hv[0]);
	alarm(0);
	assert_int_equal(unlink(junk), 0);
	assert_int_equal(unlink(sync), 0);
}

/*
 * Several requests in one message, their descriptors with its first
 * byte: each frame takes the next.  A frame without one, descriptors
 * left over when the next batch comes, or more than a batch holds are
 * protocol errors: what came before is answered, then the loop stops.
 */
static void
test_batches(void **state)
{
	pid_t pid;
	int sock;

	(void)state;
	alarm(60);                      /* a loop that waits on: fail */
	sock = start_loop(&pid);
	send_batch(sock, 3, 3);
	expect_replies(sock, pid, 3, 0);

	sock = start_loop(&pid);
	send_batch(sock, WORKER_BATCH_MAX, WORKER_BATCH_MAX);
	expect_replies(sock, pid, WORKER_BATCH_MAX, 0);

	/* Batches sent before the worker reads any, one larger than what
	 * it reads at once (names near the longest): each frame still
	 * takes its own descriptor, in order. */
	sock = start_loop(&pid);
	send_batch_at(sock, 0, 3, 3, 0);
	send_batch_at(sock, 3, WORKER_BATCH_MAX, WORKER_BATCH_MAX,
	    WORKER_MAX_NAME - 16);
	send_batch_at(sock, 3 + WORKER_BATCH_MAX, 2, 2, 100);
	expect_replies(sock, pid, 5 + WORKER_BATCH_MAX, 0);

	/* Three frames, two descriptors. */
	sock = start_loop(&pid);
	send_batch(sock, 3, 2);
	expect_replies(sock, pid, 2, 42);

	/* One frame, two descriptors, then the next batch. */
	sock = start_loop(&pid);
	send_batch(sock, 1, 2);
	send_batch(sock, 1, 1);
	expect_replies(sock, pid, 1, 42);

	/* A frame and no descriptor at all. */
	sock = start_loop(&pid);
	send_batch(sock, 1, 0);
	expect_replies(sock, pid, 0, 42);

	/* More descriptors than a batch may have (MSG_CTRUNC). */
	sock = start_loop(&pid);
	send_batch(sock, WORKER_BATCH_MAX + 1, WORKER_BATCH_MAX + 1);
	expect_replies(sock, pid, 0, 42);
	alarm(0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_protocol_checks),
		cmocka_unit_test(test_batches),
		cmocka_unit_test(test_same_as_in_process),
		cmocka_unit_test(test_nonblock_cleared),
		cmocka_unit_test(test_kept_until_idle),
		cmocka_unit_test(test_parent_closes_when_idle),
		cmocka_unit_test(test_fd_budget),
		cmocka_unit_test(test_hints_parse),
		cmocka_unit_test(test_prefetch_hints),
		cmocka_unit_test(test_hints_gone),
		cmocka_unit_test(test_hints_malformed),
		cmocka_unit_test(test_crash),
		cmocka_unit_test(test_killed_mid_file),
		cmocka_unit_test(test_out_of_memory),
		cmocka_unit_test(test_timeout),
		cmocka_unit_test(test_timeout_behind_quick),
		cmocka_unit_test(test_no_write),
		cmocka_unit_test(test_no_socket),
		cmocka_unit_test(test_shipped_worker_refuses_hooks),
		cmocka_unit_test(test_recycle),
		cmocka_unit_test(test_helper_sandboxed),
		cmocka_unit_test(test_bad_worker),
		cmocka_unit_test(test_private_doc),
		cmocka_unit_test(test_not_root),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
