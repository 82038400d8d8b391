/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_walkahead.c - a walk run ahead in a thread reports exactly what
 * the same walk in the calling thread reports, in the same order, with
 * every queue length; it stops when told, and leaks no descriptor.  A
 * walk that opens (WALKAHEAD_OPEN) hands every file over open, as the
 * file its stat names, and closes those nobody took.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/walkahead.h"
#include "evidenced/walker.h"

#define N_DIRS 5
#define N_FILES 150             /* per directory: chunks fill and wrap */

static char tree[64];
static unsigned wa_flags;       /* of the walks ahead: WALKAHEAD_* */
static const struct walkahead_hint *wa_hint;    /* theirs, or NULL */

/* What the caller's callbacks were told, as lines, in order. */
struct log {
	char **lines;
	size_t n, cap;
	size_t stop_after;      /* >0: file returns 7 after that many files */
	size_t files;
	size_t opened;          /* files handed over open */
	pthread_t caller;
};

/* The walk thread's own (dctx). */
struct dlog {
	struct log log;
	pthread_t caller;
	bool other_thread;      /* descend ran outside the caller's thread */
};

static void
log_add(struct log *l, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	assert_int_not_equal(vasprintf(&s, fmt, ap), -1);
	va_end(ap);
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->lines = realloc(l->lines, l->cap * sizeof(*l->lines));
		assert_non_null(l->lines);
	}
	l->lines[l->n++] = s;
}

static void
log_free(struct log *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->lines[i]);
	free(l->lines);
	memset(l, 0, sizeof(*l));
}

static int
on_file(const struct walk_entry *e, void *ctx)
{
	struct log *l = ctx;
	const char *slash = strrchr(e->relpath, '/');

	assert_true(pthread_equal(pthread_self(), l->caller));
	assert_ptr_equal(e->name, slash != NULL ? slash + 1 : e->relpath);
	assert_true(S_ISREG(e->st.st_mode));
	log_add(l, "F %s %lu %lld", e->relpath, (unsigned long)e->st.st_ino,
	    (long long)e->st.st_size);
	if (e->fd >= 0) {
		struct stat st;
		char c;

		/* The very file, read from its start (O_NONBLOCK kept). */
		assert_int_equal(fstat(e->fd, &st), 0);
		assert_int_equal(st.st_ino, e->st.st_ino);
		assert_int_equal(st.st_dev, e->st.st_dev);
		assert_int_equal(e->fst.st_ino, e->st.st_ino);
		assert_int_equal(e->fst.st_size, e->st.st_size);
		assert_true(fcntl(e->fd, F_GETFL) & O_NONBLOCK);
		assert_int_equal(read(e->fd, &c, 1), 1);
		assert_true(c == 'o' || c == 'e' || c == 'd' || c == 'x');
		close(e->fd);
		l->opened++;
	}
	if (l->stop_after > 0 && ++l->files >= l->stop_after)
		return 7;
	return 0;
}

static void
on_problem(const char *relpath, int err, const char *what, void *ctx)
{
	struct log *l = ctx;

	assert_true(pthread_equal(pthread_self(), l->caller));
	log_add(l, "P %s|%s|%d", relpath, what, err);
}

static bool
on_descend(const char *relpath, void *ctx)
{
	struct dlog *d = ctx;

	if (!pthread_equal(pthread_self(), d->caller))
		d->other_thread = true;
	log_add(&d->log, "D %s", relpath);
	return strcmp(relpath, "skip") != 0;
}

/* Make rel in the tree: 'd' a directory, 'f' a file holding arg, 'l' a
 * symlink to arg. */
static void
mk(char type, const char *rel, const char *arg)
{
	char path[4096];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	switch (type) {
	case 'd':
		assert_int_equal(mkdir(path, 0755), 0);
		break;
	case 'l':
		assert_int_equal(symlink(arg, path), 0);
		break;
	default:
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
		assert_true(fd >= 0);
		assert_int_equal(write(fd, arg, strlen(arg)),
		    (ssize_t)strlen(arg));
		close(fd);
	}
}

