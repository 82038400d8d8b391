/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * ctl_explain.c - evidencectl explain FILE and text FILE: find the share
 * FILE lives in (folder names count), read it beneath that share the way
 * a scan does (in a worker unless configured in process), then say which
 * items it counts for or nearly matches and why, or print the text the
 * matcher sees.
 *
 * Ownership: each command owns the ruleset, matcher and file record it
 * makes and frees them before it returns.
 */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/classify.h"
#include "evidenced/dates.h"
#include "evidenced/facts.h"
#include "evidenced/log.h"
#include "evidenced/pathname.h"
#include "evidenced/pool.h"
#include "evidenced/rules.h"
#include "evidenced/scanner.h"
#include "evidenced/status.h"
#include "evidenced/textnorm.h"
#include "evidenced/worker.h"
#include "ctl.h"

/*
 * If the file abs (absolute, lexical) lies beneath dir, return its path
 * relative to dir and set root to dir's real path.  dir is compared both
 * as resolved and as written, so /share-link/x finds the share /srv/x
 * names.  The file's own path is never resolved: the opener resolves it
 * beneath root, where a link out of the share is refused.
 */
static const char *
beneath(const char *abs, const char *dir, char *root)
{
	const char *rel = NULL;
	gchar *lex;
	size_t rlen, llen;

	if (dir == NULL || realpath(dir, root) == NULL)
		return NULL;
	lex = g_canonicalize_filename(dir, NULL);
	rlen = strlen(root);
	llen = strlen(lex);
	if (rlen == 1)
		rel = abs + 1;             /* everything is beneath "/" */
	else if (strncmp(abs, root, rlen) == 0 && abs[rlen] == '/')
		rel = abs + rlen + 1;
	else if (llen > 1 && strncmp(abs, lex, llen) == 0 && abs[llen] == '/')
		rel = abs + llen + 1;
	g_free(lex);
	return rel != NULL && rel[0] != '\0' ? rel : NULL;
}

/*
 * Find the share FILE lives in, because folder names count: --share, else
 * the share of the status document, else the working directory, else the
 * file's own directory.  FILE is made absolute lexically (".." and "."
 * as written, no link followed), *rel points into abs.
 */
static int
locate_file(const struct options *o, const char *file, char *abs,
    char *root, const char **rel)
{
	struct json_object *doc = NULL;
	char err[512], cwd[PATH_MAX];
	const char *status_share = NULL;
	gchar *canon, *dir;

	canon = g_canonicalize_filename(file, NULL);
	if (strlen(canon) >= PATH_MAX || strcmp(canon, "/") == 0) {
		fprintf(stderr, "evidencectl: %s: not a file\n", file);
		g_free(canon);
		return EXIT_USAGE;
	}
	strcpy(abs, canon);
	g_free(canon);
	if (o->share == NULL && status_load(o->status_path, &doc, err,
	    sizeof(err)) == 0 && ctl_jstr(doc, "share")[0] != '\0')
		status_share = ctl_jstr(doc, "share");
	if ((*rel = beneath(abs, o->share, root)) == NULL &&
	    (*rel = beneath(abs, status_share, root)) == NULL)
		*rel = beneath(abs, getcwd(cwd, sizeof(cwd)), root);
	json_object_put(doc);
	if (o->share != NULL && *rel == NULL)
		log_warnx("%s is not beneath --share %s", file, o->share);
	if (*rel == NULL) {
		dir = g_path_get_dirname(abs);
		if (realpath(dir, root) == NULL) {
			ctl_error("%s", dir);
			g_free(dir);
			return EXIT_RUNTIME;
		}
		g_free(dir);
		*rel = strrchr(abs, '/') + 1;
	}
	return EXIT_OK;
}

