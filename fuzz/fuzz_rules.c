/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz_rules.c - the rule compiler (rules*.c): the input is a pack, read
 * as a file through /proc/self/fd/N (so NUL bytes and long lines take
 * the file reader's path); from a line "%%" on, the rest is a site
 * drop-in given with rules_compiler_add_string().  A ruleset that
 * compiles is then used the way the scanner uses it: the ignore list
 * and every item's patterns run on a fixed path and text.
 *
 * fuzz-seeds: tests/data/rules:rules rules:rules examples/rules.d:rules
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evidenced/rules.h"
#include "fuzz.h"

static const char subject[] =
    "01-准备阶段/服务级别协议（SLA）2026.docx\n服务级别协议 驻场 现场";

static void
use_patterns(struct rule_matcher *m, const struct rule_patterns *ps)
{
	long i = rule_patterns_first_match(m, ps, subject, sizeof(subject) - 1);

	FUZZ_ASSERT(i >= -1 && (i < 0 || (size_t)i < ps->n));
}

static void
use_ruleset(const struct ruleset *rs)
{
	struct rule_matcher *m = rule_matcher_new();
	const char *why = NULL;
	size_t c, i;

	FUZZ_ASSERT(m != NULL);
	if (ruleset_is_ignored(rs, m, subject, &why))
		FUZZ_ASSERT(why != NULL);
	use_patterns(m, &rs->any_name);
	use_patterns(m, &rs->any_title);
	for (c = 0; c < rs->n_clauses; c++) {
		const struct rule_clause *cl = &rs->clauses[c];

		FUZZ_ASSERT(ruleset_find_clause(rs, cl->id) != NULL);
		for (i = 0; i < cl->n_items; i++) {
			const struct rule_item *it = &cl->items[i];

			FUZZ_ASSERT(it->clause == cl && it->min_files >= 1);
			use_patterns(m, &it->name);
			use_patterns(m, &it->title);
			use_patterns(m, &it->content_all);
			use_patterns(m, &it->content_any);
			use_patterns(m, &it->exclude);
		}
	}
	rule_matcher_free(m);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules_compiler *rc = rules_compiler_new();
	struct ruleset *rs = NULL;
	const uint8_t *sep = memmem(data, size, "\n%%\n", 4);
	size_t pack_len = sep != NULL ? (size_t)(sep - data) + 1 : size;
	char path[64], *site = NULL;
	int fd = fuzz_memfd(data, pack_len), r;

	FUZZ_ASSERT(rc != NULL);
	fuzz_fd_path(fd, path, sizeof(path));
	r = rules_compiler_add_path(rc, path, RULES_LAYER_PACK);
	FUZZ_ASSERT(r == 0 || r == -ENOMEM || rules_compiler_error_count(rc));
	if (sep != NULL) {
		site = fuzz_strndup(sep + 4, size - pack_len - 3);
		rules_compiler_add_string(rc, "site.rules", site,
		    RULES_LAYER_SITE);
	}
	r = rules_compiler_finish(rc, &rs);
	if (r == 0) {
		FUZZ_ASSERT(rs != NULL && rules_compiler_error_count(rc) == 0);
		use_ruleset(rs);
	} else {
		FUZZ_ASSERT(rs == NULL);
		if (r == -EINVAL)
			FUZZ_ASSERT(rules_compiler_error_count(rc) > 0);
	}
	ruleset_free(rs);
	rules_compiler_free(rc);
	free(site);
	close(fd);
	return 0;
}
