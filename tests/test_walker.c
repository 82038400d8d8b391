/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_walker.c - walking a hostile share and opening files on it.
 *
 * This file includes src/walker.c itself rather than linking it from
 * libevidenced.a, so that the ENOSYS fallback (kernels without openat2,
 * seccomp filters) can be forced and tested too; the archive's walker.o
 * is then never pulled in, as the test already defines its symbols.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../src/walker.c"

#define DEEP_LEVELS 70          /* > WALK_MAX_DEPTH */
#define MAX_SEEN 256

struct seen {
	char *files[MAX_SEEN];
	ino_t inos[MAX_SEEN];
	size_t n_files;
	char *problems[MAX_SEEN];       /* "relpath|what|err" */
	size_t n_problems;
	char *descended[MAX_SEEN];
	size_t n_descended;
	int stop_after;                 /* >0: stop with 7 after n files */
	size_t n_open;                  /* files reported open */
	bool open[MAX_SEEN];            /* files[i] was */
};

static char tree[64];

static int
on_file(const struct walk_entry *e, void *ctx)
{
	struct seen *s = ctx;
	const char *slash = strrchr(e->relpath, '/');

	/* name points into relpath at the base name. */
	assert_ptr_equal(e->name, slash != NULL ? slash + 1 : e->relpath);
	assert_true(S_ISREG(e->st.st_mode));
	assert_true(s->n_files < MAX_SEEN);
	s->inos[s->n_files] = e->st.st_ino;
	s->open[s->n_files] = e->fd >= 0;
	if (e->fd >= 0) {
		struct stat st;

		/* The very file, open without blocking, its stat given. */
		assert_int_equal(fstat(e->fd, &st), 0);
		assert_int_equal(st.st_ino, e->st.st_ino);
		assert_int_equal(e->fst.st_ino, e->st.st_ino);
		assert_true(S_ISREG(e->fst.st_mode));
		assert_true(fcntl(e->fd, F_GETFL) & O_NONBLOCK);
		close(e->fd);
		s->n_open++;
	}
	s->files[s->n_files++] = strdup(e->relpath);
	if (s->stop_after > 0 && (int)s->n_files >= s->stop_after)
		return 7;
	return 0;
}

static bool
on_descend(const char *relpath, void *ctx)
{
	struct seen *s = ctx;

	assert_true(s->n_descended < MAX_SEEN);
	s->descended[s->n_descended++] = strdup(relpath);
	return strcmp(relpath, "skip") != 0;
}

static void
on_problem(const char *relpath, int err, const char *what, void *ctx)
{
	struct seen *s = ctx;
	char *p;

	assert_true(s->n_problems < MAX_SEEN);
	assert_int_not_equal(asprintf(&p, "%s|%s|%d", relpath, what, err), -1);
	s->problems[s->n_problems++] = p;
}

static void
seen_free(struct seen *s)
{
	size_t i;

	for (i = 0; i < s->n_files; i++)
		free(s->files[i]);
	for (i = 0; i < s->n_problems; i++)
		free(s->problems[i]);
	for (i = 0; i < s->n_descended; i++)
		free(s->descended[i]);
	memset(s, 0, sizeof(*s));
}

static void
xwrite(const char *rel, const char *content)
{
	char path[4096];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, strlen(content)),
	    (ssize_t)strlen(content));
	close(fd);
}

static void
xmkdir(const char *rel)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	assert_int_equal(mkdir(path, 0755), 0);
}

static void
xsymlink(const char *target, const char *rel)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	assert_int_equal(symlink(target, path), 0);
}

static ino_t
ino_of(const char *rel)
{
	char path[4096];
	struct stat st;

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	assert_int_equal(stat(path, &st), 0);
	return st.st_ino;
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		return rmdir(path) < 0 ? -1 : 0;
	return unlink(path) < 0 ? -1 : 0;
}

static int
chmod_one(const char *path, const struct stat *st, int flag,
    struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_D || flag == FTW_DNR)
		chmod(path, 0755);
	return 0;
}

static void
rm_tree(void)
{
	nftw(tree, chmod_one, 16, FTW_PHYS);
	assert_int_equal(nftw(tree, rm_one, 16, FTW_DEPTH | FTW_PHYS), 0);
}