/* The file could not be opened beneath root: say why in words. */
static void
open_refused(const char *file, const char *root, int rc)
{
	char *f = pathname_escape(file), *r = pathname_escape(root);

	if (rc == -EXDEV || rc == -ELOOP)
		fprintf(stderr, "evidencectl: %s: refused: it leads outside "
		    "the share %s (a symbolic link out, or a loop); only files "
		    "beneath the share are read\n", f ? f : "?", r ? r : "?");
	else if (rc == -EINVAL)
		fprintf(stderr, "evidencectl: %s: not a regular file\n",
		    f ? f : "?");
	else
		fprintf(stderr, "evidencectl: %s: cannot check: %s\n",
		    f ? f : "?", strerror(-rc));
	free(f);
	free(r);
}

/* The file is parsed where a scan would parse it: in a worker (a pool of
 * one), unless the configuration says in process. */
static int
scan_one_file(const struct options *o, struct scanner *sc, int rootfd,
    const char *rel, unsigned flags, struct file_record **rec)
{
	struct pool_options po;
	struct pool *pool;
	int rc;

	if (o->cfg.workers == 0)
		return scanner_scan_file(sc, rootfd, rel, rec);
	memset(&po, 0, sizeof(po));
	po.workers = 1;
	po.limits = o->cfg.limits;
	po.user = o->cfg.worker_user;
	if ((rc = pool_new(&po, &pool)) < 0)
		return rc;
	rc = pool_scan_file(pool, sc, rootfd, rel, (flags & SCANNER_RAW_TEXT) ?
	    WORKER_REQ_RAW : 0, rec);
	pool_free(pool);
	return rc;
}

static int
scan_one(const struct options *o, const struct ruleset *rs, const char *file,
    unsigned flags, struct file_record **rec, char *root)
{
	char abs[PATH_MAX];
	const char *rel;
	struct scanner *sc;
	int rootfd, rc, ret;

	*rec = NULL;
	if ((ret = locate_file(o, file, abs, root, &rel)) != EXIT_OK)
		return ret;
	sc = scanner_new(rs, &o->cfg.limits, flags);
	if (sc == NULL) {
		ctl_error("libmagic");
		return EXIT_RUNTIME;
	}
	rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (rootfd < 0) {
		ctl_error("%s", root);
		scanner_free(sc);
		return EXIT_RUNTIME;
	}
	/* The same opener as the scan: beneath the root, links out refused. */
	rc = scan_one_file(o, sc, rootfd, rel, flags, rec);
	close(rootfd);
	scanner_free(sc);
	if (rc < 0) {
		open_refused(file, root, rc);
		return EXIT_RUNTIME;
	}
	return EXIT_OK;
}

static void
print_snippet(const char *text, size_t len, size_t s, size_t e)
{
	size_t a = s > 40 ? s - 40 : 0, b = e + 40 < len ? e + 40 : len;

	while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
		a--;
	while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
		b++;
	printf("              …%.*s[%.*s]%.*s…\n", (int)(s - a), text + a,
	    (int)(e - s), text + s, (int)(b - e), text + e);
}

/* name_any over the file's normalised name, as the classifier reads it. */
static void
explain_name_any(struct rule_matcher *mt, const struct file_facts *f,
    const struct rule_item *it)
{
	char *norm = NULL, *stem = NULL, *safe = NULL;
	const char *base;
	size_t len, blen, i;

	if (it->name_any.n == 0 ||
	    textnorm_normalize(f->path, strlen(f->path), &norm, &len) < 0)
		return;
	classify_base_name(norm, &base, &blen);
	for (i = 0; i < it->name_any.n; i++) {
		const struct rule_pattern *p = &it->name_any.v[i];
		int hit = rule_pattern_match(mt, p, base, blen, NULL, NULL);

		printf("            name_any /%s/: %s\n", p->source,
		    hit == 1 ? "matched" : hit == 0 ? "no match" :
		    "match limit hit");
	}
	if ((stem = g_strndup(base, blen)) != NULL &&
	    (safe = pathname_escape(stem)) != NULL)
		printf("              (over the name %s)\n", safe);
	free(safe);
	g_free(stem);
	free(norm);
}

