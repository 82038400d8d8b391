/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * walker.c - walk a share without leaving it, and open its files safely.
 *
 * Everything is resolved relative to directory fds (openat/fstatat with
 * O_NOFOLLOW), never by re-walking path strings, so a rename during the
 * walk cannot send us elsewhere.  Symlinks are resolved with openat2
 * RESOLVE_BENEATH from the root fd: the kernel, not string comparison,
 * decides whether a link stays inside the share, and share_open_file()
 * uses exactly the same rule, so every file the walker reports through a
 * symlink can be opened later.
 *
 * One fd is held per directory level and the depth is capped, so a deep
 * tree cannot exhaust fds; (dev, ino) of every directory on the current
 * path is kept to stop symlink cycles.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "evidenced/log.h"
#include "evidenced/walker.h"

/* Deeper than any real evidence tree; bounds fds and stack. */
#define WALK_MAX_DEPTH  64

#define RESOLVE_FLAGS   (RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)

struct dir_id {
	dev_t dev;
	ino_t ino;
};

struct walk {
	const struct walk_callbacks *cb;
	const char *root;               /* as given to walk_tree() */
	int rootfd;
	struct dir_id stack[WALK_MAX_DEPTH + 1];
	int depth;                      /* entries used in stack */
	char *path;                     /* relpath being built (owned) */
	size_t path_cap;
	char *dents;                    /* read_names()'s buffer (owned) */
};

/* Set once openat2 answered ENOSYS (old kernel or seccomp filter).  The
 * one piece of state shared by every walk and open in the process, walks
 * in a thread of their own (walkahead.c) included: atomic, and only ever
 * set from false to true. */
static atomic_bool walker_no_openat2;

static int
sys_openat2(int dirfd, const char *path, uint64_t flags, uint64_t resolve)
{
	struct open_how how;
	long fd;
	int tries = 0;

	if (walker_no_openat2)
		return -ENOSYS;
	memset(&how, 0, sizeof(how));
	how.flags = flags;
	how.resolve = resolve;
	/* EAGAIN: a rename raced with a ".." lookup; retry, but not
	 * forever against someone renaming in a loop. */
	do {
		fd = syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
	} while (fd < 0 && errno == EAGAIN && ++tries < 8);
	if (fd < 0) {
		if (errno == ENOSYS)
			walker_no_openat2 = true;
		return -errno;
	}
	return (int)fd;
}

/*
 * Without openat2: one component at a time, refusing "..", absolute
 * paths and every symlink, then open the last component with flags.
 */
static int
open_beneath_fallback(int rootfd, const char *relpath, int flags)
{
	char *copy, *comp, *next;
	struct stat st;
	int dfd = -1, fd, rc;

	if (relpath[0] == '/')
		return -EXDEV;
	if ((copy = strdup(relpath)) == NULL)
		return -ENOMEM;
	if ((dfd = fcntl(rootfd, F_DUPFD_CLOEXEC, 0)) < 0) {
		rc = -errno;
		goto done;
	}
	comp = copy;
	for (;;) {
		while (*comp == '/')
			comp++;
		next = strchr(comp, '/');
		if (next != NULL) {
			*next++ = '\0';
			while (*next == '/')
				next++;
			if (*next == '\0')
				next = NULL;    /* trailing slash */
		}
		if (strcmp(comp, "..") == 0) {
			rc = -EXDEV;
			goto done;
		}
		if (next == NULL)
			break;
		if (comp[0] == '\0' || strcmp(comp, ".") == 0) {
			comp = next;
			continue;
		}
		fd = openat(dfd, comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0) {
			rc = -errno;
			goto done;
		}
		if (fstat(fd, &st) < 0) {
			rc = -errno;
			close(fd);
			goto done;
		}
		if (!S_ISDIR(st.st_mode)) {
			rc = S_ISLNK(st.st_mode) ? -ELOOP : -ENOTDIR;
			close(fd);
			goto done;
		}
		close(dfd);
		dfd = fd;
		comp = next;
	}
	if (comp[0] == '\0')
		comp = ".";
	fd = openat(dfd, comp, flags | O_NOFOLLOW);
	rc = fd < 0 ? -errno : fd;
	/* O_PATH|O_NOFOLLOW opens the link itself: refuse it here too. */
	if (fd >= 0 && (flags & O_PATH) && fstat(fd, &st) == 0 &&
	    S_ISLNK(st.st_mode)) {
		close(fd);
		rc = -ELOOP;
	}
done:
	if (dfd >= 0)
		close(dfd);
	free(copy);
	return rc;
}

