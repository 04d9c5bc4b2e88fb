using System.Text.RegularExpressions;
using Inkstone.Testing;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Inkstone.Tests.Architecture;

/// <summary>
/// The engine's folders depend only downward, in the layers ARCHITECTURE.md draws: every type of a folder may use
/// the types of its own layer and of the layers below it, never above. Read from the compiled engine (signatures,
/// method bodies, attributes, the closures the compiler makes), so a fully qualified name counts as a using does.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly Lazy<IReadOnlyList<string[]>> Layers = new(ReadLayers);

    private static readonly Lazy<IReadOnlyDictionary<(string From, string To), string>> Dependencies = new(ReadDependencies);

    [Fact]
    public void Every_folder_depends_only_on_its_own_layer_and_the_layers_below()
    {
        var layerOf = LayerIndex();
        var upward = Dependencies.Value
            .Where(d => layerOf.TryGetValue(d.Key.From, out var from) && layerOf.TryGetValue(d.Key.To, out var to) && to > from)
            .Select(d => $"{d.Key.From} -> {d.Key.To} ({d.Value})")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(upward.Count == 0, "Folders that reach up a layer:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void Every_folder_of_the_engine_has_its_place_in_the_layers()
    {
        var placed = LayerIndex();
        var folders = Dependencies.Value.Keys.SelectMany(k => new[] { k.From, k.To }).Concat(FoldersOfTypes()).Distinct(StringComparer.Ordinal);
        Assert.Empty(folders.Where(f => !placed.ContainsKey(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_layers_name_only_folders_that_exist()
    {
        var folders = FoldersOfTypes().ToHashSet(StringComparer.Ordinal);
        var unknown = Layers.Value.SelectMany(l => l).Where(f => !folders.Contains(f)).ToList();
        Assert.True(unknown.Count == 0, "ARCHITECTURE.md's layers name folders the engine does not have: " + string.Join(", ", unknown));
    }

    /// <summary>The layers, top first: the fenced <c>layers</c> block of ARCHITECTURE.md, one layer a line, its folders separated by spaces.</summary>
    private static IReadOnlyList<string[]> ReadLayers()
    {
        var architecture = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "ARCHITECTURE.md"));
        var block = LayersBlock().Match(architecture);
        Assert.True(block.Success, "ARCHITECTURE.md has no ```layers block.");
        return block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    /// <summary>Each folder's layer, counted from the bottom.</summary>
    private static Dictionary<string, int> LayerIndex()
    {
        var layers = Layers.Value;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < layers.Count; i++)
        {
            foreach (var folder in layers[i])
            {
                index[folder] = layers.Count - 1 - i;
            }
        }

        return index;
    }

    private static ModuleDefinition Engine() => ModuleDefinition.ReadModule(typeof(Inkstone.Building.SiteSession).Assembly.Location);

    private static IEnumerable<string> FoldersOfTypes()
    {
        using var module = Engine();
        return module.GetTypes().Select(t => Folder(Outermost(t).Namespace)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each pair of folders one uses the other, with one type that does, for the message.</summary>
    private static IReadOnlyDictionary<(string From, string To), string> ReadDependencies()
    {
        using var module = Engine();
        var dependencies = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            if (Folder(Outermost(type).Namespace) is not { } from)
            {
                continue;
            }

            foreach (var used in Referenced(type))
            {
                if (used.Scope != module)
                {
                    continue;
                }

                if (Folder(Outermost(used).Namespace) is { } to && to != from)
                {
                    dependencies.TryAdd((from, to), $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
                }
            }
        }

        return dependencies;
    }

    /// <summary>The folder of a namespace of the engine: <c>Inkstone.Markdown.Liquid</c> is in <c>Markdown</c>; the root namespace is <c>Inkstone</c>.</summary>
    private static string? Folder(string ns) => ns switch
    {
        "Inkstone" => "Inkstone",
        _ when ns.StartsWith("Inkstone.", StringComparison.Ordinal) => ns["Inkstone.".Length..].Split('.')[0],
        _ => null,
    };

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }

        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        Add(operand);
                        break;
                    case MethodReference operand:
                        AddMethod(operand);
                        break;
                    case FieldReference operand:
                        Add(operand.DeclaringType);
                        Add(operand.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"```layers\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex LayersBlock();
}