static void
explain_content(struct rule_matcher *mt, const struct file_facts *f,
    const struct rule_item *it)
{
	const struct rule_patterns *groups[2] = { &it->content_all,
	    &it->content_any };
	const char *names[2] = { "content_all", "content_any" };
	const char *text;
	char *blanked = NULL;
	size_t g, i, s, e;

	if (f->text == NULL)
		return;
	/* The checks read what the verdict read: a workbook's empty
	 * columns and header-only sheets blanked (classify.h). */
	if (classify_facts_content_text(f, &blanked) < 0)
		blanked = NULL;
	text = blanked != NULL ? blanked : f->text;
	if (blanked != NULL && (it->content_all.n > 0 || it->content_any.n > 0))
		printf("            (content read with the headers of empty "
		    "columns and sheets blanked)\n");
	for (g = 0; g < 2; g++) {
		for (i = 0; i < groups[g]->n; i++) {
			const struct rule_pattern *p = &groups[g]->v[i];
			int hit = rule_pattern_match(mt, p, text,
			    f->text_len, &s, &e);

			printf("            %s /%s/: %s\n", names[g], p->source,
			    hit == 1 ? "matched" : hit == 0 ? "no match" :
			    "match limit hit");
			if (hit == 1)
				print_snippet(text, f->text_len, s, e);
		}
	}
	g_free(blanked);
	explain_name_any(mt, f, it);
}

static void
explain_match(struct rule_matcher *mt, const struct ruleset *rs,
    const struct file_record *rec, const struct file_match *m,
    const struct colors *c)
{
	const struct rule_item *it = ruleset_find_item(rs, m->clause_id,
	    m->item_id);

	printf("  %s%s%s clause %s/%s %s\n", m->counts ?
	    c->on[CLAUSE_COVERED] : c->on[CLAUSE_PARTIAL],
	    m->counts ? "counts for" : "near     ", c->off,
	    m->clause_id, m->item_id, it != NULL ? it->label : "");
	if (m->section != NULL) {
		char *safe = pathname_escape(m->section);

		printf("            section %s\n", safe != NULL ? safe : "?");
		free(safe);
	}
	if (m->name_pattern)
		printf("            name /%s/\n", m->name_pattern);
	if (m->title_pattern)
		printf("            title /%s/\n", m->title_pattern);
	if (m->excluded_by)
		printf("            excluded by /%s/\n", m->excluded_by);
	if (it != NULL)
		explain_content(mt, rec->facts, it);
	if (!m->counts)
		printf("            why not: %s\n", m->reason != NULL ?
		    m->reason : "");
}

static void
jadd_str(struct json_object *o, const char *key, const char *val)
{
	if (val != NULL)
		json_object_object_add(o, key, json_object_new_string(val));
}

static int
explain_json(const struct ruleset *rs, const struct file_record *rec,
    const char *root)
{
	const struct file_facts *f = rec->facts;
	struct json_object *o = json_object_new_object();
	struct json_object *arr = json_object_new_array();
	char buf[32];
	size_t i;

	jadd_str(o, "share", root);
	jadd_str(o, "path", f->path);
	jadd_str(o, "type", f->format);
	jadd_str(o, "mime", f->mime != NULL ? f->mime : "");
	jadd_str(o, "text_status", extract_status_name(f->text_status));
	jadd_str(o, "text_reason", f->text_reason != NULL ? f->text_reason :
	    "");
	jadd_str(o, "date", dates_rfc3339(f->date, buf, sizeof(buf)));
	jadd_str(o, "date_source", date_source_name(f->date_source));
	jadd_str(o, "ignored_by", rec->ignored_by);
	jadd_str(o, "match_limit", rec->match_limit);
	for (i = 0; i < rec->n_matches; i++) {
		const struct file_match *m = &rec->matches[i];
		const struct rule_item *it = ruleset_find_item(rs,
		    m->clause_id, m->item_id);
		struct json_object *mo = json_object_new_object();

		jadd_str(mo, "clause", m->clause_id);
		jadd_str(mo, "item", m->item_id);
		jadd_str(mo, "label", it != NULL ? it->label : "");
		json_object_object_add(mo, "counts",
		    json_object_new_boolean(m->counts));
		jadd_str(mo, "name_pattern", m->name_pattern);
		jadd_str(mo, "title_pattern", m->title_pattern);
		jadd_str(mo, "excluded_by", m->excluded_by);
		jadd_str(mo, "section", m->section);
		jadd_str(mo, "reason", m->reason != NULL ? m->reason : "");
		json_object_array_add(arr, mo);
	}
	json_object_object_add(o, "matches", arr);
	ctl_print_json(o);
	json_object_put(o);
	return EXIT_OK;
}