/* An fd for relpath beneath rootfd, or a negative errno. */
static int
open_beneath(int rootfd, const char *relpath, int flags)
{
	int fd;

	fd = sys_openat2(rootfd, relpath, (uint64_t)(flags | O_CLOEXEC),
	    RESOLVE_FLAGS);
	if (fd == -ENOSYS)
		fd = open_beneath_fallback(rootfd, relpath, flags | O_CLOEXEC);
	return fd;
}

/*
 * Open relpath, which a stat (pst) just said is a regular file, and check
 * that what opened is that file: swapped for something else between the
 * look and the open (a FIFO, another file)?  0 with *fd and *st, 1 when
 * another inode opened (closed again), or a negative errno.  O_NONBLOCK:
 * a FIFO swapped in cannot block the open; the descriptor keeps it.
 */
static int
open_seen(int rootfd, const char *relpath, const struct stat *pst, int *fd,
    struct stat *st)
{
	int rfd, rc;

	*fd = -1;
	rfd = open_beneath(rootfd, relpath, O_RDONLY | O_NONBLOCK | O_NOCTTY);
	if (rfd < 0)
		return rfd;
	if (fstat(rfd, st) < 0) {
		rc = -errno;
		close(rfd);
		return rc;
	}
	if (!S_ISREG(st->st_mode) || st->st_dev != pst->st_dev ||
	    st->st_ino != pst->st_ino) {
		close(rfd);
		return 1;
	}
	*fd = rfd;
	return 0;
}

int
share_open_file_ex(int rootfd, const char *relpath, const struct stat *seen,
    unsigned flags, int *fd, struct stat *st)
{
	struct stat pst;
	int pfd = -1, rc;

	*fd = -1;
	if (relpath == NULL || relpath[0] == '\0')
		return -EINVAL;
	/* The walk's stat of this very name, a moment ago: the pre-open
	 * look below would only repeat it.  Anything else found at the
	 * open (a rename, a swap) takes the careful way below. */
	if (seen != NULL && S_ISREG(seen->st_mode) &&
	    open_seen(rootfd, relpath, seen, fd, st) == 0)
		goto opened;
	/*
	 * Look before opening: opening a FIFO, socket or device for
	 * reading can block or have side effects (tape rewind).  A plain
	 * stat says "a regular file" in one call for almost every file;
	 * it may follow a link out of the root, but it only decides
	 * whether to open, and the open below stays beneath the root and
	 * must find the same inode.  Anything else is looked at beneath
	 * the root first (O_PATH), for the precise refusal.
	 */
	if (fstatat(rootfd, relpath, &pst, 0) < 0 || !S_ISREG(pst.st_mode)) {
		if ((pfd = open_beneath(rootfd, relpath, O_PATH)) < 0)
			return pfd;
		rc = fstat(pfd, &pst) < 0 ? -errno : 0;
		close(pfd);
		if (rc < 0)
			return rc;
		if (!S_ISREG(pst.st_mode))
			return -EINVAL;
	}
	if ((rc = open_seen(rootfd, relpath, &pst, fd, st)) != 0)
		return rc > 0 ? -EINVAL : rc;
opened:
	/* O_NONBLOCK is the only status flag it was opened with. */
	if (!(flags & SHARE_OPEN_NONBLOCK) && fcntl(*fd, F_SETFL, 0) < 0) {
		rc = -errno;
		close(*fd);
		*fd = -1;
		return rc;
	}
	return 0;
}

int
share_open_file(int rootfd, const char *relpath, int *fd, struct stat *st)
{
	return share_open_file_ex(rootfd, relpath, NULL, 0, fd, st);
}

void
share_prefetch(int rootfd, const char *relpath, off_t bytes)
{
	int fd;

	/* share_open_file()'s open, beneath the root and without blocking
	 * on a FIFO swapped in; the descriptor never leaves this function
	 * and nothing is read through it. */
	if ((fd = open_beneath(rootfd, relpath, O_RDONLY | O_NONBLOCK |
	    O_NOCTTY)) < 0)
		return;
	(void)posix_fadvise(fd, 0, bytes, POSIX_FADV_WILLNEED);
	close(fd);
}

static void
problem(struct walk *w, const char *relpath, int err, const char *what)
{
	if (w->cb->problem != NULL)
		w->cb->problem(relpath[0] != '\0' ? relpath : ".", err, what,
		    w->cb->ctx);
}

