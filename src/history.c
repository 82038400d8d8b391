/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * history.c - the history of clause and item states from alerts.jsonl
 * (see history.h).  The file is untrusted input: any line may be cut,
 * huge or not JSON; such lines are skipped, never fatal.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/dates.h"
#include "evidenced/history.h"
#include "evidenced/pathname.h"
#include "evidenced/status.h"
#include "evidenced/verdict.h"

/* A line longer than this is no alert of ours. */
#define HISTORY_MAX_LINE (1 << 20)

static bool
selected(struct json_object *a, const struct history_query *q)
{
	const char *clause = status_str(a, "clause");
	const char *slash;
	time_t t;

	if (dates_parse_iso(status_str(a, "time"), &t) < 0 || t < q->since)
		return false;
	if (q->id == NULL)
		return true;
	if ((slash = strchr(q->id, '/')) == NULL)
		return strcmp(clause, q->id) == 0;
	return strncmp(clause, q->id, (size_t)(slash - q->id)) == 0 &&
	    clause[slash - q->id] == '\0' &&
	    strcmp(status_str(a, "item"), slash + 1) == 0;
}

static const char *
state_word(const char *s, enum report_lang l)
{
	enum clause_state st;

	if (clause_state_parse(s, &st) < 0)
		return s;
	return report_state_word(st, l);
}

static const char *
cause_word(const char *c, enum report_lang l)
{
	static const char *const words[][2] = {
		{ "removed", "已移走" }, { "changed", "已改动" },
		{ "expired", "已过期" }, { "added", "已补充" },
		{ "expires_soon", "即将过期" }, { "moved", "已移动" },
	};
	size_t i;

	if (l == REPORT_LANG_EN)
		return c;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(c, words[i][0]) == 0)
			return words[i][1];
	return c;
}

static void
print_row(FILE *out, struct json_object *a, enum report_lang l)
{
	struct json_object *files = status_arr(a, "files");
	char *safe;
	size_t i;

	safe = pathname_escape(status_str(a, "clause"));
	fprintf(out, "%s  %s", status_str(a, "time"), safe ? safe : "?");
	free(safe);
	if (status_str(a, "item")[0] != '\0') {
		safe = pathname_escape(status_str(a, "item"));
		fprintf(out, "/%s", safe ? safe : "?");
		free(safe);
	}
	fprintf(out, "  %s -> %s  %s", state_word(status_str(a, "from"), l),
	    state_word(status_str(a, "to"), l),
	    cause_word(status_str(a, "cause"), l));
	for (i = 0; i < status_len(files); i++) {
		safe = pathname_escape(json_object_get_string(
		    json_object_array_get_idx(files, i)));
		fprintf(out, "%s%s", i ? ", " : ": ", safe ? safe : "?");
		free(safe);
	}
	fputc('\n', out);
}

int
history_print(const char *path, const struct history_query *q, FILE *out,
    size_t *skipped, char *err, size_t errlen)
{
	char *line = NULL;
	size_t cap = 0, bad = 0;
	ssize_t len;
	struct stat st;
	int fd, n = 0;
	FILE *f;

	/* O_NONBLOCK + fstat: a FIFO planted as the log is refused. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		int rc = fd < 0 ? -errno : -EINVAL;

		snprintf(err, errlen, "%s: %s", path, rc == -ENOENT ?
		    "no history yet (evidenced writes it when a clause "
		    "changes state)" : rc == -EINVAL ? "not a regular file" :
		    strerror(-rc));
		if (fd >= 0)
			close(fd);
		return rc;
	}
	if ((f = fdopen(fd, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return -ENOMEM;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		struct json_object *a;

		a = len <= HISTORY_MAX_LINE ? json_tokener_parse(line) : NULL;
		if (a == NULL || !json_object_is_type(a, json_type_object)) {
			if (len > 1)
				bad++;
			json_object_put(a);
			continue;
		}
		if (selected(a, q)) {
			if (q->json)
				fprintf(out, "%s\n", json_object_to_json_string_ext(
				    a, JSON_C_TO_STRING_PLAIN |
				    JSON_C_TO_STRING_NOSLASHESCAPE));
			else
				print_row(out, a, q->lang);
			n++;
		}
		json_object_put(a);
	}
	free(line);
	fclose(f);
	if (skipped != NULL)
		*skipped = bad;
	return n;
}
