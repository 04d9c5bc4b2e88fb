/* A fixed-size ring buffer for samples read in an interrupt and drained by the main loop. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define RING_CAPACITY 256u
#define RING_MASK (RING_CAPACITY - 1u)

typedef struct {
    volatile uint32_t head;
    volatile uint32_t tail;
    int16_t samples[RING_CAPACITY];
} ring_t;

static ring_t adc_ring;

static inline bool ring_full(const ring_t *r)
{
    return (r->head - r->tail) == RING_CAPACITY;
}

bool ring_push(ring_t *r, int16_t value)
{
    if (ring_full(r)) {
        return false; // drop the newest sample rather than overwrite
    }
    r->samples[r->head & RING_MASK] = value;
    r->head++;
    return true;
}

size_t ring_drain(ring_t *r, int16_t *out, size_t max)
{
    size_t n = 0;
    while (r->tail != r->head && n < max) {
        out[n++] = r->samples[r->tail & RING_MASK];
        r->tail++;
    }
    return n;
}

int main(void)
{
    int16_t batch[32];
    memset(batch, 0, sizeof batch);
    for (int i = 0; i < 40; i++) {
        ring_push(&adc_ring, (int16_t)(i * 3 - 7));
    }
    size_t got = ring_drain(&adc_ring, batch, 32);
    printf("drained %zu samples, first %d, last %d\n", got, batch[0], batch[got - 1]);
    return got == 32 ? 0 : 1;
}
