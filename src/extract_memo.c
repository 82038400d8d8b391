/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_memo.c - what an extractor remembers from one file to the next.
 *
 * Documents written from one template carry byte-identical parts: every
 * docx a company's Word writes has the same word/styles.xml, often
 * 300 KB of XML that says which styles are headings.  Parsing it is most
 * of the cost of reading a short docx (on the benchmark share, half of
 * the whole scan).  The memo keeps a few such parts with what was parsed
 * from them, keyed by the part's exact bytes: zipxml compares a member
 * with the known ones as it inflates it (memcmp, never a hash that could
 * collide), so a hostile file can at worst miss the memo, not be read
 * with another file's styles.
 *
 * One memo per extracting process (a worker, or evidencectl in process);
 * never shared between threads.  Values are opaque to the memo: the
 * caller gives a reference and the function that drops it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>


#include "evidenced/extract.h"
#include "extract_impl.h"

#define MEMO_SLOTS 4

struct memo_slot {
	int tag;                /* what kind of part; 0: empty slot */
	char *key;              /* the part's bytes, owned */
	size_t key_len;
	void *value;            /* a reference, dropped by value_free */
	void (*value_free)(void *);
	uint64_t used;          /* tick of the last hit or put */
};

struct extract_memo {
	struct memo_slot slot[MEMO_SLOTS];
	uint64_t tick;
	uint64_t lookups, hits;
};

int
extract_memo_new(struct extract_memo **out)
{
	if ((*out = calloc(1, sizeof(**out))) == NULL)
		return -ENOMEM;
	return 0;
}

static void
slot_clear(struct memo_slot *s)
{
	if (s->tag != 0 && s->value_free != NULL)
		s->value_free(s->value);
	free(s->key);
	memset(s, 0, sizeof(*s));
}

void
extract_memo_free(struct extract_memo *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < MEMO_SLOTS; i++)
		slot_clear(&m->slot[i]);
	free(m);
}

void
extract_memo_counts(const struct extract_memo *m, uint64_t *hits,
    uint64_t *misses)
{
	*hits = m != NULL ? m->hits : 0;
	*misses = m != NULL ? m->lookups - m->hits : 0;
}

size_t
extract_memo_known(struct extract_memo *m, int tag, const char **keys,
    size_t *lens, size_t *slots, size_t max)
{
	size_t i, n = 0;

	if (m == NULL)
		return 0;
	m->lookups++;
	for (i = 0; i < MEMO_SLOTS && n < max; i++) {
		if (m->slot[i].tag != tag)
			continue;
		keys[n] = m->slot[i].key;
		lens[n] = m->slot[i].key_len;
		slots[n] = i;
		n++;
	}
	return n;
}

void *
extract_memo_hit(struct extract_memo *m, size_t slot)
{
	struct memo_slot *s;

	if (m == NULL || slot >= MEMO_SLOTS || m->slot[slot].tag == 0)
		return NULL;
	s = &m->slot[slot];
	s->used = ++m->tick;
	m->hits++;
	return s->value;
}

int
extract_memo_put(struct extract_memo *m, int tag, char *key, size_t len,
    void *value, void (*value_free)(void *))
{
	struct memo_slot *victim;
	size_t i;

	if (m == NULL || tag == 0 || len > EXTRACT_MEMO_KEY_MAX) {
		free(key);
		if (value_free != NULL)
			value_free(value);
		return 0;
	}
	/* An empty slot, else the one least recently used. */
	victim = &m->slot[0];
	for (i = 0; i < MEMO_SLOTS; i++) {
		if (m->slot[i].tag == 0) {
			victim = &m->slot[i];
			break;
		}
		if (m->slot[i].used < victim->used)
			victim = &m->slot[i];
	}
	slot_clear(victim);
	victim->tag = tag;
	victim->key = key;
	victim->key_len = len;
	victim->value = value;
	victim->value_free = value_free;
	victim->used = ++m->tick;
	return 0;
}