static int
setup_tree(void **state)
{
	struct sockaddr_un sun;
	char rel[4096], abs_target[4096];
	size_t len;
	int i, s;

	(void)state;
	strcpy(tree, "/tmp/evw.XXXXXX");
	if (mkdtemp(tree) == NULL)
		return -1;
	chmod(tree, 0755);

	xmkdir("文档");
	xmkdir("文档/制度");
	xwrite("文档/制度/管理制度.docx", "not really a docx");
	xwrite("文档/空.txt", "");
	xmkdir("a");
	xwrite("a/file.txt", "hello");
	xsymlink("..", "a/b");                          /* loop */
	snprintf(abs_target, sizeof(abs_target), "%s/a/file.txt", tree);
	xsymlink(abs_target, "abs");                    /* absolute, inside */
	xsymlink("nowhere", "dangling");
	xsymlink("/etc", "etc");                        /* leaves */
	xsymlink("../..", "up");                        /* leaves by .. */
	xsymlink("文档/制度/管理制度.docx", "link.txt"); /* file inside */
	xsymlink("文档", "linkdir");                    /* dir inside */
	xmkdir("skip");
	xwrite("skip/hidden.txt", "x");
	xwrite("\xb7\xfe\xce\xf1.txt", "gbk name");

	snprintf(rel, sizeof(rel), "%s/fifo", tree);
	if (mkfifo(rel, 0644) < 0)
		return -1;
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s/sock", tree);
	if ((s = socket(AF_UNIX, SOCK_STREAM, 0)) < 0 ||
	    bind(s, (struct sockaddr *)&sun, sizeof(sun)) < 0)
		return -1;
	close(s);

	strcpy(rel, "deep");
	xmkdir(rel);
	xwrite("deep/f.txt", "top of the deep tree");
	for (i = 0; i < DEEP_LEVELS; i++) {
		len = strlen(rel);
		snprintf(rel + len, sizeof(rel) - len, "/d");
		xmkdir(rel);
	}
	strncat(rel, "/bottom.txt", sizeof(rel) - strlen(rel) - 1);
	xwrite(rel, "never reached");
	return 0;
}

static int
teardown_tree(void **state)
{
	(void)state;
	rm_tree();
	return 0;
}

static char *
too_deep_path(void)
{
	char *p = malloc(4 + 2 * (WALK_MAX_DEPTH - 1) + 1);
	int i;

	assert_non_null(p);
	strcpy(p, "deep");
	/* The directory with WALK_MAX_DEPTH components is the first one
	 * refused. */
	for (i = 1; i < WALK_MAX_DEPTH; i++)
		strcat(p, "/d");
	return p;
}

static void
assert_list(char *const *got, size_t n, const char *const *want, size_t nw)
{
	size_t i;

	for (i = 0; i < n || i < nw; i++) {
		if (i >= n)
			fail_msg("missing [%zu] %s", i, want[i]);
		if (i >= nw)
			fail_msg("unexpected [%zu] %s", i, got[i]);
		if (strcmp(got[i], want[i]) != 0)
			fail_msg("[%zu] got %s want %s", i, got[i], want[i]);
	}
}

