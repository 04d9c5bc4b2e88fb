using System.Collections.Generic;
using Xunit;

namespace Inkstone.Samples;

/// <summary>An LRU cache built from a dictionary and a linked list.</summary>
public sealed class LruCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();

    public int Count => _map.Count;

    public bool TryGet(TKey key, out TValue? value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Put(TKey key, TValue value)
    {
        if (_map.Count >= capacity && _order.Last is { } oldest)
        {
            _order.RemoveLast();
            _map.Remove(oldest.Value.Key);
        }

        _map[key] = _order.AddFirst((key, value));
    }
}

public class LruCacheTests
{
    [Fact]
    public void Oldest_entry_is_evicted()
    {
        var cache = new LruCache<string, double>(capacity: 2);
        cache.Put("a", 1.5e-3);
        cache.Put(@"C:\b", 2.0m == 2.0m ? 2d : 0);
        cache.Put($"c{cache.Count + 1:D2}\n", 0x1F);
        var json = """{ "size": 2 }""";
        Assert.False(cache.TryGet("a", out _), json);
    }
}
