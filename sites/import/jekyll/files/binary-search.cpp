// Binary search on a half-open interval [lo, hi).
#include <cstdio>
#include <vector>

std::size_t lower_bound_index(const std::vector<int>& a, int target) {
    std::size_t lo = 0, hi = a.size();
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < target) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int main() {
    std::vector<int> a{1, 3, 3, 5, 8, 13};
    std::printf("%zu\n", lower_bound_index(a, 4));  // 3
}
