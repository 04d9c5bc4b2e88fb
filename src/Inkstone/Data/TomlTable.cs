using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>A TOML table while it is read: keys in the order first written, sub-tables and arrays of tables growing as later headers add to them.</summary>
internal sealed class TomlTable(SourceLocation location)
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public void Set(string key, DataNode value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
        }

        _values[key] = value;
    }

    /// <summary>The table at <paramref name="path"/> below this one, made when missing; into an array of tables, its last table.</summary>
    public TomlTable Descend(IEnumerable<string> path, SourceLocation at)
    {
        var table = this;
        foreach (var name in path)
        {
            table = table._values.GetValueOrDefault(name) switch
            {
                TomlTable child => child,
                List<TomlTable> { Count: > 0 } array => array[^1],
                _ => table.Add(name, new TomlTable(at)),
            };
        }

        return table;
    }

    /// <summary>Adds a table to the array of tables <paramref name="key"/> (<c>[[menu.main]]</c>).</summary>
    public void Append(string key, TomlTable table, SourceLocation at)
    {
        if (_values.GetValueOrDefault(key) is not List<TomlTable> array)
        {
            array = [];
            if (!_values.ContainsKey(key))
            {
                _order.Add(key);
            }

            _values[key] = array;
        }

        array.Add(table);
    }

    public DataMap ToMap() => new(_order.Select(k => new KeyValuePair<string, DataNode>(k, _values[k] switch
    {
        TomlTable t => t.ToMap(),
        List<TomlTable> a => new DataList(a.Select(t => (DataNode)t.ToMap()).ToList(), a.Count > 0 ? a[0].Location : Location),
        DataNode n => n,
        _ => new DataScalar("", false, Location),
    })).ToList(), Location);

    public SourceLocation Location { get; } = location;

    private TomlTable Add(string name, TomlTable table)
    {
        if (!_values.ContainsKey(name))
        {
            _order.Add(name);
        }

        _values[name] = table;
        return table;
    }
}
