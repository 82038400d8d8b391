/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_status.c - the status document reader (status.c): status_load()
 * on the input through /proc/self/fd/N.  A document it accepts has the
 * version and clauses it checked for.
 *
 * fuzz-seeds: fuzz/seeds/status
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "evidenced/status.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_object *doc = NULL;
	char path[64], err[512];
	int fd = fuzz_memfd(data, size), rc;

	fuzz_fd_path(fd, path, sizeof(path));
	err[0] = '\0';
	rc = status_load(path, &doc, err, sizeof(err));
	FUZZ_ASSERT(rc == 0 || rc == -EINVAL || rc == -ENOMEM);
	if (rc == 0) {
		FUZZ_ASSERT(doc != NULL);
		FUZZ_ASSERT(json_object_object_get_ex(doc, "version", NULL));
		FUZZ_ASSERT(json_object_object_get_ex(doc, "clauses", NULL));
	} else {
		FUZZ_ASSERT(doc == NULL && err[0] != '\0');
	}
	json_object_put(doc);
	close(fd);
	return 0;
}
