/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_ole.c - legacy Office files (.doc .xls .ppt, and .rtf .wps .et)
 * through the external helpers of Debian's catdoc package (catdoc,
 * xls2csv, catppt; antiword as a second choice for Word).
 *
 * Parsing those formats in process would put a large, old attack surface
 * inside the daemon, so each file goes to a helper in a child process
 * with hard limits: RLIMIT_AS (helper_max_memory), RLIMIT_CPU and a
 * wall-clock deadline (max_seconds; the whole process group is killed
 * with SIGKILL when it passes), stdin the file itself, stderr /dev/null,
 * every other descriptor closed, a minimal environment.  The helper opens
 * the file as /proc/self/fd/0, so it gets its own offset and never sees
 * a path from the share.
 *
 * Helpers are looked up in $EVIDENCED_HELPER_PATH, else $PATH, else
 * /usr/bin:/bin; the variable also lets tests put fake helpers first.
 * A SIGCHLD set to SIG_IGN by the embedding program would make waitpid
 * fail: evidenced leaves it at the default.
 *
 * Office 2007+ files encrypted with a password are OLE2 containers with
 * an "EncryptedPackage" stream, and an encrypted Word 97-2003 file has
 * fEncrypted set in the FIB of its WordDocument stream; both are found
 * by walking the directory entries (128-byte records at 128-aligned file
 * offsets) before any helper runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/log.h"
#include "extract_impl.h"

#define HELPER_DEFAULT_PATH     "/usr/bin:/bin"

static const struct ole_helper {
	const char *format;
	const char *prog;
	const char *args[6];    /* after argv[0], before the file */
	const char *package;
} ole_helpers[] = {
	{ "doc", "catdoc", { "-w", "-d", "utf-8", NULL }, "catdoc" },
	{ "doc", "antiword", { "-w", "0", "-m", "UTF-8.txt", NULL },
	    "antiword" },
	{ "rtf", "catdoc", { "-w", "-d", "utf-8", NULL }, "catdoc" },
	{ "wps", "catdoc", { "-w", "-d", "utf-8", NULL }, "catdoc" },
	{ "xls", "xls2csv", { "-d", "utf-8", NULL }, "catdoc" },
	{ "et", "xls2csv", { "-d", "utf-8", NULL }, "catdoc" },
	{ "ppt", "catppt", { "-d", "utf-8", NULL }, "catdoc" },
};

/* Find prog on the helper path into buf.  0 or -ENOENT. */
static int
find_helper(const char *prog, char *buf, size_t size)
{
	const char *path, *p, *colon;
	size_t n;

	if ((path = getenv("EVIDENCED_HELPER_PATH")) == NULL &&
	    (path = getenv("PATH")) == NULL)
		path = HELPER_DEFAULT_PATH;
	for (p = path; *p != '\0'; p = *colon ? colon + 1 : colon) {
		if ((colon = strchr(p, ':')) == NULL)
			colon = p + strlen(p);
		n = (size_t)(colon - p);
		if (n == 0)
			continue;
		if ((size_t)snprintf(buf, size, "%.*s/%s", (int)n, p, prog) >=
		    size)
			continue;
		if (access(buf, X_OK) == 0)
			return 0;
	}
	return -ENOENT;
}

