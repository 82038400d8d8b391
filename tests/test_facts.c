/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_facts.c - the facts wire format: a round trip keeps every field,
 * and every malformed blob (truncated, a field repeated, a length past
 * the end, bad UTF-8, an impossible value) is refused, never trusted.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/facts.h"

static struct file_facts *
sample(void)
{
	struct file_facts *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	assert_int_equal(file_facts_rename(f,
	    "SLA/\xb7\xfe\xce\xf1.docx"), 0);       /* GBK 服务 */
	f->id.dev = 2049;
	f->id.ino = 1234567;
	f->id.size = 4096;
	f->id.mtime_ns = 1773532800123456789LL;
	f->id.ctime_ns = -5;                         /* before 1970 */
	strcpy(f->format, "docx");
	f->mime = strdup("application/vnd.openxmlformats");
	f->typeclass = 1;
	f->extracted = true;
	f->text_status = EXTRACT_LIMIT;
	f->text_reason = strdup("limit: text cut");
	f->text_truncated = true;
	f->title = strdup("服务级别协议");
	f->created = 1700000000;
	f->modified = 1710000000;
	f->text_date = 1720000000;
	f->date = 1720000000;
	f->date_source = DATE_SOURCE_TEXT;
	f->text = strdup("服务级别协议 驻场");
	f->text_len = strlen(f->text);
	return f;
}