int
ctl_cmd_explain(const struct options *o, int argc, char **argv)
{
	struct ruleset *rs = NULL;
	struct file_record *rec = NULL;
	const struct file_facts *f;
	struct rule_matcher *mt = NULL;
	struct colors c = ctl_colors_for(o->color);
	char root[PATH_MAX], buf[32], why[256];
	char *safe_path = NULL, *safe_root = NULL, *safe_title = NULL;
	size_t i, counted = 0, content_only = 0;
	unsigned kind, joined;
	int pass;
	int ret;

	if (argc != 1) {
		fprintf(stderr, "evidencectl: explain needs one file\n");
		return EXIT_USAGE;
	}
	if (ctl_compile_rules(o, NULL, 0, &rs) < 0)
		return EXIT_USAGE;
	ret = scan_one(o, rs, argv[0], SCANNER_KEEP_TEXT |
	    SCANNER_NEAR_CONTENT, &rec, root);
	if (ret != EXIT_OK)
		goto done;
	f = rec->facts;
	if (o->json) {
		ret = explain_json(rs, rec, root);
		goto done;
	}
	safe_path = pathname_escape(f->path);
	safe_root = pathname_escape(root);
	printf("%s%s%s  (share %s)\n", c.bold, safe_path ? safe_path : "?",
	    c.off, safe_root ? safe_root : "?");
	if (rec->ignored_by != NULL) {
		printf("  ignored: matches [ignore] /%s/ — never counts\n",
		    rec->ignored_by);
		goto done;
	}
	printf("  type: %s (%s, %s)\n", f->format, f->mime != NULL ?
	    f->mime : "", ev_typeclass_name(f->typeclass));
	printf("  text: %s, %zu bytes\n", extract_reason_text(
	    f->text_status, f->text_reason, why, sizeof(why)), f->text_len);
	if (rec->match_limit != NULL)
		printf("  problem: %s hit the match limit on this file and "
		    "counted as no match\n", rec->match_limit);
	if (f->title != NULL) {
		safe_title = pathname_escape(f->title);
		printf("  title: %s\n", safe_title ? safe_title : "?");
	}
	printf("  date: %s (from %s)\n", dates_rfc3339(f->date, buf,
	    sizeof(buf)), date_source_name(f->date_source));
	/* The kind decides which items it may prove (kinds = in the rules). */
	if (classify_facts_kind(f, &kind, &joined) == 0) {
		printf("  kind: %s", kind != 0 ? ev_kind_name(kind) :
		    "unknown (name, title and first lines say none)");
		/* 渗透测试计划及记录: a plan as well. */
		if (joined != 0)
			printf(", and %s %s (its name joins the two)",
			    strchr("aeiou", ev_kind_name(joined)[0]) != NULL ?
			    "an" : "a", ev_kind_name(joined));
		printf("\n");
	}
	if (rec->n_matches == 0)
		printf("  no rule matches or nearly matches this file\n");
	if ((mt = rule_matcher_new()) == NULL) {
		ret = EXIT_RUNTIME;
		goto done;
	}
	/* Counting items first, then near matches the name or title
	 * identified, then, one line each, items whose content alone would
	 * fit (a hint for renaming, not evidence). */
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < rec->n_matches; i++) {
			const struct file_match *m = &rec->matches[i];
			const struct rule_item *it;
			bool named = (m->matched_by &
			    (MATCH_NAME | MATCH_TITLE)) != 0;

			if ((pass == 0) != m->counts ||
			    (pass == 1 && !named) || (pass == 2 && named))
				continue;
			if (pass == 2) {
				if (!content_only++)
					printf("  %scontent fits, but neither name "
					    "nor title says so:%s\n", c.dim,
					    c.off);
				it = ruleset_find_item(rs, m->clause_id,
				    m->item_id);
				printf("    %s/%s %s\n", m->clause_id,
				    m->item_id, it != NULL ? it->label : "");
				continue;
			}
			counted += m->counts;
			explain_match(mt, rs, rec, m, &c);
		}
	}
	printf("  %zu item%s counted\n", counted, counted == 1 ? "" : "s");
