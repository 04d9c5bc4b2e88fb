namespace Inkstone.Search;

/// <summary>
/// Integer key to field bits for one post at a time, reused post after post. Emptying it bumps a
/// generation number instead of clearing its arrays, which a general dictionary does on every post
/// (hundreds of megabytes of zeroing over a large blog).
/// </summary>
internal sealed class PostTermBits
{
    private int[] _keys = new int[1024];
    private int[] _bits = new int[1024];
    private int[] _generations = new int[1024];
    private int[] _used = new int[512];
    private int _generation = 1;
    private int _count;

    public int Count => _count;

    /// <summary>Adds <paramref name="bits"/> to the key's bits.</summary>
    public void Add(int key, int bits)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (_generations[slot] == _generation)
        {
            if (_keys[slot] == key)
            {
                _bits[slot] |= bits;
                return;
            }

            slot = (slot + 1) & mask;
        }

        _generations[slot] = _generation;
        _keys[slot] = key;
        _bits[slot] = bits;
        _used[_count++] = slot;
        if (_count == _used.Length)
        {
            Grow();
        }
    }

    public (int Key, int Bits) At(int i) => (_keys[_used[i]], _bits[_used[i]]);

    public void Clear()
    {
        _count = 0;
        _generation++;
    }

    // Fibonacci hashing spreads the clustered keys (neighbouring code points, consecutive ids).
    private static int Slot(int key, int mask) => (int)(((uint)key * 2654435769u) >> 7) & mask;

    /// <summary>Doubles the table once it is half full, carrying over this post's entries.</summary>
    private void Grow()
    {
        var entries = new (int Key, int Bits)[_count];
        for (var i = 0; i < _count; i++)
        {
            entries[i] = At(i);
        }

        var size = _keys.Length * 2;
        _keys = new int[size];
        _bits = new int[size];
        _generations = new int[size];
        _used = new int[size / 2];
        _generation = 1;
        _count = 0;
        foreach (var (key, bits) in entries)
        {
            Add(key, bits);
        }
    }
}