static void
test_round_trip(void **state)
{
	struct file_facts *f = sample(), *g = NULL;
	uint8_t *buf = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(facts_encode(f, FACTS_ENCODE_TEXT, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_string_equal(g->relpath, f->relpath);
	assert_string_equal(g->path, "SLA/服务 [GBK].docx");
	assert_int_equal(g->name_decoding, PATHNAME_GB18030);
	assert_true(file_identity_equal(&f->id, &g->id));
	assert_string_equal(g->format, "docx");
	assert_string_equal(g->mime, f->mime);
	assert_int_equal(g->typeclass, 1);
	assert_true(g->extracted);
	assert_int_equal(g->text_status, EXTRACT_LIMIT);
	assert_string_equal(g->text_reason, "limit: text cut");
	assert_true(g->text_truncated);
	assert_string_equal(g->title, "服务级别协议");
	assert_int_equal(g->created, 1700000000);
	assert_int_equal(g->modified, 1710000000);
	assert_int_equal(g->text_date, 1720000000);
	assert_int_equal(g->date_source, DATE_SOURCE_TEXT);
	assert_string_equal(g->text, f->text);
	assert_int_equal(g->text_len, f->text_len);
	file_facts_free(g);
	free(buf);

	/* Without the text: its length survives, so "had text" is known. */
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_null(g->text);
	assert_int_equal(g->text_len, f->text_len);
	file_facts_free(g);

	/* A slim record's part: the name, the identity, unreadable or not
	 * (text_status LIMIT: it was read, partly); cut short, nothing. */
	{
		struct file_identity id;
		char *rel = NULL;
		bool unreadable = false, this_build = true;

		assert_int_equal(facts_decode_stub(buf, len, &rel, &id,
		    &unreadable, &this_build), 0);
		assert_string_equal(rel, f->relpath);
		assert_true(file_identity_equal(&id, &f->id));
		assert_true(unreadable);
		free(rel);
		assert_int_equal(facts_decode_stub(buf, len - 3, &rel, &id,
		    &unreadable, &this_build), -EINVAL);
		assert_null(rel);
		f->text_status = EXTRACT_OK;
		free(buf);
		assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
		assert_int_equal(facts_decode_stub(buf, len, &rel, &id,
		    &unreadable, &this_build), 0);
		assert_false(unreadable);
		free(rel);
	}
	free(buf);
	file_facts_free(f);
}

/*
 * The build that extracted the facts travels with them: facts of this
 * build are this build's, a stamp from another or none (an older build)
 * are not, and a stamp that is not printable ASCII, or too long, makes
 * the blob invalid.
 */
static void
test_build_stamp(void **state)
{
	struct file_facts *f = sample(), *g = NULL;
	uint8_t *buf = NULL;
	size_t len = 0, at;
	struct file_identity id;
	char *rel = NULL;
	bool unreadable, this_build;
	const char *me = facts_build_id();

	(void)state;
	/* The tests are built as the daemon is: with a name. */
	assert_true(strlen(me) > 0 && strlen(me) < FACTS_BUILD_MAX);
	assert_false(facts_of_this_build(f));
	facts_stamp_build(f);
	assert_true(facts_of_this_build(f));
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_string_equal(g->build, me);
	assert_true(facts_of_this_build(g));
	file_facts_free(g);
	assert_int_equal(facts_decode_stub(buf, len, &rel, &id, &unreadable,
	    &this_build), 0);
	assert_true(this_build);
	free(rel);
	/* Another build's name, of the same length. */
	at = (size_t)((uint8_t *)memmem(buf, len, me, strlen(me)) - buf);
	buf[at] = buf[at] == '0' ? '1' : '0';
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_false(facts_of_this_build(g));
	file_facts_free(g);
	assert_int_equal(facts_decode_stub(buf, len, &rel, &id, &unreadable,
	    &this_build), 0);
	assert_false(this_build);
	free(rel);
	/* Not printable: refused by both readers. */
	buf[at] = '\n';
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	assert_null(g);
	assert_int_equal(facts_decode_stub(buf, len, &rel, &id, &unreadable,
	    &this_build), -EINVAL);
	free(buf);
	file_facts_free(f);
}

static void
test_malformed(void **state)
{
	struct file_facts *f = sample(), *g = NULL;
	uint8_t *buf = NULL, *copy;
	size_t len = 0, cut;

	(void)state;
	assert_int_equal(facts_encode(f, FACTS_ENCODE_TEXT, &buf, &len), 0);
	/* Every truncation is refused (or, cut at a field boundary after
	 * the required fields, decodes to a consistent prefix). */
	for (cut = 0; cut < len; cut++) {
		int rc = facts_decode(buf, cut, &g);

		assert_true(rc == 0 || rc == -EINVAL);
		if (rc == 0) {
			assert_non_null(g->relpath);
			assert_true(g->text == NULL ||
			    strlen(g->text) == g->text_len);
			file_facts_free(g);
		} else
			assert_null(g);
	}
	copy = malloc(len * 2);
	assert_non_null(copy);

	/* Bad magic. */
	memcpy(copy, buf, len);
	copy[0] = 'X';
	assert_int_equal(facts_decode(copy, len, &g), -EINVAL);

	/* A field repeated (the relpath field, appended again). */
	memcpy(copy, buf, len);
	memcpy(copy + len, buf + 4, 5 + buf[5]);
	assert_int_equal(facts_decode(copy, len + 5 + buf[5], &g), -EINVAL);

	/* A length past the end. */
	memcpy(copy, buf, len);
	copy[5] = 0xff;
	copy[8] = 0x7f;
	assert_int_equal(facts_decode(copy, len, &g), -EINVAL);

	/* A NUL inside a UTF-8 string (the text, the title) or inside the
	 * raw name: each refused. */
	{
		const char *in[] = { " 驻场", "协议", "\xb7\xfe" };
		size_t k;
		uint8_t *at;

		for (k = 0; k < 3; k++) {
			memcpy(copy, buf, len);
			at = memmem(copy, len, in[k], strlen(in[k]));
			assert_non_null(at);
			at[1] = '\0';
			assert_int_equal(facts_decode(copy, len, &g), -EINVAL);
			assert_null(g);
		}
	}

	/* An unknown tag is skipped (a newer writer). */
	memcpy(copy, buf, len);
	memcpy(copy + len, "\xc8\x02\x00\x00\x00hi", 7);
	assert_int_equal(facts_decode(copy, len + 7, &g), 0);
	file_facts_free(g);
	free(copy);
	free(buf);

	/* Invalid UTF-8 in the display path; an impossible type class. */
	free(f->path);
	f->path = strdup("bad\xff");
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	free(buf);
	free(f->path);
	f->path = strdup("ok");
	f->typeclass = 3;
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	free(buf);
	file_facts_free(f);
}

/*
 * The text field's UTF-8 check says what g_utf8_validate() says, on
 * strings made to sit on its edges: overlong forms, surrogates, past
 * U+10FFFF, sequences cut by the end of the field, NUL, ASCII runs of
 * eight and more around them.
 */
static void
test_utf8_like_glib(void **state)
{
	static const uint8_t pieces[][4] = {
		{ 1, 'a' }, { 1, 0x00 }, { 1, 0x7f }, { 2, 0xc2, 0x80 },
		{ 2, 0xc1, 0xbf }, { 2, 0xdf, 0xbf }, { 3, 0xe0, 0xa0, 0x80 },
		{ 3, 0xe0, 0x9f, 0xbf }, { 3, 0xed, 0x9f, 0xbf },
		{ 3, 0xed, 0xa0, 0x80 }, { 3, 0xe6, 0x9c, 0x8d },
		{ 3, 0xef, 0xbf, 0xbf }, { 3, 0xf0, 0x90, 0x80 },
		{ 3, 0xf0, 0x8f, 0xbf }, { 3, 0xf4, 0x8f, 0xbf },
		{ 3, 0xf4, 0x90, 0x80 }, { 1, 0xf5 }, { 1, 0xff },
		{ 1, 0x80 }, { 1, 0xbf }, { 2, 0xe6, 0x9c }, { 1, 0xf0 },
	};
	const size_t np = sizeof(pieces) / sizeof(pieces[0]);
	struct file_facts *f = sample(), *g = NULL;
	uint8_t *buf = NULL, *at, field[48];
	size_t len = 0, n, k, m, valid = 0, tries;
	GRand *r = g_rand_new_with_seed(7);

	(void)state;
	free(f->text);
	f->text = strdup("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
	f->text_len = 40;
	f->title = (free(f->title), NULL);
	assert_int_equal(facts_encode(f, FACTS_ENCODE_TEXT, &buf, &len), 0);
	at = memmem(buf, len, f->text, 40);
	assert_non_null(at);
	for (tries = 0; tries < 20000; tries++) {
		/* Pieces and ASCII runs up to 40 bytes, the rest ASCII:
		 * the field's length stays 40. */
		for (n = 0; n < 40;) {
			if (g_rand_int_range(r, 0, 3) == 0) {
				m = (size_t)g_rand_int_range(r, 1, 12);
				for (k = 0; k < m && n < 40; k++)
					field[n++] = 'a' + (uint8_t)k;
				continue;
			}
			k = (size_t)g_rand_int_range(r, 0, (gint32)np);
			for (m = 1; m <= pieces[k][0] && n < 40; m++)
				field[n++] = pieces[k][m];
		}
		memcpy(at, field, 40);
		bool want = g_utf8_validate((const char *)field, 40, NULL);
		int rc = facts_decode(buf, len, &g);

		assert_int_equal(rc, want ? 0 : -EINVAL);
		if (rc == 0) {
			assert_memory_equal(g->text, field, 40);
			file_facts_free(g);
			valid++;
		}
		g = NULL;
	}
	/* Both answers were asked for many times. */
	assert_true(valid > 100 && valid < tries - 100);
	g_rand_free(r);
	free(buf);
	file_facts_free(f);
}

/* Sample sections over f's text: a chapter, a sheet and its column. */
static void
add_sections(struct file_facts *f)
{
	static const struct doc_section v[] = {
		{ DOC_SECTION_HEADING, 1, false, (char *)"第三章 问题管理程序",
		    NULL, 0, 6 },
		{ DOC_SECTION_SHEET, 1, false, (char *)"维护记录", NULL, 6, 12 },
		{ DOC_SECTION_COLUMN, 2, true, (char *)"病毒查杀",
		    (char *)"维护记录", 6, 12 },
	};

	assert_int_equal(facts_sections_copy(f, v, 3), 0);
}

static void
test_sections_round_trip(void **state)
{
	struct file_facts *f = sample(), *g = NULL, *d;
	uint8_t *buf = NULL;
	size_t len = 0, i;
	char *label;

	(void)state;
	add_sections(f);
	/* Sections travel without the text too: the state database keeps
	 * the text apart. */
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_int_equal(g->n_sections, 3);
	for (i = 0; i < 3; i++) {
		assert_int_equal(g->sections[i].kind, f->sections[i].kind);
		assert_int_equal(g->sections[i].level, f->sections[i].level);
		assert_int_equal(g->sections[i].has_data_rows,
		    f->sections[i].has_data_rows);
		assert_string_equal(g->sections[i].heading,
		    f->sections[i].heading);
		assert_int_equal(g->sections[i].start, f->sections[i].start);
		assert_int_equal(g->sections[i].end, f->sections[i].end);
	}
	assert_null(g->sections[0].sheet);
	assert_string_equal(g->sections[2].sheet, "维护记录");
	label = facts_section_label(g, 0);
	assert_string_equal(label, "§1 第三章 问题管理程序");
	free(label);
	label = facts_section_label(g, 2);
	assert_string_equal(label, "sheet 维护记录, column 病毒查杀");
	free(label);
	d = file_facts_dup(g, false);
	assert_non_null(d);
	assert_int_equal(d->n_sections, 3);
	assert_ptr_not_equal(d->sections[1].heading, g->sections[1].heading);
	assert_string_equal(d->sections[1].heading, "维护记录");
	file_facts_free(d);
	file_facts_free(g);
	free(buf);
	file_facts_free(f);
}

/* Tables travel like sections; a bad one makes the blob invalid, and an
 * older reader (which knows no TAG_TABLES) skips the field. */
static void
test_tables_round_trip(void **state)
{
	struct file_facts *f = sample(), *g = NULL, *d;
	uint8_t *buf = NULL;
	size_t len = 0;

	(void)state;
	f->tables = calloc(2, sizeof(*f->tables));
	assert_non_null(f->tables);
	f->tables[0].start = 0;
	f->tables[0].end = 3;
	f->tables[1].start = 5;
	f->tables[1].end = f->text_len;
	f->n_tables = 2;
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), 0);
	assert_int_equal(g->n_tables, 2);
	assert_int_equal(g->tables[0].end, 3);
	assert_int_equal(g->tables[1].start, 5);
	assert_int_equal(g->tables[1].end, f->text_len);
	d = file_facts_dup(g, false);
	assert_non_null(d);
	assert_int_equal(d->n_tables, 2);
	assert_ptr_not_equal(d->tables, g->tables);
	assert_int_equal(d->tables[1].start, 5);
	file_facts_free(d);
	file_facts_free(g);
	g = NULL;
	free(buf);
	/* Empty, overlapping, out of order, past the text. */
	f->tables[0].end = 0;
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	free(buf);
	f->tables[0].end = 6;
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	free(buf);
	f->tables[0].end = 3;
	f->tables[1].end = f->text_len + 1;
	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	assert_null(g);
	free(buf);
	f->n_tables = DOC_TABLES_MAX + 1;
	assert_int_equal(facts_encode(f, 0, &buf, &len), -EINVAL);
	f->n_tables = 2;
	file_facts_free(f);
}

/* Encode f, expect facts_decode to refuse it. */
static void
expect_refused(struct file_facts *f)
{
	struct file_facts *g = NULL;
	uint8_t *buf = NULL;
	size_t len = 0;

	assert_int_equal(facts_encode(f, 0, &buf, &len), 0);
	assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	assert_null(g);
	free(buf);
}

static void
test_sections_malformed(void **state)
{
	struct file_facts *f = sample(), *g = NULL;
	uint8_t *buf = NULL;
	size_t len = 0, cut;
	char *keep;

	(void)state;
	add_sections(f);
	/* Past the end of the text. */
	f->sections[1].end = f->text_len + 1;
	expect_refused(f);
	f->sections[1].end = 12;
	/* Start after end. */
	f->sections[0].start = 7;
	expect_refused(f);
	f->sections[0].start = 0;
	/* An impossible level, kind. */
	f->sections[0].level = 0;
	expect_refused(f);
	f->sections[0].level = 10;
	expect_refused(f);
	f->sections[0].level = 1;
	f->sections[0].kind = (enum doc_section_kind)3;
	expect_refused(f);
	f->sections[0].kind = DOC_SECTION_HEADING;
	/* A column without its sheet; a heading with one. */
	keep = f->sections[2].sheet;
	f->sections[2].sheet = NULL;
	expect_refused(f);
	f->sections[2].sheet = keep;
	f->sections[0].sheet = strdup("x");
	expect_refused(f);
	free(f->sections[0].sheet);
	f->sections[0].sheet = NULL;
	/* Bad UTF-8 in a heading, and one longer than the cap. */
	keep = f->sections[1].heading;
	f->sections[1].heading = (char *)"bad\xff";
	expect_refused(f);
	f->sections[1].heading = g_malloc0(DOC_SECTION_HEADING_MAX + 2);
	memset(f->sections[1].heading, 'a', DOC_SECTION_HEADING_MAX + 1);
	expect_refused(f);
	free(f->sections[1].heading);
	f->sections[1].heading = keep;
	/* More sections than the cap cannot even be written. */
	f->n_sections = DOC_SECTIONS_MAX + 1;
	assert_int_equal(facts_encode(f, 0, &buf, &len), -EINVAL);
	f->n_sections = 3;
	/* Every truncation of the valid blob: refused or a clean prefix. */
	assert_int_equal(facts_encode(f, FACTS_ENCODE_TEXT, &buf, &len), 0);
	for (cut = 0; cut < len; cut++) {
		int rc = facts_decode(buf, cut, &g);

		assert_true(rc == 0 || rc == -EINVAL);
		if (rc == 0) {
			assert_true(g->n_sections == 0 || g->n_sections == 3);
			file_facts_free(g);
		}
	}
	/* A count larger than the sections that follow. */
	{
		uint8_t *p = buf + 4;

		while ((size_t)(p - buf) < len && p[0] != 25)
			p += 5 + ((size_t)p[1] | (size_t)p[2] << 8 |
			    (size_t)p[3] << 16 | (size_t)p[4] << 24);
		assert_true((size_t)(p - buf) < len);
		p[5] = 4;
		assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
		p[5] = 0;       /* zero sections: not written, so refused */
		assert_int_equal(facts_decode(buf, len, &g), -EINVAL);
	}
	free(buf);
	file_facts_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_build_stamp),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_utf8_like_glib),
		cmocka_unit_test(test_sections_round_trip),
		cmocka_unit_test(test_tables_round_trip),
		cmocka_unit_test(test_sections_malformed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