static const char *
special_what(mode_t mode)
{
	if (S_ISFIFO(mode))
		return "not a regular file (FIFO)";
	if (S_ISSOCK(mode))
		return "not a regular file (socket)";
	if (S_ISCHR(mode))
		return "not a regular file (character device)";
	if (S_ISBLK(mode))
		return "not a regular file (block device)";
	return "not a regular file";
}

/* names[i]: its d_type as one byte, then the name (read_names()). */
static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

static void
free_names(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* getdents64()'s record (the kernel's struct linux_dirent64). */
struct dirent64_rec {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

#define READ_NAMES_BUF (32u << 10)      /* as glibc's readdir() asks */

/* Append name, after a byte holding its d_type, to *names.  0 or
 * -ENOMEM. */
static int
add_name(char ***names, size_t *n, size_t *cap, unsigned char type,
    const char *name)
{
	size_t len = strlen(name);
	char **nn;

	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 32;

		if ((nn = reallocarray(*names, c, sizeof(**names))) == NULL)
			return -ENOMEM;
		*names = nn;
		*cap = c;
	}
	if (((*names)[*n] = malloc(len + 2)) == NULL)
		return -ENOMEM;
	(*names)[*n][0] = (char)type;
	memcpy((*names)[*n] + 1, name, len + 1);
	(*n)++;
	return 0;
}

/*
 * Read all names of the directory open at dfd, from its current offset
 * (the caller's fresh descriptor: the start), each after a byte holding
 * its d_type, sorted by bytes, so the output does not depend on the file
 * system's order.  getdents64() on dfd itself rather than a stream:
 * fdopendir() on a duplicate, rewinddir() and closedir() cost five system
 * calls a directory besides the reads (a system call is the dearest
 * thing on a paravirtual machine).  dfd is left at the end; only dfd
 * stays open while we recurse.
 */
static int
read_names(struct walk *w, int dfd, char ***namesp, size_t *np)
{
	char **names = NULL, *buf;
	size_t n = 0, cap = 0, off;
	ssize_t got;
	int rc = 0;

	*namesp = NULL;
	*np = 0;
	if (w->dents == NULL && (w->dents = malloc(READ_NAMES_BUF)) == NULL)
		return -ENOMEM;
	buf = w->dents;
	while (rc == 0) {
		if ((got = getdents64(dfd, buf, READ_NAMES_BUF)) <= 0) {
			if (got < 0)
				rc = errno == EINTR ? 0 : -errno;
			if (got == 0)
				break;
			continue;
		}
		for (off = 0; rc == 0 && off < (size_t)got;) {
			const struct dirent64_rec *de =
			    (const struct dirent64_rec *)(void *)(buf + off);

			/* The kernel's records: each at least a header and
			 * its name's NUL, within what it returned. */
			if (de->d_reclen < offsetof(struct dirent64_rec,
			    d_name) + 2 || de->d_reclen > (size_t)got - off) {
				rc = -EIO;
				break;
			}
			off += de->d_reclen;
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			rc = add_name(&names, &n, &cap, de->d_type,
			    de->d_name);
		}
	}
	if (rc < 0) {
		free_names(names, n);
		return rc;
	}
	if (n > 1)
		qsort(names, n, sizeof(*names), name_cmp);
	*namesp = names;
	*np = n;
	return 0;
}

/* Make w->path "<dir>/<name>"; dirlen is the length of <dir>. */
static int
path_set(struct walk *w, size_t dirlen, const char *name)
{
	size_t nlen = strlen(name), need = dirlen + 1 + nlen + 1;
	char *p;

	if (need > w->path_cap) {
		if ((p = realloc(w->path, need * 2)) == NULL)
			return -ENOMEM;
		w->path = p;
		w->path_cap = need * 2;
	}
	if (dirlen > 0)
		w->path[dirlen++] = '/';
	memcpy(w->path + dirlen, name, nlen + 1);
	return 0;
}

static bool
on_stack(const struct walk *w, const struct stat *st)
{
	int i;

	for (i = 0; i < w->depth; i++)
		if (w->stack[i].dev == st->st_dev &&
		    w->stack[i].ino == st->st_ino)
			return true;
	return false;
}

static int walk_dir(struct walk *w, int dfd, const struct stat *dst,
    size_t pathlen);

