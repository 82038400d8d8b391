/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * filetype.h - what a file is, by content (libmagic) first, extension
 * second.
 *
 * libmagic often answers with a generic container type (application/zip,
 * application/x-ole-storage, application/CDFV2): then the extension (and,
 * for zip, the container's own [Content_Types].xml / mimetype entry where
 * cheap) decides between docx/xlsx/pptx or doc/xls/ppt.  A file whose
 * content contradicts its extension is classified by its content.
 *
 * libmagic's full signature tests cost most of a scan, so the common cases
 * are decided first from the first bytes (PDF, zip, OLE2, JPEG, PNG, GIF,
 * TIFF, RTF signatures; plain text by a byte scan) with the same answers;
 * libmagic sees only what is left.  EVIDENCED_FULL_MAGIC=1 in the
 * environment of filetype_new() turns the cheap path off (to compare).
 */
#ifndef EVIDENCED_FILETYPE_H
#define EVIDENCED_FILETYPE_H

#include <stdbool.h>
#include <stddef.h>

#include "evidenced/rules.h"

/* Read first of every file: enough for every signature, and most text
 * files whole. */
#define FILETYPE_PROBE_BYTES    4096

struct filetype_info {
	char mime[128];         /* as libmagic said, e.g. "application/pdf",
				   or would have said (the cheap path) */
	const char *format;     /* static: "docx","xlsx","pptx","odt","ods",
				   "odp","doc","xls","ppt","pdf","rtf","wps",
				   "et","txt","csv","md","html","jpeg","png",
				   "tiff","empty","other" */
	unsigned typeclass;     /* one enum ev_typeclass bit */
};

struct filetype;

/* Opens the magic database; reads EVIDENCED_FULL_MAGIC.  NULL with errno
 * set on failure. */
struct filetype *filetype_new(void);
void filetype_free(struct filetype *ft);

/*
 * Detect the type of the open regular file fd (offset restored).  name is
 * the file's base name, for the extension tie-break.  0 or negative errno.
 * An empty file gets format "empty", class EV_TYPE_OTHER.
 */
int filetype_detect_fd(struct filetype *ft, int fd, const char *name,
    struct filetype_info *out);
/* The same with fd's fstat already taken by the caller (st): a system
 * call less per file where the caller needs it too. */
struct stat;
int filetype_detect_stat(struct filetype *ft, int fd, const struct stat *st,
    const char *name, struct filetype_info *out);

/*
 * Whether a file named name (a base name or a path) is, by its extension,
 * of a type told by its signature in its first FILETYPE_PROBE_BYTES and
 * never read further (a JPEG, a PNG, ...): what to read ahead of it
 * (pool_prefetch()).  Only a guess from the name: its content still
 * decides what it is, and a file misnamed so is only read later.
 */
bool filetype_name_head_only(const char *name);

/* Map a MIME type and base name without opening anything (tests, explain). */
void filetype_from_mime(const char *mime, const char *name,
    struct filetype_info *out);

#endif
