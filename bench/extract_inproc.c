/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_inproc.c - in-process extraction throughput per format, the
 * way the daemon extracts (no process start per file).
 *
 * Usage: extract_inproc DIR [ROUNDS]
 * Prints, per format: files, MB, files/s and MB/s over ROUNDS passes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/extract.h"
#include "evidenced/filetype.h"

#define MAX_FORMATS 32

struct row {
	const char *format;
	size_t files;
	double bytes, seconds;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct row rows[MAX_FORMATS];
	struct extract_limits lim;
	struct filetype *ft;
	struct dirent *de;
	size_t nrows = 0, i;
	int rounds = argc > 2 ? atoi(argv[2]) : 5, r;
	DIR *d;

	if (argc < 2 || rounds < 1) {
		fprintf(stderr, "usage: extract_inproc DIR [ROUNDS]\n");
		return 2;
	}
	if ((d = opendir(argv[1])) == NULL || (ft = filetype_new()) == NULL) {
		perror(argv[1]);
		return 1;
	}
	extract_limits_default(&lim);
	memset(rows, 0, sizeof(rows));
	while ((de = readdir(d)) != NULL) {
		struct filetype_info ti;
		struct stat st;
		char path[4096];
		double t0;
		int fd;

		snprintf(path, sizeof(path), "%s/%s", argv[1], de->d_name);
		if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
			continue;
		if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
			continue;
		if (filetype_detect_fd(ft, fd, de->d_name, &ti) < 0) {
			close(fd);
			continue;
		}
		for (i = 0; i < nrows; i++)
			if (strcmp(rows[i].format, ti.format) == 0)
				break;
		if (i == nrows && nrows < MAX_FORMATS)
			rows[nrows++].format = ti.format;
		t0 = now();
		for (r = 0; r < rounds; r++) {
			struct extract_result *res = NULL;

			if (extract_fd(fd, ti.format, &lim, &res) == 0)
				extract_result_free(res);
		}
		rows[i].seconds += now() - t0;
		rows[i].files++;
		rows[i].bytes += (double)st.st_size;
		close(fd);
	}
	closedir(d);
	filetype_free(ft);
	printf("%-7s %5s %7s %10s %9s\n", "format", "files", "MB",
	    "files/s", "MB/s");
	for (i = 0; i < nrows; i++) {
		double s = rows[i].seconds > 0 ? rows[i].seconds : 1e-9;

		printf("%-7s %5zu %7.2f %10.1f %9.2f\n", rows[i].format,
		    rows[i].files, rows[i].bytes / 1e6,
		    (double)rows[i].files * rounds / s,
		    rows[i].bytes * rounds / 1e6 / s);
	}
	return 0;
}
