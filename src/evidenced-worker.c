/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evidenced-worker.c - the extraction worker program (libexec), started
 * by pool.c with fork+exec, never by a user.
 *
 *   evidenced-worker --fd N --limits F,I,R,T,P,S,M --as BYTES --cpu SECS
 *                    [--progress FD] [--uid U --gid G] [--log LEVEL] [--trap]
 *
 * It loads libmagic's database (the only file it opens itself), enters
 * the sandbox (sandbox.h) and serves requests on descriptor N until the
 * parent closes it.  --progress: a descriptor of the shared page where
 * it says which file it reads (worker.h), mapped before the sandbox and
 * closed.  Built a second time with EVIDENCED_TEST_HOOKS as
 * evidenced-worker-test, whose only difference is that it honours the
 * WORKER_TEST_* requests tests/test_pool.c makes.
 *
 * Exec rather than a bare fork of the parent: the worker starts from a
 * fresh image (its own ASLR layout, none of the parent's memory: rules,
 * index, status, descriptors), and the filter is installed in a small
 * single-threaded process whose behaviour is known.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/inspect.h"
#include "evidenced/log.h"
#include "evidenced/sandbox.h"
#include "evidenced/worker.h"

#ifdef EVIDENCED_TEST_HOOKS
/* Misbehave as asked: see WORKER_TEST_* in worker.h. */
static int
test_hook(unsigned flags)
{
	struct timespec ts = { 2, 0 };
	volatile unsigned long spin = 0;
	size_t total = 0;
	char *p;

	if (flags & WORKER_TEST_CRASH)
		raise(SIGSEGV);
	if (flags & WORKER_TEST_SLEEP)
		nanosleep(&ts, NULL);
	if (flags & WORKER_TEST_SPIN)
		for (;;)
			spin++;
	if (flags & WORKER_TEST_WRITE)
		(void)open("/tmp/evidenced-worker-escape",
		    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (flags & WORKER_TEST_SOCKET)
		(void)socket(AF_INET, SOCK_STREAM, 0);
	if (flags & WORKER_TEST_ALLOC) {
		/* Leaked on purpose: the worker exits after ENOMEM. */
		while ((p = malloc(1 << 20)) != NULL) {
			memset(p, 1, 1 << 20);
			total += 1 << 20;
		}
		log_info("allocated %zu MiB before the limit", total >> 20);
		return -ENOMEM;
	}
	return 0;
}
#define TEST_HOOK test_hook
#else
#define TEST_HOOK NULL
#endif

static int
parse_limits(const char *s, struct extract_limits *l)
{
	unsigned long long v[7];
	int n = 0;

	if (sscanf(s, "%llu,%llu,%llu,%llu,%llu,%llu,%llu%n", &v[0], &v[1],
	    &v[2], &v[3], &v[4], &v[5], &v[6], &n) != 7 || s[n] != '\0')
		return -EINVAL;
	l->max_file_bytes = v[0];
	l->max_inflated_bytes = v[1];
	l->max_ratio = (unsigned)v[2];
	l->max_text_bytes = (size_t)v[3];
	l->max_pdf_pages = (unsigned)v[4];
	l->max_seconds = (unsigned)v[5];
	l->helper_max_memory = v[6];
	return 0;
}

int
main(int argc, char **argv)
{
	struct sandbox_options so;
	struct extract_limits lim;
	struct inspector *in;
	struct worker_progress *progress = NULL;
	int i, sock = -1, pfd = -1, hints = -1, level = LOG_LEVEL_WARN, rc;
	bool have_limits = false, have_uid = false;

	memset(&so, 0, sizeof(so));
	so.seccomp = true;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--trap") == 0) {
			so.trap = true;
			continue;
		}
		if (v == NULL)
			goto usage;
		i++;
		if (strcmp(a, "--fd") == 0)
			sock = atoi(v);
		else if (strcmp(a, "--progress") == 0)
			pfd = atoi(v);
		else if (strcmp(a, "--hints") == 0)
			hints = atoi(v);
		else if (strcmp(a, "--limits") == 0) {
			if (parse_limits(v, &lim) < 0)
				goto usage;
			have_limits = true;
		} else if (strcmp(a, "--as") == 0)
			so.max_memory = strtoull(v, NULL, 10);
		else if (strcmp(a, "--cpu") == 0)
			so.cpu_seconds = (unsigned)strtoul(v, NULL, 10);
		else if (strcmp(a, "--uid") == 0) {
			so.uid = (uid_t)strtoul(v, NULL, 10);
			have_uid = true;
		} else if (strcmp(a, "--gid") == 0)
			so.gid = (gid_t)strtoul(v, NULL, 10);
		else if (strcmp(a, "--log") == 0)
			level = atoi(v);
		else
			goto usage;
	}
	if (sock < 3 || !have_limits || (pfd >= 0 && pfd < 3) ||
	    (hints >= 0 && hints < 3))
		goto usage;
	log_init("evidenced-worker", (enum log_level)level);
	so.max_file_size = lim.max_file_bytes;
	/* Root never parses a file: without a user to become, stop. */
	so.drop_user = geteuid() == 0;
	if (so.drop_user && !have_uid) {
		log_warnx("started as root without --uid: refusing");
		return 2;
	}
	/* The zone is read now, before the sandbox, and never again:
	 * with TZ unset glibc stats /etc/localtime on every mktime. */
	(void)setenv("TZ", ":/etc/localtime", 0);
	tzset();
	/* Without the page, replies go one by one. */
	if (pfd >= 0) {
		void *m = mmap(NULL, sizeof(*progress), PROT_READ | PROT_WRITE,
		    MAP_SHARED, pfd, 0);

		if (m != MAP_FAILED)
			progress = m;
		close(pfd);
	}
	if ((in = inspector_new(&lim)) == NULL) {
		log_warn("libmagic");
		return 3;
	}
	if ((rc = sandbox_enter(&so)) < 0) {
		log_warnx("cannot enter the sandbox: %s", strerror(-rc));
		inspector_free(in);
		return 3;
	}
	rc = worker_run(sock, hints, in, lim.max_seconds, TEST_HOOK,
	    progress);
	inspector_free(in);
	close(sock);
	if (hints >= 0)
		close(hints);
	if (rc < 0 && rc != -ENOMEM)
		log_warnx("stopping: %s", strerror(-rc));
	return rc == 0 ? 0 : rc == -ENOMEM ? 4 : 3;
usage:
	fprintf(stderr, "evidenced-worker: started by evidenced and "
	    "evidencectl only\n");
	return 2;
}
