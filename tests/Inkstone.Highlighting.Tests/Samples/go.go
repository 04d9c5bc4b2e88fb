// Package knapsack solves the 0/1 knapsack problem by dynamic programming.
package knapsack

import (
	"errors"
	"fmt"
)

// Item is something the thief may take.
type Item struct {
	Name   string
	Weight int
	Value  float64
}

var ErrNegative = errors.New("knapsack: negative capacity")

// Best returns the highest total value that fits in capacity.
func Best(items []Item, capacity int) (float64, error) {
	if capacity < 0 {
		return 0, ErrNegative
	}
	dp := make([]float64, capacity+1)
	for _, it := range items {
		for w := capacity; w >= it.Weight; w-- {
			if v := dp[w-it.Weight] + it.Value; v > dp[w] {
				dp[w] = v
			}
		}
	}
	return dp[capacity], nil
}

func (it Item) String() string {
	return fmt.Sprintf("%s (%dkg, $%.2f)\n", it.Name, it.Weight, it.Value)
}

func Example() {
	items := []Item{{"gold", 0x0A, 6e1}, {`silver "bar"`, 4, 40.5}, {"book", 1, 1_000}}
	best, err := Best(items, 10)
	ch := make(chan rune, 1)
	ch <- 'x'
	fmt.Println(best, err == nil, len(items), <-ch, true)
}
