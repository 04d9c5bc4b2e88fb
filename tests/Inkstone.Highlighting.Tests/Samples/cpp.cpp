// A binary min-heap with a comparator, as used by Dijkstra's algorithm.
#include <functional>
#include <iostream>
#include <vector>

namespace algo {

template <typename T, typename Compare = std::less<T>>
class MinHeap {
public:
    explicit MinHeap(Compare cmp = Compare{}) : cmp_(std::move(cmp)) {}

    void push(T value) {
        data_.push_back(std::move(value));
        sift_up(data_.size() - 1);
    }

    [[nodiscard]] const T& top() const noexcept { return data_.front(); }

    bool empty() const noexcept { return data_.empty(); }

private:
    void sift_up(std::size_t i) {
        while (i > 0) {
            auto parent = (i - 1) / 2;
            if (!cmp_(data_[i], data_[parent])) break;
            std::swap(data_[i], data_[parent]);
            i = parent;
        }
    }

    std::vector<T> data_;
    Compare cmp_;
};

}  // namespace algo

int main() {
    algo::MinHeap<double> heap;
    for (auto x : {3.5, 1e-3, 2.0e+2, 0x1p4, 1'000'000.0}) heap.push(x);
    constexpr auto kLimit = 1'024ULL;
    const char* raw = R"(C:\temp\"quoted")";
    std::cout << "smallest: " << heap.top() << '\n' << kLimit << raw << std::endl;
    return nullptr == raw ? 1 : 0;
}