static uint16_t
le16(const unsigned char *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t
le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* Directory entry name (UTF-16LE, ASCII only here) equals name. */
static bool
entry_is(const unsigned char *e, const char *name)
{
	size_t i, n = strlen(name);

	if (le16(e + 0x40) != (n + 1) * 2 || e[0x42] != 2)
		return false;
	for (i = 0; i < n; i++)
		if (e[2 * i] != (unsigned char)name[i] || e[2 * i + 1] != 0)
			return false;
	return true;
}

/*
 * Whether the OLE2 file is password-protected: an encrypted OOXML
 * package, or a Word FIB with fEncrypted.  Errors read as "no": the helper
 * then reports what it finds.
 */
static bool
ole_encrypted(int fd, uint64_t max)
{
	unsigned char hdr[512], *chunk = NULL, fib[16];
	size_t ssz, i;
	ssize_t n;
	off_t off;
	bool enc = false;
	uint32_t start;

	if (pread(fd, hdr, sizeof(hdr), 0) != (ssize_t)sizeof(hdr) ||
	    memcmp(hdr, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
		return false;
	ssz = le16(hdr + 0x1E) == 12 ? 4096 : 512;
	if ((chunk = malloc(1 << 20)) == NULL)
		return false;
	for (off = 512; (uint64_t)off < max && !enc; off += n) {
		n = pread(fd, chunk, 1 << 20, off);
		if (n <= 0)
			break;
		n -= n % 128;
		for (i = 0; i + 128 <= (size_t)n && !enc; i += 128) {
			const unsigned char *e = chunk + i;

			if (entry_is(e, "EncryptedPackage")) {
				enc = true;
			} else if (entry_is(e, "WordDocument") &&
			    le32(e + 0x78) >= 4096) {
				start = le32(e + 0x74);
				if (start < 0xFFFFFFFA && pread(fd, fib,
				    sizeof(fib), ((off_t)start + 1) *
				    (off_t)ssz) == (ssize_t)sizeof(fib) &&
				    le16(fib) == 0xA5EC &&
				    (le16(fib + 0x0A) & 0x0100) != 0)
					enc = true;
			}
		}
		if (n == 0)
			break;
	}
	free(chunk);
	return enc;
}

/*
 * In the child, between vfork and exec, on the parent's memory with the
 * parent suspended: system calls only, nothing that writes what the
 * parent will read.  Every signal is blocked on entry; a handler the
 * parent installed must not run here, on shared memory, so each is put
 * back to the default before the mask is cleared.
 */
static void __attribute__((noreturn))
child(const char *path, char *const argv[], int in, int out,
    const struct extract_limits *lim)
{
	static char *const envp[] = { "PATH=" HELPER_DEFAULT_PATH,
	    "LANG=C.UTF-8", "LC_ALL=C.UTF-8", NULL };
	struct sigaction sa;
	struct rlimit rl;
	sigset_t none;
	int nul, fd, sig;

	for (sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP &&
		    sigaction(sig, NULL, &sa) == 0 &&
		    sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) {
			sa.sa_handler = SIG_DFL;
			sa.sa_flags = 0;
			(void)sigaction(sig, &sa, NULL);
		}
	(void)setpgid(0, 0);
	/* Move both ends above stdio first so the dup2s cannot clobber
	 * each other when the daemon runs with stdio closed. */
	if ((in = fcntl(in, F_DUPFD, 3)) == -1 ||
	    (out = fcntl(out, F_DUPFD, 3)) == -1)
		_exit(126);
	if (dup2(in, 0) == -1 || dup2(out, 1) == -1)
		_exit(126);
	/* Read-only: in a worker's sandbox no open for writing is allowed;
	 * the helper's writes to stderr fail, which discards them too. */
	if ((nul = open("/dev/null", O_RDONLY)) == -1 || dup2(nul, 2) == -1)
		_exit(126);
	if (syscall(SYS_close_range, 3U, ~0U, 0U) == -1)
		for (fd = 3; fd < 1024; fd++)
			(void)close(fd);
	rl.rlim_cur = rl.rlim_max = lim->helper_max_memory;
	(void)setrlimit(RLIMIT_AS, &rl);
	rl.rlim_cur = lim->max_seconds;
	rl.rlim_max = lim->max_seconds + 1;
	(void)setrlimit(RLIMIT_CPU, &rl);
	rl.rlim_cur = rl.rlim_max = 0;
	(void)setrlimit(RLIMIT_CORE, &rl);
	(void)signal(SIGPIPE, SIG_DFL);
	sigemptyset(&none);
	(void)sigprocmask(SIG_SETMASK, &none, NULL);
	execve(path, argv, envp);
	_exit(127);
}

/*
 * Run the helper at path on fd; its stdout goes to b (what is beyond the
 * text limit is read and dropped so the helper never blocks).  *wstatus
 * is its wait status; *timed_out when the deadline passed and it was
 * killed.  0, -ENOMEM, or -errno when it could not be started.
 */
static int
run_helper(const char *path, char *const argv[], int fd,
    const struct extract_limits *lim, struct extract_buf *b, int *wstatus,
    bool *timed_out)
{
	char chunk[16384];
	struct pollfd pfd;
	double deadline = extract_clock() + lim->max_seconds, left;
	int pipefd[2] = { -1, -1 }, rc = 0, r;
	pid_t pid, w;
	ssize_t n;
	useconds_t nap;
	sigset_t all, old;
	int verr;
	bool eof = false;

	*timed_out = false;
	*wstatus = 0;
	if (pipe2(pipefd, O_CLOEXEC) == -1)
		return -errno;
	/*
	 * vfork, not fork: a worker holds MuPDF, libmagic's database and
	 * its buffers, and copying its page tables for a child that execs
	 * at once (then faulting on every page it writes until the child
	 * is gone) cost more than catdoc itself.
	 */
	sigfillset(&all);
	(void)pthread_sigmask(SIG_SETMASK, &all, &old);
	pid = vfork();
	if (pid == 0)
		child(path, argv, fd, pipefd[1], lim);
	verr = errno;
	(void)pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (pid == -1) {
		rc = -verr;
		goto done;
	}
	(void)setpgid(pid, pid);        /* the child does it too: no race */
	close(pipefd[1]);
	pipefd[1] = -1;
	(void)fcntl(pipefd[0], F_SETFL, O_NONBLOCK);

	pfd.fd = pipefd[0];
	pfd.events = POLLIN;
	while (!eof) {
		if ((left = deadline - extract_clock()) <= 0) {
			*timed_out = true;
			break;
		}
		r = poll(&pfd, 1, (int)(left * 1000) + 1);
		if (r == -1 && errno != EINTR) {
			rc = -errno;
			break;
		}
		if (r <= 0)
			continue;
		for (;;) {
			n = read(pipefd[0], chunk, sizeof(chunk));
			if (n > 0) {
				if (rc == 0)
					rc = extract_buf_append(b, chunk,
					    (size_t)n);
				continue;
			}
			if (n == 0)
				eof = true;
			else if (errno == EINTR)
				continue;
			else if (errno != EAGAIN)
				eof = true;
			break;
		}
	}
	/* Output closed; the helper should be exiting.  Give it until the
	 * deadline, then kill.  It is usually gone within a millisecond:
	 * the naps start short and grow, so a worker never idles 10 ms per
	 * legacy file waiting for a helper that already exited. */
	for (nap = 100;; nap = nap < 10000 ? nap * 2 : 10000) {
		w = waitpid(pid, wstatus, WNOHANG);
		if (w == pid || (w == -1 && errno != EINTR))
			break;
		if (w == 0 && (*timed_out || extract_clock() > deadline)) {
			*timed_out = true;
			(void)kill(-pid, SIGKILL);
			(void)kill(pid, SIGKILL);
			while (waitpid(pid, wstatus, 0) == -1 && errno == EINTR)
				;
			break;
		}
		if (w == 0)
			usleep(nap);
	}
	/* Anything it forked dies with it. */
	(void)kill(-pid, SIGKILL);
done:
	if (pipefd[0] != -1)
		close(pipefd[0]);
	if (pipefd[1] != -1)
		close(pipefd[1]);
	return rc;
}

/*
 * What the helper reads as /proc/self/fd/0: fd itself, or, when this
 * process may not reopen it (an extraction worker runs as the service
 * user and the file is 0600 for someone else: the reopen checks the
 * file's permissions), a private copy in an anonymous memfd.  A
 * descriptor (close it unless it is fd) or a negative errno.
 */
static int
helper_input(int fd, const struct extract_limits *lim)
{
	char proc[32], *buf = NULL;
	size_t len = 0;
	bool over;
	int probe, mfd, rc;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if ((probe = open(proc, O_RDONLY | O_CLOEXEC)) >= 0) {
		close(probe);
		return fd;
	}
	if (errno != EACCES && errno != EPERM)
		return fd;      /* the helper says what is wrong */
	if ((rc = extract_read_head(fd, lim->max_file_bytes, &buf, &len,
	    &over)) < 0)
		return rc;
	if ((mfd = memfd_create("evidenced-ole", MFD_CLOEXEC)) < 0 ||
	    write(mfd, buf, len) != (ssize_t)len ||
	    lseek(mfd, 0, SEEK_SET) < 0) {
		rc = errno != 0 ? -errno : -EIO;
		if (mfd >= 0)
			close(mfd);
		free(buf);
		return rc;
	}
	free(buf);
	return mfd;
}

int
extract_ole(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	const struct ole_helper *h = NULL;
	const char *package = NULL;
	struct extract_buf b;
	char path[4096], fdpath[] = "/proc/self/fd/0";
	char *argv[10];
	unsigned char magic[8];
	size_t i, k;
	int wstatus, rc = 0, in;
	bool timed_out;

	extract_buf_init(&b, lim->max_text_bytes);
	/* catdoc prints a file it does not recognise as plain text: only
	 * real OLE2 (or RTF) files go to the helpers. */
	if (pread(fd, magic, sizeof(magic), 0) != (ssize_t)sizeof(magic) ||
	    (format != NULL && strcmp(format, "rtf") == 0 ?
	    memcmp(magic, "{\\rtf", 5) != 0 :
	    memcmp(magic, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)) {
		extract_fail(r, EXTRACT_CORRUPT, "not a %s file: no %s "
		    "signature", format ? format : "legacy Office",
		    format != NULL && strcmp(format, "rtf") == 0 ? "RTF" :
		    "OLE2");
		goto done;
	}
	if (ole_encrypted(fd, lim->max_file_bytes)) {
		extract_fail(r, EXTRACT_ENCRYPTED,
		    "password-protected Office file");
		goto done;
	}
	for (i = 0; i < sizeof(ole_helpers) / sizeof(ole_helpers[0]); i++) {
		if (format == NULL || strcmp(ole_helpers[i].format, format))
			continue;
		if (package == NULL)
			package = ole_helpers[i].package;
		if (find_helper(ole_helpers[i].prog, path, sizeof(path)) == 0) {
			h = &ole_helpers[i];
			break;
		}
	}
	if (h == NULL) {
		extract_fail(r, EXTRACT_HELPER_MISSING,
		    "not extracted: helper missing (install %s)",
		    package != NULL ? package : "catdoc");
		goto done;
	}
	argv[0] = (char *)(uintptr_t)h->prog;
	for (k = 0; h->args[k] != NULL; k++)
		argv[k + 1] = (char *)(uintptr_t)h->args[k];
	argv[k + 1] = fdpath;
	argv[k + 2] = NULL;

	if ((in = helper_input(fd, lim)) < 0) {
		extract_fail(r, EXTRACT_IO, "cannot pass the file to %s: %s",
		    h->prog, strerror(-in));
		goto done;
	}
	rc = run_helper(path, argv, in, lim, &b, &wstatus, &timed_out);
	if (in != fd)
		close(in);
	if (rc < 0) {
		if (rc == -ENOMEM)
			goto done;
		extract_fail(r, EXTRACT_IO, "cannot run %s: %s", h->prog,
		    strerror(-rc));
		rc = 0;
		goto done;
	}
	if (timed_out)
		extract_fail(r, EXTRACT_TIMEOUT, "limit: %s ran over %u s "
		    "(max_seconds)", h->prog, lim->max_seconds);
	else if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGXCPU)
		extract_fail(r, EXTRACT_TIMEOUT, "limit: %s used over %u s "
		    "of CPU (max_seconds)", h->prog, lim->max_seconds);
	else if (WIFSIGNALED(wstatus))
		extract_fail(r, EXTRACT_CORRUPT, "%s killed by signal %d "
		    "(damaged file, or over helper_max_memory)", h->prog,
		    WTERMSIG(wstatus));
	else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 127)
		extract_fail(r, EXTRACT_HELPER_MISSING, "not extracted: "
		    "cannot execute %s (install %s)", path, h->package);
	else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) != 0)
		extract_fail(r, EXTRACT_CORRUPT, "%s failed (exit status %d): "
		    "damaged or not a %s file", h->prog,
		    WEXITSTATUS(wstatus), format);
	else if (b.len == 0)
		/* xls2csv reports a broken file on stderr and exits 0; even an
		 * empty document gives a newline. */
		extract_fail(r, EXTRACT_CORRUPT, "%s printed nothing: damaged "
		    "or not a %s file", h->prog, format);
	extract_buf_finish(&b, r);
done:
	extract_buf_free(&b);
	return rc;
}
