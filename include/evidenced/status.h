/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * status.h - the status document: the contract between the daemon, the
 * CLI and monitoring (README.md, "The status document").
 *
 * Written with json-c, replaced atomically (write to a temporary file in
 * the same directory, fsync, rename) so a reader never sees half a file.
 */
#ifndef EVIDENCED_STATUS_H
#define EVIDENCED_STATUS_H

#include <json-c/json.h>

#include "evidenced/evindex.h"
#include "evidenced/verdict.h"

#define STATUS_VERSION 1

/*
 * Build the document for verdict v (problems taken from idx, which may be
 * NULL).  share is the absolute share path.  0 and *out (caller puts it
 * with json_object_put), or -ENOMEM.
 */
int status_build(const struct verdict *v, const struct evindex *idx,
    const char *share, struct json_object **out);

/* Write doc to path atomically (mode 0644).  0 or negative errno. */
int status_write(struct json_object *doc, const char *path);

/*
 * Read and check a status document: 0 and *out (caller puts it), -ENOENT,
 * -EINVAL when it is not JSON or not a status document (version missing
 * or newer than STATUS_VERSION); err gets a message.
 */
int status_load(const char *path, struct json_object **out, char *err,
    size_t errlen);

#endif