/* Walk the tree with flags: what test_walk_tree() expects. */
static void
walk_tree_with(unsigned flags)
{
	static const char *const want_files[] = {
		"a/file.txt",
		"deep/f.txt",
		"link.txt",
		"linkdir/制度/管理制度.docx",
		"linkdir/空.txt",
		"\xb7\xfe\xce\xf1.txt",
		"文档/制度/管理制度.docx",
		"文档/空.txt",
	};
	struct walk_callbacks cb = { on_file, on_descend, on_problem, NULL, 0 };
	struct seen s;
	char *deep = too_deep_path(), *want_problems[9];
	size_t i;
	int rc;

	memset(&s, 0, sizeof(s));
	cb.ctx = &s;
	cb.flags = flags;
	want_problems[0] = strdup("a/b|symlink loop|40");
	want_problems[1] = strdup("abs|symlink into the share by an "
	    "absolute or \"..\" path (not followed)|18");
	want_problems[2] = strdup("dangling|dangling symlink|2");
	assert_int_not_equal(asprintf(&want_problems[3], "%s|too deep|0",
	    deep), -1);
	want_problems[4] = strdup("etc|symlink leaves the share|18");
	want_problems[5] = strdup("fifo|not a regular file (FIFO)|0");
	want_problems[6] = strdup("sock|not a regular file (socket)|0");
	want_problems[7] = strdup("up|symlink leaves the share|18");

	alarm(30);      /* a FIFO opened by mistake would block forever */
	rc = walk_tree(tree, &cb);
	alarm(0);
	assert_int_equal(rc, 0);
	assert_list(s.files, s.n_files, want_files,
	    sizeof(want_files) / sizeof(want_files[0]));
	assert_list(s.problems, s.n_problems,
	    (const char *const *)want_problems, 8);

	/* A symlinked file carries the target's stat. */
	assert_int_equal(s.inos[2], ino_of("文档/制度/管理制度.docx"));
	assert_int_equal(s.inos[0], ino_of("a/file.txt"));
	/* Opened: each file the directory says is one, not the link. */
	for (i = 0; i < s.n_files; i++)
		assert_int_equal(s.open[i], (flags & WALK_OPEN_FILES) &&
		    strcmp(s.files[i], "link.txt") != 0);
	assert_int_equal(s.n_open, flags & WALK_OPEN_FILES ? 7 : 0);

	/* skip was offered and refused; its file never showed up. */
	for (i = 0; i < s.n_descended; i++)
		if (strcmp(s.descended[i], "skip") == 0)
			break;
	assert_true(i < s.n_descended);
	for (i = 0; i < s.n_descended; i++)
		assert_string_not_equal(s.descended[i], "a/b");

	for (i = 0; i < 8; i++)
		free(want_problems[i]);
	free(deep);
	seen_free(&s);
}

static void
test_walk_tree(void **state)
{
	(void)state;
	walk_tree_with(0);
	/* A walk that opens reports the same, the files open. */
	walk_tree_with(WALK_OPEN_FILES);
}

static void
test_walk_stop_and_errors(void **state)
{
	struct walk_callbacks cb = { on_file, NULL, on_problem, NULL, 0 };
	struct seen s;
	char path[4096];

	(void)state;
	memset(&s, 0, sizeof(s));
	s.stop_after = 2;
	cb.ctx = &s;
	assert_int_equal(walk_tree(tree, &cb), 7);
	assert_int_equal(s.n_files, 2);
	seen_free(&s);

	assert_int_equal(walk_tree("/nonexistent/evidenced", &cb), -ENOENT);
	snprintf(path, sizeof(path), "%s/a/file.txt", tree);
	assert_int_equal(walk_tree(path, &cb), -ENOTDIR);
	assert_int_equal(s.n_files, 0);
	seen_free(&s);
}

/* Every fd the walk opened was closed again. */
static void
test_walk_no_fd_leak(void **state)
{
	struct walk_callbacks cb = { NULL, NULL, NULL, NULL, 0 };
	int before, after;

	(void)state;
	before = dup(0);
	close(before);
	assert_int_equal(walk_tree(tree, &cb), 0);
	cb.flags = WALK_OPEN_FILES;     /* no callback to take them */
	assert_int_equal(walk_tree(tree, &cb), 0);
	after = dup(0);
	close(after);
	assert_int_equal(before, after);
}

/* Two walks from the same root descriptor report the same: the root's
 * entries are read from its start each time, though the walk reads them
 * from a duplicate of rootfd, which shares its offset. */
