/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_status.c - status_write(): the mode and group asked for, no
 * following of links planted where the temporary file might go, and the
 * old document left intact when the write fails; status_load() of a
 * FIFO; the cap on near misses listed per item.
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
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/scanner.h"
#include "evidenced/status.h"

struct fixture {
	char dir[64];
	char path[128];
	struct json_object *doc;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	if (fx == NULL)
		return -1;
	strcpy(fx->dir, "/tmp/evidenced-status-XXXXXX");
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->path, sizeof(fx->path), "%s/status.json", fx->dir);
	fx->doc = json_tokener_parse("{\"version\": 1, \"clauses\": [], "
	    "\"share\": \"/srv/资质材料\"}");
	if (fx->doc == NULL)
		return -1;
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	struct dirent *de;
	char p[512];
	DIR *d;

	if ((d = opendir(fx->dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof(p), "%s/%s", fx->dir, de->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(fx->dir);
	json_object_put(fx->doc);
	free(fx);
	return 0;
}

static size_t
count_entries(const char *dir)
{
	struct dirent *de;
	size_t n = 0;
	DIR *d = opendir(dir);

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static char *
slurp(const char *path)
{
	char *buf = calloc(1, 65536);
	int fd = open(path, O_RDONLY);
	ssize_t n;

	assert_non_null(buf);
	assert_true(fd >= 0);
	n = read(fd, buf, 65535);
	assert_true(n >= 0);
	close(fd);
	return buf;
}

static void
test_mode_and_group(void **state)
{
	struct fixture *fx = *state;
	struct json_object *back = NULL;
	mode_t old = umask(0);
	struct stat st;
	char err[256];

	/* The mode asked for, whatever the umask (0 here, 077 below). */
	assert_int_equal(status_write(fx->doc, fx->path, 0640, (gid_t)-1), 0);
	assert_int_equal(stat(fx->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	assert_int_equal(st.st_gid, getegid());
	umask(077);
	assert_int_equal(status_write(fx->doc, fx->path, 0604, (gid_t)-1), 0);
	assert_int_equal(stat(fx->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0604);
	umask(old);
	assert_int_equal(status_load(fx->path, &back, err, sizeof(err)), 0);
	assert_true(json_object_equal(fx->doc, back));
	json_object_put(back);

	/* The group asked for (root may give any group away). */
	if (geteuid() == 0) {
		assert_int_equal(status_write(fx->doc, fx->path, 0640, 4242),
		    0);
		assert_int_equal(stat(fx->path, &st), 0);
		assert_int_equal(st.st_gid, 4242);
		assert_int_equal(st.st_mode & 07777, 0640);
	}
	/* Only the document is left: no temporary file. */
	assert_int_equal(count_entries(fx->dir), 1);
}

/*
 * The old code wrote PATH.tmp.PID with O_CREAT|O_TRUNC: a symlink planted
 * there made it write through the link.  Plant links at that name and at
 * the dot-names a template would produce; the victim must stay as it was
 * and every link must still be a link.
 */
static void
test_planted_links(void **state)
{
	struct fixture *fx = *state;
	char victim[160], *before, *after;
	char names[4][200];
	struct stat st;
	size_t i;
	int fd;

	snprintf(victim, sizeof(victim), "%s/victim", fx->dir);
	fd = open(victim, O_WRONLY | O_CREAT | O_EXCL, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "secret\n", 7), 7);
	close(fd);
	before = slurp(victim);
	snprintf(names[0], sizeof(names[0]), "%s.tmp.%ld", fx->path,
	    (long)getpid());
	snprintf(names[1], sizeof(names[1]), "%s.tmp", fx->path);
	snprintf(names[2], sizeof(names[2]), "%s/.status.json.XXXXXX",
	    fx->dir);
	snprintf(names[3], sizeof(names[3]), "%s/.status.json.tmp", fx->dir);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		assert_int_equal(symlink(victim, names[i]), 0);
	assert_int_equal(status_write(fx->doc, fx->path, 0640, (gid_t)-1), 0);
	after = slurp(victim);
	assert_string_equal(before, after);
	assert_int_equal(lstat(victim, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	/* victim, the links, the document: nothing else. */
	assert_int_equal(count_entries(fx->dir), 2 +
	    sizeof(names) / sizeof(names[0]));
	assert_int_equal(lstat(fx->path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	free(before);
	free(after);

	/* The document itself a link: replaced, the target untouched. */
	unlink(fx->path);
	assert_int_equal(symlink(victim, fx->path), 0);
	assert_int_equal(status_write(fx->doc, fx->path, 0640, (gid_t)-1), 0);
	after = slurp(victim);
	assert_string_equal(after, "secret\n");
	free(after);
	assert_int_equal(lstat(fx->path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
}

/* A write that fails (file size limit: even root is stopped) leaves the
 * old document as it was and no temporary file behind. */
static void
test_failed_write_keeps_old(void **state)
{
	struct fixture *fx = *state;
	struct json_object *big = json_object_new_object();
	struct rlimit old, small;
	char *before, *after, pad[8192];
	void (*prev)(int);
	int rc;

	assert_int_equal(status_write(fx->doc, fx->path, 0640, (gid_t)-1), 0);
	before = slurp(fx->path);
	memset(pad, 'x', sizeof(pad) - 1);
	pad[sizeof(pad) - 1] = '\0';
	json_object_object_add(big, "version", json_object_new_int(1));
	json_object_object_add(big, "pad", json_object_new_string(pad));

	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 4096;
	prev = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	rc = status_write(big, fx->path, 0640, (gid_t)-1);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, prev);
	assert_int_equal(rc, -EFBIG);

	after = slurp(fx->path);
	assert_string_equal(before, after);
	assert_int_equal(count_entries(fx->dir), 1);
	free(before);
	free(after);
	json_object_put(big);

	/* A directory that does not exist: an error, nothing written. */
	assert_int_equal(status_write(fx->doc, "/nonexistent-evidenced/s.json",
	    0640, (gid_t)-1), -ENOENT);
}

/* A FIFO named as the status is refused at once (alarm: fail, not hang). */
static void
test_load_fifo(void **state)
{
	struct fixture *fx = *state;
	struct json_object *doc = NULL;
	char err[256];

	assert_int_equal(mkfifo(fx->path, 0600), 0);
	alarm(10);
	assert_int_equal(status_load(fx->path, &doc, err, sizeof(err)),
	    -EINVAL);
	alarm(0);
	assert_null(doc);
	assert_non_null(strstr(err, "status.json: not a regular file"));
	unlink(fx->path);
	assert_int_equal(status_load(fx->path, &doc, err, sizeof(err)),
	    -ENOENT);
}

/*
 * A directory of files that all nearly match one item: the document lists
 * STATUS_MAX_CANDIDATES of them, the first in the verdict's (path) order,
 * and says how many were left out; a short list is complete with 0.
 */
static void
test_candidates_capped(void **state)
{
	enum { N = STATUS_MAX_CANDIDATES + 7 };
	static struct file_record recs[N];
	static struct file_facts facts[N];
	static struct file_match ms[N];
	static struct verdict_file vfs[N];
	static char paths[N][32];
	struct rule_clause clause = { .id = "35", .phase = "", .text = "t",
	    .proof = "", .levels = EV_LEVEL_BIT(2) };
	struct rule_item items[2] = {
		{ .id = "sla", .label = "SLA", .min_files = 1,
		    .clause = &clause },
		{ .id = "few", .label = "few", .min_files = 1,
		    .clause = &clause },
	};
	struct verdict_item vis[2];
	struct verdict_clause vc;
	struct verdict v;
	struct json_object *doc = NULL, *ev, *it, *c, *val;
	size_t i;

	(void)state;
	for (i = 0; i < N; i++) {
		snprintf(paths[i], sizeof(paths[i]), "SLA/附件%02zu.docx", i);
		facts[i].path = paths[i];
		strcpy(facts[i].format, "docx");
		recs[i].facts = &facts[i];
		ms[i].clause_id = clause.id;
		ms[i].item_id = items[0].id;
		ms[i].matched_by = MATCH_NAME;
		ms[i].reason = (char *)"content lacks";
		vfs[i].rec = &recs[i];
		vfs[i].match = &ms[i];
	}
	memset(vis, 0, sizeof(vis));
	vis[0].item = &items[0];
	vis[0].state = ITEM_MISSING;
	vis[0].n_candidates = N;
	vis[0].candidates = vfs;
	vis[1].item = &items[1];
	vis[1].state = ITEM_MISSING;
	vis[1].n_candidates = 3;
	vis[1].candidates = vfs;
	memset(&vc, 0, sizeof(vc));
	vc.clause = &clause;
	vc.state = CLAUSE_MISSING;
	vc.n_items = 2;
	vc.items = vis;
	memset(&v, 0, sizeof(v));
	v.level = 2;
	v.n_clauses = 1;
	v.clauses = &vc;

	assert_int_equal(status_build(&v, NULL, "/srv/share", &doc), 0);
	c = json_object_array_get_idx(json_object_object_get(doc, "clauses"),
	    0);
	ev = json_object_object_get(c, "evidence");
	it = json_object_array_get_idx(ev, 0);
	val = json_object_object_get(it, "candidates");
	assert_int_equal(json_object_array_length(val),
	    STATUS_MAX_CANDIDATES);
	assert_string_equal(json_object_get_string(json_object_object_get(
	    json_object_array_get_idx(val, STATUS_MAX_CANDIDATES - 1),
	    "path")), paths[STATUS_MAX_CANDIDATES - 1]);
	assert_int_equal(json_object_get_int(json_object_object_get(it,
	    "candidates_omitted")), 7);
	it = json_object_array_get_idx(ev, 1);
	assert_int_equal(json_object_array_length(json_object_object_get(it,
	    "candidates")), 3);
	assert_int_equal(json_object_get_int(json_object_object_get(it,
	    "candidates_omitted")), 0);
	json_object_put(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_mode_and_group, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_planted_links, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_failed_write_keeps_old,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_fifo, setup,
		    teardown),
		cmocka_unit_test(test_candidates_capped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