/* Enter the directory open at fd (taken: closed here). */
static int
enter_dir(struct walk *w, int fd, const struct stat *st, bool via_link)
{
	size_t len = strlen(w->path);
	int rc = 0;

	if (on_stack(w, st)) {
		problem(w, w->path, ELOOP, via_link ? "symlink loop" :
		    "directory loop");
		goto done;
	}
	if (w->cb->descend != NULL && !w->cb->descend(w->path, w->cb->ctx))
		goto done;
	if (w->depth >= WALK_MAX_DEPTH) {
		problem(w, w->path, 0, "too deep");
		goto done;
	}
	rc = walk_dir(w, fd, st, len);
done:
	close(fd);
	return rc;
}

/* Report the regular file w->path, open at fd (taken; -1: none). */
static int
report_file(struct walk *w, const struct stat *st, int fd)
{
	struct walk_entry e;
	const char *slash;

	e.relpath = w->path;
	slash = strrchr(w->path, '/');
	e.name = slash != NULL ? slash + 1 : w->path;
	e.st = *st;
	e.fd = fd;
	if (fd >= 0)
		e.fst = *st;
	if (w->cb->file != NULL)
		return w->cb->file(&e, w->cb->ctx);
	if (fd >= 0)
		close(fd);
	return 0;
}

/*
 * WALK_OPEN_FILES: open name, which the directory says is a regular file,
 * in the directory open at dfd and report it open.  One component, no
 * link followed: beneath the root as the walk is; O_NONBLOCK: a FIFO
 * swapped in cannot block.  1 when it is no regular file that opens (the
 * careful way then looks, and says why), else as report_file().
 */
static int
report_open(struct walk *w, int dfd, const char *name)
{
	struct stat st;
	int fd;

	fd = openat(dfd, name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd < 0)
		return 1;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return 1;
	}
	return report_file(w, &st, fd);
}

/*
 * The kernel refused a link as leaving the root.  An absolute link (or one
 * climbing out with ".." and back) may still land inside the share: say
 * so, since the fix for the administrator is different.  Only a message:
 * such links are never followed, as share_open_file() could not open
 * what they point at either.
 */
static const char *
escape_what(struct walk *w)
{
	char *rroot = NULL, *full = NULL, *target = NULL;
	const char *what = "symlink leaves the share";
	size_t rlen;

	if ((rroot = realpath(w->root, NULL)) == NULL ||
	    asprintf(&full, "%s/%s", rroot, w->path) < 0) {
		full = NULL;
		goto done;
	}
	if ((target = realpath(full, NULL)) == NULL)
		goto done;
	rlen = strlen(rroot);
	if (strncmp(target, rroot, rlen) == 0 &&
	    (target[rlen] == '/' || target[rlen] == '\0' ||
	    strcmp(rroot, "/") == 0))
		what = "symlink into the share by an absolute or \"..\" path"
		    " (not followed)";
done:
	free(target);
	free(full);
	free(rroot);
	return what;
}

/* w->path is a symlink: follow it only while it stays beneath the root. */
static int
follow_link(struct walk *w)
{
	struct stat st;
	int pfd, dfd, rc = 0;

	pfd = open_beneath(w->rootfd, w->path, O_PATH);
	if (pfd < 0) {
		switch (-pfd) {
		case EXDEV:
			problem(w, w->path, EXDEV, escape_what(w));
			break;
		case ENOENT:
			problem(w, w->path, ENOENT, "dangling symlink");
			break;
		case ELOOP:
			problem(w, w->path, ELOOP, walker_no_openat2 ?
			    "symlink not followed (no openat2)" :
			    "symlink loop");
			break;
		case ENOMEM:
			return -ENOMEM;
		default:
			problem(w, w->path, -pfd, "cannot resolve symlink");
			break;
		}
		return 0;
	}
	if (fstat(pfd, &st) < 0) {
		problem(w, w->path, errno, "cannot stat");
		goto done;
	}
	if (S_ISREG(st.st_mode))
		rc = report_file(w, &st, -1);
	else if (S_ISDIR(st.st_mode)) {
		dfd = openat(pfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd < 0) {
			problem(w, w->path, errno, "cannot open directory");
			goto done;
		}
		rc = enter_dir(w, dfd, &st, true);
	} else
		problem(w, w->path, 0, special_what(st.st_mode));
done:
	close(pfd);
	return rc;
}