static void
test_walk_same_rootfd_twice(void **state)
{
	struct walk_callbacks cb = { on_file, NULL, on_problem, NULL, 0 };
	struct seen s1, s2;
	size_t i;
	int rootfd;

	(void)state;
	memset(&s1, 0, sizeof(s1));
	memset(&s2, 0, sizeof(s2));
	rootfd = open(tree, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(rootfd >= 0);
	alarm(30);
	cb.ctx = &s1;
	assert_int_equal(walk_tree_at(rootfd, tree, "", &cb), 0);
	cb.ctx = &s2;
	cb.flags = WALK_OPEN_FILES;
	assert_int_equal(walk_tree_at(rootfd, tree, "", &cb), 0);
	alarm(0);
	assert_true(s1.n_files > 0);
	assert_int_equal(s2.n_files, s1.n_files);
	for (i = 0; i < s1.n_files; i++)
		assert_string_equal(s2.files[i], s1.files[i]);
	assert_int_equal(s2.n_problems, s1.n_problems);
	close(rootfd);
	seen_free(&s1);
	seen_free(&s2);
}

#define BIG_DIR_FILES 700       /* 80-byte names: ~78 KB of entries */

struct counted {
	size_t n;
	char last[128];
	bool unsorted;
};

static int
on_count(const struct walk_entry *e, void *ctx)
{
	struct counted *c = ctx;

	if (e->fd >= 0)
		close(e->fd);
	if (c->n > 0 && strcmp(c->last, e->relpath) >= 0)
		c->unsorted = true;
	snprintf(c->last, sizeof(c->last), "%s", e->relpath);
	c->n++;
	return 0;
}

/* A directory whose entries take several reads (read_names() reads
 * READ_NAMES_BUF bytes of them at a time): every name once, in order. */
static void
test_walk_big_dir(void **state)
{
	struct walk_callbacks cb = { on_count, NULL, NULL, NULL, 0 };
	struct counted c;
	char dir[] = "/tmp/evidenced-bigdir-XXXXXX", path[256];
	unsigned flags;
	int i, fd;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < BIG_DIR_FILES; i++) {
		snprintf(path, sizeof(path), "%s/%04d-%075d", dir, i, 0);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		assert_true(fd >= 0);
		close(fd);
	}
	assert_true(BIG_DIR_FILES * (20 + 81) > 2 * READ_NAMES_BUF);
	for (flags = 0; flags <= WALK_OPEN_FILES; flags += WALK_OPEN_FILES) {
		memset(&c, 0, sizeof(c));
		cb.ctx = &c;
		cb.flags = flags;
		assert_int_equal(walk_tree(dir, &cb), 0);
		assert_int_equal(c.n, BIG_DIR_FILES);
		assert_false(c.unsorted);
	}
	for (i = 0; i < BIG_DIR_FILES; i++) {
		snprintf(path, sizeof(path), "%s/%04d-%075d", dir, i, 0);
		assert_int_equal(unlink(path), 0);
	}
	assert_int_equal(rmdir(dir), 0);
}

/* share_open_file_ex() (with the walk's stat of the name, or NULL): the
 * content, or want_rc. */
static void
check_seen(int rootfd, const char *rel, const struct stat *seen,
    unsigned flags, int want_rc, const char *content)
{
	struct stat st;
	char buf[64];
	ssize_t n;
	int fd = -2, rc, fl;

	alarm(10);
	rc = share_open_file_ex(rootfd, rel, seen, flags, &fd, &st);
	alarm(0);
	if (rc != want_rc)
		fail_msg("%s: rc %d (%s), want %d", rel, rc, strerror(-rc),
		    want_rc);
	if (rc < 0) {
		assert_int_equal(fd, -1);
		return;
	}
	assert_true(fd >= 0);
	assert_true(S_ISREG(st.st_mode));
	fl = fcntl(fd, F_GETFL);
	assert_int_equal(!!(fl & O_NONBLOCK), !!(flags & SHARE_OPEN_NONBLOCK));
	assert_int_equal(fl & O_ACCMODE, O_RDONLY);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	n = read(fd, buf, sizeof(buf) - 1);
	assert_true(n >= 0);
	buf[n] = '\0';
	assert_string_equal(buf, content);
	close(fd);
}

static void
check_open(int rootfd, const char *rel, int want_rc, const char *content)
{
	check_seen(rootfd, rel, NULL, 0, want_rc, content);
}

