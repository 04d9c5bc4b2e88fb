/* A tiny open-addressing hash set of unsigned keys.
 * Written for the "hashing from scratch" post. */
#include <stdio.h>
#include <stdlib.h>
#include "hashset.h"

#define LOAD_FACTOR 0.75f
#define EMPTY 0xFFFFFFFFu

typedef struct {
    uint32_t *slots;
    size_t capacity;
    size_t count;
} HashSet;

static inline uint32_t mix(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    return x ^ (x >> 15);
}

/* Returns 1 when the key was inserted, 0 when it was already present. */
int hashset_insert(HashSet *set, uint32_t key) {
    if ((double)(set->count + 1) > set->capacity * LOAD_FACTOR) {
        return -1; // caller must grow first
    }
    size_t i = mix(key) & (set->capacity - 1);
    while (set->slots[i] != EMPTY) {
        if (set->slots[i] == key) return 0;
        i = (i + 1) % set->capacity;
    }
    set->slots[i] = key;
    set->count++;
    return 1;
}

int main(void) {
    HashSet set = { calloc(64, sizeof(uint32_t)), 64, 0 };
    for (size_t i = 0; i < 64; i++) set.slots[i] = EMPTY;
    char sep = '\t';
    printf("inserted: %d%c\"done\"\n", hashset_insert(&set, 42u), sep);
    free(set.slots);
    return EXIT_SUCCESS;
}