done:
	free(safe_path);
	free(safe_root);
	free(safe_title);
	rule_matcher_free(mt);
	file_record_free(rec);
	ruleset_free(rs);
	return ret;
}

/* text --sections: each section's label, then its text; then the tables
 * (their cells are never a title). */
static void
print_sections(const struct file_facts *f)
{
	size_t i;

	if (f->n_sections == 0)
		printf("(no sections)\n");
	for (i = 0; i < f->n_sections; i++) {
		const struct doc_section *sec = &f->sections[i];
		char *label = facts_section_label(f, i);
		char *safe = label != NULL ? pathname_escape(label) : NULL;

		printf("== %s (level %u%s)\n", safe != NULL ? safe : "?",
		    sec->level, sec->kind != DOC_SECTION_COLUMN ? "" :
		    sec->has_data_rows ? ", data rows" : ", no data rows");
		if (f->text != NULL && sec->kind != DOC_SECTION_COLUMN)
			printf("%.*s\n", (int)(sec->end - sec->start),
			    f->text + sec->start);
		free(label);
		free(safe);
	}
	for (i = 0; i < f->n_tables; i++) {
		printf("== table %zu (cells: mentions, never the title)\n", i + 1);
		if (f->text != NULL)
			printf("%.*s\n", (int)(f->tables[i].end -
			    f->tables[i].start), f->text + f->tables[i].start);
	}
}

int
ctl_cmd_text(const struct options *o, int argc, char **argv)
{
	struct ruleset *rs = NULL;
	struct rules_compiler *rc;
	struct file_record *rec = NULL;
	const struct file_facts *f;
	char root[PATH_MAX], why[256], *name;
	int ret;

	if (argc != 1) {
		fprintf(stderr, "evidencectl: text needs one file\n");
		return EXIT_USAGE;
	}
	/* No rules needed to read text: an empty ruleset ignores nothing. */
	rc = rules_compiler_new();
	if (rc == NULL || rules_compiler_finish(rc, &rs) < 0) {
		rules_compiler_free(rc);
		return EXIT_RUNTIME;
	}
	rules_compiler_free(rc);
	ret = scan_one(o, rs, argv[0], SCANNER_KEEP_TEXT | SCANNER_RAW_TEXT,
	    &rec, root);
	if (ret != EXIT_OK)
		goto done;
	f = rec->facts;
	/* Whatever was read is printed; any failure to read all of it, with
	 * or without partial text, is exit 3, so a script sees the same
	 * status for the same limit. */
	if (f->text_status != EXTRACT_OK) {
		name = pathname_escape(argv[0]);
		fprintf(stderr, "evidencectl: %s: %s\n", name != NULL ? name :
		    "?", extract_reason_text(f->text_status,
		    f->text_reason, why, sizeof(why)));
		free(name);
		ret = EXIT_RUNTIME;
	}
	if (o->sections)
		print_sections(f);
	else if (o->raw && f->raw_text != NULL)
		fwrite(f->raw_text, 1, f->raw_text_len, stdout);
	else if (!o->raw && f->text != NULL)
		fwrite(f->text, 1, f->text_len, stdout);
	putchar('\n');
done:
	file_record_free(rec);
	ruleset_free(rs);
	return ret;
}
