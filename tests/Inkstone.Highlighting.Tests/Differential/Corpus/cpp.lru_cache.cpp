// An LRU cache keyed by string, used to keep the most recent tokenizer outputs.
#include <cstddef>
#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace textcache {

template <typename Value>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

    std::optional<Value> get(const std::string& key) {
        auto it = index_.find(key);
        if (it == index_.end()) {
            ++misses_;
            return std::nullopt;
        }
        order_.splice(order_.begin(), order_, it->second);
        ++hits_;
        return it->second->second;
    }

    void put(std::string key, Value value) {
        if (auto it = index_.find(key); it != index_.end()) {
            it->second->second = std::move(value);
            order_.splice(order_.begin(), order_, it->second);
            return;
        }
        if (order_.size() == capacity_) {
            index_.erase(order_.back().first);
            order_.pop_back();
        }
        order_.emplace_front(key, std::move(value));
        index_[std::move(key)] = order_.begin();
    }

    [[nodiscard]] double hit_rate() const noexcept {
        const auto total = hits_ + misses_;
        return total == 0 ? 0.0 : static_cast<double>(hits_) / total;
    }

private:
    using Entry = std::pair<std::string, Value>;
    std::size_t capacity_;
    std::list<Entry> order_;
    std::unordered_map<std::string, typename std::list<Entry>::iterator> index_;
    std::size_t hits_ = 0, misses_ = 0;
};

}  // namespace textcache

int main() {
    textcache::LruCache<std::vector<int>> cache{2};
    cache.put("hello", {15496});
    cache.put("world", {995});
    cache.get("hello");
    cache.put("again", {757, 1});  // evicts "world"
    return cache.get("world").has_value() ? 1 : 0;
}
