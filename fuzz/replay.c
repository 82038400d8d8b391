/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * replay.c - run a fuzz target's LLVMFuzzerTestOneInput on files, without
 * libFuzzer: linked with one target into the ASan build, it replays the
 * committed crash inputs (fuzz/regress/NAME/) in make check.
 *
 * Usage: fuzz_NAME-replay FILE|DIR ...  (a directory: every file in it)
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* Weak: a target need not define it (libFuzzer treats it the same). */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

/* Read path whole; 0 or -errno. */
static int
slurp(const char *path, uint8_t **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL, *p;
	size_t cap = 0, n = 0, got;
	int rc = 0;

	if (f == NULL)
		return -errno;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((p = realloc(buf, cap)) == NULL) {
				rc = -ENOMEM;
				goto done;
			}
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
		rc = -EIO;
done:
	fclose(f);
	if (rc < 0) {
		free(buf);
		return rc;
	}
	*out = buf;
	*len = n;
	return 0;
}

static int
replay_file(const char *path)
{
	uint8_t *data = NULL;
	size_t len = 0;
	int rc;

	if ((rc = slurp(path, &data, &len)) < 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(-rc));
		return 1;
	}
	fprintf(stderr, "replay %s (%zu bytes)\n", path, len);
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	return 0;
}

/* Files of dir in name order, so a failure names the same file twice. */
static int
replay_dir(const char *dir)
{
	struct dirent **names = NULL;
	char path[4096];
	int i, n, bad = 0;

	if ((n = scandir(dir, &names, NULL, alphasort)) < 0) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		return 1;
	}
	for (i = 0; i < n; i++) {
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && stat(path, &st) == 0 &&
		    S_ISREG(st.st_mode))
			bad |= replay_file(path);
		free(names[i]);
	}
	free(names);
	return bad;
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, bad = 0, count = 0;

	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			bad |= replay_dir(argv[i]);
		else
			bad |= replay_file(argv[i]);
		count++;
	}
	if (count == 0)
		fprintf(stderr, "usage: %s FILE|DIR ...\n", argv[0]);
	return bad || count == 0;
}
