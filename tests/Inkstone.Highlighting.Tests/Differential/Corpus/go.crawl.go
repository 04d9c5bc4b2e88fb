// Package crawl fetches a list of pages with a bounded number of workers.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Result is one fetched page, or the error that stopped it.
type Result struct {
	URL      string
	Status   int
	Bytes    int64
	Duration time.Duration
	Err      error
}

var ErrTooLarge = errors.New("crawl: page larger than the limit")

const maxBody = 4 << 20 // 4 MiB

// Fetch reads every URL with at most workers requests in flight and returns the results in input order.
func Fetch(ctx context.Context, client *http.Client, urls []string, workers int) []Result {
	results := make([]Result, len(urls))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = fetchOne(ctx, client, urls[i])
			}
		}()
	}
	for i := range urls {
		select {
		case jobs <- i:
		case <-ctx.Done():
			results[i] = Result{URL: urls[i], Err: ctx.Err()}
		}
	}
	close(jobs)
	wg.Wait()
	return results
}

func fetchOne(ctx context.Context, client *http.Client, url string) Result {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Result{URL: url, Err: fmt.Errorf("building request: %w", err)}
	}
	resp, err := client.Do(req)
	if err != nil {
		return Result{URL: url, Err: err}
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, io.LimitReader(resp.Body, maxBody+1))
	if err == nil && n > maxBody {
		err = ErrTooLarge
	}
	return Result{URL: url, Status: resp.StatusCode, Bytes: n, Duration: time.Since(start), Err: err}
}
