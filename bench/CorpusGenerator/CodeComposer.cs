using System.Text;

namespace Inkstone.CorpusGenerator;

/// <summary>Writes fenced code blocks of 10 to 40 lines in Python, C++ or Go that look like real helper routines.</summary>
internal sealed class CodeComposer(Random random)
{
    private static readonly string[] Names = ["items", "scores", "weights", "values", "keys", "costs", "rewards", "logits"];

    public string Fence()
    {
        var language = random.Next(3) switch
        {
            0 => "python",
            1 => "cpp",
            _ => "go",
        };
        var target = random.Next(10, 41);
        var name = Names[random.Next(Names.Length)];
        var lines = language switch
        {
            "python" => Python(name, target),
            "cpp" => Cpp(name, target),
            _ => Go(name, target),
        };
        return $"```{language}\n{lines}```\n";
    }

    private string Python(string name, int target)
    {
        var builder = new StringBuilder();
        builder.Append("import math\n\n\n");
        builder.Append($"def process_{name}({name}, limit=100):\n");
        builder.Append($"    \"\"\"Fold {name} into a running summary.\"\"\"\n");
        builder.Append("    total, best = 0.0, -math.inf\n");
        var lines = 6;
        while (lines < target - 2)
        {
            var i = random.Next(1, 9);
            switch (random.Next(4))
            {
                case 0:
                    builder.Append($"    for i, x in enumerate({name}[:limit]):\n        total += x * {i}\n        best = max(best, x - i)\n");
                    lines += 3;
                    break;
                case 1:
                    builder.Append($"    if total > {i * 10}:\n        total = math.log1p(total)\n");
                    lines += 2;
                    break;
                case 2:
                    builder.Append($"    window = [v for v in {name} if v % {i + 1} == 0]\n");
                    lines += 1;
                    break;
                default:
                    builder.Append($"    # step {i}: keep the estimate bounded\n    total = min(total, limit * {i})\n");
                    lines += 2;
                    break;
            }
        }

        builder.Append("    return total, best\n");
        return builder.ToString();
    }

    private string Cpp(string name, int target)
    {
        var builder = new StringBuilder();
        builder.Append("#include <algorithm>\n#include <vector>\n\n");
        builder.Append($"long long process_{name}(const std::vector<int>& {name}, int limit) {{\n");
        builder.Append("    long long total = 0;\n    int best = 0;\n");
        var lines = 6;
        while (lines < target - 2)
        {
            var i = random.Next(1, 9);
            switch (random.Next(4))
            {
                case 0:
                    builder.Append($"    for (int i = 0; i < static_cast<int>({name}.size()) && i < limit; ++i) {{\n        total += 1LL * {name}[i] * {i};\n        best = std::max(best, {name}[i] - i);\n    }}\n");
                    lines += 4;
                    break;
                case 1:
                    builder.Append($"    if (total > {i * 1000}) {{\n        total %= 1000000007LL;\n    }}\n");
                    lines += 3;
                    break;
                case 2:
                    builder.Append($"    best = std::min(best, limit / {i});\n");
                    lines += 1;
                    break;
                default:
                    builder.Append($"    // step {i}: keep the running value bounded\n    total = std::min(total, 1LL * limit * {i});\n");
                    lines += 2;
                    break;
            }
        }

        builder.Append("    return total + best;\n}\n");
        return builder.ToString();
    }

    private string Go(string name, int target)
    {
        var builder = new StringBuilder();
        builder.Append("package main\n\n");
        builder.Append($"func process{char.ToUpperInvariant(name[0])}{name[1..]}({name} []int, limit int) int {{\n");
        builder.Append("\ttotal, best := 0, 0\n");
        var lines = 4;
        while (lines < target - 2)
        {
            var i = random.Next(1, 9);
            switch (random.Next(4))
            {
                case 0:
                    builder.Append($"\tfor i, x := range {name} {{\n\t\tif i >= limit {{\n\t\t\tbreak\n\t\t}}\n\t\ttotal += x * {i}\n\t}}\n");
                    lines += 6;
                    break;
                case 1:
                    builder.Append($"\tif total > {i * 1000} {{\n\t\ttotal %= 1_000_000_007\n\t}}\n");
                    lines += 3;
                    break;
                case 2:
                    builder.Append($"\tbest = max(best, limit/{i})\n");
                    lines += 1;
                    break;
                default:
                    builder.Append($"\t// step {i}: keep the running value bounded\n\ttotal = min(total, limit*{i})\n");
                    lines += 2;
                    break;
            }
        }

        builder.Append("\treturn total + best\n}\n");
        return builder.ToString();
    }
}
