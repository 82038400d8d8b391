/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_facts.c - the facts wire format (facts.c) that extraction workers
 * send back and the state database keeps: facts_decode() on the input.
 * What it accepts is consistent (relpath and path set, text length as
 * announced, valid UTF-8 display strings, tables in order within the
 * text) and encodes back to a blob
 * that decodes to the same facts; facts_decode_stub() agrees with it.
 *
 * fuzz-seeds: fuzz/seeds/facts
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/facts.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct file_facts *f = NULL, *g = NULL;
	uint8_t *buf = NULL;
	size_t len = 0, i;
	int rc;

	struct file_identity id;
	char *rel = NULL;
	bool unreadable, this_build;

	/* The slim reader accepts whatever the full one does, with the same
	 * name and identity (it checks fewer fields, so maybe more). */
	rc = facts_decode_stub(data, size, &rel, &id, &unreadable,
	    &this_build);
	FUZZ_ASSERT(rc == 0 || rc == -EINVAL || rc == -ENOMEM);
	FUZZ_ASSERT(rc == 0 || rel == NULL);
	rc = facts_decode(data, size, &f);
	FUZZ_ASSERT(rc == 0 || rc == -EINVAL || rc == -ENOMEM);
	FUZZ_ASSERT(rc != 0 || (rel != NULL && strcmp(rel, f->relpath) == 0 &&
	    file_identity_equal(&id, &f->id) &&
	    this_build == facts_of_this_build(f)));
	free(rel);
	if (rc != 0) {
		FUZZ_ASSERT(f == NULL);
		return 0;
	}
	FUZZ_ASSERT(f->relpath != NULL && f->relpath[0] != '\0');
	FUZZ_ASSERT(f->path != NULL && g_utf8_validate(f->path, -1, NULL));
	FUZZ_ASSERT(f->text == NULL || strlen(f->text) == f->text_len);
	FUZZ_ASSERT(f->title == NULL || g_utf8_validate(f->title, -1, NULL));
	FUZZ_ASSERT(facts_encode(f, FACTS_ENCODE_TEXT | FACTS_ENCODE_RAW,
	    &buf, &len) == 0);
	FUZZ_ASSERT(facts_decode(buf, len, &g) == 0);
	FUZZ_ASSERT(strcmp(f->relpath, g->relpath) == 0);
	FUZZ_ASSERT(strcmp(f->path, g->path) == 0);
	FUZZ_ASSERT(file_identity_equal(&f->id, &g->id));
	FUZZ_ASSERT(f->text_len == g->text_len);
	FUZZ_ASSERT(strcmp(f->format, g->format) == 0);
	FUZZ_ASSERT(f->n_tables == g->n_tables);
	for (i = 0; i < f->n_tables; i++)
		FUZZ_ASSERT(f->tables[i].start < f->tables[i].end &&
		    f->tables[i].end <= f->text_len &&
		    (i == 0 || f->tables[i - 1].end <= f->tables[i].start) &&
		    f->tables[i].end == g->tables[i].end);
	file_facts_free(g);
	file_facts_free(f);
	free(buf);
	return 0;
}