/* names[i] of read_names(): its d_type byte, then the name. */
static int
walk_entry(struct walk *w, int dfd, const char *tname)
{
	const char *name = tname + 1;
	struct stat st;
	int fd, rc;

	/* A regular file, says the directory: open it at once, where a
	 * stat, then an open beneath the root, then an fstat was the way
	 * (a first scan opens every file anyway). */
	if ((w->cb->flags & WALK_OPEN_FILES) && tname[0] == DT_REG &&
	    (rc = report_open(w, dfd, name)) != 1)
		return rc;
	/* A directory, says the directory: opened at once, the stat before
	 * the open spared (the fstat of what opened decides, as below).
	 * Anything else that answers (a link, something swapped in) goes
	 * the careful way, which says why. */
	if (tname[0] == DT_DIR && (fd = openat(dfd, name, O_RDONLY |
	    O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) >= 0) {
		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
			return enter_dir(w, fd, &st, false);
		close(fd);
	}
	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		problem(w, w->path, errno, "cannot stat");
		return 0;
	}
	if (S_ISREG(st.st_mode))
		return report_file(w, &st, -1);
	if (S_ISLNK(st.st_mode))
		return follow_link(w);
	if (!S_ISDIR(st.st_mode)) {
		problem(w, w->path, 0, special_what(st.st_mode));
		return 0;
	}
	fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd < 0) {
		problem(w, w->path, errno, "cannot open directory");
		return 0;
	}
	/* Use what we opened, not what we stat'ed: it may have changed. */
	if (fstat(fd, &st) < 0) {
		problem(w, w->path, errno, "cannot stat");
		close(fd);
		return 0;
	}
	return enter_dir(w, fd, &st, false);
}

/* Walk the directory open at dfd, whose relpath is w->path[0..pathlen). */
static int
walk_dir(struct walk *w, int dfd, const struct stat *dst, size_t pathlen)
{
	char **names = NULL;
	size_t n, i;
	int rc;

	if ((rc = read_names(w, dfd, &names, &n)) < 0) {
		if (rc == -ENOMEM)
			return rc;
		w->path[pathlen] = '\0';
		problem(w, w->path, -rc, "cannot read directory");
		return 0;
	}
	w->stack[w->depth].dev = dst->st_dev;
	w->stack[w->depth].ino = dst->st_ino;
	w->depth++;
	for (i = 0; i < n; i++) {
		if ((rc = path_set(w, pathlen, names[i] + 1)) < 0)
			break;
		if ((rc = walk_entry(w, dfd, names[i])) != 0)
			break;
	}
	w->depth--;
	w->path[pathlen] = '\0';
	free_names(names, n);
	return rc;
}

int
walk_tree_at(int rootfd, const char *root, const char *subdir,
    const struct walk_callbacks *cb)
{
	struct walk w;
	struct stat st;
	size_t len = subdir != NULL ? strlen(subdir) : 0;
	int dfd, rc;

	memset(&w, 0, sizeof(w));
	w.cb = cb;
	w.root = root;
	w.rootfd = rootfd;
	if (len == 0) {
		/* A duplicate shares rootfd's offset, which an earlier walk
		 * left at the end (read_names() reads from where it is). */
		if ((dfd = fcntl(rootfd, F_DUPFD_CLOEXEC, 0)) < 0)
			return -errno;
		if (lseek(dfd, 0, SEEK_SET) < 0) {
			rc = -errno;
			close(dfd);
			return rc;
		}
	} else if ((dfd = open_beneath(rootfd, subdir,
	    O_RDONLY | O_DIRECTORY)) < 0)
		return dfd;
	if (fstat(dfd, &st) < 0) {
		rc = -errno;
		close(dfd);
		return rc;
	}
	w.path_cap = len + 256;
	if ((w.path = calloc(1, w.path_cap)) == NULL) {
		close(dfd);
		return -ENOMEM;
	}
	memcpy(w.path, subdir != NULL ? subdir : "", len);
	rc = walk_dir(&w, dfd, &st, len);
	close(dfd);
	if (rc == -ENOMEM)
		log_warnx("walk %s: out of memory", root);
	free(w.path);
	free(w.dents);
	return rc;
}

int
walk_tree(const char *root, const struct walk_callbacks *cb)
{
	int rootfd, rc;

	/* The root itself may be a symlink (/srv/share -> /data/share):
	 * that is the administrator's choice, so follow it. */
	if ((rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return -errno;
	rc = walk_tree_at(rootfd, root, "", cb);
	close(rootfd);
	return rc;
}
