/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_config.c - the configuration reader (config.c): config_load() on
 * the input through /proc/self/fd/N, as it reads a real file; a file
 * that loads must give values within the documented ranges.
 *
 * fuzz-seeds: examples:conf tests/data/rules:rules
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "evidenced/config.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ev_config cfg;
	char path[64], err[512];
	int fd = fuzz_memfd(data, size), rc;

	fuzz_fd_path(fd, path, sizeof(path));
	config_init(&cfg);
	err[0] = '\0';
	rc = config_load(path, &cfg, err, sizeof(err));
	FUZZ_ASSERT(rc == 0 || rc == -EINVAL || rc == -ENOMEM);
	FUZZ_ASSERT(rc != -EINVAL || err[0] != '\0');
	FUZZ_ASSERT(memchr(err, '\0', sizeof(err)) != NULL);
	if (rc == 0)
		FUZZ_ASSERT(cfg.level >= 0 && cfg.level <= 3);
	config_free(&cfg);
	close(fd);
	return 0;
}