static void
open_cases(bool fallback)
{
	int rootfd;

	rootfd = open(tree, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(rootfd >= 0);
	check_open(rootfd, "a/file.txt", 0, "hello");
	check_open(rootfd, "./a//file.txt", 0, "hello");
	check_open(rootfd, "文档/制度/管理制度.docx", 0, "not really a docx");
	check_open(rootfd, "\xb7\xfe\xce\xf1.txt", 0, "gbk name");
	check_open(rootfd, "../x", -EXDEV, NULL);
	check_open(rootfd, "a/../../x", -EXDEV, NULL);
	check_open(rootfd, "/etc/passwd", -EXDEV, NULL);
	check_open(rootfd, "fifo", -EINVAL, NULL);
	check_open(rootfd, "sock", -EINVAL, NULL);
	check_open(rootfd, "文档", -EINVAL, NULL);
	check_open(rootfd, "", -EINVAL, NULL);
	check_open(rootfd, "missing.txt", -ENOENT, NULL);
	if (!fallback) {
		/* Links are followed only while they stay beneath. */
		check_open(rootfd, "link.txt", 0, "not really a docx");
		check_open(rootfd, "linkdir/制度/管理制度.docx", 0,
		    "not really a docx");
		check_open(rootfd, "a/b/a/file.txt", 0, "hello");
		check_open(rootfd, "etc/passwd", -EXDEV, NULL);
		check_open(rootfd, "up/etc/passwd", -EXDEV, NULL);
		check_open(rootfd, "abs", -EXDEV, NULL);
		check_open(rootfd, "dangling", -ENOENT, NULL);
		/* A stat through a link says what is at its end, out of the
		 * root too: the refusal stays the open's. */
		xsymlink("/dev/null", "devnull");
		xsymlink("fifo", "linkfifo");
		check_open(rootfd, "devnull", -EXDEV, NULL);
		check_open(rootfd, "linkfifo", -EINVAL, NULL);
		assert_int_equal(unlinkat(rootfd, "devnull", 0), 0);
		assert_int_equal(unlinkat(rootfd, "linkfifo", 0), 0);
	} else {
		/* Without openat2 no symlink is followed at all. */
		check_open(rootfd, "link.txt", -ELOOP, NULL);
		check_open(rootfd, "linkdir/空.txt", -ELOOP, NULL);
		check_open(rootfd, "etc/passwd", -ELOOP, NULL);
		check_open(rootfd, "abs", -ELOOP, NULL);
		check_open(rootfd, "dangling", -ELOOP, NULL);
		check_open(rootfd, "a/file.txt/x", -ENOTDIR, NULL);
	}
	close(rootfd);
}

static void
test_share_open_file(void **state)
{
	(void)state;
	open_cases(false);
}

/*
 * A stat from the walk spares the look before the open, but whatever is
 * found at the name by then (a FIFO, a link out, another file) gets the
 * answer the careful way gives: never a blocked open, never an escape.
 */
static void
test_open_seen(void **state)
{
	struct stat seen, fifo_st;
	int rootfd;

	(void)state;
	rootfd = open(tree, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(rootfd >= 0);
	assert_int_equal(fstatat(rootfd, "a/file.txt", &seen,
	    AT_SYMLINK_NOFOLLOW), 0);
	check_seen(rootfd, "a/file.txt", &seen, 0, 0, "hello");
	check_seen(rootfd, "a/file.txt", &seen, SHARE_OPEN_NONBLOCK, 0,
	    "hello");
	check_seen(rootfd, "a/file.txt", NULL, SHARE_OPEN_NONBLOCK, 0,
	    "hello");
	/* Through a link inside: the walk's stat is of its target. */
	assert_int_equal(fstatat(rootfd, "link.txt", &seen, 0), 0);
	check_seen(rootfd, "link.txt", &seen, 0, 0, "not really a docx");
	check_seen(rootfd, "../x", &seen, 0, -EXDEV, NULL);
	check_seen(rootfd, "abs", &seen, 0, -EXDEV, NULL);

	/* Seen as a regular file, then swapped. */
	xwrite("swap", "one");
	assert_int_equal(fstatat(rootfd, "swap", &seen, AT_SYMLINK_NOFOLLOW),
	    0);
	assert_int_equal(unlinkat(rootfd, "swap", 0), 0);
	assert_int_equal(mkfifoat(rootfd, "swap", 0644), 0);
	check_seen(rootfd, "swap", &seen, SHARE_OPEN_NONBLOCK, -EINVAL, NULL);
	assert_int_equal(unlinkat(rootfd, "swap", 0), 0);
	xsymlink("/etc/passwd", "swap");
	check_seen(rootfd, "swap", &seen, SHARE_OPEN_NONBLOCK, -EXDEV, NULL);
	assert_int_equal(unlinkat(rootfd, "swap", 0), 0);
	xsymlink("a/file.txt", "swap");
	check_seen(rootfd, "swap", &seen, SHARE_OPEN_NONBLOCK, 0, "hello");
	assert_int_equal(unlinkat(rootfd, "swap", 0), 0);
	/* Another file renamed over it (a save by an editor): read. */
	xwrite("swap", "one");
	assert_int_equal(fstatat(rootfd, "swap", &seen, AT_SYMLINK_NOFOLLOW),
	    0);
	xwrite("swap.new", "two");
	assert_int_equal(renameat(rootfd, "swap.new", rootfd, "swap"), 0);
	check_seen(rootfd, "swap", &seen, 0, 0, "two");
	assert_int_equal(unlinkat(rootfd, "swap", 0), 0);
	check_seen(rootfd, "swap", &seen, 0, -ENOENT, NULL);

	/* A stat that says "not a regular file" is no shortcut. */
	assert_int_equal(fstatat(rootfd, "fifo", &fifo_st,
	    AT_SYMLINK_NOFOLLOW), 0);
	check_seen(rootfd, "fifo", &fifo_st, 0, -EINVAL, NULL);
	close(rootfd);
}

static void
test_fallback(void **state)
{
	static const char *const want_files[] = {
		"a/file.txt",
		"deep/f.txt",
		"skip/hidden.txt",      /* no descend callback: walked */
		"\xb7\xfe\xce\xf1.txt",
		"文档/制度/管理制度.docx",
		"文档/空.txt",
	};
	struct walk_callbacks cb = { on_file, NULL, on_problem, NULL, 0 };
	struct seen s;
	size_t i, links = 0;

	(void)state;
	walker_no_openat2 = true;
	open_cases(true);

	memset(&s, 0, sizeof(s));
	cb.ctx = &s;
	assert_int_equal(walk_tree(tree, &cb), 0);
	/* No symlinked file or directory is reported... */
	assert_list(s.files, s.n_files, want_files,
	    sizeof(want_files) / sizeof(want_files[0]));
	/* ...and every symlink is a problem, once. */
	for (i = 0; i < s.n_problems; i++)
		if (strstr(s.problems[i],
		    "|symlink not followed (no openat2)|40") != NULL)
			links++;
	assert_int_equal(links, 7);  /* a/b abs dangling etc link.txt linkdir up */
	seen_free(&s);
	walker_no_openat2 = false;
}

/*
 * An unreadable directory.  root bypasses permissions, so when running as
 * root the walk runs in a child that dropped to nobody; the child reports
 * through its exit status.
 */
static int
unreadable_walk(const char *root)
{
	struct walk_callbacks cb = { on_file, NULL, on_problem, NULL, 0 };
	struct seen s;
	char want[128];
	int rc = 0;

	memset(&s, 0, sizeof(s));
	cb.ctx = &s;
	snprintf(want, sizeof(want), "locked|cannot open directory|%d",
	    EACCES);
	if (walk_tree(root, &cb) != 0)
		rc = 1;
	else if (s.n_problems != 1 || strcmp(s.problems[0], want) != 0)
		rc = 2;
	else if (s.n_files != 1 || strcmp(s.files[0], "ok/x.txt") != 0)
		rc = 3;
	seen_free(&s);
	return rc;
}

static void
test_unreadable_dir(void **state)
{
	char root[] = "/tmp/evu.XXXXXX", path[256];
	int fd, status;
	pid_t pid;

	(void)state;
	assert_non_null(mkdtemp(root));
	chmod(root, 0755);
	snprintf(path, sizeof(path), "%s/ok", root);
	assert_int_equal(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/ok/x.txt", root);
	assert_true((fd = open(path, O_WRONLY | O_CREAT, 0644)) >= 0);
	close(fd);
	snprintf(path, sizeof(path), "%s/locked", root);
	assert_int_equal(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/locked/y.txt", root);
	assert_true((fd = open(path, O_WRONLY | O_CREAT, 0644)) >= 0);
	close(fd);
	snprintf(path, sizeof(path), "%s/locked", root);
	assert_int_equal(chmod(path, 0), 0);

	if (geteuid() != 0)
		assert_int_equal(unreadable_walk(root), 0);
	else {
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			if (setgid(65534) < 0 || setuid(65534) < 0)
				_exit(10);
			_exit(unreadable_walk(root));
		}
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}

	strcpy(tree, root);
	rm_tree();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walk_tree),
		cmocka_unit_test(test_walk_stop_and_errors),
		cmocka_unit_test(test_walk_no_fd_leak),
		cmocka_unit_test(test_walk_same_rootfd_twice),
		cmocka_unit_test(test_walk_big_dir),
		cmocka_unit_test(test_share_open_file),
		cmocka_unit_test(test_open_seen),
		cmocka_unit_test(test_fallback),
	};
	const struct CMUnitTest solo[] = {
		cmocka_unit_test(test_unreadable_dir),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, setup_tree, teardown_tree);
	return rc + cmocka_run_group_tests(solo, NULL, NULL);
}