/* remove() takes files, links, the FIFO and (emptied) directories. */
static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int
setup_tree(void **state)
{
	char rel[256], path[4096];
	int d, i;

	(void)state;
	strcpy(tree, "/tmp/evwa.XXXXXX");
	if (mkdtemp(tree) == NULL)
		return -1;
	for (d = 0; d < N_DIRS; d++) {
		snprintf(rel, sizeof(rel), "部门%02d", d);
		mk('d', rel, NULL);
		for (i = 0; i < N_FILES; i++) {
			snprintf(rel, sizeof(rel), "部门%02d/记录%03d.txt", d, i);
			mk('f', rel, i % 2 ? "odd" : "even!");
		}
	}
	mk('d', "部门01/sub", NULL);
	mk('f', "部门01/sub/深.txt", "deep");
	mk('d', "skip", NULL);
	mk('f', "skip/hidden.txt", "x");
	mk('l', "部门02/loop", "..");
	mk('l', "dangling", "nowhere");
	mk('l', "etc", "/etc");
	mk('l', "link.txt", "部门00/记录001.txt");
	snprintf(path, sizeof(path), "%s/fifo", tree);
	assert_int_equal(mkfifo(path, 0644), 0);
	return 0;
}

static int
teardown_tree(void **state)
{
	(void)state;
	return nftw(tree, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static int
count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	assert_non_null(d);
	while (readdir(d) != NULL)
		n++;
	closedir(d);
	return n;
}

/* The reference walk: walker.c in this thread, descend logged to dl. */
struct ref_ctx {
	struct log *l;
	struct dlog *dl;
};

static int
ref_file(const struct walk_entry *e, void *ctx)
{
	return on_file(e, ((struct ref_ctx *)ctx)->l);
}

static void
ref_problem(const char *relpath, int err, const char *what, void *ctx)
{
	on_problem(relpath, err, what, ((struct ref_ctx *)ctx)->l);
}

static bool
ref_descend(const char *relpath, void *ctx)
{
	return on_descend(relpath, ((struct ref_ctx *)ctx)->dl);
}

/* Walk subdir of the tree ahead (ahead == REF: walker.c alone, in this
 * thread): the caller's lines into *l, descend's into *dl. */
#define REF SIZE_MAX

static int
walk(const char *subdir, size_t ahead, size_t stop_after, struct log *l,
    struct dlog *dl)
{
	struct ref_ctx ref = { l, dl };
	struct walk_callbacks cb;
	int rootfd, rc;

	memset(l, 0, sizeof(*l));
	memset(dl, 0, sizeof(*dl));
	l->stop_after = stop_after;
	l->caller = pthread_self();
	dl->caller = pthread_self();
	rootfd = open(tree, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(rootfd >= 0);
	memset(&cb, 0, sizeof(cb));
	if (ahead == REF) {
		cb.file = ref_file;
		cb.problem = ref_problem;
		cb.descend = ref_descend;
		cb.ctx = &ref;
		rc = walk_tree_at(rootfd, tree, subdir, &cb);
	} else {
		cb.file = on_file;
		cb.problem = on_problem;
		cb.ctx = l;
		rc = walk_tree_ahead(rootfd, tree, subdir, &cb, on_descend, dl,
		    ahead, wa_flags, wa_hint);
	}
	close(rootfd);
	return rc;
}

static void
assert_same(const struct log *a, const struct log *b)
{
	size_t i;

	assert_int_equal(a->n, b->n);
	for (i = 0; i < a->n; i++)
		assert_string_equal(a->lines[i], b->lines[i]);
}

static void
test_same_as_walker(void **state)
{
	static const size_t aheads[] = { 1, 2, 3, 63, 64, 65, 500, 0 };
	struct log ref, got;
	struct dlog dref, dgot;
	size_t i;
	int fds = count_fds(), rc;

	(void)state;
	rc = walk("", REF, 0, &ref, &dref);
	assert_int_equal(rc, 0);
	/* The tree as built: every file, the problems, the skipped dir. */
	assert_int_equal(ref.n, N_DIRS * N_FILES + 1 + 1 + 4);
	assert_int_equal(dref.log.n, N_DIRS + 2);
	assert_false(dref.other_thread);
	/* With prefetch too: the same calls, and the files' first pages
	 * asked of the disk (nothing to see but that nothing changes); a
	 * walk that opens hands every file over open. */
	for (i = 0; i < 3 * sizeof(aheads) / sizeof(aheads[0]); i++) {
		static const unsigned fl[] = { 0, WALKAHEAD_PREFETCH,
		    WALKAHEAD_OPEN };

		wa_flags = fl[i / (sizeof(aheads) / sizeof(aheads[0]))];
		rc = walk("", aheads[i % (sizeof(aheads) / sizeof(aheads[0]))],
		    0, &got, &dgot);
		assert_int_equal(rc, 0);
		assert_same(&ref, &got);
		assert_same(&dref.log, &dgot.log);
		assert_true(dgot.other_thread);
		assert_int_equal(got.opened, wa_flags & WALKAHEAD_OPEN ?
		    N_DIRS * N_FILES + 2 : 0);
		log_free(&got);
		log_free(&dgot.log);
	}
	wa_flags = 0;
	log_free(&ref);
	log_free(&dref.log);
	assert_int_equal(count_fds(), fds);
}

static void
test_subdir_and_errors(void **state)
{
	struct log ref, got;
	struct dlog dref, dgot;
	int fds = count_fds();

	(void)state;
	assert_int_equal(walk("部门01", REF, 0, &ref, &dref), 0);
	assert_int_equal(walk("部门01", 5, 0, &got, &dgot), 0);
	assert_int_equal(ref.n, N_FILES + 1);
	assert_same(&ref, &got);
	assert_same(&dref.log, &dgot.log);
	log_free(&ref);
	log_free(&got);
	log_free(&dref.log);
	log_free(&dgot.log);
	/* A subdir that is not there, or leaves the share: the walk's own
	 * error, nothing reported. */
	assert_int_equal(walk("nothere", REF, 0, &ref, &dref), -ENOENT);
	assert_int_equal(walk("nothere", 0, 0, &got, &dgot), -ENOENT);
	assert_int_equal(got.n, 0);
	assert_int_equal(walk("etc", 0, 0, &got, &dgot), -EXDEV);
	assert_int_equal(got.n, 0);
	log_free(&ref);
	log_free(&got);
	log_free(&dref.log);
	log_free(&dgot.log);
	assert_int_equal(count_fds(), fds);
}

static void
test_stop(void **state)
{
	static const size_t aheads[] = { 1, 7, 64, 0 };
	static const size_t stops[] = { 1, 63, 64, 65, 400 };
	struct log ref, got;
	struct dlog dref, dgot;
	size_t i, j;
	int fds = count_fds();

	(void)state;
	for (j = 0; j < sizeof(stops) / sizeof(stops[0]); j++) {
		assert_int_equal(walk("", REF, stops[j], &ref, &dref), 7);
		for (i = 0; i < 2 * sizeof(aheads) / sizeof(aheads[0]); i++) {
			/* A walk that opens closes what it opened ahead. */
			wa_flags = i < sizeof(aheads) / sizeof(aheads[0]) ?
			    0 : WALKAHEAD_OPEN;
			assert_int_equal(walk("", aheads[i % (sizeof(aheads) /
			    sizeof(aheads[0]))], stops[j], &got, &dgot), 7);
			/* Nothing reported after the stop. */
			assert_int_equal(got.files, stops[j]);
			assert_int_equal(got.opened, wa_flags ? stops[j] : 0);
			assert_same(&ref, &got);
			log_free(&got);
			log_free(&dgot.log);
		}
		log_free(&ref);
		log_free(&dref.log);
	}
	wa_flags = 0;
	assert_int_equal(count_fds(), fds);
}

/* What a hint was given (walk thread; read once the walk is over). */
struct hints_seen {
	ino_t ino[N_DIRS * N_FILES + 8];
	size_t n, calls, max_batch, bad;
	int ret;                /* what the hint returns */
};

static int
hint_record(const int *fds, const char *const *relpaths, size_t n, void *ctx)
{
	struct hints_seen *h = ctx;
	struct stat st, nst;
	char path[512];
	size_t i;

	/* No cmocka asserts outside the test's thread: counted instead. */
	h->calls++;
	if (n > h->max_batch)
		h->max_batch = n;
	for (i = 0; i < n; i++) {
		/* Open still: the caller has not had it yet. */
		/* relpaths[i] names the file open at fds[i]. */
		if (fstat(fds[i], &st) != 0 || !S_ISREG(st.st_mode) ||
		    relpaths[i] == NULL || snprintf(path, sizeof(path),
		    "%s/%s", tree, relpaths[i]) >= (int)sizeof(path) ||
		    stat(path, &nst) != 0 || nst.st_ino != st.st_ino ||
		    h->n == sizeof(h->ino) / sizeof(h->ino[0]))
			h->bad++;
		else
			h->ino[h->n++] = st.st_ino;
	}
	return h->ret;
}

static int
ino_cmp(const void *a, const void *b)
{
	ino_t x = *(const ino_t *)a, y = *(const ino_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * A walk that opens with a hint hands every file it opened to the hint
 * once, at most WALKAHEAD_HINT_MAX at a time, before the caller has it;
 * the caller's calls stay those of the walk alone, whether the hint
 * takes the files or refuses them (the walk thread asks the disk then).
 * A walk that does not open never calls it.
 */
static void
test_hint(void **state)
{
	static const size_t aheads[] = { 1, 63, 64, 65, 0 };
	static struct hints_seen seen;
	struct walkahead_hint hint = { hint_record, &seen };
	static ino_t want[N_DIRS * N_FILES + 8];
	struct log ref, got;
	struct dlog dref, dgot;
	size_t i, j, n;
	int fds = count_fds();

	(void)state;
	assert_int_equal(walk("", REF, 0, &ref, &dref), 0);
	/* The inodes of the files the walk reports, in order. */
	for (i = 0, n = 0; i < ref.n; i++) {
		unsigned long ino;

		if (sscanf(ref.lines[i], "F %*s %lu", &ino) == 1 &&
		    n < sizeof(want) / sizeof(want[0]))
			want[n++] = (ino_t)ino;
	}
	assert_int_equal(n, N_DIRS * N_FILES + 2);
	qsort(want, n, sizeof(want[0]), ino_cmp);
	wa_hint = &hint;
	for (i = 0; i < 2 * sizeof(aheads) / sizeof(aheads[0]); i++) {
		memset(&seen, 0, sizeof(seen));
		seen.ret = i % 2 == 0 ? 0 : -EAGAIN;
		wa_flags = WALKAHEAD_OPEN;
		assert_int_equal(walk("", aheads[i / 2], 0, &got, &dgot), 0);
		assert_same(&ref, &got);
		assert_int_equal(got.opened, N_DIRS * N_FILES + 2);
		assert_int_equal(seen.bad, 0);
		assert_int_equal(seen.n, got.opened);
		assert_true(seen.max_batch >= 1 &&
		    seen.max_batch <= WALKAHEAD_HINT_MAX);
		/* Each file once (the link in the share is a second name
		 * of a file: its inode comes twice in both). */
		qsort(seen.ino, seen.n, sizeof(seen.ino[0]), ino_cmp);
		for (j = 0; j < seen.n; j++)
			assert_int_equal(seen.ino[j], want[j]);
		log_free(&got);
		log_free(&dgot.log);
	}
	memset(&seen, 0, sizeof(seen));
	wa_flags = WALKAHEAD_PREFETCH;
	assert_int_equal(walk("", 0, 0, &got, &dgot), 0);
	assert_same(&ref, &got);
	assert_int_equal(seen.calls, 0);
	log_free(&got);
	log_free(&dgot.log);
	wa_flags = 0;
	wa_hint = NULL;
	log_free(&ref);
	log_free(&dref.log);
	assert_int_equal(count_fds(), fds);
}

/* Pages of the file at path in the page cache, of its first n. */
static size_t
resident(const char *path, size_t n)
{
	long pg = sysconf(_SC_PAGESIZE);
	unsigned char vec[64];
	size_t i, in = 0;
	void *m;
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0 && n <= sizeof(vec));
	m = mmap(NULL, n * (size_t)pg, PROT_READ, MAP_SHARED, fd, 0);
	assert_true(m != MAP_FAILED);
	assert_int_equal(mincore(m, n * (size_t)pg, vec), 0);
	for (i = 0; i < n; i++)
		in += vec[i] & 1;
	munmap(m, n * (size_t)pg);
	close(fd);
	return in;
}

static void
test_prefetch(void **state)
{
	char path[4096], big[64 << 10];
	size_t pages = WALKAHEAD_PREFETCH_BYTES / 4096, i;
	int fd, rootfd, fds = count_fds();

	(void)state;
	memset(big, 'x', sizeof(big));
	snprintf(path, sizeof(path), "%s/部门03/大.txt", tree);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, big, sizeof(big)), (ssize_t)sizeof(big));
	assert_int_equal(fsync(fd), 0);
	/* Clean pages leave the cache when told. */
	assert_int_equal(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
	close(fd);
	if (resident(path, 16) != 0) {
		skip();         /* a file system that keeps them (tmpfs) */
		return;
	}
	rootfd = open(tree, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(rootfd >= 0);
	share_prefetch(rootfd, "部门03/大.txt", WALKAHEAD_PREFETCH_BYTES);
	/* The reads were started: they land soon. */
	for (i = 0; i < 200 && resident(path, pages) < pages; i++)
		usleep(5000);
	assert_int_equal(resident(path, pages), pages);
	/* A FIFO, a link out of the share, nothing there: no block, no
	 * descriptor left open. */
	share_prefetch(rootfd, "fifo", WALKAHEAD_PREFETCH_BYTES);
	share_prefetch(rootfd, "etc/passwd", WALKAHEAD_PREFETCH_BYTES);
	share_prefetch(rootfd, "nothere", WALKAHEAD_PREFETCH_BYTES);
	close(rootfd);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(count_fds(), fds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_as_walker),
		cmocka_unit_test(test_subdir_and_errors),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_hint),
		cmocka_unit_test(test_prefetch),
	};

	return cmocka_run_group_tests(tests, setup_tree, teardown_tree);
}
