/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * state_bench.c - the engine on its state database, in process, phase by
 * phase: a warm restart (engine_new loads the state, engine_rescan finds
 * nothing changed, engine_status builds the document) and a rules reload
 * (engine_reload with other rules re-judges from stored text, then the
 * status).  Prints one line per phase in seconds, and the engine's
 * counters, so bench/state.sh can take ratios and check that a reload
 * read no file.
 *
 * Usage: state_bench SHARE STATE_DIR RULES [RELOAD_RULES [STATUS_OUT]]
 * STATUS_OUT gets the status document after the reload, to be compared
 * with a scan under RELOAD_RULES.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "evidenced/engine.h"
#include "evidenced/log.h"

static double
clock_s(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wall time, and CPU time: on a shared machine the CPU time of a phase
 * says more than its wall time. */
static double
now(void)
{
	return clock_s(CLOCK_MONOTONIC);
}

static double
cpu(void)
{
	return clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

/* VmRSS or VmHWM of this process in KiB, or 0. */
static long
rss_kib(const char *which)
{
	char line[256];
	long kib = 0;
	FILE *f = fopen("/proc/self/status", "r");

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, which, strlen(which)) == 0)
			kib = strtol(line + strlen(which) + 1, NULL, 10);
	fclose(f);
	return kib;
}

/* Build the status and serialise it, as the daemon does before writing
 * it; the string is dropped, or written to out. */
static int
status(struct engine *e, const char *out)
{
	struct json_object *doc = NULL;
	size_t len = 0;
	int rc = 0;

	if (engine_status(e, time(NULL), &doc) < 0)
		return -1;
	(void)json_object_to_json_string_length(doc, JSON_C_TO_STRING_PLAIN,
	    &len);
	if (out != NULL)
		rc = json_object_to_file_ext(out, doc, JSON_C_TO_STRING_PRETTY);
	json_object_put(doc);
	return len > 0 && rc == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct engine_options eo;
	struct engine_counters c0, c1;
	struct engine_stats st;
	struct engine *e = NULL;
	double t0, t1, t2, t3, t4, t5, c0_s, c3_s, c4_s, c5_s;

	if (argc < 4) {
		fprintf(stderr, "usage: %s SHARE STATE_DIR RULES "
		    "[RELOAD_RULES]\n", argv[0]);
		return 2;
	}
	log_init("state_bench", LOG_LEVEL_ERROR);
	memset(&eo, 0, sizeof(eo));
	eo.share = argv[1];
	eo.state_dir = argv[2];
	eo.rules = argv[3];
	eo.level = 2;
	extract_limits_default(&eo.limits);

	c0_s = cpu();
	t0 = now();
	if (engine_new(&eo, NULL, NULL, &e) < 0) {
		fprintf(stderr, "state_bench: engine_new failed\n");
		return 1;
	}
	t1 = now();
	printf("rss_loaded_kib %ld\n", rss_kib("VmRSS"));
	engine_counters(e, &c0);
	if (engine_rescan(e, &st) < 0) {
		fprintf(stderr, "state_bench: rescan failed\n");
		engine_free(e);
		return 1;
	}
	t2 = now();
	printf("rss_rescanned_kib %ld\n", rss_kib("VmRSS"));
	if (status(e, NULL) < 0) {
		engine_free(e);
		return 1;
	}
	t3 = now();
	c3_s = cpu();
	printf("load %.4f\nrescan %.4f\nstatus %.4f\nwarm %.4f\n"
	    "warm_cpu %.4f\n", t1 - t0, t2 - t1, t3 - t2, t3 - t0, c3_s - c0_s);
	printf("rss_kib %ld\nrss_peak_kib %ld\n", rss_kib("VmRSS"),
	    rss_kib("VmHWM"));
	printf("files %zu\nscanned %zu\nunchanged %zu\nrestored %zu\n"
	    "rejudged_at_load %zu\n", st.files, st.scanned, st.unchanged,
	    c0.restored, c0.rejudged);
	if (argc > 4) {
		engine_counters(e, &c0);
		eo.rules = argv[4];
		c4_s = cpu();
		t4 = now();
		if (engine_reload(e, &eo, NULL, NULL) < 0 ||
		    status(e, argc > 5 ? argv[5] : NULL) < 0) {
			fprintf(stderr, "state_bench: reload failed\n");
			engine_free(e);
			return 1;
		}
		t5 = now();
		c5_s = cpu();
		engine_counters(e, &c1);
		printf("reload %.4f\nreload_cpu %.4f\nreload_rejudged %zu\n"
		    "reload_texts %zu\nreload_files_read %zu\n", t5 - t4,
		    c5_s - c4_s,
		    c1.rejudged - c0.rejudged,
		    c1.texts_loaded - c0.texts_loaded,
		    c1.files_read - c0.files_read);
	}
	engine_free(e);
	return 0;
}
